/**
 * The shared tokenizer of the topic and mention finders: content words of every turn of a call,
 * in flat typed arrays (no object per word) with vocabulary ids (no string per word).
 *
 * Grammar of a token: an ASCII letter or digit, then letters, digits, "&", "'", "’", ".", "-",
 * ending in a letter, digit or "+" ("AT&T", "G.fast", "NG-PON2", "C+"). A trailing "'s" and
 * trailing dots are removed (initials such as "U.S" keep theirs). A Roman numeral after an
 * all-capital word glues on ("CAF II"). Dropped, and marking the next word `T_BREAK`: function
 * words (unless written as an acronym, "IT"; never "OK"), contractions ("we're", "that'd"),
 * numbers and quantities ("49", "1.5x", "49-ish", "1-year"), and single lower-case letters.
 * Punctuation other than hyphens also sets `T_BREAK`, since no phrase runs across it; a word
 * after ".", "!", "?", ":", a dash or a line break (and the first word) is `T_SENTENCE_START`.
 */
import { beginCall, internRange, internShort, packedCode, SHORT_MAX, W_FUNCTION, W_NEVER_ACRONYM, wordFlags } from "./vocabulary.js";

export const T_CAPITAL = 1;
export const T_SENTENCE_START = 2;
export const T_BREAK = 4;

export interface Tokens {
  count: number;
  /** Turn position of each token. */
  turn: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Vocabulary id of the lower-cased word. */
  id: Int32Array;
  flags: Uint8Array;
  /** Tokens of turn i are turnFirst[i] .. turnFirst[i + 1] - 1. */
  turnFirst: Int32Array;
  texts: readonly string[];
}

/** Letter or digit: 1; other token-inner characters: 2; "+": 4. */
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (const ch of "&'.-") CLASS[ch.charCodeAt(0)] = 2;
CLASS[43] = 4;

const cls = (c: number): number => (c < 128 ? CLASS[c]! : c === 8217 ? 2 : 0);

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

/** The gap ends a sentence: ends in [.!?:] then spaces, is a dash between spaces, or holds a line break. */
function sentenceGap(text: string, s: number, e: number): boolean {
  let k = e - 1;
  while (k >= s && isSpace(text.charCodeAt(k))) k--;
  if (k >= s) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58) return true;
  }
  let dashes = 0;
  let other = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === 45 || c === 8211 || c === 8212) dashes++;
    else if (!isSpace(c)) other = true;
  }
  return dashes > 0 && !other;
}

function breakGap(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 44: case 46: case 59: case 58: case 33: case 63: case 40: case 41: case 34: case 91: case 93:
      case 8220: case 8221: case 8211: case 8212:
        return true;
      case 45:
        if (i + 1 < e && text.charCodeAt(i + 1) === 45) return true;
    }
  }
  return false;
}

const QUANTITY_SUFFIX = new Set(["x", "s", "k", "m", "mm", "b", "bn", "th", "st", "nd", "rd", "ish", "plus", "ies"]);

/** A number, or a number with a unit-like or hedging suffix ("1.5x", "90s", "49-ish", "1-year"). */
function isQuantity(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44) k++;
    else break;
  }
  if (k === e) return true;
  const hyphen = text.charCodeAt(k) === 45;
  let j = hyphen ? k + 1 : k;
  if (j === e) return false;
  for (let i = j; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return hyphen || QUANTITY_SUFFIX.has(text.slice(j, e));
}

/** "we're", "they've", "that'd", "I'm", "can't": a pronoun or auxiliary with a clitic. */
function isContraction(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 8217) continue;
    const tail = e - i - 1;
    const a = text.charCodeAt(i + 1) | 32;
    const b = tail === 2 ? text.charCodeAt(i + 2) | 32 : 0;
    if (tail === 1) return a === 100 || a === 109 || a === 115 || (a === 116 && (text.charCodeAt(i - 1) | 32) === 110);
    if (tail === 2) return (a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108);
    return false;
  }
  return false;
}

function isInitials(text: string, s: number, e: number): boolean {
  if ((e - s) % 2 === 0 || e - s < 3) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((i - s) % 2 === 0 ? c < 97 || c > 122 : c !== 46) return false;
  }
  return true;
}

function isRoman(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 1 || n > 3) return false;
  const w = text.slice(s, e);
  return w === "I" || w === "II" || w === "III" || w === "IV" || w === "V" || w === "VI";
}

function allCapitals(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function grow(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

/** Tokens of every text (one per turn), in order. */
export function tokenize(texts: readonly string[]): Tokens {
  beginCall();
  let chars = 0;
  for (const t of texts) chars += t.length;
  // Speech holds a content word every 17 characters or so; the arrays grow if a call has more.
  let cap = (chars >> 4) + 64;
  let turn = new Int32Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let id = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  const turnFirst = new Int32Array(texts.length + 1);
  let n = 0;
  for (let ti = 0; ti < texts.length; ti++) {
    const text = texts[ti]!;
    const len = text.length;
    turnFirst[ti] = n;
    const first = n;
    let prevEnd = 0;
    let dropped = false;
    let i = 0;
    while (i < len) {
      if (cls(text.charCodeAt(i)) !== 1) { i++; continue; }
      const s = i;
      let j = i + 1;
      let apostrophe = false;
      // The first SHORT_MAX characters packed as the vocabulary's short-word key (internShort).
      let ka = packedCode(text.charCodeAt(s));
      let kb = 0;
      let kc = 0;
      for (; j < len; j++) {
        const c = text.charCodeAt(j);
        const k = cls(c);
        if (!(k & 3)) break;
        if (c === 39 || c === 8217) apostrophe = true;
        const p = j - s;
        if (p < 4) ka |= packedCode(c) << (7 * p);
        else if (p < 8) kb |= packedCode(c) << (7 * (p - 4));
        else if (p < SHORT_MAX) kc |= packedCode(c) << (7 * (p - 8));
      }
      let e: number;
      if (j < len && text.charCodeAt(j) === 43 && j > s) e = j + 1;
      else {
        e = j;
        while (e > s + 1 && cls(text.charCodeAt(e - 1)) !== 1) e--;
      }
      i = e;
      if (e - s > 2 && (text.charCodeAt(e - 1) === 115) && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 8217)) e -= 2;
      while (e > s && text.charCodeAt(e - 1) === 46 && !isInitials(text, s, e)) e--;
      if (e <= s) continue;
      const plain = prevEnd === s - 1 && text.charCodeAt(prevEnd) === 32;
      const c0 = text.charCodeAt(s);
      if (n > first && plain && end[n - 1] === prevEnd && isRoman(text, s, e) && allCapitals(text, start[n - 1]!, end[n - 1]!) && end[n - 1]! - start[n - 1]! >= 2) {
        end[n - 1] = e;
        id[n - 1] = internRange(text, start[n - 1]!, e);
        prevEnd = e;
        continue;
      }
      const capital = c0 >= 65 && c0 <= 90;
      const sentenceStart = (n === first && !dropped) || (!plain && sentenceGap(text, prevEnd, s));
      const brk = !plain && breakGap(text, prevEnd, s);
      prevEnd = e;
      let drop = (e - s === 1 && !capital) || (c0 >= 48 && c0 <= 57 && isQuantity(text, s, e)) || (apostrophe && isContraction(text, s, e));
      let wid = -1;
      if (!drop) {
        // The key packed while scanning holds the word as trimmed, unless a "+" was added.
        wid = e - s <= SHORT_MAX && e <= j ? internShort(ka, kb, kc, text, s, e) : internRange(text, s, e);
        const f = wordFlags[wid]!;
        if (f & W_FUNCTION) drop = !(e - s > 1 && capital && allCapitals(text, s, e)) || (f & W_NEVER_ACRONYM) !== 0;
      }
      if (drop) { dropped = true; continue; }
      if (n === cap) {
        cap *= 2;
        turn = grow(turn, cap);
        start = grow(start, cap);
        end = grow(end, cap);
        id = grow(id, cap);
        const f2 = new Uint8Array(cap);
        f2.set(flags);
        flags = f2;
      }
      turn[n] = ti;
      start[n] = s;
      end[n] = e;
      id[n] = wid;
      flags[n] = (capital ? T_CAPITAL : 0) | (sentenceStart && !dropped ? T_SENTENCE_START : 0) | (brk || dropped ? T_BREAK : 0);
      n++;
      dropped = false;
    }
  }
  turnFirst[texts.length] = n;
  return { count: n, turn, start, end, id, flags, turnFirst, texts };
}
