import { ApiError, ErrorCode } from "./errors.js";

// Characters with a meaning in Lucene's query syntax (and `/` for regular expressions).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(["AND", "OR", "NOT", "TO"]);
/** Most words a search may hold (each becomes a required Lucene clause). */
export const MAX_SEARCH_WORDS = 32;

/** The words of a user's search text, as Lucene will see them: split on white space, specials dropped. */
export function searchTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, " ").trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word !== "");
}

/**
 * A Lucene query that matches turns containing every word of `text`, with each word escaped so
 * nothing the user types is read as query syntax (`AND`, `*`, `field:`, quotes, regexes). A text
 * without a single word, or with more than MAX_SEARCH_WORDS, is a BAD_USER_INPUT error.
 */
export function toLuceneQuery(text: string): string {
  const words = text.split(/\s+/).filter((w) => w.replace(LUCENE_SPECIAL, "") !== "");
  if (words.length === 0) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected search text with at least one word, found ${JSON.stringify(text)}`);
  }
  if (words.length > MAX_SEARCH_WORDS) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected search text of at most ${MAX_SEARCH_WORDS} words, found ${words.length}`);
  }
  return words
    .map((word) => {
      const escaped = word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      return LUCENE_OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
    })
    // Asked of the text by name: the index also holds each turn's company (cypher/schema/41-*).
    .map((w) => `+text:${w}`)
    .join(" ");
}

export interface Passage {
  text: string;
  /** Offset of the passage in the turn's text. */
  start: number;
  /** Offsets of matched words within the passage. */
  highlights: { start: number; end: number }[];
}

/**
 * The part of `text` that best matches the search words: the sentence containing the most distinct
 * words (earliest on ties), widened with its neighbours up to about `maxLength` characters.
 */
export function matchingPassage(input: { text: string; query: string; maxLength?: number }): Passage {
  const { text } = input;
  const maxLength = input.maxLength ?? 320;
  const terms = [...new Set(searchTerms(input.query).map((t) => t.toLowerCase()))];
  const sentences = splitSentences(text);
  let best = sentences[0] ?? { start: 0, end: text.length };
  let bestScore = -1;
  for (const s of sentences) {
    const lower = text.slice(s.start, s.end).toLowerCase();
    const score = terms.filter((t) => wordAt(lower, t) >= 0).length;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  let { start, end } = best;
  const index = sentences.indexOf(best);
  for (let before = index - 1, after = index + 1; end - start < maxLength && (before >= 0 || after < sentences.length); ) {
    const next = sentences[after];
    if (next !== undefined && next.end - start <= maxLength) {
      end = next.end;
      after += 1;
    } else after = sentences.length;
    const previous = sentences[before];
    if (previous !== undefined && end - previous.start <= maxLength) {
      start = previous.start;
      before -= 1;
    } else before = -1;
  }
  if (end - start > maxLength) end = start + maxLength;
  const passage = text.slice(start, end);
  return { text: passage, start, highlights: highlightsIn(passage, terms) };
}

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const pattern = /[^.!?]+(?:[.!?]+|$)/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed !== "") out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
    if (m[0] === "") pattern.lastIndex += 1;
  }
  return out;
}

function wordAt(lower: string, term: string, from = 0): number {
  for (let i = lower.indexOf(term, from); i >= 0; i = lower.indexOf(term, i + 1)) {
    const before = i === 0 ? "" : lower[i - 1]!;
    const after = lower[i + term.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
  }
  return -1;
}

function highlightsIn(passage: string, terms: string[]): { start: number; end: number }[] {
  const lower = passage.toLowerCase();
  const out: { start: number; end: number }[] = [];
  for (const term of terms) {
    for (let i = wordAt(lower, term); i >= 0; i = wordAt(lower, term, i + 1)) out.push({ start: i, end: i + term.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
