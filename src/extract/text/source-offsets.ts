/**
 * Maps offsets in a turn's folded text back to `Transcript.text`. The parser folds whitespace
 * (line breaks, page-break indents) and, for JSON sources, the text holds decoded strings while
 * the source holds escapes; so the two are walked side by side, treating any whitespace run as
 * equal to any other and decoding JSON escapes on the source side.
 */
import type { Turn } from "../../model/transcript.js";

export interface OffsetMap {
  /** Source offset for each turn-text offset 0..text.length (inclusive). */
  toSource(offset: number): number;
}

const ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };

const ESC_CODE: Record<string, number> = Object.fromEntries(Object.entries(ESC).map(([k, v]) => [k, v.charCodeAt(0)]));

/*
 * The walk is lazy: it goes only as far into the turn as the offsets asked for, since facts often
 * come from the turn's first sentences, and keeps only the offsets asked for. An offset's value is
 * final once the walk has passed it; one asked for after the walk passed it unasked restarts it.
 *
 * Most of a turn is found in the source as is, so the walk first tries to take a whole run of text
 * in one native comparison (`sameRun`), and goes character by character only where the two differ.
 */
export function buildOffsetMap(source: string, turn: Turn): OffsetMap {
  const text = turn.text;
  const start = Math.max(0, Math.min(turn.start, source.length));
  const limit = Math.min(source.length, Math.max(turn.end, turn.start) + 16);
  const known = new Map<number, number>();
  let s = start;
  let t = 0;
  /** Where a run may next be tried: after a failed try the walk goes MIN_RUN characters one by one. */
  let nextTry = 0;
  /** The next backslash of the text at or after t (text.length when none). */
  let backslash = -1;
  /** Walks until offset `target` is passed (or the text ends) and returns its source offset. */
  const walkTo = (target: number): number => {
    let at = s;
    while (t < text.length && t <= target) {
      at = s;
      if (t >= nextTry) {
        if (backslash < t) backslash = nextBackslash(text, t);
        const n = sameRun({ text, source, t, s, max: Math.min(target, backslash, t + MAX_RUN) - t, limit });
        if (n > 0) { s += n; t += n; continue; }
        nextTry = t + MIN_RUN;
      }
      if (s >= limit) { at = limit; t++; continue; }
      const tc = text.charCodeAt(t);
      // The common case, as the branches below would take it: a printable ASCII character (no space, no backslash) found as is.
      if (tc > 32 && tc < 127 && tc !== 92 && source.charCodeAt(s) === tc) { s++; t++; continue; }
      if (isSpace(tc)) {
        t++;
        while (s < limit && isSpaceAt(source, s)) s += spaceLen(source, s);
        continue;
      }
      let sc = source.charCodeAt(s);
      let len = 1;
      if (sc === 92 && s + 1 < limit) {
        const e = source[s + 1]!;
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(s + 2, s + 6))) { sc = parseInt(source.slice(s + 2, s + 6), 16); len = 6; }
        else if (ESC_CODE[e] !== undefined) { sc = ESC_CODE[e]; len = 2; }
      }
      if (sc === tc) { s += len; t++; continue; }
      if (isSpaceAt(source, s)) { s += spaceLen(source, s); continue; }
      // Text the parser dropped or changed: advance both and resynchronise on the next match.
      s += len;
      t++;
    }
    return target >= text.length ? s : at;
  };
  return {
    toSource: (o) => {
      const i = Math.max(0, Math.min(o, text.length));
      const k = known.get(i);
      if (k !== undefined) return k;
      if (i < t || (t >= text.length && i < text.length)) { s = start; t = 0; nextTry = 0; backslash = -1; }
      const v = walkTo(i);
      known.set(i, v);
      return v;
    },
  };
}

/** Runs shorter than this are left to the character walk; longer ones are compared in pieces of at most MAX_RUN. */
const MIN_RUN = 16;
const MAX_RUN = 512;

function nextBackslash(text: string, from: number): number {
  const i = text.indexOf("\\", from);
  return i < 0 ? text.length : i;
}

interface RunInput {
  text: string;
  source: string;
  t: number;
  s: number;
  /** The run ends before text offset t + max. */
  max: number;
  limit: number;
}

/*
 * The length of a run text[t, t+n) found as is at source[s, s+n), which the character walk would
 * leave at t+n and s+n: every character matches itself, and a whitespace run of the text takes the
 * same run of the source. That holds when the run holds no backslash (the source's could start an
 * escape; `max` stops before the first) and does not end on whitespace (the walk would go on over
 * whitespace of the source after it). 0 when no run of at least MIN_RUN characters starts there.
 * The longest piece that matches is found by halving, so a difference costs a few comparisons.
 */
function sameRun({ text, source, t, s, max, limit }: RunInput): number {
  let n = Math.min(max, limit - s);
  while (n >= MIN_RUN) {
    while (n > 0 && isSpace(text.charCodeAt(t + n - 1))) n--;
    if (n < MIN_RUN) return 0;
    // Equality of two slices compares memory; `startsWith` and a charCodeAt loop go character by character.
    if (text.slice(t, t + n) === source.slice(s, s + n)) return n;
    n >>= 1;
  }
  return 0;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 8203 || c === 65279 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233;
}

/** PDF layout tags the tagged-PDF parser reads as whitespace (src/parse/tagged-pdf-lines.ts). */
const LAYOUT_TAGS = ["<LINEBREAK>", "<PAGE_BREAK>", "<MULTISPACE>"];

function tagLen(src: string, i: number): number {
  if (src.charCodeAt(i) !== 60) return 0;
  for (const tag of LAYOUT_TAGS) if (src.startsWith(tag, i)) return tag.length;
  return 0;
}

function isSpaceAt(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  if (isSpace(c)) return true;
  if (c === 60) return tagLen(src, i) > 0;
  return c === 92 && (src[i + 1] === "n" || src[i + 1] === "t" || src[i + 1] === "r");
}
function spaceLen(src: string, i: number): number {
  if (src.charCodeAt(i) === 60) return tagLen(src, i) || 1;
  return src[i] === "\\" ? 2 : 1;
}
