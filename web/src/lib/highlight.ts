/**
 * Finding what to mark in a turn's text: a fact's quote, a search hit's words, a topic's names.
 * A turn's text keeps the source's words but not always its whitespace (a line break inside a
 * quote can be a space in the turn), so quotes are found with any run of whitespace matching
 * any other, nearest to where the offsets say they are.
 */

export interface TextRange {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where `quote` occurs in `text`, whitespace-insensitively; of several occurrences the one that
 * starts nearest `hint` (the offset the graph gives, which may be off by a normalised space).
 */
export function locateQuote(text: string, quote: string, hint = 0): TextRange | null {
  const words = quote.trim().split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "g");
  let best: TextRange | null = null;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (best === null || Math.abs(start - hint) < Math.abs(best.start - hint)) best = { start, end: start + match[0].length };
  }
  return best;
}

/**
 * Every occurrence of any of `terms` as whole words, case-insensitive, longest term first so
 * "CAF II program" is one mark rather than "CAF II" and a stray "program".
 */
export function findTerms(text: string, terms: readonly string[]): TextRange[] {
  const cleaned = [...new Set(terms.map((term) => term.trim()).filter((term) => term !== ""))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${cleaned.map((term) => escapeRegExp(term).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Ranges sorted and merged where they overlap or touch. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text cut into plain and marked pieces, in order; ranges outside the text are clipped. */
export function segments(text: string, ranges: readonly TextRange[]): Segment[] {
  const result: Segment[] = [];
  let at = 0;
  for (const range of mergeRanges(ranges)) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) result.push({ text: text.slice(at, start), marked: false });
    result.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) result.push({ text: text.slice(at), marked: false });
  return result;
}

/** The words of a search query, as the API takes them (literally, every word must occur). */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word !== "");
}

/**
 * The parts of a long text worth showing around its marks: `radius` characters either side of
 * each, widened to word boundaries, windows that overlap merged. A text without marks gives its
 * opening.
 */
export function excerptWindows(text: string, ranges: readonly TextRange[], radius = 200): TextRange[] {
  const widen = (start: number, end: number): TextRange => {
    let from = Math.max(0, start - radius);
    let to = Math.min(text.length, end + radius);
    if (from > 0) from = text.indexOf(" ", from) + 1 || from;
    if (to < text.length) to = Math.max(text.lastIndexOf(" ", to), end);
    return { start: from, end: to };
  };
  const marks = mergeRanges(ranges);
  if (marks.length === 0) return [widen(0, 0)];
  return mergeRanges(marks.map((mark) => widen(mark.start, mark.end)));
}
