/**
 * Sentence splitting for transcript speech. A hand-written splitter, chosen over the built-in
 * `Intl.Segmenter` after measuring both (bench/extract.bench.ts): ICU's splitter runs at about a
 * thirtieth of the speed and breaks after titles ("Mr. Donovan"), which are common in calls.
 */

export interface Span {
  start: number;
  end: number;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc", "vs", "etc",
  "no", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "u.s.a", "n.a", "s.a",
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * Abbreviations that may also close a sentence ("... sales in the U.S. We also ..."): after them a
 * sentence ends only where the next word is one that opens sentences, not a name ("U.S. Steel",
 * "Foo Inc. Chairman").
 */
const SENTENCE_FINAL = new Set(["inc", "corp", "co", "ltd", "llc", "plc", "etc", "u.s", "u.k", "u.s.a", "n.a", "s.a"]);
const OPENERS = new Set(`we our the this that these those it its i in as and but so now for on at with also overall turning
looking moving let let's finally additionally further furthermore then there here today they their he she you if when while
although going next similarly lastly first second third yes no thank thanks again however in addition all both each`.split(/\s+/));

/*
 * A sentence ends at ".", "!" or "?" (repeats and closing quotes/brackets included) followed by
 * whitespace and then a capital letter, digit, "$" or an opening quote; not after an abbreviation
 * (unless it may close a sentence and the next word opens one) or a single capital initial ("John
 * F. Kennedy"). Leading and trailing whitespace is trimmed.
 */
const END = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9$])/g;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (text[m.index] === ".") {
      let w = m.index;
      while (w > 0 && isLetterOrDot(text.charCodeAt(w - 1))) w--;
      // A word longer than every abbreviation ends the sentence: most do, and need no lower-cased copy.
      if (m.index - w <= LONGEST_ABBREVIATION) {
        const word = text.slice(w, m.index).toLowerCase();
        // ("P&L.", "AT&T.": a letter after "&" ends a name, not an initial; so does one after a digit: "leverage of 5.2x.", or after
        // a digit and a hyphen: "our most recent Form 10-K and 10-Q.")
        if (word.length === 1 && word !== "." && text[w - 1] !== "&" && !/\d/.test(text[w - 1] ?? "") && !/\d-$/.test(text.slice(Math.max(0, w - 2), w))) continue;
        if (ABBREVIATIONS.has(word) && !(SENTENCE_FINAL.has(word) && OPENERS.has(nextWord(text, m.index + m[0].length)))) continue;
      }
    }
    const end = m.index + m[0].trimEnd().length;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

/** The lower-cased word starting at `i` (letters and apostrophes). */
function nextWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && (/[A-Za-z']/.test(text[j]!))) j++;
  return text.slice(i, j).toLowerCase();
}

/** [A-Za-z.] */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * The longest span taken for one sentence, in characters. The longest real sentence in the
 * corpora is about 1,800 characters; a longer run without a sentence end (figures strung together
 * with lower-case starts, a text without punctuation) is cut into pieces of at most this size, since
 * the metric stage's work on a sentence grows with its length times the figures in it.
 */
export const MAX_SENTENCE_CHARS = 2_000;

function push(out: Span[], text: string, s: number, e: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = cutBefore(text, s, s + MAX_SENTENCE_CHARS);
    push(out, text, s, cut);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}

/**
 * Where to cut an over-long span [s, limit): after its last ".", "!", "?" or ";" that whitespace
 * follows, else at its last whitespace, else at `limit`; in the second half of the span, so each
 * piece is at least half the maximum and the cutting stays linear.
 */
function cutBefore(text: string, s: number, limit: number): number {
  const floor = s + (limit - s) / 2;
  let space = -1;
  for (let i = limit; i > floor; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    const c = text.charCodeAt(i - 1);
    if (c === 46 || c === 33 || c === 63 || c === 59) return i;
    if (space < 0) space = i;
  }
  return space > 0 ? space : limit;
}

/** What `\s` matches: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
