/**
 * Counts a call's candidate topic terms: every run of one to three content words that no
 * punctuation or dropped word interrupts (the terms forEachTerm yields, which the corpus
 * statistics count). Counting works on vocabulary ids in an open-addressing table of typed
 * arrays reused from call to call, so it allocates nothing per occurrence; strings and objects are
 * built only for the terms that can become topics.
 */
import type { Transcript } from "../../model/transcript.js";
import { isCoined } from "./topic-terms.js";
import { T_BREAK, T_CAPITAL, T_SENTENCE_START, type Tokens } from "../text/tokens.js";
import { OVERFLOW, phraseDf, staticSize, wordDf, wordOf } from "../text/vocabulary.js";

export interface TermCount {
  tf: number;
  /** Words in the term. */
  n: number;
  /** Occurrences written as a proper noun phrase (every word capitalised, none sentence-initial). */
  proper: number;
  /** A single acronym or product-like word ("SDN", "G.fast"). */
  coined: boolean;
  /** Turn indices (Turn.index) in order of first use. */
  turns: number[];
  /** Calls of the corpus using the term (term-stats.json). */
  df: number;
  /** First occurrence: its turn's text and offsets. */
  text: string;
  start: number;
  end: number;
}

function isAnd(text: string, from: number, to: number): boolean {
  return to - from === 5 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 97 && text.charCodeAt(from + 2) === 110 && text.charCodeAt(from + 3) === 100 && text.charCodeAt(from + 4) === 32;
}

/** A lower-case word, or one capitalised: never coined (see isCoined), so not worth a string. */
function isPlainWord(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Three ASCII character codes as one small integer; -1 (no acronym's) when any is not ASCII. */
function initialsCode(a: number, b: number, c: number): number {
  return a < 128 && b < 128 && c < 128 ? (a << 14) | (b << 7) | c : -1;
}

/*
 * Entries are records of STRIDE int32s in one array, so a lookup touches one cache line: the three
 * word ids (b < -1 marks an "and" phrase, -1 an absent word), count, proper count, first token,
 * last turn seen, and the tail of its turn list (a linked list in poolTurn/poolNext).
 */
const STRIDE = 8;
let slots = new Int32Array(1 << 16);
let rec = new Int32Array(STRIDE << 15);
let turnHead = new Int32Array(1 << 15);
let poolTurn = new Int32Array(1 << 15);
let poolNext = new Int32Array(1 << 15);

function ensure(entries: number): void {
  if (turnHead.length >= entries) return;
  let n = turnHead.length;
  while (n < entries) n *= 2;
  rec = new Int32Array(n * STRIDE);
  turnHead = new Int32Array(n); poolTurn = new Int32Array(n); poolNext = new Int32Array(n);
}

/** Terms that can become topics, by lower-cased key ("caf ii", "software defined networks"). */
export function countTerms(t: Transcript, tk: Tokens, docs: number): Map<string, TermCount> {
  // At most four terms per token, and as many turn records.
  ensure(tk.count * 4 + 1);
  let size = 1 << 12;
  while (size < tk.count * 8) size <<= 1;
  if (slots.length < size) slots = new Int32Array(size);
  slots.fill(0, 0, size);
  const mask = size - 1;
  let entries = 0;
  let pool = 0;
  const see = (a: number, b: number, c: number, first: number, isProper: boolean, turn: number) => {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d);
    h ^= h >>> 15;
    let slot = h & mask;
    let e = slots[slot]! - 1;
    while (e >= 0 && (rec[e * STRIDE] !== a || rec[e * STRIDE + 1] !== b || rec[e * STRIDE + 2] !== c)) {
      slot = (slot + 1) & mask;
      e = slots[slot]! - 1;
    }
    if (e < 0) {
      e = entries++;
      slots[slot] = e + 1;
      const r = e * STRIDE;
      rec[r] = a; rec[r + 1] = b; rec[r + 2] = c;
      rec[r + 3] = 1;
      rec[r + 4] = isProper ? 1 : 0;
      rec[r + 5] = first;
      rec[r + 6] = turn;
      poolTurn[pool] = turn; poolNext[pool] = -1;
      turnHead[e] = pool; rec[r + 7] = pool;
      pool++;
      return;
    }
    const r = e * STRIDE;
    rec[r + 3]!++;
    if (isProper) rec[r + 4]!++;
    if (rec[r + 6] !== turn) {
      rec[r + 6] = turn;
      poolTurn[pool] = turn; poolNext[pool] = -1;
      poolNext[rec[r + 7]!] = pool;
      rec[r + 7] = pool;
      pool++;
    }
  };
  const { id, flags } = tk;
  for (let ti = 0; ti < t.turns.length; ti++) {
    const turn = t.turns[ti]!;
    if (turn.speaker === "Operator") continue;
    const from = tk.turnFirst[ti]!;
    const to = tk.turnFirst[ti + 1]!;
    for (let i = from; i < to; i++) {
      const ia = id[i]!;
      if (ia === OVERFLOW) continue;
      const fa = flags[i]!;
      const pa = (fa & (T_CAPITAL | T_SENTENCE_START)) === T_CAPITAL;
      see(ia, -1, -1, i, pa, turn.index);
      if (i + 1 >= to) continue;
      const fb = flags[i + 1]!;
      const ib = id[i + 1]!;
      // "test and simulation business": two words joined by "and" before a shared head word.
      if (fb & T_BREAK && i + 2 < to && !(flags[i + 2]! & T_BREAK) && isAnd(tk.texts[ti]!, tk.end[i]!, tk.start[i + 1]!) && ib !== OVERFLOW && id[i + 2] !== OVERFLOW) {
        see(ia, -2 - ib, id[i + 2]!, i, false, turn.index);
      }
      if (fb & T_BREAK || ib === OVERFLOW) continue;
      const pb = pa && (fb & (T_CAPITAL | T_SENTENCE_START)) === T_CAPITAL;
      see(ia, ib, -1, i, pb, turn.index);
      if (i + 2 >= to) continue;
      const fc = flags[i + 2]!;
      const ic = id[i + 2]!;
      if (fc & T_BREAK || ic === OVERFLOW) continue;
      see(ia, ib, ic, i, pb && (fc & (T_CAPITAL | T_SENTENCE_START)) === T_CAPITAL, turn.index);
    }
  }
  const textOf = (tok: number) => tk.texts[tk.turn[tok]!]!;
  // Most terms occur once; only coined words, proper phrases and spelled-out acronyms may.
  const coined = new Uint8Array(entries);
  // Three-letter acronyms by their letters' codes (initialsCode): the initials of a three-word
  // phrase can spell no longer one.
  const acronyms = new Set<number>();
  for (let e = 0; e < entries; e++) {
    const r = e * STRIDE;
    if (rec[r + 1] !== -1) continue;
    const ft = rec[r + 5]!;
    if (isPlainWord(textOf(ft), tk.start[ft]!, tk.end[ft]!)) continue;
    const s = textOf(ft).slice(tk.start[ft]!, tk.end[ft]!);
    if (!isCoined(s)) continue;
    coined[e] = 1;
    if (/^[A-Z]{3}$/.test(s)) acronyms.add(initialsCode(s.charCodeAt(0) | 32, s.charCodeAt(1) | 32, s.charCodeAt(2) | 32));
  }
  const out = new Map<string, TermCount>();
  for (let e = 0; e < entries; e++) {
    const r = e * STRIDE;
    if (rec[r + 1]! < -1) {
      // An "and" phrase stands only when the call repeats it.
      if (rec[r + 3]! < 2) continue;
      const ft = rec[r + 5]!;
      const turns: number[] = [];
      for (let p = turnHead[e]!; p >= 0; p = poolNext[p]!) turns.push(poolTurn[p]!);
      out.set(`${wordOf(rec[r]!)} and ${wordOf(-2 - rec[r + 1]!)} ${wordOf(rec[r + 2]!)}`, { tf: rec[r + 3]!, n: 4, proper: 0, coined: false, turns, df: 1, text: textOf(ft), start: tk.start[ft]!, end: tk.end[ft + 2]! });
      continue;
    }
    const n = rec[r + 2] !== -1 ? 3 : rec[r + 1] !== -1 ? 2 : 1;
    const f = tk.flags[rec[r + 5]!]!;
    if (n === 1 && rec[r + 3]! < 3 && !coined[e] && !(f & T_CAPITAL)) continue;
    const isProper = n > 1 && rec[r + 4]! > 0;
    if (rec[r + 3]! < 2 && !coined[e] && !isProper) {
      // Acronyms have three letters or more, so only a three-word phrase can spell one out.
      if (n !== 3 || acronyms.size === 0) continue;
      const init = initialsCode(wordOf(rec[r]!).charCodeAt(0), wordOf(rec[r + 1]!).charCodeAt(0), wordOf(rec[r + 2]!).charCodeAt(0));
      if (!acronyms.has(init)) continue;
    }
    const turns: number[] = [];
    for (let p = turnHead[e]!; p >= 0; p = poolNext[p]!) turns.push(poolTurn[p]!);
    const ft = rec[r + 5]!;
    const lastTok = ft + n - 1;
    const a = rec[r]!;
    const df = n === 1 ? (a < staticSize ? Math.max(wordDf[a]!, 1) : 1) : phraseDf(a, rec[r + 1]!, rec[r + 2]!);
    // A term most calls use is no topic unless it is coined (see extract-topics.ts: at most 70%
    // of calls for a coined word, 60% for a phrase, 20% for a plain word).
    const share = df / docs;
    if (share >= (n > 1 ? 0.6 : coined[e] ? 0.7 : (f & T_CAPITAL) ? 0.7 : 0.2)) continue;
    const key = n === 1 ? wordOf(rec[r]!) : n === 2 ? `${wordOf(rec[r]!)} ${wordOf(rec[r + 1]!)}` : `${wordOf(rec[r]!)} ${wordOf(rec[r + 1]!)} ${wordOf(rec[r + 2]!)}`;
    out.set(key, { tf: rec[r + 3]!, n, proper: rec[r + 4]!, coined: coined[e] === 1, turns, df, text: textOf(ft), start: tk.start[ft]!, end: tk.end[lastTok]! });
  }
  return out;
}
