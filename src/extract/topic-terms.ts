/**
 * Candidate topic terms: runs of content words between punctuation and function words, cut into
 * phrases of one to three words (keyphrase candidates in the manner of RAKE). Shared by the
 * extractor and by scripts/build-extract-stats.ts, so the corpus statistics count the same terms.
 */

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

/** English function words, auxiliaries, pronouns and discourse fillers: never inside a topic. */
export const FUNCTION_WORDS = new Set(`a about above across after again against all almost along already also although always am among an
and another any anybody anyone anything anyway anywhere are aren't around as at away back be became because become becomes been before
behind being below beside besides between beyond both but by can can't cannot could couldn't did didn't do does doesn't doing don't done
down during each either else enough especially etc even ever every everybody everyone everything exactly far few for from further get gets
getting give given gives go goes going gone got gotten had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
herself him himself his how however i i'd i'll i'm i've if in indeed instead into is isn't it it's its itself just keep kind know largely
last least less let let's like likely lot lots made make makes making many may maybe me mean means meanwhile might mine more moreover most
mostly much must my myself namely need needs neither never nevertheless next no nobody none nor not nothing now of off often oh ok okay on
once one ones only onto or other others otherwise ought our ours ourselves out over own per perhaps please pretty probably quite rather
really right said same say saying says see seeing seem seemed seems seen several shall she she'd she'll she's should shouldn't since so some
somebody someone something sometimes somewhat soon sort still such sure take taken takes taking than thank thanks that that's the their
theirs them themselves then there there's therefore these they they'd they'll they're they've thing things think this those though
through throughout thus to together too toward towards truly try trying two under unless until up upon us use used using very via want
wanted wants was wasn't way ways we we'd we'll we're we've well went were weren't what what's whatever when whenever where whereas
whether which while who who's whole whom whose why will with within without won't would wouldn't yeah yes yet you you'd you'll you're
you've your yours yourself yourselves able actually add added ago ahead alright answer anticipate appreciate ask asked asking basically
believe bit call called calls certainly clearly color come comes coming comment comments continue continued continues could couple
course daniel did different discuss done expect expected expecting feel first four give glad good great guess guys happy hear heard help
helpful hey hi important interesting kind look looked looking lower higher mentioned morning afternoon evening obviously particularly
point points question questions quick quickly remarks saw second seeing talk talked talking tell terms third three today told turn
understand wanted wonder wondering yeah year years quarter quarters month months week weeks day days time times half strong stronger
strongest significant significantly big bigger biggest large larger largest small smaller smallest new newer better best worse worst high
low overall total current recent recently certain various additional further nice solid healthy meaningful meaningfully substantial
substantially primarily mainly slightly modest modestly relatively approximately roughly nearly around record great greater good
again broad broadly specific specifically generally key major minor full fully early late later latest prior previous previously
following particular terrific fantastic excellent tremendous incredible incredibly huge remain remains remained et cetera`.split(/\s+/));

const TOKEN = /[A-Za-z0-9][A-Za-z0-9&'’.\-]*[A-Za-z0-9+]|[A-Za-z0-9]/g;
const ROMAN = /^(?:I|II|III|IV|V|VI)$/;

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

/**
 * Content words of the text, with "'s" and trailing dots removed and "CAF II"-style numerals glued
 * on. Function words, bare numbers and single lower-case letters are dropped; the word after one
 * is marked `breakBefore`, since no phrase runs across them.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  let dropped = false;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let w = m[0];
    const lastCh = w.charCodeAt(w.length - 1);
    if (lastCh === 115 /* s */ || lastCh === 39 || lastCh === 8217) w = w.replace(/(?:['’]s|['’])$/, "");
    while (w.endsWith(".") && !/^[A-Za-z](?:\.[A-Za-z])+$/.test(w)) w = w.slice(0, -1);
    if (!w) continue;
    const end = m.index + w.length;
    const plain = prevEnd === m.index - 1 && text.charCodeAt(prevEnd) === 32;
    const between = plain ? " " : text.slice(prevEnd, m.index);
    const last = out[out.length - 1];
    if (last && plain && last.end === prevEnd && ROMAN.test(w) && /^[A-Z]{2,}$/.test(last.text)) {
      last.text += " " + w;
      last.lower = last.text.toLowerCase();
      last.end = end;
      prevEnd = end;
      continue;
    }
    const first = w.charCodeAt(0);
    const capital = first >= 65 && first <= 90;
    const lower = w.toLowerCase();
    const sentenceStart = (out.length === 0 && !dropped) || (!plain && /[.!?:]\s*$|^\s*[-–—]+\s*$|\n/.test(between));
    const brk = !plain && breaks(between);
    prevEnd = end;
    const acronym = w.length > 1 && capital && /^[A-Z]+$/.test(w);
    if ((FUNCTION_WORDS.has(lower) && !acronym) || (first >= 48 && first <= 57 && /^\d[\d.,%]*$/.test(w)) || (w.length === 1 && !capital)) {
      dropped = true;
      continue;
    }
    out.push({
      text: w, lower, start: m.index, end, capital,
      sentenceStart: sentenceStart && !dropped,
      breakBefore: brk || dropped,
    });
    dropped = false;
  }
  return out;
}

/** Punctuation between two words breaks a phrase; hyphens and plain spaces do not. */
function breaks(gap: string): boolean {
  return /[,.;:!?()"“”\[\]]|--|—|–/.test(gap);
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
