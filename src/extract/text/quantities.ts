/**
 * Numbers as spoken in earnings calls: money, percentages, basis points, days, multiples and
 * counts, single or as ranges, with their character offsets in the sentence they came from.
 */
import type { Unit } from "../../model/facts.js";

export interface Quantity {
  /** Offsets of the whole expression (both ends of a range) in the scanned text. */
  start: number;
  end: number;
  /** Point value, or null for a range. Money in plain units, percent as 51 for 51%. */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  /** True when the figure carried a currency sign/code, a scale word or a unit: not a bare number. */
  marked: boolean;
  /** "per share" followed the figure. */
  perShare: boolean;
}

const CURRENCY_CODES: Record<string, Unit> = {
  $: "USD", us$: "USD", usd: "USD", "€": "EUR", eur: "EUR", "£": "GBP", gbp: "GBP",
  dkk: "DKK", jpy: "JPY", "¥": "JPY", chf: "CHF", cad: "CAD", c$: "CAD",
};
const CURRENCY_WORDS: Record<string, Unit> = {
  dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", pounds: "GBP", kroner: "DKK",
  "danish kroner": "DKK", yen: "JPY", "swiss francs": "CHF", francs: "CHF",
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mm: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/*
 * Grammar of one figure (case-insensitive; spaces optional where sensible):
 *   figure   := sign? currency? number scale? unit? currencyWord? perShare?   (currencyWord "cents": hundredths of a dollar)
 *   perShare := ("a" | "per") "fully"? "diluted"? "common"? "share" | "on a" "diluted"? "per share basis" | "net"? "loss per" "diluted"? "share"
 *   sign     := "negative" | "minus" | "-" (directly before a currency sign, or before a digit after a word that leads a number: "between -1% and +1%")
 *   currency := "$" | "US$" | "€" | "£" | ISO code (USD, EUR, DKK, ...)
 *   number   := 1,234.5 | 1234.5 | .5
 *   scale    := thousand | million | billion | trillion | k | m | mm | mn | bn | b
 *   unit     := "%" | "percent" | "percentage point(s)" | "basis point(s)" | "bps" | "day(s)" | "times" | "x" | ":1"
 * A bare integer that looks like a year (1950–2049) is not a figure; nor is a digit glued to
 * letters (Q2, 10-K, NG-PON2, 5G).
 */
const FIGURE = new RegExp(
  String.raw`(\bnegative\s+|\bminus\s+|-(?=\s?(?:\$|US\$))|(?<=(?:^|[\s(])(?:between|of|from|at|to|and|was|were|is|be)\s+)-(?=\d))?` +
    String.raw`(US\$|C\$|\$|€|£|¥|\b(?:USD|EUR|GBP|DKK|JPY|CHF|CAD)\s?)?` +
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)` +
    String.raw`(\s?-?\s?(?:thousand|million|billion|trillion|mm|mn|bn|tn|[kmb])\b)?` +
    String.raw`(\s?(?:%|-ish\s?%|[-\s]?percent\b|[-\s]?percentage[- ]points?\b|[-\s]?basis[- ]points?\b|\s?bps\b|\s?bp\b|\s?-?days?\b|\s?times\b|x\b|:1\b))?` +
    String.raw`(\s(?:danish kroner|swiss francs|dollars?|euros?|pounds|kroner|yen|francs|cents?)\b)?` +
    String.raw`(\s(?:a|per) (?:fully[- ])?(?:diluted )?(?:common )?shares?\b|\son a (?:diluted )?per[- ]share basis\b|\s(?:net )?loss per (?:diluted )?(?:common )?shares?\b)?`,
  "giy",
);
/*
 * FIGURE's groups, by number: named groups would cost an object per match, and the pattern runs
 * at every figure of every sentence.
 */
const SIGN = 1;
const CURRENCY = 2;
const NUMBER = 3;
const SCALE = 4;
const UNIT = 5;
const CURRENCY_WORD = 6;
const PER_SHARE = 7;

function unitOf(m: RegExpExecArray): { unit: Unit; factor: number } | null {
  const u = (m[UNIT] ?? "").trim().toLowerCase().replace(/^-/, "").replace(/-/g, " ");
  if (u) {
    if (u.endsWith("%") || u === "percent") return { unit: "percent", factor: 1 };
    if (u.startsWith("percentage point")) return { unit: "percent", factor: 1 };
    if (u.startsWith("basis") || u === "bps" || u === "bp") return { unit: "bps", factor: 1 };
    if (u.startsWith("day")) return { unit: "days", factor: 1 };
    if (u === "times" || u === "x" || u === ":1") return { unit: "times", factor: 1 };
  }
  const c = (m[CURRENCY] ?? "").trim().toLowerCase();
  if (c) return { unit: CURRENCY_CODES[c] ?? "USD", factor: 1 };
  const w = (m[CURRENCY_WORD] ?? "").trim().toLowerCase();
  // ("adjusted EPS of 53 to 59 cents": hundredths of a dollar; a currency said before the number was returned above.)
  if (w) return w.startsWith("cent") ? { unit: "USD", factor: 0.01 } : { unit: CURRENCY_WORDS[w] ?? "USD", factor: 1 };
  return null;
}

interface Figure extends Quantity {
  hasUnit: boolean;
  hasScale: boolean;
  scale: number;
  /** What the unit multiplies by: 0.01 for cents, else 1. */
  factor: number;
}

const DIGIT = /\d/g;
/** Longest lead before a figure's first digit: "negative ", "minus ", "USD ", "US$". */
const MAX_LEAD = 12;

/** Figures in the text: the scan jumps from digit to digit and tries the grammar just before each. */
function scanFigures(text: string): Figure[] {
  const out: Figure[] = [];
  let from = 0;
  while (from < text.length) {
    // `test` finds the next digit without building a match: lastIndex ends just after it.
    DIGIT.lastIndex = from;
    if (!DIGIT.test(text)) break;
    const d = DIGIT.lastIndex - 1;
    let next = d + 1;
    for (let i = Math.max(from, d - MAX_LEAD); i <= d; i++) {
      const r = figureAt(text, i);
      if (r === null || r.end <= d) continue;
      if (r.figure) out.push(r.figure);
      next = r.end;
      break;
    }
    from = next;
  }
  return out;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [\w$€£¥.] */
function isGlue(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/** Characters a figure may start with besides digits: a currency, "negative"/"minus", a code's first letter, "-", ".". */
function isFigureLead(c: number): boolean {
  switch (c) {
    case 36: case 0x20ac: case 0xa3: case 0xa5: // $ € £ ¥
    case 110: case 109: // n m
    case 85: case 67: case 69: case 71: case 68: case 74: // U C E G D J
    case 45: case 46: // - .
      return true;
    default:
      return false;
  }
}

/** The figure starting at `i`, or just the span to skip (a year, "2Q15"), or null when none starts there. */
function figureAt(text: string, i: number): { figure: Figure | null; end: number } | null {
  const ch = text.charCodeAt(i);
  const isDigit = ch >= 48 && ch <= 57;
  if (!isDigit && !isFigureLead(ch)) return null;
  // Glued on the left to a word, number or currency sign ([\w$€£¥.]), unless after a sentence's
  // period or, for a digit, a "$".
  const pc = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (pc >= 0 && isGlue(pc) && !(pc === 46 && !isDigitCode(text.charCodeAt(i - 2)))) {
    if (!(pc === 36 && isDigit)) return null;
  }
  FIGURE.lastIndex = i;
  const m = FIGURE.exec(text);
  if (!m) return null;
  const end = i + m[0].length;
  // Glued to letters or digits on the right (2Q15, 5G, 10-K): not a figure.
  if (isAsciiLetter(text.charCodeAt(end)) && !m[UNIT] && !m[SCALE]) return { figure: null, end };
  if (!m[CURRENCY] && !m[SCALE] && !m[UNIT] && text.charCodeAt(end) === 45 && isAsciiLetter(text.charCodeAt(end + 1))) return { figure: null, end };
  const num = m[NUMBER]!;
  const raw = Number(num.includes(",") ? num.replace(/,/g, "") : num);
  if (!Number.isFinite(raw)) return null;
  const u = unitOf(m);
  const scaleWord = (m[SCALE] ?? "").replace(/[\s-]/g, "").toLowerCase();
  const scale = scaleWord ? SCALES[scaleWord] ?? 1 : 1;
  // Single-letter scales only count right after a currency figure ($1.2B, $500K).
  if (scaleWord.length === 1 && !m[CURRENCY]) return { figure: null, end };
  const bare = !u && !scaleWord;
  if (bare && /^\d{4}$/.test(num) && raw >= 1950 && raw < 2050) return { figure: null, end };
  const sign = m[SIGN] ? -1 : 1;
  // "our consolidated net loss was $2 million loss per diluted share was $0.06" (a sentence's stop lost): millions are never an
  // amount per share, so the words after the amount begin another phrase.
  const perShare = Boolean(m[PER_SHARE]) && scale < 1e6;
  const figureEnd = m[PER_SHARE] && !perShare ? i + m[0].slice(0, m[0].lastIndexOf(m[PER_SHARE])).trimEnd().length : end;
  return {
    end: figureEnd,
    figure: {
      start: i, end: figureEnd, value: tidy(sign * raw * scale * (u?.factor ?? 1)), low: null, high: null,
      unit: u?.unit ?? "count",
      marked: !bare,
      perShare,
      hasUnit: Boolean(u),
      hasScale: Boolean(scaleWord),
      scale,
      factor: u?.factor ?? 1,
    },
  };
}

/*
 * Ranges join two figures:
 *   "between" A ("and" | "to" | "to and" | "in") B
 *   A ("to" | "-" | "–" | "to and" | "through") B
 *   "a" A "to a" B (an article said before each end)
 *   A "or" B followed by "range"/"guidance range"
 * A figure without unit or scale takes them from its partner ("$17.0 to 17.8 billion", "49 to 50%").
 * "from A to B" and "by A to B" are movements (a prior and its successor, a change and the new
 * level), not ranges, unless "from" follows "range" or an expectation ("to range from A to B").
 */
/** Words of an outlook before a pair of figures ("we expect", "guidance", "forecasted to", "estimated to"). */
const EXPECTATION = /\b(?:expect|guid|outlook|forecast|anticipat|project|estimat)/;
const JOINERS = /^\s*(?:to and|and to|to|to (?:down|up|negative|minus|plus|positive)|through|-|–|—|and|and (?:negative|minus|plus|positive)|in|or)\s*\+?$/i;

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/*
 * A number spelled out before a unit ("almost four days", "two percentage points", "fifty basis
 * points"): read like its digits, but only with one of these units, where it can be nothing else;
 * or as the low end of a range whose high end is a rate in digits ("to rise eight to 10%"): a bare
 * number, which the range takes its unit to.
 */
const SPELLED = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?:\s+(days?|percent|percentage points?|basis points?)\b|(?=\s+to\s+\d+(?:\.\d+)?\s*(?:%|percent\b)))/gi;

function spelledFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(SPELLED)) {
    const value = SMALL[m[1]!.toLowerCase()]! + (m[2] ? SMALL[m[2].toLowerCase()]! : 0);
    if (m[3] === undefined) {
      out.push({ start: m.index, end: m.index + m[0].length, value, low: null, high: null, unit: "count", marked: false, perShare: false, hasUnit: false, hasScale: false, scale: 1, factor: 1 });
      continue;
    }
    const u = m[3].toLowerCase();
    const unit: Unit = u.startsWith("day") ? "days" : u.startsWith("basis") ? "bps" : "percent";
    out.push({ start: m.index, end: m.index + m[0].length, value, low: null, high: null, unit, marked: true, perShare: false, hasUnit: true, hasScale: false, scale: 1, factor: 1 });
  }
  return out;
}

export function findQuantities(text: string): Quantity[] {
  const digits = scanFigures(text);
  const spelled = /(?:day|percent|point|%)/i.test(text) ? spelledFigures(text).filter((s) => !digits.some((d) => d.start < s.end && s.start < d.end)) : [];
  const figs = spelled.length ? [...digits, ...spelled].sort((a, b) => a.start - b.start) : digits;
  const out: Quantity[] = [];
  for (let k = 0; k < figs.length; k++) {
    const a = figs[k]!;
    const b = figs[k + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 40), a.start).toLowerCase();
      const after = text.slice(b.end, b.end + 30).toLowerCase();
      const word = gap.trim().toLowerCase();
      const between = /\bbetween\s+(?:\S+\s+)?$/.test(before) || /\bbetween\s+$/.test(before);
      // "grew from $90 million to $99 million" is a movement; "to range from $216 million to $226 million" a range.
      const fromTo = /\b(?:from|by)\s+(?:the\s+|an?\s+)?(?:(?:approximately|about|roughly|nearly|almost|around|just|over|some)\s+)*$/.test(before) && /^to(?: (?:plus|positive))?\s*\+?$/.test(word)
        && !/\b(?:range|ranges|ranging|ranged|anywhere|somewhere|guidance|outlook|expect(?:ed|s)?|estimate[sd]?)\s+(?:\w+\s+)?from\s+(?:approximately\s+|about\s+)?$/.test(before)
        && !(/\brang(?:e|es|ing|ed)\s+from\b/i.test(text.slice(Math.max(0, a.start - 160), a.start)) && /^\s*(?:and\s+)?from\s+/i.test(text.slice(Math.max(0, a.start - 8), a.start).replace(/.*?(?=(?:and\s+)?from\s+$)/i, "")));
      // "revenue of $1.3 billion, plus or minus $20 million", "22.7% +/- 40 basis points": a midpoint and a spread are a range.
      if (/^\s*,?\s*(?:plus or|\+\/-|±)\s*$/i.test(gap) && a.value !== null && b.value !== null && (a.unit === b.unit || !b.hasUnit || (a.unit === "percent" && b.unit === "bps"))) {
        const spread = Math.abs(b.value) / (a.unit === "percent" && b.unit === "bps" ? 100 : 1) * (b.hasScale || !a.hasScale ? 1 : a.scale);
        out.push({ start: a.start, end: b.end, value: null, low: tidy(a.value - spread), high: tidy(a.value + spread), unit: a.unit, marked: a.marked || b.marked, perShare: a.perShare || b.perShare });
        k++;
        continue;
      }
      let joined = false;
      // "declined $77 million to $136 million": a change and the new level, not a range.
      // Unless an outlook gives two growth rates: "we expect revenues to increase approximately 140% to 150%" is a range.
      // So is an expected change of two close amounts: "we expect FFO to increase approximately $0.02 to $0.03 per share" (a change of
      // $0.02 to a level of $0.03 would be a change of most of the level).
      const expected = EXPECTATION.test(text.slice(Math.max(0, a.start - 80), a.start).toLowerCase());
      const closeAmounts = a.unit === b.unit && a.unit !== "percent" && a.value !== null && b.value !== null && a.value > 0 && b.value > a.value && b.value <= 2 * a.value && (a.hasScale === b.hasScale);
      // ("organic net sales are forecasted to grow 9 to 12%": a number said without its unit before a rate that has one is the
      // range's low end; a bare number is no change of its own.)
      const bareLow = !a.marked && b.unit === "percent" && a.value !== null && b.value !== null && a.value < b.value;
      const expectedRates = (expected && ((a.unit === "percent" && b.unit === "percent") || closeAmounts)) || bareLow;
      // ("up 10% or $0.07 to $0.78 per share": the change said two ways, then the new level.)
      const changedTo = word === "to" && !expectedRates && (/\b(?:increas|decreas|declin|grew|grow|ris|rose|fell|fall|improv|expand|contract|drop|reduc|climb|jump|shrank|slipp)\w*\s+(?:by\s+)?(?:(?:approximately|about|roughly|nearly|almost|around|just|over|some)\s+)*$/.test(before)
        || /\b(?:up|down|increas\w*|decreas\w*|declin\w*|grew|grow\w*|rose|fell|improv\w*|rais\w*|cut)\s+(?:by\s+)?(?:(?:approximately|about|roughly|nearly|almost|around|just|over|some)\s+)*-?[\d.,]+\s*(?:%|percent)\s+or\s+$/.test(before));
      // "expect organic sales to grow from 23% to 27%": growth rates from an expectation are a range.
      const expectedFromTo = fromTo && a.unit === "percent" && expected;
      // "guidance for 2022 of a $1.42 to a $1.48": an article said before each end of a range.
      // ("narrowed our guidance to a $1.32 to a $1.36 per share": an outlook moved to a range, not a movement from one figure to another.)
      const articled = /^\s*to an?\s*$/i.test(gap) && /\ban?\s+$/.test(before) && (!/\b(?:from|by|to)\s+an?\s+$/.test(before) || /\b(?:guidance|outlook|range|forecast|estimate)\s+to\s+an?\s+$/.test(before));
      // ("we expect the earnings per share range to be $10.20 up to $10.45": "up to" between two amounts of an outlook, the second the
      // larger, joins a range's ends.)
      const upTo = /^\s*up to\s*$/i.test(gap) && expected && !fromTo && a.value !== null && b.value !== null && a.value < b.value && a.unit === b.unit;
      if (upTo) joined = true;
      if ((JOINERS.test(gap) || articled) && (!fromTo || expectedFromTo) && !changedTo) {
        if (word === "and" || word === "in") joined = between || /\brange\s+of\s+(?:\w+\s+)?$/.test(before);
        // ("we currently expect our fourth quarter gross margin to be 26.6% or 26.7%": two close values of an outlook, either of
        // them, are its range.)
        else if (word === "or") joined = /^\s*(?:\w+\s+)?(?:guidance\s+)?range\b/.test(after) || (expected && a.unit === b.unit && a.hasUnit && b.hasUnit && a.value !== null && b.value !== null && a.value > 0 && b.value > a.value && b.value - a.value <= 0.1 * b.value);
        else joined = true;
      }
      // ("Diluted EPS is expected to range between 7.23 and 7.38": two amounts in cents said without their sign are a range all the
      // same, still bare: what they measure says whether they are money, read-figures.ts.)
      const bareCents = !a.marked && !b.marked && between && /^\d+\.\d\d$/.test(text.slice(a.start, a.end)) && /^\d+\.\d\d$/.test(text.slice(b.start, b.end));
      if (joined && (compatible(a, b) || bareCents)) {
        const unit = a.hasUnit ? a.unit : b.unit;
        const sa = a.hasScale ? a.scale : b.scale;
        const lowRaw = (a.value ?? 0) / a.scale;
        // ("53 to 59 cents": the unit said at the end is both ends'.)
        const low = tidy((a.hasScale || !b.hasScale ? (a.value ?? 0) : tidy(lowRaw * sa)) * (a.hasUnit ? 1 : b.factor));
        let lo = low;
        let hi = b.value ?? 0;
        // "GAAP EPS to be in the range of negative $0.09 to $0.08": a sign said once before an amount range is both ends' (a
        // range across zero says its upper sign: "negative $0.05 to positive $0.05"; rates are left as said).
        if (lo < 0 && hi > 0 && hi < -lo && unit !== "percent" && /^\s*(?:to|and)\s*$/i.test(gap)) hi = -hi;
        if (lo > hi) [lo, hi] = [hi, lo];
        out.push({
          start: a.start, end: b.end, value: null, low: lo, high: hi, unit,
          marked: a.marked || b.marked, perShare: a.perShare || b.perShare,
        });
        k++;
        continue;
      }
    }
    // "a year-over-year decline of negative 1% to flat": a rate range that ends at no change.
    // ("to be down 3% to flat to 2019": the fall said before the figure.)
    const toFlat = a.unit === "percent" && a.value !== null && (a.value < 0 || /\b(?:down|declines? of|decreases? of|negative)\s*$/i.test(text.slice(Math.max(0, a.start - 16), a.start))) ? /^\s*to flat\b/i.exec(text.slice(a.end)) : null;
    if (toFlat) {
      out.push({ start: a.start, end: a.end + toFlat[0].length, value: null, low: a.value, high: 0, unit: a.unit, marked: a.marked, perShare: a.perShare });
      continue;
    }
    out.push({ start: a.start, end: a.end, value: a.value, low: null, high: null, unit: a.unit, marked: a.marked, perShare: a.perShare });
  }
  return out;
}

/** 4.1 × 1e6 is 4099999.9999999995 in binary floating point: round away the representation error. */
function tidy(x: number): number {
  // An integer of at most 12 digits is its own 12-digit rendering (-0 reads back as 0).
  if (Number.isInteger(x) && x < 1e12 && x > -1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}

function compatible(a: Figure, b: Figure): boolean {
  if (a.hasUnit && b.hasUnit && a.unit !== b.unit) return false;
  if (!a.marked && !b.marked) return false;
  if (a.hasScale && b.hasScale && a.scale !== b.scale) return true;
  return true;
}
