/**
 * Names that belong to the call itself: participants, the company, the analysts' firms. They are
 * never topics and never "mentioned" entities.
 */
import type { Transcript } from "../../model/transcript.js";
import { NICKNAME_GROUPS } from "../../model/nicknames.js";
import { companyKey, firmKey, personKey } from "./identity.js";

export interface CallNames {
  /** Lowercased single words of participant, company and firm names. */
  words: Set<string>;
  /** The subset of `words` from the company's own name. */
  companyWords: Set<string>;
  /** Participants' first names, lower-cased. */
  firstNames: string[];
  /** Participants' surnames, lower-cased ("yap" of Johannson Yap): a name word said before one is a first name ("Jojo Yap"). */
  surnames: Set<string>;
  /** Initials of the company's name ("ads" for Advanced Drainage Systems): its acronym. */
  companyInitials: string;
  /** The company's name in words, lower-cased, legal forms and connectors left out. */
  companyNameWords: string[];
  isParticipant(name: string): boolean;
  isCompanyOrFirm(name: string): boolean;
}

const GENERIC = new Set(["inc", "corp", "corporation", "company", "co", "llc", "ltd", "plc", "group", "holdings", "and", "the", "of", "&", "associates", "securities", "capital", "partners", "bank", "research", "international", "global", "technologies", "communications", "systems", "networks"]);

const LEGAL_FORMS = new Set(["inc", "corp", "corporation", "company", "co", "llc", "ltd", "plc", "holdings", "group"]);

export function callNames(t: Transcript): CallNames {
  const words = new Set<string>();
  const people = new Set<string>();
  const orgs = new Set<string>();
  const addWords = (s: string) => {
    for (const w of s.toLowerCase().split(/[^a-z0-9&]+/)) if (w && !GENERIC.has(w)) words.add(w);
  };
  for (const p of t.participants) {
    if (p.role === "operator") continue;
    for (const n of [p.name, ...p.aliases]) {
      addWords(n);
      people.add(personKey(n));
      // "Pat" for Patrick, "Dom" for Dominic: how the call greets its participants.
      const first = n.toLowerCase().split(/\s+/)[0] ?? "";
      for (const g of NICKNAME_GROUPS) if (g.includes(first)) for (const nick of g) words.add(nick);
    }
    if (p.organization) {
      addWords(p.organization);
      orgs.add(firmKey(p.organization));
      orgs.add(companyKey(p.organization));
    }
  }
  const before = new Set(words);
  if (t.call.company) {
    addWords(t.call.company);
    orgs.add(companyKey(t.call.company));
  }
  if (t.call.ticker) words.add(t.call.ticker.toLowerCase());
  const companyWords = new Set([...words].filter((w) => !before.has(w) || (t.call.company ?? "").toLowerCase().includes(w)));
  const firstNames = [...new Set(t.participants.filter((p) => p.role !== "operator" && !p.anonymous).map((p) => p.name.toLowerCase().split(/\s+/)[0] ?? "").filter((w) => w.length > 1))];
  const surnames = new Set(t.participants.filter((p) => p.role !== "operator" && !p.anonymous).map((p) => surnameOf(p.name)).filter((w) => w.length > 1));
  const companyNameWords = (t.call.company ?? "")
    .toLowerCase()
    .split(/[^a-z0-9&]+/)
    .filter((w) => w && !LEGAL_FORMS.has(w) && w !== "and" && w !== "of" && w !== "the" && w !== "&");
  const companyInitials = companyNameWords.map((w) => w[0]).join("");
  return {
    words,
    companyWords,
    firstNames,
    surnames,
    companyInitials,
    companyNameWords,
    isParticipant: (n) => n.toLowerCase().split(/[^a-z0-9]+/).some((w) => words.has(w)) && people.has(personKey(n)),
    // A name sharing no word with the call's company or firms cannot be one of them.
    isCompanyOrFirm: (n) => n.toLowerCase().split(/[^a-z0-9&]+/).some((w) => words.has(w)) && (orgs.has(firmKey(n)) || orgs.has(companyKey(n))),
  };
}

/** Generational suffixes and degrees after a surname ("Robert Smith Jr.", "Jane Doe, CFA"). */
const AFTER_SURNAME = /^(?:jr|sr|ii|iii|iv|cfa|cpa|phd|md|esq)$/;

/** The last word of a person's name that is no suffix or initial, lower-cased: "kirkland" of "J. Bryant Kirkland III". */
function surnameOf(name: string): string {
  const ws = name.toLowerCase().split(/[^a-z'’-]+/).filter((w) => w.length > 1 && !AFTER_SURNAME.test(w));
  return ws.length >= 2 ? ws[ws.length - 1]! : "";
}
