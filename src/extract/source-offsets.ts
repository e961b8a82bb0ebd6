/**
 * Maps offsets in a turn's folded text back to `Transcript.text`. The parser folds whitespace
 * (line breaks, page-break indents) and, for JSON sources, the text holds decoded strings while
 * the source holds escapes; so the two are walked side by side, treating any whitespace run as
 * equal to any other and decoding JSON escapes on the source side.
 */
import type { Turn } from "../model/transcript.js";

export interface OffsetMap {
  /** Source offset for each turn-text offset 0..text.length (inclusive). */
  toSource(offset: number): number;
}

const ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };

export function buildOffsetMap(source: string, turn: Turn): OffsetMap {
  const text = turn.text;
  const map = new Int32Array(text.length + 1);
  let s = Math.max(0, Math.min(turn.start, source.length));
  const limit = Math.min(source.length, Math.max(turn.end, turn.start) + 16);
  let t = 0;
  while (t < text.length) {
    map[t] = s;
    if (s >= limit) { map[t] = limit; t++; continue; }
    const tc = text[t]!;
    if (isSpace(text.charCodeAt(t))) {
      t++;
      while (s < limit && isSpaceAt(source, s)) s += spaceLen(source, s);
      continue;
    }
    let sc = source[s]!;
    let len = 1;
    if (sc === "\\" && s + 1 < limit) {
      const e = source[s + 1]!;
      if (e === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(s + 2, s + 6))) { sc = String.fromCharCode(parseInt(source.slice(s + 2, s + 6), 16)); len = 6; }
      else if (ESC[e] !== undefined) { sc = ESC[e]; len = 2; }
    }
    if (sc === tc) { s += len; t++; continue; }
    if (isSpaceAt(source, s)) { s += spaceLen(source, s); continue; }
    // Text the parser dropped or changed: advance both and resynchronise on the next match.
    s += len;
    t++;
  }
  map[text.length] = s;
  return { toSource: (o) => map[Math.max(0, Math.min(o, text.length))]! };
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 8203 || c === 65279 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233;
}

function isSpaceAt(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  if (isSpace(c)) return true;
  return c === 92 && (src[i + 1] === "n" || src[i + 1] === "t" || src[i + 1] === "r");
}
function spaceLen(src: string, i: number): number {
  return src[i] === "\\" ? 2 : 1;
}
