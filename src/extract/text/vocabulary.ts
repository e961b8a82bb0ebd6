/**
 * One process-wide vocabulary of lower-cased words, so the tokenizer hands out small integer ids
 * instead of strings and the finders look word facts up in typed arrays. A word is interned
 * straight from a range of the text (case and the typographic apostrophe folded while hashing),
 * so a word seen before costs no allocation.
 *
 * Contract: ids below `staticSize` are the corpus words of term-stats.json and the function
 * words, fixed for the life of the process. Other words get ids per call; `beginCall()` forgets
 * them once the table grows past its bound, so a long-running process does not grow without end.
 * Ids stay below 2^17; a call that would exceed it gets `OVERFLOW` for its further new words,
 * which the finders skip.
 */
import { FUNCTION_WORDS } from "./function-words.js";
import { RAW_STATS } from "./term-stats.js";

export const ID_LIMIT = 2 ** 17;
export const OVERFLOW = ID_LIMIT - 1;
/** Dynamic words kept across calls before they are forgotten at the next call start. */
const RESET_AT = ID_LIMIT - 2 ** 15;

export const W_FUNCTION = 1;
export const W_PROPER = 2;
export const W_PLACE = 4;
export const W_FIRST_NAME = 8;
/** Interjections and pronouns that stay function words even when written in capitals ("OK"). */
export const W_NEVER_ACRONYM = 16;
export const W_ADJECTIVE = 32;

const NEVER_ACRONYM = ["ok", "okay", "oh", "hi", "hey", "yes", "yeah", "no", "so", "ah", "um", "uh", "we", "i", "me", "you", "he", "she", "they"];

const words: string[] = [];
const hashes = new Int32Array(ID_LIMIT);
/** Calls of the corpus that use the word (the file's floor counts as 1). */
export const wordDf = new Int32Array(ID_LIMIT);
export const wordFlags = new Uint8Array(ID_LIMIT);
const table = new Int32Array(ID_LIMIT * 2);
const mask = table.length - 1;

/** Case and the typographic apostrophe folded, by table for ASCII. */
const FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

function foldCode(c: number): number {
  return c < 128 ? FOLD[c]! : c === 8217 ? 39 : c;
}

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ foldCode(text.charCodeAt(i)), 16777619);
  return h;
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== foldCode(text.charCodeAt(start + i))) return false;
  return true;
}

function insert(word: string, h: number): number {
  const id = words.length;
  words.push(word);
  hashes[id] = h;
  let slot = h & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = id + 1;
  return id;
}

/** The id of text[start, end) lower-cased, interning it when new. */
export function internRange(text: string, start: number, end: number): number {
  const h = hashRange(text, start, end);
  let slot = h & mask;
  for (let e = table[slot]!; e !== 0; e = table[slot]!) {
    if (hashes[e - 1] === h && sameRange(words[e - 1]!, text, start, end)) return e - 1;
    slot = (slot + 1) & mask;
  }
  if (words.length >= OVERFLOW) return OVERFLOW;
  const w = text.slice(start, end).toLowerCase();
  return insert(w.includes("’") ? w.replace(/’/g, "'") : w, h);
}

/*
 * Short words by exact key. A word of at most twelve characters that are ASCII once folded (every
 * token the tokenizer makes is) packs into three int32s, seven bits a character (`packedCode`).
 * The tokenizer packs a word while it scans it, so most words of speech find their id here
 * without hashing or comparing their characters again. Records are the three key parts and the
 * id + 1 (0 for an empty slot). Entries mirror ids of `words`, so there are never more than
 * ID_LIMIT of them (the table stays at most half full), and they are dropped with the words they
 * name.
 */
const SHORT_SLOTS = ID_LIMIT * 2;
const shortTable = new Int32Array(SHORT_SLOTS * 4);
export const SHORT_MAX = 12;

/** A token character folded as the vocabulary folds it, in seven bits. */
export function packedCode(c: number): number {
  return c < 128 ? FOLD[c]! : 39;
}

/** The first `chars` characters of a key part of four. */
function keyPart(part: number, chars: number): number {
  return chars >= 4 ? part : chars <= 0 ? 0 : part & ((1 << (7 * chars)) - 1);
}

/**
 * The id of text[start, end), at most SHORT_MAX characters, whose characters packed by
 * `packedCode` make `a` (characters 0 to 3, character k at bit 7k), `b` (4 to 7) and `c` (8 to
 * 11); whatever the parts hold past the word's end is ignored.
 */
export function internShort(a: number, b: number, c: number, text: string, start: number, end: number): number {
  const n = end - start;
  a = keyPart(a, n);
  b = keyPart(b, n - 4);
  c = keyPart(c, n - 8);
  let slot = Math.imul(a ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d), 0x9e3779b1) >>> 14;
  for (let r = slot * 4; shortTable[r + 3] !== 0; r = slot * 4) {
    if (shortTable[r] === a && shortTable[r + 1] === b && shortTable[r + 2] === c) return shortTable[r + 3]! - 1;
    slot = (slot + 1) & (SHORT_SLOTS - 1);
  }
  const id = internRange(text, start, end);
  if (id !== OVERFLOW) {
    const r = slot * 4;
    shortTable[r] = a;
    shortTable[r + 1] = b;
    shortTable[r + 2] = c;
    shortTable[r + 3] = id + 1;
  }
  return id;
}

export function intern(word: string): number {
  return internRange(word, 0, word.length);
}

/** The id of a word already known, or -1; never interns. */
export function lookup(word: string): number {
  const h = hashRange(word, 0, word.length);
  let slot = h & mask;
  for (let e = table[slot]!; e !== 0; e = table[slot]!) {
    if (hashes[e - 1] === h && sameRange(words[e - 1]!, word, 0, word.length)) return e - 1;
    slot = (slot + 1) & mask;
  }
  return -1;
}

export function wordOf(id: number): string {
  return words[id] ?? "";
}

function build(): number {
  for (const w of FUNCTION_WORDS) wordFlags[intern(w)]! |= W_FUNCTION;
  for (const w of NEVER_ACRONYM) wordFlags[intern(w)]! |= W_NEVER_ACRONYM;
  for (const [k, n] of Object.entries(RAW_STATS.df)) if (!k.includes(" ")) wordDf[intern(k)] = n;
  for (const w of RAW_STATS.proper) wordFlags[intern(w)]! |= W_PROPER;
  for (const w of RAW_STATS.places) wordFlags[intern(w)]! |= W_PLACE;
  for (const w of RAW_STATS.firstNames) wordFlags[intern(w)]! |= W_FIRST_NAME;
  for (const w of RAW_STATS.adjectives ?? []) wordFlags[intern(w)]! |= W_ADJECTIVE;
  intern("\u0000");
  return words.length;
}

export const staticSize = build();

/** Called before tokenizing a call: forgets other calls' words once there are too many. */
export function beginCall(): void {
  if (words.length < RESET_AT) return;
  words.length = staticSize;
  shortTable.fill(0);
  wordDf.fill(0, staticSize);
  wordFlags.fill(0, staticSize);
  table.fill(0);
  for (let id = 0; id < staticSize; id++) {
    let slot = hashes[id]! & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }
}

/*
 * The corpus phrases by word ids, built at first use: open addressing over records of four int32s
 * (the three ids, the third -1 for two words, then the count + 1; 0 marks an empty slot).
 * Topic counting asks for every candidate phrase of a call, and a Map keyed by a number as large
 * as three packed ids would hash a heap number each time.
 */
let phrases: Int32Array | undefined;
let phraseMask = 0;

function phraseSlot(table: Int32Array, a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d);
  h ^= h >>> 15;
  let slot = h & phraseMask;
  while (table[slot * 4 + 3] !== 0 && (table[slot * 4] !== a || table[slot * 4 + 1] !== b || table[slot * 4 + 2] !== c)) slot = (slot + 1) & phraseMask;
  return slot;
}

function buildPhrases(): Int32Array {
  const entries = Object.entries(RAW_STATS.df);
  let slots = 1024;
  while (slots < entries.length * 2) slots *= 2;
  phraseMask = slots - 1;
  const table = new Int32Array(slots * 4);
  for (const [k, n] of entries) {
    const ws = k.split(" ");
    if (ws.length < 2 || ws.length > 3) continue;
    const ids = ws.map((w) => lookup(w));
    if (ids.some((x) => x < 0)) continue;
    const [a, b, c] = [ids[0]!, ids[1]!, ids[2] ?? -1];
    const r = phraseSlot(table, a, b, c) * 4;
    table[r] = a;
    table[r + 1] = b;
    table[r + 2] = c;
    table[r + 3] = n + 1;
  }
  return table;
}

/** Calls of the corpus using the phrase of two or three word ids (1 below the file's floor). */
export function phraseDf(a: number, b: number, c: number): number {
  phrases ??= buildPhrases();
  const stored = phrases[phraseSlot(phrases, a, b, c) * 4 + 3]!;
  return stored === 0 ? 1 : stored - 1;
}

/** Corpus document frequency of a single word (1 when unknown). */
export function dfOfWord(word: string): number {
  const id = lookup(word);
  return id >= 0 && id < staticSize ? Math.max(wordDf[id]!, 1) : 1;
}

/** The word's corpus facts (W_* bits); 0 when unknown. */
export function flagsOfWord(word: string): number {
  const id = lookup(word);
  return id >= 0 ? wordFlags[id]! : 0;
}
