/**
 * Candidate topic terms from the grammar of a sentence: noun phrases read from part-of-speech
 * tags (text/tokens.ts), and every part of one that can stand on its own. Shared by the topic
 * finder and by scripts/build-extract-stats.ts, so the corpus statistics count the same terms.
 *
 * A phrase is a run of words that are nouns, adjectives or names, with no punctuation between
 * them and nothing else inside, ending in a noun or a name: "Olive Garden same-restaurant sales",
 * "supply chain constraints". Names may hold "of", "&" and "and" between capitalised words
 * ("House of Sport", "Imaging & Identification", "Measurement and Control Solutions"). A participle
 * after a determiner modifies ("our adjusted EBITDA margin"); a capitalised word mid-sentence is a
 * name whatever its tag ("Engineered Products", "Department of Justice").
 *
 * Terms are the parts of a phrase that end in a noun or a name, of at most four words: "supply
 * chain constraints" yields it, "chain constraints", "constraints", "supply chain", "chain",
 * "supply". A term never cuts a name ("West Shelf" is no term of "North West Shelf"), never starts
 * with a word that only modifies ("strong", "first"), never ends in a noun that heads no topic
 * ("question", "morning"), and never holds a period word ("quarter", "Q3").
 */
import { topicKey } from "../mentions/identity.js";
import type { Word } from "../text/tokens.js";
import { TERM_STATS } from "../text/term-stats.js";
import { FUNCTION_WORDS, HONORIFICS, LEADING_MODIFIERS, NON_TOPIC_NOUNS, PERIOD_WORDS, TITLE_WORDS } from "../text/function-words.js";

export type Role = "name" | "noun" | "mod" | "conn";

export interface PhraseWord {
  word: Word;
  role: Role;
  /** Position of the word in the turn's words. */
  at: number;
}

export interface TermOccurrence {
  /** The term's topic key (identity.ts topicKey of `surface`), built word by word. */
  key: string;
  /** As written, whitespace folded (built on first read: most terms are never read). */
  readonly surface: string;
  start: number;
  end: number;
  /** Content words (connectors not counted). */
  size: number;
  /** Every content word is a name word (capitalised, a proper noun, or coined). */
  proper: boolean;
  /** One coined word: "SDN", "G.fast", "GigaCenter". */
  coined: boolean;
  /** The phrase word right before and after the term, lower-cased; null at the phrase's edge. */
  left: string | null;
  right: string | null;
}

/** Titles that "of" follows before the unit a person heads ("Chief Executive Officer of Corporate Solutions"). */
/** Words of a rough quantity that open no term: "teen" of "mid-teen decremental margins", "high teens growth". */
const QUANTITY_WORDS = new Set(["teen", "teens"]);

const BEFORE_UNIT = new Set([...TITLE_WORDS, "head", "manager", "minister", "governor", "member", "members", "leader", "dean", "partner", "executive"]);
const POSSESSIVE_PRONOUN = /^(?:our|their|its|your|my|his|her)$/i;
const ARTICLE = /^(?:a|an|the|our|their|its|your)$/i;
const MAX_WORDS = 3;
const MAX_NAME_WORDS = 6;

/** A word that no phrase holds: grammar, contractions, fillers, honorifics, numbers. */
function isGrammar(w: Word): boolean {
  // "ID" in "Imaging & ID" is an acronym, not "I'd".
  if (w.contraction) return !(w.coined && /^[A-Z]{2,}$/.test(w.text));
  if (HONORIFICS.has(w.lower)) return true;
  if (FUNCTION_WORDS.has(w.lower)) return !(w.coined && /^[A-Z]{2,}$/.test(w.text) && !/^(?:OK|I)$/.test(w.text));
  return false;
}

/** A first name or a surname the corpus knows: a person's. */
function personWord(w: Word): boolean {
  return TERM_STATS.isFirstName(w.text) || TERM_STATS.isSurname(w.lower);
}

/** Tags of words that may open a name when capitalised: "Right Management", "Next Generation Access". */
const NAME_OPENER_POS = new Set(["ADV", "ADJ", "NOUN", "PROPN", "VERB"]);

function roleOf(w: Word, prev: Word | undefined, next: Word | undefined): Role | null {
  // A grammar word written capitalised mid-sentence before another name word opens the name.
  if (w.capital && !w.sentenceStart && !w.contraction && NAME_OPENER_POS.has(w.pos) && FUNCTION_WORDS.has(w.lower) && next && !next.breakBefore && next.capital && !next.sentenceStart && (next.pos === "PROPN" || next.pos === "NOUN" || next.coined) && !isGrammar(next)) return "name";
  if (isGrammar(w)) return null;
  const { pos } = w;
  if (w.coined) return "name";
  // At a sentence's start a capital says nothing: a word the corpus writes in lower case is an
  // ordinary word there, whatever the tagger says ("Strong demand", "Sales grew").
  if (w.sentenceStart && w.capital && !TERM_STATS.isProper(w.text)) {
    if (LEADING_MODIFIERS.has(w.lower) || pos === "ADJ") return "mod";
    if (pos === "NOUN" || pos === "PROPN") return "noun";
  }
  if (w.capital && (pos === "PROPN" || (!w.sentenceStart && (pos === "NOUN" || pos === "ADJ" || pos === "VERB")))) return "name";
  // "Synovus Forward", "Fast Forward": a capitalised adverb right after a name word is the name's
  // (not one in -ly, which is a sentence's first word the splitter missed: "U.S. Internationally").
  if (w.capital && !w.sentenceStart && pos === "ADV" && !w.lower.endsWith("ly") && prev?.capital && !w.breakBefore && (prev.pos === "PROPN" || prev.coined) && !isGrammar(prev)) return "name";
  // "the Inland Empire", "Downtown Disney": a capitalised adverb mid-sentence opening a name.
  if (w.capital && !w.sentenceStart && pos === "ADV" && !w.lower.endsWith("ly") && next && !next.breakBefore && next.capital && !next.sentenceStart && (next.pos === "PROPN" || next.coined) && !isGrammar(next)) return "name";
  // "the 737 MAX", "5 Arches": a model's or a brand's number before a name word, after an article,
  // a name or at a sentence's start (not a count after a verb, "added 12 Hampton Inns", nor a year).
  if (pos === "NUM" && /^\d{1,4}$/.test(w.text) && !/^(?:19|20)\d\d$/.test(w.text) && next && !next.breakBefore && (next.coined || (next.capital && next.pos === "PROPN")) && !isGrammar(next)
    && (w.sentenceStart || (prev && !w.breakBefore && (ARTICLE.test(prev.text) || (prev.capital && prev.pos === "PROPN" && !prev.sentenceStart))))) return "name";
  // "Four Seasons": a number word written as part of a name.
  if (pos === "NUM" && w.capital && !w.sentenceStart && /^[A-Za-z]+$/.test(w.text) && next?.capital && !next.breakBefore) return "name";
  if (pos === "NOUN" || pos === "PROPN") return "noun";
  if (pos === "ADJ") return "mod";
  // "pricing has improved", "vectoring showed up": an -ing word as the subject of a verb is a noun.
  if (pos === "VERB" && w.lower.endsWith("ing") && next && !next.breakBefore && (next.pos === "AUX" || (next.pos === "VERB" && /(?:ed|s)$/.test(next.lower)))) {
    if (!prev || w.breakBefore || !(prev.pos === "AUX" || prev.pos === "VERB" || prev.pos === "PRON" || prev.pos === "ADV")) return "noun";
  }
  if (pos === "VERB" && /(?:ed|ing)$/.test(w.lower) && next && !next.breakBefore && (next.pos === "NOUN" || next.pos === "PROPN")) {
    // "our adjusted EBITDA margin", "the operating margin": a participle after a determiner; at a
    // sentence's start only a past one ("Adjusted EBITDA rose", not "Excluding restructuring").
    const determined = prev && !w.breakBefore && (prev.pos === "DET" || prev.pos === "ADP" || prev.pos === "ADJ" || POSSESSIVE_PRONOUN.test(prev.text));
    if (determined || ((!prev || w.breakBefore) && w.lower.endsWith("ed"))) return "mod";
  }
  return null;
}

/**
 * Noun phrases of a turn's words, each a list of its words with their roles. "A and B C" (one
 * word, "and", two or more) is also read as one phrase, besides its two parts: "Measurement and
 * Control Solutions", "test and simulation business"; counting decides which stands (a part that
 * never occurs alone is a cut of the whole, see extract-topics.ts).
 */
export function nounPhrases(words: readonly Word[]): PhraseWord[][] {
  const roles = words.map((w, i) => roleOf(w, words[i - 1], words[i + 1]));
  // "our extended stay segment": a noun the tagger read as a verb, between a determiner's
  // participle and the phrase's noun.
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    const p = words[i - 1]!;
    const before = words[i - 2];
    if (roles[i] || w.pos !== "VERB" || w.breakBefore || p.breakBefore || words[i + 1]!.breakBefore || (roles[i + 1] !== "noun" && roles[i + 1] !== "name")) continue;
    if (p.pos !== "VERB" || !/(?:ed|ing)$/.test(p.lower) || !before || !(before.pos === "DET" || POSSESSIVE_PRONOUN.test(before.text))) continue;
    roles[i - 1] = "mod";
    roles[i] = "noun";
  }
  // Connectors inside names: "House of Sport", "Imaging & ID".
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (w.breakBefore || words[i + 1]!.breakBefore || words[i - 1]!.possessive) continue;
    // "Imaging & ID is expected to...": a capitalised first word of a sentence joined by "&" to a
    // name is the name's, whatever its tag (a capital at a sentence's start says nothing alone).
    const before = words[i - 1]!;
    if (w.text === "&" && roles[i + 1] === "name" && before.sentenceStart && before.capital && /^[A-Z][a-z]+$/.test(before.text) && !isGrammar(before)) roles[i - 1] = "name";
    if (w.text === "&" && roles[i - 1] && roles[i + 1] && roles[i + 1] !== "conn") roles[i] = "conn";
    else if (w.lower === "of" && roles[i - 1] === "name" && roles[i + 1] === "name" && !words[i - 1]!.sentenceStart && !BEFORE_UNIT.has(words[i - 1]!.lower)) roles[i] = "conn";
    // "Recipe for Growth", "Center for Innovation"; not a person's name and a firm ("Jim for Goldman").
    // (Both sides plain capitalised words: not "Holley for Q&A", "Dana for Questions".)
    else if (w.lower === "for" && roles[i - 1] === "name" && roles[i + 1] === "name" && !words[i - 1]!.sentenceStart && !personWord(words[i - 1]!) && /^[A-Z][a-z]+$/.test(words[i + 1]!.text) && !NON_TOPIC_NOUNS.has(words[i + 1]!.lower)) roles[i] = "conn";
  }
  // "a full restart of", "the build of": a verb's form after an article or a possessive, with at
  // most one modifier between, and before no object, is a noun (the tagger reads "restart" as a verb).
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (roles[i] || w.pos !== "VERB" || w.capital || /(?:ed|ing)$/.test(w.lower) || w.breakBefore) continue;
    let d = i - 1;
    if ((roles[d] === "mod" || words[d]!.pos === "ADV") && !words[d]!.breakBefore) d--;
    const det = words[d];
    if (!det || !ARTICLE.test(det.text) || (d < i - 1 && words[d + 1]!.breakBefore)) continue;
    const next = words[i + 1];
    if (next && !next.breakBefore && (next.pos === "DET" || next.pos === "PRON" || next.pos === "NUM")) continue;
    roles[i] = "noun";
  }
  const out: PhraseWord[][] = [];
  let cur: PhraseWord[] = [];
  const flush = () => {
    while (cur.length && (cur[cur.length - 1]!.role === "mod" || cur[cur.length - 1]!.role === "conn")) cur.pop();
    while (cur.length && cur[0]!.role === "conn") cur.shift();
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const role = roles[i];
    if (w.breakBefore || !role) flush();
    if (role) cur.push({ word: w, role, at: i });
    // "Singles' Day", "Dick's Sporting Goods": a name's possessive before another name is part of it.
    if (w.possessive && !(role === "name" && roles[i + 1] === "name" && words[i + 1]!.capital && !TERM_STATS.isPlace(w.text))) flush();
    if (w.lower === "and" && !role) {
      const joined = andPhrase(words, roles, i);
      if (joined) out.push(joined);
    }
  }
  flush();
  return out;
}

/** "A and B C" around the "and" at `at`: one word before it that opens its phrase, two or more after, alike in case. */
function andPhrase(words: readonly Word[], roles: readonly (Role | null)[], at: number): PhraseWord[] | null {
  const a = words[at - 1];
  const ra = roles[at - 1];
  if (!a || !ra || ra === "conn" || a.possessive || words[at]!.breakBefore || (roles[at - 2] && !a.breakBefore)) return null;
  const right: PhraseWord[] = [];
  for (let k = at + 1; k < words.length && roles[k] && (k === at + 1 || !words[k]!.breakBefore); k++) {
    right.push({ word: words[k]!, role: roles[k]!, at: k });
    if (words[k]!.possessive) break;
  }
  if (words[at + 1]?.breakBefore) return null;
  while (right.length && right[right.length - 1]!.role !== "noun" && right[right.length - 1]!.role !== "name") right.pop();
  if (right.length < 2) return null;
  const names = ra === "name" && right.every((p) => p.role === "name" || p.role === "conn");
  const plain = ra !== "name" && right.every((p) => p.role !== "name");
  if (!names && !plain) return null;
  return [{ word: a, role: ra, at: at - 1 }, { word: words[at]!, role: "conn", at }, ...right];
}

/** Runs of name words (with their connectors) in a phrase: [first, last] word positions. */
export function nameRuns(phrase: readonly PhraseWord[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < phrase.length; i++) {
    if (phrase[i]!.role !== "name") continue;
    let j = i;
    while (j + 2 < phrase.length && phrase[j + 1]!.role === "conn" && phrase[j + 2]!.role === "name") j += 2;
    while (j + 1 < phrase.length && phrase[j + 1]!.role === "name") {
      j++;
      while (j + 2 < phrase.length && phrase[j + 1]!.role === "conn" && phrase[j + 2]!.role === "name") j += 2;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

const singularOf = (w: string) => (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w) ? (w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.slice(0, -1)) : w);

function isTopicHead(w: Word): boolean {
  return !NON_TOPIC_NOUNS.has(w.lower) && !NON_TOPIC_NOUNS.has(singularOf(w.lower));
}

function isPeriod(w: Word): boolean {
  // "18-month", "two-year", "year-ago": a compound with a period word in it.
  return PERIOD_WORDS.has(w.lower) || (w.lower.includes("-") && w.lower.split("-").some((p) => PERIOD_WORDS.has(p) || p === "ago")) || /^(?:[1-4]q|q[1-4]|h[12]|fy)[-']?\d*$/i.test(w.text) || /^(?:19|20)\d\d$/.test(w.text);
}

/** topicKey of one word: a term's key is its words' keys joined by spaces, as topicKey of the whole would be. */
const wordKeys = new Map<string, string>();
function wordKey(text: string): string {
  let k = wordKeys.get(text);
  if (k === undefined) {
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(text, (k = topicKey(text)));
  }
  return k;
}

/** Words that number a period ("Third Quarter", "Fiscal 2022"). */
const PERIOD_ORDINALS = new Set(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "fiscal", "full"]);
/** Period words that are periods of a report in themselves ("USG's Q1", "Acme's Fiscal 2021"): never part of a name. */
const NUMBERED_PERIOD = /^(?:q[1-4]|[1-4]q|h[12]|[12]h|fy\d*|quarters?|fiscal|years?|ytd|(?:19|20)\d\d)$/;

/** The end of a name's possessive clitic ("'s", "’s", "'") right after `end`. */
function possessiveEnd(text: string, end: number): number {
  const m = /^['’]s?(?![A-Za-z])/.exec(text.slice(end, end + 3));
  return m ? end + m[0].length : end;
}

/** Calls `visit` with every term of one phrase (see the file comment for the rules). */
export function forEachTerm(text: string, phrase: readonly PhraseWord[], visit: (t: TermOccurrence) => void): void {
  const n = phrase.length;
  const runOf: number[] = new Array<number>(n).fill(-1);
  nameRuns(phrase).forEach(([a, b], r) => { for (let k = a; k <= b; k++) runOf[k] = r; });
  // What each word allows, worked out once for all the terms that hold it.
  const keys = phrase.map((p) => wordKey(p.word.text));
  const period = phrase.map((p) => isPeriod(p.word));
  const title = phrase.map((p) => TITLE_WORDS.has(p.word.lower));
  const head = phrase.map((p) => isTopicHead(p.word));
  // An "A and B C" phrase yields only itself: its parts are phrases of their own.
  const joined = phrase.some((p) => p.role === "conn" && p.word.lower === "and");
  for (let i = 0; i < (joined ? 1 : n); i++) {
    const first = phrase[i]!;
    if (first.role === "conn" || title[i]) continue;
    if (i > 0 && runOf[i]! >= 0 && runOf[i - 1] === runOf[i]) continue;
    if (first.role !== "name" && (LEADING_MODIFIERS.has(first.word.lower) || QUANTITY_WORDS.has(first.word.lower))) continue;
    // A noun that heads no topic modifies no name either: "morning Scott" of "Good morning Scott".
    if (first.role === "noun" && !head[i] && phrase[i + 1]?.role === "name") continue;
    let size = 0;
    let proper = true;
    let key = "";
    for (let j = i; j < n; j++) {
      const pw = phrase[j]!;
      // A period word ends a term, unless a name holds it ("Singles' Day", "Prime Day"); a
      // numbered period is never part of a name ("GNL's Third Quarter").
      if ((period[j] && !(pw.role === "name" && j > i && phrase[j - 1]!.role === "name" && !PERIOD_ORDINALS.has(phrase[j - 1]!.word.lower) && !NUMBERED_PERIOD.test(pw.word.lower))) || title[j]) break;
      const part = keys[j]!;
      if (part) key = key ? `${key} ${part}` : part;
      if (pw.role === "conn") continue;
      size++;
      proper &&= pw.role === "name";
      if (size > (proper ? MAX_NAME_WORDS : MAX_WORDS)) break;
      if (pw.role === "mod" || (joined && j + 1 < n)) continue;
      if (j + 1 < n && runOf[j]! >= 0 && runOf[j + 1] === runOf[j]) continue;
      if (!head[j] && !(pw.role === "name" && size > 1)) continue;
      const a = first.word;
      visit(new Occurrence(key, text, pw, a.start, size, proper, size === 1 && a.coined, i > 0 ? phrase[i - 1]!.word.lower : null, j + 1 < n ? phrase[j + 1]!.word.lower : null));
    }
  }
}

/**
 * One term of a phrase, as forEachTerm hands it out. A class rather than an object literal with a
 * getter: most terms are made and dropped, and a literal's getter costs a closure per term.
 */
class Occurrence implements TermOccurrence {
  readonly end: number;

  constructor(
    readonly key: string,
    private readonly text: string,
    /** The term's last word. */
    private readonly last: PhraseWord,
    readonly start: number,
    readonly size: number,
    readonly proper: boolean,
    readonly coined: boolean,
    readonly left: string | null,
    readonly right: string | null,
  ) {
    this.end = last.word.end;
  }

  get surface(): string {
    // A name said with its possessive keeps it in its spelling: a brand always so said is
    // "Chili's" (the spelling used most is the topic's name), a name said bare too stays bare.
    const b = this.last.word;
    const raw = this.text.slice(this.start, b.possessive && this.last.role === "name" && /[a-z]/.test(b.text) ? possessiveEnd(this.text, b.end) : b.end);
    return /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, " ") : raw;
  }
}
