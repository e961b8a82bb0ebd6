/**
 * People and organizations a call mentions that are not its participants: customers,
 * competitors, regulators and their officers. Spellings of one name are merged.
 */
import { distance } from "fastest-levenshtein";
import type { MentionedEntity, Mentions } from "../../model/facts.js";
import type { Transcript } from "../../model/transcript.js";
import type { CallNames } from "./call-names.js";
import { personKey } from "./identity.js";
import { TERM_STATS } from "../text/term-stats.js";
import { BUSINESS_AFTER, BUSINESS_BEFORE, FUNCTION_WORDS, PERIOD_WORDS, TITLE_WORDS } from "../text/function-words.js";
import { isFinancial } from "../topics/financial-terms.js";
import type { Word } from "../text/tokens.js";

/** Words in a sentence that show a name belongs to an officer. */
const ROLE_CUE = /\b(?:chief|officer|ceo|cto|cfo|coo|evp|svp|president|chairman|chairwoman|founder|director|minister|secretary|commissioner|head of|who is|appoint\w*|promoted|retir(?:e|es|ed|ing|ement)|succeed\w*|(?:will be|has|have) join(?:ed|ing)|position of)\b/i;
/** Right after a name: the person speaks ("Jane Roe said", "Reed Hastings, who said"); not "as I just said, we introduced Tanzu Advanced". */
const SAYS_AFTER = /^,?\s+(?:who\s+)?(?:said|says|spoke|told)\b/i;
/** Last words that make a capitalised run an organization's name, not a person's. */
const ORG_SUFFIX = /^(?:Inc|Corp|Corporation|Company|Co|LLC|Ltd|Group|Holdings|Bank|Securities|Capital|Partners|Networks|Systems|Technologies|Communications|Telecom|Wireless|Works|Labs|Software|Solutions|Industries|Energy|Motors|Airlines|Pharmaceuticals|Therapeutics|Foundation|University|Institute|Department|Agency|Commission|Authority|Council|Summit|Conference|Act|Fund|Program|Index|Street|Center|Centre)$/;
const LEGAL_FORM = /^(?:Inc|Corp|Corporation|Co|LLC|Ltd|plc|AG|SA|NV)$/;
/** Regulators and agencies named by acronym; their names are organizations wherever they appear. */
const AGENCIES = new Set(["SEC", "FCC", "FDA", "FTC", "DOJ", "EPA", "IRS", "FASB", "IASB", "ECB", "OPEC", "NHTSA", "FAA", "DOE", "DoD", "CMS", "USDA", "NIH", "CFPB", "OCC", "FDIC", "PUC", "CPUC", "FERC", "NRC", "WHO", "EU", "NATO", "IMF"]);
const SKIP_WORDS = new Set(["I", "Q", "OK", "Okay", "Thank", "Thanks", "Operator", "Good", "Great", "Yes", "No", "So", "And", "But", "The", "Well", "Mr", "Ms", "Mrs", "Dr"]);
/*
 * Context that names a company: what was acquired, sold to, partnered with, or listed among
 * customers or competitors ("we acquired X", "the acquisition of X", "customers like X",
 * "X, a manufacturer of"), and the names listed right after one ("X and Y acquisitions").
 */
const BEFORE_ORG = /\b(?:acquired|acquire|acquiring|acquisitions? of|addition of|purchase of|purchased|bought|merger with|merged with|combination with|partnership with|partnered with|partnering with|agreement with|contract with|deal with|(?:sell|sold|selling|divest|divested)(?: [\w-]+){0,6} to|(?:recognized|rated|ranked|named|awarded|certified) by|(?:customers?|competitors?|peers?|carriers?|operators?|vendors?|suppliers?|partners?|players?|companies|providers?|hyperscalers?|OEMs?|retailers?|distributors?) (?:like|such as|including))\s+(?:the\s+)?$/i;
const AFTER_ORG = /^(?:['’]s)?\s+(?:acquisitions?|transaction|deal|merger|litigation|lawsuit)\b|^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:manufacturer|maker|provider|supplier|developer|designer|distributor|company|business|firm|operator|carrier|leader)\b/i;
/** Acronyms of measures and bases: what a call reports, not who it names. */
const MEASURE = /^(?:non-)?(?:GAAP|EBITDA|EPS|FFO|AFFO|NOI|ROE|ROA|ROIC|ROTCE|ARPU|ADR|RevPAR|SSS|SSNOI|SG&A|SSG&A|G&A|D&A|DD&A|NII|NIM|CET1|TBV|BPS|YoY|QoQ|LTM|TTM|CAGR|KPI|OEM|OEMs)(?:re|s)?\b/i;
/** Words for a people or a language ("Brazilian", "Japanese", "British"): adjectives, not organizations. */
const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|ese|ish|ican|zuelan)$/;
const INSTITUTION = /^(?:Department|Ministry|Bureau|Office|Bank|University|Institute|Board|Commission|Council|Agency|Administration|Federation|Association|Court|Government|State|Republic|Port|City|County)$/;
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Hundred|Thousand)$/;
const LIST_GAP = /^(?:,\s*|\s+|,?\s+(?:and|or|as well as)\s+)$/;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving)$/i;

/*
 * Abbreviations written with "&" are mostly business vocabulary ("R&D", "M&A", "PP&E", "S&P 500"),
 * and a few are companies ("AT&T", "PG&E", the rating agency "S&P"). One is vocabulary when it is a
 * common business term (below) or written in the plural or with a hyphenated suffix ("M&As",
 * "M&A-related"); a mention of any other is no organization before a number ("S&P 500") or after
 * "our", "net" and the like ("our FP&A team"). A company's name is also used before nouns ("AT&T
 * revenue"), so that alone decides nothing. "S&P Global", a name of several words, is judged as a name.
 */
const AMPERSAND_ABBREVIATION = /^[A-Z]{1,4}&[A-Z]{1,4}$/;
const AMPERSAND_WORD = /^[A-Z]{1,4}&[A-Z]{1,4}(?:s|-[A-Za-z][\w-]*)$/;
const BUSINESS_AMPERSANDS = new Set(`R&D M&A PP&E SG&A G&A D&A DD&A P&L O&M T&E C&I E&P MD&A FF&E A&D F&B R&M P&C E&S D&O DE&I D&I
FP&A T&D A&P F&I M&E Q&A B&I L&A P&I RD&E I&E H&S EH&S HS&E`.split(/\s+/));
const DETERMINER_BEFORE = /\b(?:our|their|its|your|my|net|gross|total)\s+$/i;

/** A mention of an "&" abbreviation used as a word: before a number, or after "our", "net" and the like. */
function ampersandWordAt(text: string, start: number, end: number): boolean {
  return /^\s+\d/.test(text.slice(end, end + 4)) || DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

interface Found {
  name: string;
  turns: Set<number>;
  count: number;
  spellings: Map<string, number>;
  /** Mentions not in the possessive ("Verizon", not "Verizon's"). */
  bare: number;
  /** Mentions with "'s" read as part of the name ("Moody's upgraded", "at Lowe's and"). */
  named: number;
}

type PossessiveUse = "bare" | "owner" | "name";

function countUse(f: Found, use: PossessiveUse): void {
  if (use === "bare") f.bare++;
  else if (use === "name") f.named++;
}

/*
 * The tokenizer drops a trailing "'s", so "Moody's" and "Verizon's" both read as the word before
 * it. A firm is named with the "'s" ("Moody's", "Lowe's", "Barron's") when the call never names it
 * without, and at least once the "'s" is followed by what follows a name rather than what a
 * possessive owns: punctuation, a function word or a past-tense verb ("Moody's upgraded", "at
 * Lowe's and"), not a noun ("Verizon's network", "Newsweek's list"); before "been", "going" and the
 * like the "'s" is "is"/"has" and the name is bare. Acronyms never end in "'s".
 */
function possessiveName(f: Found): Found {
  return { ...f, name: `${f.name}'s`, spellings: new Map([...f.spellings].map(([k, n]) => [`${k}'s`, n])) };
}

/** Words that follow a name as subject or object ("Moody's has", "at Lowe's and"), never what it owns. */
const NAME_NEXT = /^(?:and|or|but|is|was|has|had|have|are|were|will|would|can|could|may|might|should|does|did|as|in|at|on|for|with|to|from|of|by|than|that|which|who|said|says|say|itself|last|this|earlier|recently|today|yesterday)$/;
const CONTRACTION_NEXT = /^(?:been|got|gotten|gone|done|not|also|now|very|still|already|just|really|always|never|probably|gonna|a|an|the|[a-z]+ing)$/;

function possessiveUse(text: string, end: number): PossessiveUse {
  const c = text.charCodeAt(end);
  if (c !== 39 && c !== 0x2019) return "bare";
  const s = text.charCodeAt(end + 1);
  if ((s !== 115 && s !== 83) || /[A-Za-z0-9]/.test(text[end + 2] ?? "")) return "bare";
  const next = /^\s+([A-Za-z][\w'-]*)/.exec(text.slice(end + 2, end + 40));
  if (!next) return "name";
  const w = next[1]!;
  // "Ford's been", "Nike's going": the "'s" of "is"/"has", after a name that does not end in it.
  if (CONTRACTION_NEXT.test(w)) return "bare";
  return NAME_NEXT.test(w) || /^[a-z]+ed$/.test(w) ? "name" : "owner";
}

/** `words[i]` holds the words of turn i (text/tokens.ts). */
export function extractMentions(t: Transcript, names: CallNames, words: readonly (readonly Word[])[]): Mentions {
  const people = new Map<string, Found>();
  const surnames: { surname: string; turn: number; written: string }[] = [];
  const orgs = new Map<string, Found>();
  /** Judgements by capitalised run: "person", an organization's name, or null; "person?" when the sentence decided. */
  const verdicts = new Map<string, string | null>();
  const add = (map: Map<string, Found>, key: string, name: string, turn: number, use: PossessiveUse = "bare") => {
    const f = map.get(key) ?? { name, turns: new Set<number>(), count: 0, spellings: new Map<string, number>(), bare: 0, named: 0 };
    f.turns.add(turn);
    f.count++;
    countUse(f, use);
    f.spellings.set(name, (f.spellings.get(name) ?? 0) + 1);
    map.set(key, f);
  };
  const unjudged = new Map<string, { turn: number; use: PossessiveUse }[]>();
  /** Single names: uses right after "in", "across" and the like, and all uses; mostly so, a place. */
  const locatives = new Map<string, [number, number]>();
  let cueEnd = -1;
  let cueTurn = -1;
  for (let ti = 0; ti < t.turns.length; ti++) {
    const turn = t.turns[ti]!;
    const ws = words[ti] ?? [];
    const isName = (k: number) => ws[k]!.capital && !ws[k]!.contraction && !FUNCTION_WORDS.has(ws[k]!.lower) && !(ws[k]!.pos === "NUM" && /\d/.test(ws[k]!.text));
    const to = ws.length;
    /** Words k and k + 1 stand next to each other in one name: one space apart, nothing between. */
    const joined = (k: number) => !ws[k + 1]!.breakBefore && !ws[k]!.possessive && ws[k + 1]!.start === ws[k]!.end + 1;
    for (let i = 0; i < to; i++) {
      if (!isName(i)) continue;
      const wText = ws[i]!.text.replace(/\.$/, "");
      if (SKIP_WORDS.has(wText)) {
        if ((wText === "Mr" || wText === "Ms" || wText === "Mrs" || wText === "Dr") && i + 1 < to && ws[i + 1]!.capital) {
          const next = ws[i + 1]!.text;
          surnames.push({ surname: next, turn: turn.index, written: `${wText}. ${next}` });
          i++;
        }
        continue;
      }
      // A title before a single name makes it a person's ("President Obama"), never a company's.
      const titled = i > 0 && !ws[i]!.breakBefore && TITLE_WORDS.has(ws[i - 1]!.lower.replace(/\.$/, ""));
      let j = i;
      for (;;) {
        if (j + 1 < to && j - i < 5 && isName(j + 1) && joined(j) && !SKIP_WORDS.has(ws[j + 1]!.text)) { j++; continue; }
        // "Department of Justice", "Bank of America", "Imaging & Identification": "of" or "&" inside a name.
        // Not after a person's name ("William Stein of Truist Securities").
        const personSoFar = j > i && j - i < 3 && TERM_STATS.isFirstName(ws[i]!.text);
        if (j + 2 < to && j - i < 4 && (ws[j + 1]!.lower === "of" || ws[j + 1]!.text === "&") && isName(j + 2) && joined(j) && joined(j + 1) && !TITLE_WORDS.has(ws[j]!.lower) && !ws[i]!.sentenceStart && !personSoFar) { j += 2; continue; }
        break;
      }
      const parts: string[] = [wText];
      for (let k = i + 1; k <= j; k++) parts.push(ws[k]!.text);
      const text = parts.join(" ");
      if (titled && parts.length === 1) { i = j; continue; }
      if (parts.length === 1 && (AMPERSAND_WORD.test(text) || (AMPERSAND_ABBREVIATION.test(text) && (BUSINESS_AMPERSANDS.has(text) || ampersandWordAt(turn.text, ws[i]!.start, ws[i]!.end))))) {
        i = j;
        continue;
      }
      const sentenceStart = ws[i]!.sentenceStart;
      const cacheKey = `${sentenceStart ? 1 : 0}${text}`;
      let verdict = verdicts.get(cacheKey);
      if (verdict === undefined || verdict === "person?") {
        const at = ws[i]!.start;
        const person = parts.length >= 2 && parts.length <= 3 && isPersonName(parts, () => wordsAround(turn.text, at, at + text.length), names, () => turn.text.slice(at + text.length, at + text.length + 16));
        verdict = person ? (names.isParticipant(text) ? null : "person") : organizationName(parts, sentenceStart, names, ws[i]!.pos);
        // "Comcast MVNO": a company's name before acronyms that are not part of it.
        if (!person && !verdict && parts.length > 1 && parts.slice(1).every((p) => /^[A-Z]{2,}s?$/.test(p))) verdict = organizationName(parts.slice(0, 1), sentenceStart, names, ws[i]!.pos);
        // A name judged by its sentence's role words is judged again in the next sentence.
        if (!person && parts.length >= 2 && parts.length <= 3 && !TERM_STATS.isFirstName(parts[0]!)) verdicts.set(cacheKey, verdict ?? "person?");
        else verdicts.set(cacheKey, verdict);
      }
      if (verdict !== "person" && (verdict === null || verdict === "person?")) {
        const at = ws[i]!.start;
        const until = ws[j]!.end;
        const listed = cueEnd >= 0 && cueTurn === ti && LIST_GAP.test(turn.text.slice(cueEnd, at));
        if (listed || BEFORE_ORG.test(turn.text.slice(Math.max(0, at - 60), at)) || AFTER_ORG.test(turn.text.slice(until, until + 60))) {
          const named = ws[i]!.sentenceStart && parts.length === 1 && ws[i]!.pos === "VERB" ? null : cuedOrganization(parts, names);
          if (named) {
            verdict = named;
            cueEnd = until;
            cueTurn = ti;
          }
        }
      } else if (verdict && verdict !== "person") {
        cueEnd = -1;
      }
      const use = possessiveUse(turn.text, ws[j]!.end);
      if (i === j) {
        const before = i > 0 && !ws[i]!.breakBefore ? (ws[i - 1]!.lower === "the" && i > 1 ? ws[i - 2]! : ws[i - 1]!) : undefined;
        const n = locatives.get(text) ?? [0, 0];
        locatives.set(text, [n[0]! + (before && LOCATIVE.test(before.lower) ? 1 : 0), n[1]! + 1]);
      }
      if (verdict === null || verdict === "person?") unjudged.set(text, [...(unjudged.get(text) ?? []), { turn: turn.index, use }]);
      if (verdict === "person") add(people, personKey(text), text, turn.index);
      else if (verdict && verdict !== "person?") add(orgs, verdict.toLowerCase(), verdict, turn.index, use);
      i = j;
    }
  }
  // A name its context showed to be a company counts wherever else the call uses it.
  for (const [written, turns] of unjudged) {
    const o = orgs.get(written.toLowerCase());
    if (o) for (const x of turns) { o.turns.add(x.turn); o.count++; countUse(o, x.use); }
  }
  // ("Turning now to Stuart Weitzman. ... at Stuart Weitzman, our recently launched ...": a brand named after its founder.)
  const merged = mergeSpellings([...people.values()]).filter((p) => !saidAsBusiness(p, t));
  for (const s of surnames) {
    const p = merged.find((m) => m.name.split(" ").pop() === s.surname);
    if (p) { p.turns.add(s.turn); p.spellings.set(s.written, 1); }
  }
  const personWords = new Set(merged.flatMap((p) => [...p.spellings.keys()].flatMap((n) => n.split(" "))));
  const kept = [...orgs.values()].filter((o) => !personWords.has(o.name) && !isPlaceHere(o.name, locatives) && !calledProduct(o, t));
  return {
    people: merged.map(entity),
    organizations: foldShortForms(kept).map((o) => entity(o.bare === 0 && o.named > 0 && /[a-z]/.test(o.name) ? possessiveName(o) : o)),
  };
}

/** Words after a name that say it is the call's own product or unit ("the WoodSpring Suites brand", "our Arch Fit product"). */
const PRODUCT_NEXT = "brand|brands|product|products|segment|offering|offerings|portfolio|collection|business unit";

/** A name the call calls a brand, product or unit of its own, in any of its turns. */
function calledProduct(o: Found, t: Transcript): boolean {
  const re = new RegExp(`\\b(?:${spellingsPattern(o)})\\s+(?:${PRODUCT_NEXT})\\b`);
  return t.turns.some((turn) => o.turns.has(turn.index) && re.test(turn.text));
}

/** A name the call says where a business is (BUSINESS_BEFORE, BUSINESS_AFTER), twice or more. */
function saidAsBusiness(p: Found, t: Transcript): boolean {
  const re = new RegExp(`(?:\\b(\\w+)\\s+)?\\b(?:${spellingsPattern(p)})(?:['’]s)?\\b(?:\\s+(\\w+))?`, "g");
  let n = 0;
  for (const turn of t.turns) {
    if (!p.turns.has(turn.index)) continue;
    for (const m of turn.text.matchAll(re)) if (BUSINESS_BEFORE.has(m[1]?.toLowerCase() ?? "") || BUSINESS_AFTER.has(m[2]?.toLowerCase() ?? "")) n++;
  }
  return n >= 2;
}

/** A found name's spellings as one regular-expression alternation, each escaped. */
function spellingsPattern(f: Found): string {
  return [...f.spellings.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** A one-word name that opens a longer name of the call is that one ("Penn" of "Penn National Gaming"). */
function foldShortForms(found: Found[]): Found[] {
  const out = found.filter((f) => f.name.includes(" ") || !found.some((g) => g.name.startsWith(`${f.name} `)));
  for (const f of found) {
    if (out.includes(f)) continue;
    const long = out.find((g) => g.name.startsWith(`${f.name} `))!;
    for (const x of f.turns) long.turns.add(x);
    long.count += f.count;
    long.bare += f.bare;
    long.named += f.named;
    for (const [sp, n] of f.spellings) long.spellings.set(sp, (long.spellings.get(sp) ?? 0) + n);
  }
  return out;
}

function isPlaceHere(name: string, locatives: ReadonlyMap<string, [number, number]>): boolean {
  const [at, all] = locatives.get(name) ?? [0, 0];
  return all > 0 && at * 2 >= all;
}

const LOCATIVE = /^(?:in|across|throughout|within|into)$/;

/**
 * The words right around a name, within its sentence: a role said of the name stands next to it ("Jane Roe, our Chief
 * Technology Officer", "CEO Jane Roe", "Jane Roe said"), not anywhere in a long sentence that also names a product
 * ("With the announcement of general availability of Tanzu Advanced edition ...").
 */
function wordsAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(". ", start), 0);
  const to = text.indexOf(". ", end);
  return text.slice(Math.max(from, start - 40), Math.min(to < 0 ? text.length : to, end + 80));
}

/*
 * A person's name: two or three capitalised words, none of them a word the corpus writes in
 * lower case or a call participant's company/firm word, the last not an organization suffix;
 * and either the first is a known first name (participants across the corpus) or the words around
 * it give the person a role ("Chief Technology Officer", "who is", "CEO") or the name says something ("Jane Roe said").
 */
function isPersonName(parts: string[], around: () => string, names: CallNames, after: () => string): boolean {
  if (parts.some((p) => !/^[A-Z][a-z'’-]+$/.test(p) || WEEKDAYS.test(p) || TERM_STATS.isPlace(p) || PERIOD_WORDS.has(p.toLowerCase()))) return false;
  if (TERM_STATS.isPlace(parts.join(" ")) || TERM_STATS.isOrganization(parts.join(" ")) || parts.some((p) => TITLE_WORDS.has(p.toLowerCase()))) return false;
  if (ORG_SUFFIX.test(parts[parts.length - 1]!)) return false;
  if (names.isCompanyOrFirm(parts.join(" "))) return false;
  if (parts.some((p) => names.words.has(p.toLowerCase()) && !names.isParticipant(parts.join(" ")) && !TERM_STATS.isFirstName(p))) return false;
  const rare = (p: string) => !FUNCTION_WORDS.has(p.toLowerCase()) && (TERM_STATS.isProper(p) || TERM_STATS.df(p.toLowerCase()) <= 2);
  if (!parts.slice(1).every(rare)) return false;
  if (TERM_STATS.isFirstName(parts[0]!)) return true;
  return rare(parts[0]!) && (ROLE_CUE.test(around()) || SAYS_AFTER.test(after()));
}

/*
 * An organization: a run of capitalised words that the corpus writes capitalised (proper nouns),
 * not a place, person or this call's own company or firms, and either named by several
 * companies across the corpus (so not one company's product) or ending in an organization word;
 * CamelCase names and names with "&" (AT&T) count as proper; agency acronyms always qualify.
 */
function organizationName(parts: string[], sentenceStart: boolean, names: CallNames, firstPos: string): string | null {
  const name = parts.join(" ");
  if (parts.length === 1 && AGENCIES.has(name)) return name;
  // "Listen, the business...": a verb opening a sentence.
  if (parts.length === 1 && sentenceStart && firstPos === "VERB") return null;
  if (names.isCompanyOrFirm(name) || parts.some((p) => names.words.has(p.toLowerCase()))) return null;
  // A measure ("EBITDAre", "RevPAR", "GAAP EPS", "SSG&A") or a place ("Maui", "Brazilian") is no organization.
  if (MEASURE.test(name) || isFinancial(name) || TERM_STATS.isPlace(name) || (parts.length === 1 && (firstPos === "ADJ" || DEMONYM.test(name) || TERM_STATS.isSurname(name)))) return null;
  if (parts.some((p) => TITLE_WORDS.has(p.toLowerCase()))) return null;
  if (parts.some((p) => PERIOD_WORDS.has(p.toLowerCase()))) return null;
  // A company or firm of the corpus, unless its name is a word ("Future", "Successful").
  if (TERM_STATS.isOrganization(name) && !(parts.length === 1 && (sentenceStart || !(TERM_STATS.isProper(name) || /[A-Z].*[A-Z]/.test(name))))) return name;
  // "Department of Justice", "Bank of England", "University of Texas": an institution of something.
  if (parts.length >= 3 && parts[1] === "of" && INSTITUTION.test(parts[0]!)) return name;
  // "Illinois Tool Works": a place or first name may open a name that ends in an organization word.
  const suffixed = parts.length > 1 && ORG_SUFFIX.test(parts[parts.length - 1]!);
  if (parts.some((p) => WEEKDAYS.test(p) || (!suffixed && (TERM_STATS.isPlace(p) || TERM_STATS.isFirstName(p))))) return null;
  // "Four Seasons": a number word is part of a name of several words.
  const proper = (p: string) => /&/.test(p) || /[a-z][A-Z]/.test(p) || TERM_STATS.isProper(p) || p === "of" || (parts.length > 1 && NUMBER_WORD.test(p));
  // "S&P Global": an "&" abbreviation followed by a capitalised word that several calls write together is a name.
  const ampersandName = parts.length > 1 && AMPERSAND_ABBREVIATION.test(parts[0]!) && TERM_STATS.df(name.toLowerCase()) >= 2;
  if (!ampersandName && (!parts.every((p) => proper(p) || ORG_SUFFIX.test(p)) || parts.every((p) => ORG_SUFFIX.test(p)))) return null;
  // Plural acronyms and shorthand (OEMs, CapEx, R&D, M&A) and words most calls use are vocabulary, not names.
  if (parts.some((p) => /^[A-Z][A-Za-z]*[A-Z]s$|^[A-Z][a-z]+[A-Z][a-z]$/.test(p) || /^[A-Z]+$/.test(p) && p.length > 5)) return null;
  if (parts.length === 1 && TERM_STATS.df(name.toLowerCase()) > TERM_STATS.companies * 0.1) return null;
  if (parts.length === 1 && sentenceStart && !TERM_STATS.isProper(name)) return null;
  if (/^[A-Z0-9]+$/.test(name) && name.length <= 5) return null;
  const spread = TERM_STATS.df(name.toLowerCase()) >= 2;
  if (!(spread || ORG_SUFFIX.test(parts[parts.length - 1]!) || /&/.test(name))) return null;
  // Legal forms are not part of the name people use ("Corning Inc" is Corning).
  const shown = parts.length > 1 && LEGAL_FORM.test(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts;
  return shown.join(" ");
}

/**
 * A run that its context names as a company: any capitalised run but the call's own names,
 * people's first names, days and months, and places standing alone.
 */
function cuedOrganization(parts: string[], names: CallNames): string | null {
  const name = parts.join(" ");
  if (names.isCompanyOrFirm(name) || parts.some((p) => names.words.has(p.toLowerCase()))) return null;
  if (parts.some((p) => WEEKDAYS.test(p)) || TERM_STATS.isFirstName(parts[0]!)) return null;
  if (parts.length === 1 && (TERM_STATS.isPlace(name) || /^(?:Q[1-4]|H[12]|FY\d*|I|A)$/.test(name))) return null;
  if (parts.every((p) => ORG_SUFFIX.test(p)) || MEASURE.test(name) || isFinancial(name)) return null;
  const shown = parts.length > 1 && LEGAL_FORM.test(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts;
  return shown.join(" ");
}

/** Same last name and first names within two edits ("Aamar"/"Aamir"), or one edit in the whole name. */
function mergeSpellings(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const parts = f.name.split(" ");
    const twin = out.find((o) => {
      const op = o.name.split(" ");
      if (op.length !== parts.length) return false;
      if (op[op.length - 1] === parts[parts.length - 1]) return distance(op[0]!, parts[0]!) <= 2 && Math.min(op[0]!.length, parts[0]!.length) >= 4;
      return distance(o.name, f.name) <= 1;
    });
    if (!twin) { out.push(f); continue; }
    for (const t of f.turns) twin.turns.add(t);
    twin.count += f.count;
    for (const [s, n] of f.spellings) twin.spellings.set(s, (twin.spellings.get(s) ?? 0) + n);
  }
  return out;
}

function entity(f: Found): MentionedEntity {
  return {
    name: f.name,
    aliases: [...f.spellings.keys()].filter((s) => s !== f.name),
    mentions: [...f.turns].sort((a, b) => a - b),
  };
}
