/**
 * Topics: products, technologies, programs and themes a call talks about, found by general means:
 * coined words (acronyms, CamelCase and digit-bearing names), proper noun phrases, and candidate
 * phrases that this call uses much more than the corpus does (tf-idf against
 * src/extract/text/data/term-stats.json). Names of people and firms, the company itself, periods,
 * metrics and filler never become topics. Acronyms absorb their spelled-out forms, longer phrases
 * their heads' topic, and a few general synonyms merge ("buyback" and "share repurchase").
 */
import type { Topic, TopicKind } from "../../model/facts.js";
import type { Transcript } from "../../model/transcript.js";
import type { CallNames } from "../mentions/call-names.js";
import { topicKey } from "../mentions/identity.js";
import { findMetricMentions } from "../metrics/metric-vocabulary.js";
import { TERM_STATS } from "../text/term-stats.js";
import { FUNCTION_WORDS } from "../text/function-words.js";
import { countTerms, type TermCount } from "./term-counts.js";
import type { Tokens } from "../text/tokens.js";
import { dfOfWord, flagsOfWord, W_ADJECTIVE } from "../text/vocabulary.js";

/**
 * Counted terms that share a topic key. Most keys have one term, so the spellings and turns stay
 * the terms' own until a topic is built from them.
 */
interface Candidate {
  key: string;
  terms: TermCount[];
  /** Each term's spelling, whitespace folded. */
  surfaces: string[];
  /** The most used spelling, once asked for (see display). */
  name: string | undefined;
  tf: number;
  proper: number;
  coined: boolean;
  words: number;
  score: number;
  /** Largest corpus document frequency of its spellings. */
  df: number;
}

function synonymMap(): Map<string, string> {
  const m = new Map<string, string>();
  for (const set of SYNONYMS) for (const s of set) m.set(topicKey(s), topicKey(set[0]!));
  return m;
}

/** General-language synonyms: the first spelling names the merged topic. */
const SYNONYMS: string[][] = [
  ["share repurchase", "buyback", "share buyback", "stock repurchase", "stock buyback", "repurchase program", "share repurchase program"],
  ["COVID-19", "covid", "coronavirus"],
  ["M&A", "mergers and acquisitions"],
];

const SYNONYM_OF = synonymMap();

/** Words that make a phrase a period, a title or boilerplate rather than a topic. */
const NOT_TOPIC_WORD = /^(?:q[1-4]|[1-4]q|h[12]|fy\d*|fiscal|quarterly|annual|january|february|march|april|may|june|july|august|september|october|november|december|ceo|cfo|coo|cto|president|officer|chief|vice|director|analyst|analysts|chairman|operator|investor|investors|relations|conference|webcast|call|press|release|forward-looking|statements|gaap|non-gaap|sec|form|10-k|10-q|8-k|morning|afternoon|evening|everyone|everybody|folks|guys|ladies|gentlemen|lot|bit|color|question|questions|answer|comments?|remarks|thanks|thank|congratulations|congrats|u\.s|us|usa|america|americas|world|%|percent|million|billion|thousand|dollars?|cents?|basis|points?|per|www|first-half|second-half|first-quarter|second-quarter|third-quarter|fourth-quarter|year-over-year|quarter-over-quarter|year-end|full-year|half|quarter)$/i;
/** Hyphenated period and time compounds: "year-ago", "two-year", "year-to-date", "multi-quarter". */
const PERIOD_COMPOUND = /(?:^|-)(?:years?|quarters?|months?|weeks?|days?|ago|date|time)(?:-|$)/i;
const KIND_PROGRAM = /\b(?:program|programs|plan|plans|initiative|initiatives|fund|stimulus|act|reform|standard|contract|contracts|acquisition|litigation|agreement|strategy|subsidy|subsidies|auction)\b/i;

const MAX_TOPICS = 50;
const PROGRAM_METRICS = new Set(["share_repurchase", "dividend", "litigation_expense"]);

export interface TopicInput {
  transcript: Transcript;
  names: CallNames;
  /** Names already found as mentioned people or organizations named across the corpus. */
  entities: string[];
  /** The call's tokens, shared with the mention finder. */
  tokens: Tokens;
}

export function extractTopics({ transcript: t, names, entities, tokens }: TopicInput): Topic[] {
  const counts = countTerms(t, tokens, TERM_STATS.docs);
  const cands = new Map<string, Candidate>();
  const synonymOf = SYNONYM_OF;
  const entityKeys = new Set(entities.flatMap((e) => [topicKey(e), ...e.split(" ").map((w) => topicKey(w))]));
  for (const c of counts.values()) {
    const surface = spelling(c.text, c.start, c.end);
    const own = topicKey(surface);
    if (!own || entityKeys.has(own)) continue;
    const k = synonymOf.get(own) ?? own;
    let cand = cands.get(k);
    if (!cand) {
      cand = { key: k, terms: [], surfaces: [], name: undefined, tf: 0, proper: 0, coined: c.coined, words: c.n, score: 0, df: 1 };
      cands.set(k, cand);
    }
    cand.terms.push(c);
    cand.surfaces.push(surface);
    cand.tf += c.tf;
    cand.df = Math.max(cand.df, c.df);
    cand.proper += c.proper;
  }
  const N = TERM_STATS.docs;
  const scored: { c: Candidate; score: number }[] = [];
  for (const c of cands.values()) {
    const df = c.df;
    const idf = Math.log((N + 1) / (df + 1));
    const share = df / N;
    const isProperPhrase = c.words > 1 && c.proper >= c.tf / 2;
    const surface = display(c);
    const properWord = c.words === 1 && c.proper >= c.tf / 2 && /^[A-Z][a-z]+$/.test(surface);
    let keep = false;
    if (c.coined) keep = share < 0.7 && (c.tf >= 2 || share < 0.01);
    else if (isProperPhrase) keep = share < 0.05 && !properName(c);
    else if (properWord) keep = c.tf >= 2 && share < 0.02 && !TERM_STATS.isFirstName(surface) && !TERM_STATS.isPlace(surface);
    else if (c.words === 1) keep = c.tf >= 3 && share < 0.2 && c.tf * idf >= 6 && !TERM_STATS.isProper(c.key) && wordShape(c.key);
    else keep = (c.tf >= 3 || (c.tf >= 2 && hasRareWord(c.key))) && c.tf * idf >= 5 && share < 0.6 && phraseShape(c.key);
    if (!keep || !eligible(c, names)) continue;
    // idf is capped so that a phrase no other call happens to use does not outrank a theme this
    // call keeps returning to ("supply chain" said nineteen times).
    c.score = c.tf * Math.min(idf, 2.5) * (c.words > 1 ? 1.5 : 1) + (c.coined ? 8 : 0) + (isProperPhrase ? 3 : 0);
    scored.push({ c, score: c.score });
  }
  scored.sort((a, b) => b.score - a.score || (a.c.key < b.c.key ? -1 : 1));
  return merge(scored.slice(0, MAX_TOPICS * 2).map((s) => s.c), cands, synonymOf).slice(0, MAX_TOPICS);
}

const FOLDABLE = /[^\S ]| {2}/;

/** text[start, end) with each run of whitespace one space (turn text seldom has any to fold). */
function spelling(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return FOLDABLE.test(s) ? s.replace(/\s+/g, " ") : s;
}

function hasRareWord(key: string): boolean {
  return key.split(" ").some((w) => dfOfWord(w) < TERM_STATS.docs * 0.03);
}

/** A phrase ends in a noun-like word and holds no adverb. */
function phraseShape(key: string): boolean {
  const ws = key.split(" ");
  return wordShape(ws[ws.length - 1]!) && !ws.some(isAdverb);
}

/** "-ly" words whose stem is a word ("inherently", "happily"); not "supply" or "family". */
function isAdverb(w: string): boolean {
  if (!/ly$/.test(w) || w.length < 5) return false;
  const stem = w.slice(0, -2);
  const known = (x: string) => dfOfWord(x) >= TERM_STATS.docs * 0.01;
  return known(stem) || known(stem.replace(/i$/, "y"));
}

/**
 * Adverbs, adjectives (words the corpus uses after "is" or "very": "immaterial"), past forms and
 * ordinals are not topic words; "-ing" nouns pass only when rare.
 */
function wordShape(w: string): boolean {
  if (isAdverb(w) || flagsOfWord(w) & W_ADJECTIVE) return false;
  if (/(?:ed|st|nd|rd|th)$/.test(w) && /^\d|ed$/.test(w)) return false;
  if (/ing$/.test(w) && dfOfWord(w) > TERM_STATS.docs * 0.01) return false;
  return true;
}

/** The spelling used most often; the first of equals. */
function display(c: Candidate): string {
  if (c.name !== undefined) return c.name;
  if (c.surfaces.length === 1) return (c.name = c.surfaces[0]!);
  const uses = new Map<string, number>();
  c.surfaces.forEach((s, i) => uses.set(s, (uses.get(s) ?? 0) + c.terms[i]!.tf));
  let best = "";
  let n = -1;
  for (const [s, k] of uses) if (k > n) { best = s; n = k; }
  return (c.name = best);
}

function addTurns(turns: Set<number>, c: Candidate): void {
  for (const term of c.terms) for (const t of term.turns) turns.add(t);
}

/** A capitalised phrase made only of first names and proper words reads as a person's name. */
function properName(c: Candidate): boolean {
  const parts = display(c).split(" ");
  return TERM_STATS.isFirstName(parts[0]!) && parts.length <= 3;
}

function eligible(c: Candidate, names: CallNames): boolean {
  const ws = c.key.split(" ");
  const surface = display(c);
  if (/^[\d\s.]+$/.test(c.key) || /^\d+(?:st|nd|rd|th)$/.test(c.key) || /\.(?:com|gov|net|org)\b|www/i.test(surface)) return false;
  if (ws.some((w) => NOT_TOPIC_WORD.test(w)) || surface.split(" ").some((w) => NOT_TOPIC_WORD.test(w) || PERIOD_COMPOUND.test(w))) return false;
  if (/^(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|RMB|CNY|INR|DKK|SEK|NOK)\d/i.test(surface)) return false;
  // The company's own products may carry its name ("Verizon Connect"); its other phrases may not.
  const properPhrase = c.words > 1 && c.proper >= c.tf / 2;
  if (ws.some((w) => names.words.has(w)) && !(properPhrase && !names.isCompanyOrFirm(surface) && ws.every((w) => !names.words.has(w) || names.companyWords.has(w)) && ws.some((w) => !names.words.has(w)))) return false;
  if (/[A-Z]/.test(surface) && (names.isParticipant(surface) || names.isCompanyOrFirm(surface))) return false;
  if (c.words > 1 && surface.split(" ").some((w, i) => FUNCTION_WORDS.has(w.toLowerCase()) && !/^[A-Z]{2,}$/.test(w) && !(c.words === 4 && i === 1 && w === "and"))) return false;
  if (ws.length === 1 && TERM_STATS.isFirstName(surface)) return false;
  if (ws.length === 1 && TERM_STATS.isPlace(surface)) return false;
  // Financial line items are metrics, not topics; programs such as buybacks and dividends are both.
  const metric = findMetricMentions(surface);
  if (metric.length && metric[0]!.start === 0 && metric[0]!.end >= surface.length - 1 && !PROGRAM_METRICS.has(metric[0]!.metric)) return false;
  return true;
}

interface Group {
  name: string;
  key: string;
  aliases: Map<string, string>;
  turns: Set<number>;
  coined: boolean;
  score: number;
}

function merge(chosen: Candidate[], all: Map<string, Candidate>, synonymOf: Map<string, string>): Topic[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const ordered = [...chosen].sort((a, b) => a.words - b.words || b.tf - a.tf);
  for (const c of ordered) {
    const name = display(c);
    const target = findParent(c, byKey, synonymOf);
    if (target) {
      absorb(target, c, name);
      byKey.set(c.key, target);
      continue;
    }
    const g: Group = { name, key: c.key, aliases: new Map(), turns: new Set(), coined: c.coined, score: c.score };
    addTurns(g.turns, c);
    const nameKey = topicKey(name);
    for (const s of c.surfaces) {
      const k = topicKey(s);
      if (k !== nameKey) g.aliases.set(k, s);
    }
    groups.push(g);
    byKey.set(c.key, g);
  }
  // Spelled-out forms of acronyms, even when too rare to be chosen on their own, and
  // transposed spellings of an acronym ("NVF" for "NFV").
  const acronymGroups = groups.filter((g) => /^[A-Z]{3,6}$/.test(g.name));
  if (acronymGroups.length) {
    const byInitials = new Map<string, Candidate[]>();
    const shortAcronyms: Candidate[] = [];
    for (const c of all.values()) {
      if (c.words >= 2) {
        const k = initials(c.key);
        if (k.length >= 3 && k.length <= 6) byInitials.set(k, [...(byInitials.get(k) ?? []), c]);
      } else if (/^[A-Z]{2,6}$/.test(display(c))) shortAcronyms.push(c);
    }
    for (const g of acronymGroups) {
      for (const c of byInitials.get(g.name.toLowerCase()) ?? []) if (byKey.get(c.key) !== g) absorb(g, c, display(c));
      for (const c of shortAcronyms) {
        const s = display(c);
        if (s !== g.name && isAnagram(s, g.name) && (all.get(g.key)?.tf ?? 0) > c.tf) absorb(g, c, s);
      }
    }
  }

  return groups
    .sort((a, b) => b.score - a.score)
    .map((g) => ({
      name: g.name,
      kind: kindOf(g),
      aliases: [...g.aliases.values()].filter((a) => a !== g.name),
      mentions: [...g.turns].sort((a, b) => a - b),
    }));
}

function findParent(c: Candidate, byKey: Map<string, Group>, synonymOf: Map<string, string>): Group | undefined {
  const syn = synonymOf.get(c.key);
  if (syn && syn !== c.key && byKey.get(syn)) return byKey.get(syn);
  if (syn && syn !== c.key) {
    for (const [k, g] of byKey) if (synonymOf.get(k) === syn) return g;
  }
  const ws = c.key.split(" ");
  for (let n = ws.length - 1; n >= 1; n--) {
    const head = ws.slice(ws.length - n).join(" ");
    const prefix = ws.slice(0, n).join(" ");
    const h = byKey.get(head);
    if (h && (n > 1 || h.coined)) return h;
    const p = byKey.get(prefix);
    if (p && (n > 1 || p.coined)) return p;
  }
  return undefined;
}

function absorb(g: Group, c: Candidate, name: string): void {
  g.aliases.set(c.key, name);
  g.score += c.score;
  addTurns(g.turns, c);
}

function initials(key: string): string {
  return key.split(/[\s-]+/).filter((w) => !/^(?:and|of|the|for|&)$/.test(w)).map((w) => w[0]).join("");
}

function isAnagram(a: string, b: string): boolean {
  return a.length === b.length && [...a.toUpperCase()].sort().join("") === [...b.toUpperCase()].sort().join("");
}

function kindOf(g: Group): TopicKind {
  if (KIND_PROGRAM.test(g.name) || [...g.aliases.values()].some((a) => KIND_PROGRAM.test(a))) return "program";
  if (/^[A-Z0-9.\- ]{2,}$/.test(g.name) || /\d/.test(g.name)) return "technology";
  if (/[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/.test(g.name) || (g.coined && /^[A-Z]/.test(g.name))) return "product";
  if (/^[A-Z]/.test(g.name)) return "product";
  return "theme";
}
