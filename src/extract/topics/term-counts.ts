/**
 * A call's candidate topic terms (noun-phrases.ts) counted by topic key: how often, in which
 * turns, how they are written, and which phrase words stand next to them. A term that nearly
 * always stands next to the same word is a cut of a longer term ("chain" of "supply chain",
 * "Control Solutions" of "Measurement and Control Solutions"), and is counted as that one.
 */
import type { Transcript } from "../../model/transcript.js";
import { topicKey } from "../mentions/identity.js";
import type { Word } from "../text/tokens.js";
import { forEachTerm, nounPhrases, type TermOccurrence } from "./noun-phrases.js";
import { SYNONYM_LABEL, SYNONYM_OF } from "./synonyms.js";
import { OFFICE_TRANSITION_KEYS, THEME_LABEL, THEME_OF, officeChanges } from "./themes.js";
import { TERM_STATS } from "../text/term-stats.js";

export interface TermCount {
  key: string;
  /** Occurrences. */
  tf: number;
  /** Turn indices (Turn.index) in order of first use. */
  turns: number[];
  /** Occurrences written as a name (capitalised, not at a sentence's start, or coined). */
  proper: number;
  /** Occurrences at a sentence's start, where capitals say nothing. */
  initial: number;
  /** Content words. */
  size: number;
  coined: boolean;
  /** Spellings with their counts. */
  spellings: Map<string, number>;
  /** The neighbouring phrase word on each side, with counts. */
  left: Map<string, number>;
  right: Map<string, number>;
  /** The word before the phrase, for terms that open their phrase ("in", "launched"), with counts. */
  before: Map<string, number>;
  /** Occurrences that close their phrase with a figure soon after in the sentence ("RevPAR was down 8%"). */
  figures: number;
  /** Occurrences that address someone ("Lowe, first...", "Thanks Dom,"): a person's name. */
  vocatives: number;
  /** The key of the longer term this one is a cut of, when it is one. */
  cutOf: string | null;
  /** Turns of the Q&A that use it, and of those the analysts' own. */
  qaTurns: number;
  analystTurns: number;
  /** The spelling to name it by, when not the most used one (a synonym set's first spelling, a theme's name). */
  label?: string;
  /** A theme's count (themes.ts): its members' occurrences together. */
  theme?: boolean;
  /** A theme's members' keys: what the corpus holds of it (salience.ts). */
  folded?: string[];
  /** Sentences in which a chief officer's post changes hands (themes.ts officeChanges). */
  officeChanges?: number;
  /** Where each occurrence is, three numbers each: turn index, start and end in the turn's text. */
  at: number[];
}

/** Words of the longest plain term (noun-phrases.ts MAX_WORDS). */
const MAX_PLAIN_WORDS = 3;
/** Share of a term's occurrences that one neighbour must have for the term to count as its cut. */
const CUT_SHARE = 0.75;
/**
 * Words after a term that say what kind of thing it is ("the green bond offering", "our
 * dewatering business", "the extended stay segment"): the term names the thing itself, so it is
 * no cut of the longer phrase (the two merge as one topic, merge-topics.ts).
 */
const KIND_AFTER = new Set(["business", "businesses", "segment", "segments", "division", "divisions", "unit", "units", "offering", "offerings", "program", "programs", "initiative", "initiatives", "project", "projects", "system", "systems", "platform", "platforms", "portfolio", "market", "markets", "category", "categories", "space", "sector", "industry", "brand", "brands", "activity", "activities", "strategy", "efforts", "opportunity", "opportunities", "agreement", "agreements", "framework", "model"]);

export interface CallTerms {
  terms: Map<string, TermCount>;
  /** Words of the speech counted (operators left out): the call's length for salience. */
  words: number;
}

/** The terms of every turn but the operator's; `words[i]` holds the words of turn i. */
export function countTerms(t: Transcript, words: readonly (readonly Word[])[]): CallTerms {
  const terms = new Map<string, TermCount>();
  // Most terms occur once and can be no topic: they are kept light until they occur again.
  const once = new Map<string, [TermOccurrence, Place]>();
  let length = 0;
  const analysts = new Set(t.participants.filter((p) => p.role === "analyst").flatMap((p) => [p.name, ...p.aliases]));
  const sectionOf = new Map(t.turns.map((x) => [x.index, x.section]));
  const analystTurn = new Set(t.turns.filter((x) => x.speaker !== null && analysts.has(x.speaker)).map((x) => x.index));
  t.turns.forEach((turn, i) => {
    if (turn.speaker === "Operator") return;
    const ws = words[i] ?? [];
    length += ws.length;
    // A transcriber's note in brackets ("[Speech Overlap]", "[Indecipherable]", "[Technical Difficulty]") is no speech.
    const notes = [...turn.text.matchAll(/\[[^\]\n]{1,60}\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const phrase of nounPhrases(ws)) {
      if (notes.length && notes.some(([a, b]) => phrase[0]!.word.start >= a && phrase[0]!.word.start < b)) continue;
      const first = phrase[0]!.word;
      const last = phrase[phrase.length - 1]!.word;
      const k = phrase[0]!.at;
      const before = k > 0 && !first.breakBefore ? ws[k - 1]!.lower : null;
      const figure = figureAfter(ws, phrase[phrase.length - 1]!.at);
      forEachTerm(turn.text, phrase, (o) => see(terms, once, o, {
        turn: turn.index,
        initial: o.start === first.start && first.sentenceStart,
        before: o.start === first.start ? before : null,
        figure: o.end === last.end && figure,
        vocative: o.size === 1 && (
          (turn.text[o.end] === "," && (o.start === ws[0]?.start || (before !== null && o.start === first.start && GREETING.test(before)))) ||
          (/^(?:[,.!?]|$)/.test(turn.text.slice(o.end, o.end + 1)) && GREETED.test(turn.text.slice(Math.max(0, o.start - 32), o.start))) ||
          ASKED_TO.test(turn.text.slice(o.end, o.end + 24))),
      }));
    }
    for (const o of officeChanges(turn.text)) {
      const key = topicKey(o.surface);
      see(terms, once, { key, surface: o.surface, start: o.start, end: o.end, size: 2, proper: false, coined: false, left: null, right: null }, { turn: turn.index, initial: false, before: null, figure: false, vocative: false });
    }
  });
  // Of the terms said once, the names and acronyms may still be news or another topic's variant,
  // and a synonym counts with its set.
  for (const [key, [o, place]] of once) if (o.coined || o.proper || SYNONYM_OF.has(key) || THEME_OF.has(key) || (o.size >= 2 && JOINED.test(key))) add(terms, o, place);
  // Each occurrence of an office-change term is one sentence that says it.
  for (const key of OFFICE_TRANSITION_KEYS) {
    const c = terms.get(key);
    if (c) c.officeChanges = c.tf;
  }
  foldNameSpellings(terms);
  countInsideLongerNames(terms);
  foldSynonyms(terms);
  foldThemes(terms);
  // The company's own name said short is the company, not a unit named after it ("Mistras" beside "MISTRAS Digital").
  foldShortForms(terms, new Set((t.call.company ?? "").split(/[^A-Za-z0-9&]+/).filter(Boolean).map((w) => topicKey(w))));
  for (const c of terms.values()) {
    c.qaTurns = c.turns.filter((x) => sectionOf.get(x) === "qa").length;
    c.analystTurns = c.turns.filter((x) => analystTurn.has(x)).length;
  }
  for (const c of terms.values()) c.cutOf = c.theme ? null : cutOf(c, terms);
  cutsOfJoinedPhrases(terms);
  // A cut of a cut belongs to the longest term.
  for (const c of terms.values()) {
    let to = c.cutOf;
    for (let hops = 0; to !== null && hops < 8; hops++) {
      const next = terms.get(to)?.cutOf ?? null;
      if (next === null) break;
      to = next;
    }
    c.cutOf = to;
  }
  return { terms, words: length };
}

/** A number within five words after word k, in its sentence. */
function figureAfter(ws: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < ws.length && j <= k + 5; j++) {
    const w = ws[j]!;
    if (w.sentenceStart) return false;
    if (w.pos === "NUM" && /\d/.test(w.text)) return true;
  }
  return false;
}

interface Place {
  turn: number;
  initial: boolean;
  before: string | null;
  figure: boolean;
  /** Said to someone: first in a turn, or after a greeting, then a comma ("Lowe, first...", "Thanks Dom, ..."). */
  vocative: boolean;
}

/** A greeting right before a name that ends its clause: "Thank you, Blue.", "Good morning, Scott.", "Thanks LT.", "thank you very much, Annie,". */
const GREETED = /(?:^|[^A-Za-z])(?:thanks|thank you|hi|hey|hello|morning|afternoon|evening|congrats|congratulations)(?: (?:very|so) much)?,?\s+$/i;

/** A name asked, after its comma, to take a question: "B.K., do you want to handle that?", "Jojo, you want to talk about that?". */
const ASKED_TO = /^,\s+(?:(?:do|can|could|would|will|did) you|you (?:want|wanna)|(?:please )?go ahead)\b/i;

const GREETING = /^(?:thanks|thank|hi|hey|hello|morning|afternoon|evening|congrats|congratulations|sure|yes|yeah|okay|ok|well|so|and)$/;

function see(terms: Map<string, TermCount>, once: Map<string, [TermOccurrence, Place]>, o: TermOccurrence, place: Place): void {
  if (!o.key) return;
  if (terms.has(o.key)) return add(terms, o, place);
  const first = once.get(o.key);
  if (first === undefined) {
    once.set(o.key, [o, place]);
    return;
  }
  once.delete(o.key);
  add(terms, first[0], first[1]);
  add(terms, o, place);
}

/** Occurrences of a term counted in one turn at most (see add). */
const MAX_PER_TURN = 40;
const inLastTurn = new WeakMap<TermCount, number>();

function add(terms: Map<string, TermCount>, o: TermOccurrence, { turn, initial, before, figure, vocative }: Place): void {
  const key = o.key;
  if (!key) return;
  let c = terms.get(key);
  if (!c) {
    c = { key, tf: 0, turns: [], proper: 0, initial: 0, size: o.size, coined: o.coined, spellings: new Map(), left: new Map(), right: new Map(), before: new Map(), figures: 0, vocatives: 0, cutOf: null, at: [], qaTurns: 0, analystTurns: 0 };
    terms.set(key, c);
  }
  if (c.turns[c.turns.length - 1] !== turn) {
    c.turns.push(turn);
    inLastTurn.set(c, 0);
  } else {
    // Salience counts a few mentions per turn; a turn that repeats a term without end (a list, a
    // pasted block) adds nothing but work, so every count stops at the same cap.
    const n = inLastTurn.get(c) ?? 0;
    if (n >= MAX_PER_TURN) return;
    inLastTurn.set(c, n + 1);
  }
  c.tf++;
  c.at.push(turn, o.start, o.end);
  if (initial) c.initial++;
  // At a sentence's start only the later words' capitals say "name" ("Clarion Pointe has grown").
  if (o.coined || (o.proper && (!initial || o.size > 1))) c.proper++;
  const surface = o.surface;
  c.spellings.set(surface, (c.spellings.get(surface) ?? 0) + 1);
  if (o.left) c.left.set(o.left, (c.left.get(o.left) ?? 0) + 1);
  if (o.right) c.right.set(o.right, (c.right.get(o.right) ?? 0) + 1);
  if (before) c.before.set(before, (c.before.get(before) ?? 0) + 1);
  if (figure) c.figures++;
  if (vocative) c.vocatives++;
}

const isName = (t: TermCount) => t.coined || t.proper * 2 >= t.tf;

function cutOf(c: TermCount, terms: Map<string, TermCount>): string | null {
  const spelling = mostUsed(c.spellings).toLowerCase();
  for (const [side, neighbours] of [["left", c.left], ["right", c.right]] as const) {
    // Neighbours that make one longer term count together: "cap" before "rates" 9 times and "rate" 7 is "cap rate"'s.
    const byKey = new Map<string, number>();
    for (const [w, n] of neighbours) {
      if (side === "right" && KIND_AFTER.has(w)) continue;
      const key = topicKey(side === "left" ? `${w} ${spelling}` : `${spelling} ${w}`);
      byKey.set(key, (byKey.get(key) ?? 0) + n);
    }
    for (const [key, n] of byKey) {
      if (n < CUT_SHARE * c.tf) continue;
      // A longer phrase folded into a synonym set or a theme ("chain challenges" of "supply chain
      // challenges", a member of the supply chain theme) is a cut of that set.
      const longer = terms.get(key) ?? terms.get(foldedInto(key));
      // A name stays itself before or after an ordinary word ("our WoodSpring Suites brand").
      if (longer && longer !== c && !(isName(c) && !isName(longer))) return longer.key;
      // A plain term as long as a term gets, nearly always inside a longer phrase, is a window
      // of that phrase ("currency organic growth" of "constant currency organic growth").
      if (!longer && c.size >= MAX_PLAIN_WORDS && !isName(c)) return key;
    }
  }
  return null;
}

/** The key of the synonym set or theme a phrase's key is counted under, or the key itself. */
function foldedInto(key: string): string {
  const set = SYNONYM_OF.get(key) ?? key;
  return THEME_OF.get(set) ?? set;
}

/** The spelling used most; the first of equals. */
export function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let best = "";
  let n = -1;
  for (const [s, k] of spellings) if (k > n) { best = s; n = k; }
  return best;
}

/**
 * Synonyms (synonyms.ts) counted as one term, under the first spelling of their set: "the
 * pandemic", "COVID" and "COVID-19" are one subject. An occurrence inside another counted one
 * ("COVID-19 pandemic") counts once.
 */
function foldSynonyms(terms: Map<string, TermCount>): void {
  foldSets(terms, SYNONYM_OF, (key, own, members) => {
    if (members.length === 1 && own) return null;
    // The set names one thing, so a name among its spellings ("COVID" beside "the pandemic") makes it a name.
    return { ...combineTerms(key, own ?? members[0]!, members), coined: members.some((m) => m.coined), label: SYNONYM_LABEL.get(key) };
  });
}

/**
 * A theme's members (themes.ts) counted as one term under the theme's name: "labor shortages" and
 * "wage inflation" are the labor market. Like a synonym set, an occurrence inside another counted
 * one ("supply chain" of "supply chain disruptions") counts once.
 */
function foldThemes(terms: Map<string, TermCount>): void {
  foldSets(terms, THEME_OF, (key, own, members) => ({ ...combineTerms(key, own ?? members[0]!, members), label: THEME_LABEL.get(key), theme: true, folded: members.map((m) => m.key) }));
}

/** The terms each key of `of` sends to one set's key, replaced by the term `fold` makes of them (none: left as they are). */
function foldSets(terms: Map<string, TermCount>, of: ReadonlyMap<string, string>, fold: (key: string, own: TermCount | undefined, members: TermCount[]) => TermCount | null): void {
  const sets = new Map<string, TermCount[]>();
  for (const c of terms.values()) {
    const to = of.get(c.key);
    if (to !== undefined) sets.set(to, [...(sets.get(to) ?? []), c]);
  }
  for (const [key, members] of sets) {
    const folded = fold(key, terms.get(key), members);
    if (!folded) continue;
    for (const m of members) terms.delete(m.key);
    terms.set(key, folded);
  }
}

/** Keys of phrases with "and" or "&" in them: the phrases a name's other spelling may be. */
const JOINED = / (?:and|&) /;

/**
 * A name written two ways is one name, said as often as both ways together: "Imaging &
 * Identification" and "Imaging & ID", "Property & Facility Management" and "property and facility
 * management". Only a name, and only the same words but "&" for "and" and a word cut short
 * (sameWordsBut): a name said once each way is said twice.
 */
/** Letters a word cut short loses at least, for names counted as one before they are chosen: "Asia" is no "Asian" cut short. */
const CUT_SHORT = 3;

function foldNameSpellings(terms: Map<string, TermCount>): void {
  const byShape = new Map<string, TermCount[]>();
  for (const c of terms.values()) {
    if (c.size < 2 || c.coined) continue;
    const ws = c.key.split(" ");
    const shape = `${ws.length} ${ws[0]}`;
    byShape.set(shape, [...(byShape.get(shape) ?? []), c]);
  }
  for (const group of byShape.values()) {
    if (group.length < 2) continue;
    const names = group.filter(isName).sort((a, b) => b.key.length - a.key.length || b.tf - a.tf);
    for (const lead of names) {
      if (!terms.has(lead.key)) continue;
      const same = group.filter((c) => c !== lead && terms.has(c.key) && sameWordsBut(lead.key.split(" "), c.key.split(" "), CUT_SHORT));
      if (same.length === 0) continue;
      for (const c of same) terms.delete(c.key);
      terms.set(lead.key, { ...combineTerms(lead.key, lead, [lead, ...same]), label: lead.label ?? mostUsed(lead.spellings) });
    }
  }
}

/**
 * A name of two words or more said again at the start of a longer name counts there too: "Penn
 * National Gaming" in "Penn National Gaming Casino resort properties", "Choice Privileges" in
 * "Choice Privileges Diamond Elite members" (two names side by side read as one run). Only a name
 * the call also says on its own, and no place ("North America" of "North America Solutions").
 */
function countInsideLongerNames(terms: Map<string, TermCount>): void {
  const extra = new Map<TermCount, TermCount[]>();
  for (const long of terms.values()) {
    if (long.size < 3 || !isName(long)) continue;
    const ws = long.key.split(" ");
    for (let k = ws.length - 1; k >= 2; k--) {
      const short = terms.get(ws.slice(0, k).join(" "));
      if (!short || short.size < 2 || !isName(short) || TERM_STATS.isPlace(mostUsed(short.spellings))) continue;
      extra.set(short, [...(extra.get(short) ?? []), long]);
      break;
    }
  }
  for (const [short, longs] of extra) {
    for (const long of longs) {
      short.tf += long.tf;
      short.proper += long.proper;
      for (const x of long.turns) if (!short.turns.includes(x)) short.turns.push(x);
      short.at.push(...long.at);
    }
  }
}

/**
 * A name of the call's own said short after its full form is that name ("Everhome" after
 * "Everhome Suites"): counted with it, so a name said once in full and once short is said twice.
 * Only a word no other company of the corpus uses, and only when one name of the call begins with it.
 */
function foldShortForms(terms: Map<string, TermCount>, companyWords: ReadonlySet<string>): void {
  const byFirst = new Map<string, TermCount[]>();
  for (const c of terms.values()) {
    if (c.size < 2 || !isName(c)) continue;
    const first = c.key.slice(0, c.key.indexOf(" "));
    byFirst.set(first, [...(byFirst.get(first) ?? []), c]);
  }
  for (const short of [...terms.values()]) {
    const longs = byFirst.get(short.key);
    if (short.size !== 1 || !isName(short) || longs?.length !== 1 || TERM_STATS.df(short.key) > 0 || companyWords.has(short.key)) continue;
    const long = terms.get(longs[0]!.key)!;
    terms.delete(short.key);
    terms.set(long.key, { ...combineTerms(long.key, long, [long, short]), label: long.label ?? mostUsed(long.spellings) });
  }
}

/**
 * Several terms counted as one, under `key`, sized as `lead`: occurrences inside another of them
 * ("COVID-19" in "COVID-19 pandemic") count once.
 */
export function combineTerms(key: string, lead: TermCount, members: readonly TermCount[]): TermCount {
  // (Plain loops rather than flatMap and flat, which cost more than the sort on every topic's occurrences.)
  const all: [number, number, number][] = [];
  for (const m of members) for (let i = 0; i + 2 < m.at.length; i += 3) all.push([m.at[i]!, m.at[i + 1]!, m.at[i + 2]!]);
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1] || b[2] - a[2]);
  const kept: [number, number, number][] = [];
  const at: number[] = [];
  for (const o of all) {
    const last = kept[kept.length - 1];
    if (last && last[0] === o[0] && o[1] < last[2]) continue;
    kept.push(o);
    at.push(o[0], o[1], o[2]);
  }
  const sum = (f: (m: TermCount) => number) => members.reduce((n, m) => n + f(m), 0);
  const mergeMaps = (f: (m: TermCount) => Map<string, number>) => {
    const out = new Map<string, number>();
    for (const m of members) for (const [k, n] of f(m)) out.set(k, (out.get(k) ?? 0) + n);
    return out;
  };
  return {
    key,
    tf: kept.length,
    turns: [...new Set(kept.map((o) => o[0]))],
    proper: Math.min(kept.length, sum((m) => m.proper)),
    initial: sum((m) => m.initial),
    size: lead.size,
    coined: lead.coined,
    spellings: mergeMaps((m) => m.spellings),
    left: new Map(),
    right: mergeMaps((m) => m.right),
    before: mergeMaps((m) => m.before),
    figures: sum((m) => m.figures),
    vocatives: sum((m) => m.vocatives),
    cutOf: null,
    at,
    qaTurns: Math.max(...members.map((m) => m.qaTurns)),
    analystTurns: Math.max(...members.map((m) => m.analystTurns)),
    ...(lead.theme ? { theme: true, folded: members.flatMap((m) => m.folded ?? [m.key]) } : {}),
    ...(sum((m) => m.officeChanges ?? 0) > 0 ? { officeChanges: sum((m) => m.officeChanges ?? 0) } : {}),
  };
}
/**
 * The parts of an "A and B C" phrase ("test and simulation business") that the call never uses
 * apart from it are cuts of it, as a word always next to the same word is.
 */
function cutsOfJoinedPhrases(terms: Map<string, TermCount>): void {
  const joined = [...terms.values()].filter((t) => t.key.includes(" and ") && t.tf >= 2);
  if (joined.length === 0) return;
  for (const j of joined) {
    const spans = triples(j.at);
    const inside = (o: [number, number, number]) => spans.some((a) => a[0] === o[0] && a[1] <= o[1] && o[2] <= a[2]);
    const words = new Set(j.key.split(" "));
    for (const t of terms.values()) {
      if (t === j || t.cutOf !== null || t.size >= j.size || !t.key.split(" ").every((w) => words.has(w))) continue;
      const n = triples(t.at).filter(inside).length;
      if (n >= CUT_SHARE * t.tf) t.cutOf = j.key;
    }
  }
}

function triples(at: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i + 2 < at.length; i += 3) out.push([at[i]!, at[i + 1]!, at[i + 2]!]);
  return out;
}

/**
 * Word by word the same, "&" as "and", a word of two letters or more at most the start of the
 * other's, `cut` letters shorter at least ("id" of "identification"); one word the same at least.
 */
export function sameWordsBut(x: string[], y: string[], cut = 1): boolean {
  const amp = (w: string) => (w === "and" ? "&" : w);
  if (x.length !== y.length || x.length < 2 || x.join(" ") === y.join(" ")) return false;
  let same = 0;
  for (let i = 0; i < x.length; i++) {
    const [p, q] = [amp(x[i]!), amp(y[i]!)];
    if (p === q) { if (p !== "&") same++; continue; }
    const [s, l] = p.length < q.length ? [p, q] : [q, p];
    if (s.length < 2 || !l.startsWith(s) || l.length - s.length < cut) return false;
  }
  return same > 0;
}
