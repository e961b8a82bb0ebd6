/**
 * Candidate topic terms: runs of content words between punctuation and function words, cut into
 * phrases of one to three words (keyphrase candidates in the manner of RAKE). Shared by the
 * extractor and by scripts/build-extract-stats.ts, so the corpus statistics count the same terms.
 */

import { T_BREAK, T_CAPITAL, T_SENTENCE_START, tokenize } from "../text/tokens.js";
import { wordOf } from "../text/vocabulary.js";

export { FUNCTION_WORDS } from "../text/function-words.js";

export interface TermOccurrence {
  /** Number of words (a glued "CAF II" is one). */
  n: number;
  /** Lowercased key, words joined by single spaces. */
  key: string;
  /** As written (first occurrence wins for display). */
  surface: string;
  start: number;
  end: number;
  /** Every word capitalised and not at the start of a sentence: a name or a proper noun phrase. */
  proper: boolean;
  /** An acronym or product-like token: "SDN", "NG-PON2", "G.fast", "GigaCenter", "5G", "xScale". */
  coined: boolean;
}


export function isCoined(w: string): boolean {
  if (/^\d+$/.test(w)) return false;
  if (/[A-Z].*[A-Z]/.test(w) && w.length <= 12 && !/^[A-Z][a-z]+$/.test(w)) return true;
  if (/[a-z][A-Z]/.test(w)) return true;
  if (/\d/.test(w) && /[A-Za-z]/.test(w)) return true;
  if (/^[A-Za-z]\.[a-z]/.test(w)) return true;
  return false;
}

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  capital: boolean;
  sentenceStart: boolean;
  /** Punctuation between this word and the previous one: a phrase does not run across it. */
  breakBefore: boolean;
}

/** Content words of one text as objects (see tokens.ts for the grammar); for scripts and tests. */
export function words(text: string): Word[] {
  const tk = tokenize([text]);
  const out: Word[] = [];
  for (let i = 0; i < tk.count; i++) {
    const f = tk.flags[i]!;
    const t = text.slice(tk.start[i]!, tk.end[i]!);
    out.push({
      text: t, lower: wordOf(tk.id[i]!), start: tk.start[i]!, end: tk.end[i]!,
      capital: (f & T_CAPITAL) !== 0, sentenceStart: (f & T_SENTENCE_START) !== 0, breakBefore: (f & T_BREAK) !== 0,
    });
  }
  return out;
}

export type TermVisitor = (key: string, first: Word, last: Word, n: number, proper: boolean) => void;

/** Visits every term of one to `maxWords` words, over runs of content words, without allocating occurrences. */
export function forEachTerm(ws: readonly Word[], visit: TermVisitor, maxWords = 3): void {
  let runLen = 0;
  const run: Word[] = [];
  const flush = () => {
    for (let i = 0; i < runLen; i++) {
      const a = run[i]!;
      let key = a.lower;
      let proper = a.capital && !a.sentenceStart;
      visit(key, a, a, 1, proper);
      for (let n = 2; n <= maxWords && i + n <= runLen; n++) {
        const b = run[i + n - 1]!;
        proper = proper && b.capital && !b.sentenceStart;
        key += " " + b.lower;
        visit(key, a, b, n, proper);
      }
    }
    runLen = 0;
  };
  for (const w of ws) {
    if (runLen && w.breakBefore) flush();
    run[runLen++] = w;
  }
  flush();
}

/** Term occurrences of one to `maxWords` words, over runs of content words. */
export function termOccurrences(text: string, maxWords = 3): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  forEachTerm(words(text), (key, a, b, n, proper) => {
    out.push({ key, surface: text.slice(a.start, b.end).replace(/\s+/g, " "), start: a.start, end: b.end, n, proper, coined: n === 1 && isCoined(a.text) });
  }, maxWords);
  return out;
}
