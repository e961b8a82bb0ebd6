/**
 * Identity keys: one key per real-world person, firm, company, organization or topic, however a
 * transcript spells it, so that loading many calls builds one network. The load stage derives
 * deterministic node ids from these keys.
 *
 * The rule, for every kind: fold case and accents, drop punctuation, then drop the words that do
 * not tell two entities apart for that kind:
 *  - people: honorifics and suffixes (Mr., Dr., Jr., III, CFA), middle initials; a first name's
 *    common nickname is the formal name ("Andy Barish" = "Andrew Barish", model/nicknames.ts),
 *    unless the nickname stands for several ("Alex");
 *  - firms and companies: legal forms (Inc., LLC, Corp., & Co., plc, AG, S.A.), a ", Research
 *    Division" or " - Research" tail ("Morgan Stanley, Research Division"), and the trailing
 *    trade words that firms add and drop (Associates, Securities, Capital Markets, Nicolaus,
 *    Partners, Group, Holdings, "and Company"); "Raymond James & Associates, Inc." and
 *    "Raymond James" share a key, as do "Stifel Nicolaus" and "Stifel"; words are then joined
 *    without spaces ("J.P. Morgan" = "JPMorgan");
 *  - topics: singular and plural fold ("electric vehicles" = "electric vehicle", "businesses" =
 *    "business"), hyphens are
 *    spaces ("software-defined" = "software defined").
 */

import { formalFirstName } from "../../model/nicknames.js";

function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "jr", "sr", "ii", "iii", "iv", "cfa", "cpa", "phd", "md", "esq"]);

export function personKey(name: string): string {
  const words = fold(name).replace(/[^a-z0-9\s'-]/g, " ").split(/\s+/).filter(Boolean);
  const kept = words.filter((w, i) => !HONORIFICS.has(w.replace(/'/g, "")) && !(i > 0 && i < words.length - 1 && w.length === 1));
  const out = (kept.length ? kept : words).map((w) => w.replace(/'/g, ""));
  if (out.length >= 2) out[0] = formalFirstName(out[0]!);
  return out.join(" ");
}

const LEGAL = new Set(["inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation", "co", "company", "plc", "ag", "sa", "nv", "se", "gmbh", "the"]);
const FIRM_TRAILERS = new Set(["associates", "securities", "capital", "markets", "nicolaus", "partners", "group", "holdings", "research", "financial", "investments", "investment", "advisors", "llc", "and", "&", "international", "global", "equities", "equity", "bank", "us", "usa", "americas", "llp", "lp"]);

/** ", Research Division", " - Research", "Research Division": how a data vendor marks a firm's research arm. */
const RESEARCH_TAIL = /(?:\s*[,-]\s*|\s+)research\s+division\s*$|\s+-\s+research\s*$/i;

function orgWords(name: string): string[] {
  return fold(name.replace(RESEARCH_TAIL, ""))
    // "L.L.C.", "J.P.": initials are one word.
    .replace(/(?:\b[a-z]\.){2,}/g, (m) => m.replace(/\./g, "")).replace(/&/g, " & ").replace(/[^a-z0-9&\s]/g, " ").replace(/\bs a\b/g, "sa").split(/\s+/).filter(Boolean);
}

function trimTrailing(words: string[], drop: Set<string>): string[] {
  const out = [...words];
  while (out.length > 1 && drop.has(out[out.length - 1]!)) out.pop();
  return out;
}

const CONJUNCTIONS = new Set(["&", "and"]);

function companyWords(name: string): string[] {
  return trimTrailing(orgWords(name).filter((x, i, all) => !(LEGAL.has(x) && (i > 0 || all.length > 1))), CONJUNCTIONS);
}

/** Words are joined without spaces, so "J.P. Morgan" and "JPMorgan" share a key. */
export function companyKey(name: string): string {
  return companyWords(name).join("");
}

/**
 * A firm's key; "" for what is no firm's name: a job title a transcript put where the firm goes
 * ("Chief Credit Officer", "Executive Vice President", "Private Analyst").
 */
export function firmKey(name: string): string {
  const cleaned = name.replace(/(?<=[a-z])Analyst$/, "");
  if (JOB_TITLE.test(cleaned)) return "";
  const key = trimTrailing(companyWords(cleaned), FIRM_TRAILERS).join("");
  return FIRM_ALIASES.get(key) ?? key;
}

/** How to show a firm: without a research-division tail or a legal form ("Morgan Stanley, Research Division" → "Morgan Stanley"). */
export function firmName(name: string): string {
  const short = name.replace(RESEARCH_TAIL, "").replace(LEGAL_TAIL, "").replace(/\s+/g, " ").trim();
  return short || name.trim();
}

const LEGAL_TAIL = /(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|plc|PLC|LP|L\.P|LLP|N\.V|S\.A|AG|SE|GmbH)\.?,?)+$/;

const JOB_TITLE = /^(?:(?:senior|executive|group|deputy|assistant|associate|private|independent)\s+)*(?:vice\s+president|president|chief\s+\w+(?:\s+\w+)?\s+officer|officer|director|chairman|treasurer|controller|analyst|manager|head\s+of\s+\w+)(?:[,&\s]+(?:and\s+)?.*)?$/i;

/** One firm under several names (keys): the name it is best known by. */
const FIRM_ALIASES = new Map([
  ["citigroup", "citi"],
  ["citigroupglobal", "citi"],
  ["citibank", "citi"],
  ["bofa", "bankofamerica"],
  ["bankofamericamerrilllynch", "bankofamerica"],
  ["bofamerrilllynch", "bankofamerica"],
  ["bancofamerica", "bankofamerica"],
  ["jpmorganchase", "jpmorgan"],
  ["creditsuissefirstboston", "creditsuisse"],
]);

export function organizationKey(name: string): string {
  return companyKey(name);
}

export function topicKey(name: string): string {
  const folded = fold(name);
  // Most names are already lower-case words of letters and digits one space apart (the finder's
  // own phrases): only their plurals need folding.
  if (isKeyShaped(folded)) return singularWords(folded);
  return folded
    // Letters said with "and" between them are the ampersand's ("R-and-D", "P-and-L").
    .replace(/(?<![a-z0-9])([a-z]{1,2})-and-([a-z]{1,2})(?![a-z0-9])/g, "$1&$2")
    .replace(/[-_/]+/g, " ")
    .replace(/[^a-z0-9.&+\s]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => singular(w))
    .join(" ");
}

/** Words of [a-z0-9.&+] one space apart, nothing around them: what the rule keeps as it is. */
function isKeyShaped(s: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 38 || c === 43) afterSpace = false;
    else return false;
  }
  return !afterSpace;
}

function singularWords(s: string): string {
  let plural = false;
  for (let i = s.indexOf("s"); i !== -1 && !plural; i = s.indexOf("s", i + 1)) plural = i + 1 === s.length || s.charCodeAt(i + 1) === 32;
  return plural ? s.split(" ").map((w) => singular(w)).join(" ") : s;
}

function singular(w: string): string {
  if (w.length <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}
