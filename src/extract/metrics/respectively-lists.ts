/**
 * "A, B and C were $1, $2 and $3, respectively": the figures listed right before "respectively"
 * pair, in order, with the items listed before them. Items are read from the words alone, so an
 * item that names no metric ("payable days") leaves its figure unread instead of shifting the
 * pairing, and an elliptical item ("operating and free cash flow", "GAAP and adjusted EPS")
 * borrows the head of the last item.
 */
import { findMetricMentions, type MetricMention } from "./metric-vocabulary.js";
import type { Quantity } from "../text/quantities.js";

export interface RespectivelyInput {
  /** The sentence. */
  s: string;
  /** Every figure of the sentence, in order (bare numbers included). */
  all: Quantity[];
  /** Metric mentions of the sentence. */
  metrics: MetricMention[];
  companyWords: ReadonlySet<string>;
}

export interface RespectivelyReading {
  /** The sentence's figures, a bare number in a list taking the unit of the list's last figure ("85, 73 and 59 days"). */
  all: Quantity[];
  /**
   * Each listed figure; figures after the last list (which look back at it: "compared to $73
   * million and $202.5 million", "which is down 23%") are here too, without a metric. Figures
   * before the lists are read as usual.
   */
  paired: Map<Quantity, ListedFigure>;
}

export interface ListedFigure {
  /** The metric of the figure's item; null when the item names none (no fact). */
  mention: MetricMention | null;
  /** The words before the list, which speak of every figure in it. */
  leadStart: number;
  leadEnd: number;
  /** The words said of every item: those before the items and those after the last one's name ("on a GAAP basis were"). */
  shared: string;
}

const RESPECTIVELY = /\brespectively\b/gi;
/** Between two figures of one list. */
const LIST_GAP = /^\s*,?\s*(?:and\s+)?$/;
/** Between two bare counts of one list, which may repeat their noun ("12,455 units and 3,780 units"). */
const BARE_GAP = /^\s*(?:[A-Za-z]+\s*)?,?\s*(?:and\s+)?$/;
/** Between the list's last figure and "respectively": a period or qualifier, no other figure or clause. */
const LIST_TAIL = /^[^\d;:]{0,60}$/;
/** Splits items: a comma (with an optional "and") or a bare "and". */
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
/** Items that are periods, not metrics ("for the three and six months ended June 30, 2021", "October and November sales"). */
const PERIOD_ITEM = /\d|\b(?:quarters?|years?|months?|periods?|half|q[1-4]|h[12]|fy|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** Units a bare number in a list may take from the list's last figure. */
const SHARED_UNITS = new Set(["percent", "bps", "days", "times"]);

/**
 * The pairing of every "respectively" list in the sentence; null when the sentence has none, and
 * "skip" when a list cannot be paired with certainty (its items are fewer than its figures, an
 * item is a period, or no item names a metric of ours): then the sentence yields nothing rather
 * than a wrong pairing.
 */
export function readRespectively({ s, all, metrics, companyWords }: RespectivelyInput): RespectivelyReading | "skip" | null {
  if (s.indexOf("espectively") < 0) return null;
  const figures = all.slice();
  const paired = new Map<Quantity, ListedFigure>();
  const unread = (q: Quantity) => paired.set(q, { mention: null, leadStart: 0, leadEnd: 0, shared: "" });
  let end = -1;
  RESPECTIVELY.lastIndex = 0;
  for (let r = RESPECTIVELY.exec(s); r; r = RESPECTIVELY.exec(s)) {
    let last = -1;
    for (let i = 0; i < figures.length && figures[i]!.end <= r.index; i++) last = i;
    if (last < 0 || !LIST_TAIL.test(s.slice(figures[last]!.end, r.index))) return "skip";
    const unitOf = figures[last]!;
    let first = last;
    // "12,455 units and 3,780 units, respectively": bare counts, none of which is read.
    if (!unitOf.marked) {
      while (first > 0 && !figures[first - 1]!.marked && BARE_GAP.test(s.slice(figures[first - 1]!.end, figures[first]!.start))) first--;
      if (first === last) return "skip";
      for (let i = first; i <= last; i++) unread(figures[i]!);
      end = last;
      continue;
    }
    while (first > 0 && LIST_GAP.test(s.slice(figures[first - 1]!.end, figures[first]!.start))) first--;
    if (first === last) return "skip";
    for (let i = first; i < last; i++) {
      const q = figures[i]!;
      // "$0.41 and $0.32 per share": the last figure's "per share" is said of all.
      if (unitOf.perShare && !q.perShare && q.unit === unitOf.unit) figures[i] = { ...q, perShare: true };
      if (q.marked) continue;
      if (!SHARED_UNITS.has(unitOf.unit)) return "skip";
      figures[i] = { ...q, unit: unitOf.unit, marked: true };
    }
    const from = first > 0 ? figures[first - 1]!.end : 0;
    const items = pairItems({ s, from, to: figures[first]!.start, count: last - first + 1, metrics, companyWords });
    if (!items || items.mentions.every((m) => m === null)) return "skip";
    const leadEnd = figures[first]!.start;
    const shared = s.slice(0, items.start) + s.slice(items.predicate, leadEnd);
    for (let i = first; i <= last; i++) paired.set(figures[i]!, { mention: items.mentions[i - first]!, leadStart: from, leadEnd, shared });
    end = last;
  }
  for (let i = end + 1; i < figures.length; i++) unread(figures[i]!);
  return { all: figures, paired };
}

interface ItemsInput {
  s: string;
  from: number;
  to: number;
  count: number;
  metrics: MetricMention[];
  companyWords: ReadonlySet<string>;
}

interface Items {
  mentions: (MetricMention | null)[];
  /** Where the listed items start. */
  start: number;
  /** Where the last item's name ends and its verb starts. */
  predicate: number;
}

/*
 * The last `count` items of s[from, to), each with its metric or null. Items before them may only
 * be an opening phrase ("From a working capital standpoint,"), never another metric: that would
 * mean the items and figures do not line up. The first listed item holds the clause before the
 * list ("we now expect revenues"), the last one goes on into the verb ("operating income were
 * largely unchanged at"); an item in between is its name alone.
 */
function pairItems({ s, from, to, count, metrics, companyWords }: ItemsInput): Items | null {
  const inside = metrics.filter((m) => m.start >= from && m.end <= to);
  const bounds: { start: number; end: number }[] = [];
  let at = from;
  ITEM_SEPARATOR.lastIndex = from;
  for (let m = ITEM_SEPARATOR.exec(s); m && m.index < to; m = ITEM_SEPARATOR.exec(s)) {
    if (m[0].length === 0) { ITEM_SEPARATOR.lastIndex++; continue; }
    // "cash and short-term investments": a separator inside a metric's name does not split it.
    if (inside.some((x) => x.start < m.index + m[0].length && m.index < x.end)) continue;
    bounds.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  bounds.push({ start: at, end: to });
  const items = bounds.filter((b) => s.slice(b.start, b.end).trim() !== "");
  if (items.length < count) return null;
  const lead = items.slice(0, items.length - count);
  if (lead.some((b) => inside.some((x) => x.start >= b.start && x.end <= b.end))) return null;
  const listed = items.slice(items.length - count);
  const own = listed.map((b) => inside.filter((x) => x.start >= b.start && x.end <= b.end));
  const head = own.at(-1)?.at(-1) ?? null;
  const out: (MetricMention | null)[] = [];
  for (const [i, b] of listed.entries()) {
    const ms = own[i]!;
    if (ms.length > 1) return null;
    const m = ms[0];
    const isFirst = i === 0;
    const isLast = i === listed.length - 1;
    const name = s.slice(m && isFirst ? m.start : b.start, m && isLast ? m.end : b.end);
    if (PERIOD_ITEM.test(name)) return null;
    if (!m) {
      out.push(head ? elliptical({ s, item: b, head, first: isFirst, companyWords }) : null);
      continue;
    }
    // "inventory days": one more word after the metric makes the item another thing.
    const tail = s.slice(m.end, b.end);
    if (!isLast && tail.trim() !== "") {
      if (!/^\s+[A-Za-z][\w-]*$/.test(tail)) return null;
      out.push(null);
      continue;
    }
    // "closed orders", "Boxer grew EBITDA margin": words before the metric that do not qualify it name another thing.
    out.push(isFirst || namesWhole(s.slice(b.start, m.start), m) ? m : null);
  }
  return { mentions: out, start: listed[0]!.start, predicate: own.at(-1)!.at(-1)?.end ?? listed.at(-1)!.end };
}

/** The words in front of a metric within its item are all read into its qualified name ("insurance revenues"). */
function namesWhole(before: string, m: MetricMention): boolean {
  const words = before.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (!m.qualified || words.length > 3) return false;
  const first = words[0]!.toLowerCase().replace(/^(post|pre|non|re|co|sub|multi|inter|over|under|self|e)-/, "$1").replace(/[-&']+/g, "_");
  return m.qualified.startsWith(`${first}_`);
}

interface EllipticalInput {
  s: string;
  item: { start: number; end: number };
  head: MetricMention;
  /** The item is the list's first. */
  first: boolean;
  companyWords: ReadonlySet<string>;
}

/*
 * "operating and free cash flow": a one-word item names the last item's metric with its own word
 * in place of the head's first ("operating cash flow"); "GAAP and adjusted diluted EPS" → "GAAP
 * diluted EPS"; "Wireless and Wireline revenue" → "Wireless revenue". The first item may hold the
 * clause before the list ("We generated operating"): its last word is then read into the metric's
 * name only, never as a qualifier ("operating earnings and EBITDA" is no "earnings EBITDA"). Null
 * when the words so joined name no single metric.
 */
function elliptical({ s, item, head, first, companyWords }: EllipticalInput): MetricMention | null {
  const words = s.slice(item.start, item.end).trim().split(/\s+/);
  const word = words.length === 1 ? words[0]! : first ? words.at(-1)! : "";
  if (!/^[A-Za-z][A-Za-z-]*$/.test(word)) return null;
  const headWords = s.slice(head.start, head.end).trim().split(/\s+/);
  // "free cash flow" lends "cash flow"; a one-word head ("revenue") is lent whole; "diluted and
  // adjusted diluted EPS" lends "diluted EPS" to "diluted".
  const lent = headWords.length > 1 ? headWords.slice(headWords[1]!.toLowerCase() === word.toLowerCase() ? 2 : 1) : headWords;
  const phrase = `${word} ${lent.join(" ")}`;
  const found = findMetricMentions(phrase, companyWords);
  const only = found.length === 1 ? found[0]! : null;
  if (!only || only.end !== phrase.length) return null;
  if (only.start !== 0 && !(only.qualified && words.length === 1)) return null;
  return { ...only, start: item.start, end: item.end };
}
