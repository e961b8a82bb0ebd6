/**
 * Period phrases ("Q3 of 2014", "last year's second-quarter level", "first half", "the quarter",
 * "fiscal 2016") resolved against the call's own fiscal period. Labels follow DESIGN.md:
 * `2015-Q2`, `2015-H1`, `2015-FY`; a year-to-date after the third quarter is `2015-9M`.
 */

export type PeriodPart = "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" | "FY" | "9M";

export interface Period {
  year: number;
  part: PeriodPart;
}

/** How a phrase relates to the period under discussion, when it names no year of its own. */
export type PeriodRelation = "absolute" | "yearAgo";

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
  relation: PeriodRelation;
  /** Ends in a possessive ("Q2's", "last year's first-half"), so it owns the figure that follows. */
  possessive: boolean;
  /** Follows the figure it dates ("$137 million a year ago", "51% six years ago"). */
  trailing?: boolean;
  /** A quarter or half named without a year ("the fourth quarter"): the call's year assumed. */
  yearless?: boolean;
  /** The fiscal year named without its number ("the full year", "the year"): the call's, or in an outlook of a fourth-quarter call the next ("this year" is the call's). */
  yearOnly?: boolean;
}

export interface CallPeriod {
  year: number;
  quarter: number;
  /**
   * The last day of the call's quarter, when the call says it and it is not the calendar's (quarterEndOf): Quanex's first quarter
   * of fiscal 2022 "ended January 31st, 2022", Tapestry's "ended October 2, 2021". Dates are then read against it.
   */
  end?: { year: number; month: number };
}

/**
 * The month-end a date closes: its own month from the 28th, the month before through the 7th (a 52-53-week year ends on a
 * Saturday near a month's end: "October 2, 2021"), none between (a day mid-month ends no quarter). Months since year 0.
 */
function monthEndOf(year: number, month: number, day: number): number | null {
  if (day >= 28) return year * 12 + month;
  if (day <= 7) return year * 12 + month - 1;
  return null;
}

/**
 * The last day of the call's quarter as the call states it ("the quarter ended January 31st, 2022", "the three months ended
 * October 2, 2021"): the latest such date said in the past tense ("ending" may be a quarter ahead), kept only when it is not the
 * calendar quarter's end that `call` already implies, and falls in the call's fiscal year or the one before (a fiscal year is
 * numbered by the calendar year it ends in, or the one it starts in).
 */
export function quarterEndOf(text: string, call: CallPeriod): CallPeriod["end"] {
  let latest: number | null = null;
  for (const m of text.matchAll(/\b(?:quarter|three months|3 months|(?:twelve|thirteen|sixteen|12|13|16) weeks|period)\s+ended\s+(?:on\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/gi)) {
    const at = monthEndOf(Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
    if (at !== null && (latest === null || at > latest)) latest = at;
  }
  latest ??= monthQuarterEnd(text, call);
  if (latest === null) return undefined;
  const year = Math.floor((latest - 1) / 12);
  const month = latest - year * 12;
  if (month === call.quarter * 3 && year === call.year) return undefined;
  return year === call.year || year === call.year - 1 ? { year, month } : undefined;
}

/**
 * The call's quarter named by the month it ends in, as results said of it in the past tense ("Group revenue for the December quarter
 * was $895 million", in ResMed's second quarter of fiscal 2022): the one month such sentences name, dated in the fiscal year that
 * ends in the calendar year the call's fiscal year is numbered by (a second quarter ending in December belongs to the fiscal year
 * that ends the next June). None when the sentences name different months, or a month that ends no quarter.
 */
function monthQuarterEnd(text: string, call: CallPeriod): number | null {
  const months = new Set<number>();
  for (const m of text.matchAll(/\b(?:for|in|during|over) the (january|february|march|april|may|june|july|august|september|october|november|december) quarter,?\s+(?:[a-z-]+\s+){0,3}?(?:was|were|came in|totaled|totalled|increased|decreased|grew|rose|fell|declined|improved)\b/gi)) {
    months.add(MONTHS.indexOf(m[1]!.toLowerCase()) + 1);
  }
  if (months.size !== 1) return null;
  const month = [...months][0]!;
  if (month % 3 !== 0) return null;
  // The fiscal year ends 3 months times the quarters left after this one later: in the next calendar year when past December.
  const year = month + 3 * (4 - call.quarter) > 12 ? call.year - 1 : call.year;
  return year * 12 + month;
}

export function periodLabel(p: Period): string {
  return `${p.year}-${p.part}`;
}

const END_MONTH: Record<PeriodPart, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, H2: 12, FY: 12, "9M": 9 };

/** Months since year 0 at the period's end: orders periods for prior/actual/guidance. */
export function periodEnd(p: Period): number {
  return p.year * 12 + END_MONTH[p.part];
}

export function callAsPeriod(c: CallPeriod): Period {
  return { year: c.year, part: `Q${c.quarter}` as PeriodPart };
}

/** The quarter after the call's: where what is done after the quarter's end and before the call falls. */
export function quarterAfter(c: CallPeriod): Period {
  return c.quarter === 4 ? { year: c.year + 1, part: "Q1" } : { year: c.year, part: `Q${c.quarter + 1}` as PeriodPart };
}

/** The months (1 to 12) of the call's quarter, last first: its own calendar's when the call states its quarter's end. */
export function monthsOfCallQuarter(c: { quarter: number; end?: { month: number } }): number[] {
  const last = c.end?.month ?? c.quarter * 3;
  return [0, 1, 2].map((k) => ((last - k + 11) % 12) + 1);
}

/** A month's number (1 to 12) by its name, or 0. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

/** The quarter before a quarter: what a sequential comparison points to. */
export function quarterBefore(p: Period): Period {
  const q = Number(p.part.slice(1));
  return q === 1 ? { year: p.year - 1, part: "Q4" } : { year: p.year, part: `Q${q - 1}` as PeriodPart };
}

/** Same kind of period one year earlier: the comparison "last year's" and "a year ago" point to. */
export function yearAgo(p: Period): Period {
  return { year: p.year - 1, part: p.part };
}

export function parsePeriodLabel(label: string): Period | null {
  const m = /^(\d{4})-(Q[1-4]|H[12]|FY|9M)$/.exec(label);
  return m ? { year: Number(m[1]), part: m[2] as PeriodPart } : null;
}

const ORD: Record<string, number> = {
  first: 1, "1st": 1, one: 1, second: 2, "2nd": 2, two: 2, third: 3, "3rd": 3, three: 3, fourth: 4, "4th": 4, four: 4,
};
const COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function year(y: string | undefined, fallback: number): number {
  if (!y) return fallback;
  const n = Number(y.replace(/^'/, ""));
  return y.replace(/^'/, "").length === 2 ? 2000 + n : n;
}

/*
 * Grammar (case-insensitive), first match wins at each position:
 *   yearRef   := YYYY | 'YY | "fiscal" ("year")? YYYY | "FY" ?YY(YY)
 *   quarter   := ("Q"n | n"Q" | ordinal "-"? "quarter") (("of" | ",")? "fiscal"? yearRef | "of"? "last"/"this"/"next" "year")?
 *   half      := ("H"n | n"H" | ordinal "-"? "half" | "back half") ("of"? yearRef)? | "the half"
 *   prefix    := (yearRef "'s" | "last year's" | "prior year's" | "next year's" | "fiscal" YYYY) before quarter/half
 *   relative  := "the"/"this"/"current" "quarter" | "last"/"prior"/"previous"/"sequential" "quarter"
 *               | "next"/"coming"/"following" "quarter" | "same quarter a year ago" | "year-ago quarter"
 *               | "this year" | "the year" | "full year" | "fiscal year" | "next year" | "last year" | "prior year"
 *               | "a year ago" | "year ago" | "N years ago" | "year to date" | "first nine months"
 *               | ("ended" | "end of" | "close of") "last year" | "last year-end"   (the previous fiscal year)
 *   year      := ("in" | "for" | "of" | "during" | "through" | "by") YYYY | "fiscal" YYYY | "calendar" YYYY | YYYY "'s"
 */
const YEAR = String.raw`(?:fiscal\s+(?:year\s+)?|calendar\s+(?:year\s+)?|fy\s?'?)?((?:19|20)\d\d|'\d\d)`;
const YEAR_SUFFIX = String.raw`(?:(?:\s+of\s+(?:the\s+)?|\s+)(last|prior|previous|this|next|the current)\s+(?:fiscal\s+)?year(?![- ](?:over|end|to|ago|earlier)\b)(?:'s)?|\s+of\s+the\s+(?:fiscal\s+)?year\b(?![- ](?:ago|end|over)\b)(?:'s)?|(?:\s+of|,)?\s+(?:fiscal\s+(?:year\s+)?|calendar\s+|fy\s?)?((?:19|20)\d\d|'\d\d)(?![\d%])|'(\d\d)\b|(?<=[qh][1-4]|[1-4][qh])(\d\d)\b|\s+fy\s?'?(\d\d(?:\d\d)?)\b)?`;
// "2019's second quarter", "the 2022 first quarter", "fiscal 2021 fourth quarter", "last year's first half".
/** The fiscal year's months up to the end of its quarter `q`: H1, 9M or FY for the second to fourth, Q1 otherwise. */
function yearToDate(q: number): PeriodPart {
  return (["Q1", "H1", "9M", "FY"] as const)[q - 1] ?? "Q1";
}

// ("the fiscal '21 first quarter": a fiscal year by its last two digits too.)
const PREFIX = String.raw`(?:(?:((?:19|20)\d\d)(?:'s)?|(?:fiscal\s+(?:year\s+)?)((?:19|20)\d\d|['’]\d\d)|(last|prior|previous|next|this|current)[- ]year'?s?)\s+)?`;
const ORDW = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th)`;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/*
 * A date names a period only where the call's own calendar says which: a quarter-end date of the
 * call's quarter ("at September 44" in a Q3 call of a calendar-year company) is the call's
 * quarter, "through" it the year to date; the last day of the previous calendar year is the
 * previous fiscal year's end. Other dates (an offset fiscal calendar, a day mid-quarter) name none.
 */
function fromDate(m: RegExpExecArray, c: CallPeriod): Omit<PeriodMention, "start" | "end"> | null {
  // ("Total GAAP revenue for the full year ended December 31, 2021": the twelve months to that day.)
  const months = m[1] && !/weeks/i.test(m[1]) ? (/\byear$/i.test(m[1]) ? 12 : SPAN_MONTHS[m[1].split(/\s+/)[0]!.toLowerCase()] ?? 3) : 3;
  if (months === 3) return dateMention(m[2], m[3]!, Number(m[4]), m[5], c);
  // ("the full year ended December 31, 2021", "for the 12 months ended December 31, 2020", without a calendar of the call's own: a year
  // to December's end is the calendar year.)
  if (!c.end && months === 12 && /^december$/i.test(m[3]!) && Number(m[4]) >= 28) return abs(m[5] ? Number(m[5]) : c.year, "FY");
  // Months to a day other than a quarter's are read only on the call's own calendar (other patterns read "the nine months" alone).
  if (!c.end) return null;
  const end = dateMention(undefined, m[3]!, Number(m[4]), m[5], c);
  // ("the 12 months ended October 31, 2024", the last fiscal year's end: that year.)
  if (end?.period.part === "FY" && months === 12) return end;
  if (!end || !end.period.part.startsWith("Q") || months !== 3 * c.quarter) return null;
  return abs(end.period.year, yearToDate(c.quarter));
}

/** Months a span of months or weeks names. */
const SPAN_MONTHS: Record<string, number> = { three: 3, "3": 3, six: 6, "6": 6, nine: 9, "9": 9, twelve: 12, "12": 12 };

/** A date by its parts: the preposition before it ("through"), the month's name, the day, and the year when said. */
function dateMention(preposition: string | undefined, monthName: string, day: number, yearSaid: string | undefined, c: CallPeriod): Omit<PeriodMention, "start" | "end"> | null {
  const through = /^(?:through|thru)$/i.test(preposition ?? "");
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  // A calendar of the call's own: the date is the call's quarter's end, the same quarter's a year before, or the last fiscal year's end.
  if (c.end) {
    const at = monthEndOf(yearSaid ? Number(yearSaid) : c.end.year, month, day);
    const months = at === null ? null : at - (c.end.year * 12 + c.end.month);
    if (months === 0) return through ? abs(c.year, yearToDate(c.quarter)) : abs(c.year, `Q${c.quarter}` as PeriodPart);
    if (!through && months === -12) return abs(c.year - 1, `Q${c.quarter}` as PeriodPart);
    // (The quarter before's end: "$562 million at March 31, compared to $524 million at December 31, 2020", in a second-quarter call.)
    if (!through && months === -3 && c.quarter > 1) return abs(c.year, `Q${c.quarter - 1}` as PeriodPart);
    if (!through && months === -3 * c.quarter) return abs(c.year - 1, "FY");
    return null;
  }
  const y = yearSaid ? Number(yearSaid) : c.year;
  if (day < 28 || month % 3 !== 0) return null;
  const q = month / 3;
  if (y === c.year && q === c.quarter) return through ? abs(c.year, yearToDate(c.quarter)) : abs(c.year, `Q${q}` as PeriodPart);
  if (!through && month === 12 && (y === c.year - 1 || (y === c.year && c.quarter === 4))) return abs(y, "FY");
  if (!through && y === c.year - 1 && q === c.quarter) return abs(y, `Q${q}` as PeriodPart);
  return null;
}

/** Up to two words and a financial noun, which a year before them is the year of ("2022 CapEx", "'22 adjusted free cash flow"). */
const BEFORE_FINANCIAL_NOUN = String.raw`(?:[a-z-]+\s+){0,2}(?:capex|cap ex|capital|affo|ffo|revenues?|sales|ebitda|guidance|outlook|eps|earnings|results|free cash|operating|gross|net|adjusted|margins?)\b`;

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, c: CallPeriod) => Omit<PeriodMention, "start" | "end"> | null }[] = [
  // "year-to-date 2020 GAAP earnings", "2020 year-to-date": that year's months to the same quarter's end.
  { re: /\b(?:(?:year[- ]to[- ]date|ytd)\s+(?:(?:fiscal|fy)\s*)?((?:19|20)\d\d)|((?:19|20)\d\d)\s+(?:year[- ]to[- ]date|ytd))\b/iy, build: (m, c) => abs(Number(m[1] ?? m[2]), yearToDate(c.quarter)) },
  // "second quarter year-to-date free cash flow": the months to that quarter's end, not the quarter.
  { re: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter,?\s+(?:year[- ]to[- ]date|ytd)\b/iy, build: (m, c) => abs(c.year, yearToDate(ORD[m[1]!.toLowerCase()] ?? 1)) },
  // ("for the three months ended January 31st, 2022": the quarter's length is part of the phrase.)
  // ("the six months ended April 30, 2021", on a calendar of the call's own: the months to that day; fromDate.)
  { re: /\b(?:(?:the\s+)?((?:three|3|six|6|nine|9|twelve|12)\s+months|(?:twelve|thirteen|sixteen|12|13|16)\s+weeks|(?:fiscal\s+)?quarter|(?:full|fiscal)\s+year)\s+(?=ended\b))?(?:(at|as of|on|through|thru|ended|ending)\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?\b/iy, build: fromDate },
  // "Group revenue for the December quarter was $895 million": the quarter that ends in that month, read as a date at its end is
  // (dateMention): the call's quarter, the one before or the same one a year earlier, never a year.
  { re: /\b(?:the\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+((?:19|20)\d\d))?\s+quarter\b/iy, build: (m, c) => {
    const at = dateMention(undefined, m[1]!, 31, m[2], c);
    return at && at.period.part.startsWith("Q") ? at : null;
  } },
  // "our September year-to-date free cash flow", in a third-quarter call: the year to date through that month, as "through September".
  { re: /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:year[- ]to[- ]date|ytd)\b/iy, build: (m, c) => dateMention("through", m[1]!, 31, undefined, c) },
  // "And through September, our business generated free cash flow of $2.29 billion", in a third-quarter call: the year to date, as a
  // date through the quarter's last day is (dateMention); a month that ends no quarter of the call's names none.
  { re: /\b(through|thru)\s+(?:the\s+end\s+of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\b)(?:,?\s+((?:19|20)\d\d)\b)?/iy, build: (m, c) => dateMention(m[1], m[2]!, 31, m[3], c) },
  {
    // Q2, Q2 2014, Q3 of 2014, Q2'22, 2Q15, 4Q 2014, second quarter, second-quarter, fourth quarter of fiscal 2021
    re: new RegExp(PREFIX + String.raw`(?:(?:the|our)\s+)?(?:\bq([1-4])|\b([1-4])q|\b` + ORDW + String.raw`[- ](?:fiscal\s+)?quarter)(?![a-z])(?!\d(?!\d\b))` + YEAR_SUFFIX + "('s)?", "iy"),
    build: (m, c) => {
      const q = Number(m[4] ?? m[5] ?? ORD[(m[6] ?? "").toLowerCase()]);
      return fromParts(m, c, `Q${q}` as PeriodPart);
    },
  },
  {
    // "quarter four 2021", "quarter one of 2022": the quarter's number said after it (two empty groups keep fromParts' places);
    // not a count that follows the word ("the same quarter two years ago").
    re: new RegExp(PREFIX + String.raw`(?:(?:the|our)\s+)?\bquarter\s+(one|two|three|four)\b(?!\s+(?:years?|quarters?|months?|weeks?|days?|times?|percent)\b)()()` + YEAR_SUFFIX + "('s)?", "iy"),
    build: (m, c) => fromParts(m, c, `Q${["one", "two", "three", "four"].indexOf(m[4]!.toLowerCase()) + 1}` as PeriodPart),
  },
  {
    // first half, first-half 2015, H1, 1H15, second half of 2015, back half
    re: new RegExp(PREFIX + String.raw`(?:(?:the|our)\s+)?(?:\bh([12])|\b([12])h|\b(first|second|1st|2nd|back)[- ]half)(?![a-z])(?!\d(?!\d\b))` + YEAR_SUFFIX + "('s)?", "iy"),
    build: (m, c) => {
      const w = (m[6] ?? "").toLowerCase();
      const h = Number(m[4] ?? m[5] ?? (w === "back" ? 2 : ORD[w]));
      return fromParts(m, c, `H${h}` as PeriodPart);
    },
  },
  // "through the first three quarters of 2020", "the first two quarters of the year": nine months, a half.
  {
    re: new RegExp(PREFIX + String.raw`(?:(?:the|our)\s+)?first\s+(two|2|three|3)\s+quarters\b()()(?:\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year\b(?![- ]ago))?` + YEAR_SUFFIX + "('s)?", "iy"),
    build: (m, c) => fromParts(m, c, /^(?:two|2)$/i.test(m[4]!) ? "H1" : "9M"),
  },
  // "the current year nine months", "the prior year six months": a span of the fiscal year named by its length after the year.
  { re: /\b(?:the\s+)?(current|this|prior|last|previous)[- ](?:fiscal\s+)?year'?s?\s+(nine|9|six|6|three|3)[- ]months?\b('s)?/iy, build: (m, c) => ({ ...abs(/^(?:current|this)$/i.test(m[1]!) ? c.year : c.year - 1, ({ three: "Q1", 3: "Q1", six: "H1", 6: "H1", nine: "9M", 9: "9M" } as Record<string, PeriodPart>)[m[2]!.toLowerCase()]!), possessive: Boolean(m[3]) }) },
  // "during the final quarter of the year", "the last quarter of 2019": the fourth quarter of that year.
  { re: /\b(?:the\s+)?(?:final|last)\s+quarter\s+of\s+(?:(?:the|this)\s+(?:fiscal\s+)?year\b(?![- ]ago)|(?:fiscal\s+)?((?:19|20)\d\d)\b)('s)?/iy, build: (m, c) => ({ ...abs(m[1] ? Number(m[1]) : c.year, "Q4"), possessive: Boolean(m[2]) }) },
  { re: /\bthe half\b('s)?/iy, build: (m, c) => rel(c.year, c.quarter <= 2 ? "H1" : "H2", m[1]) },
  // "the first six months of the year", "the prior year's first nine months", "the first three months of 2021": the fiscal
  // year's first quarter, half or three quarters, with the year said before or after like a quarter's or a half's.
  {
    re: new RegExp(PREFIX + String.raw`(?:(?:the|our)\s+)?first\s+(three|3|six|6|nine|9)[- ]months?\b()()(?:\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year\b(?![- ]ago))?` + YEAR_SUFFIX + String.raw`('s)?(?!\s+(?:after|following|of\s+(?:the\s+)?(?:launch|program|contract|operations?)))`, "iy"),
    build: (m, c) => fromParts(m, c, ({ three: "Q1", 3: "Q1", six: "H1", 6: "H1", nine: "9M", 9: "9M" } as Record<string, PeriodPart>)[m[4]!.toLowerCase()]!),
  },
  // "free cash flow is a record through nine months of 2021": without "first", the months of a named year are its first ones too.
  { re: /\b(?:the\s+)?(nine|9|six|6)[- ]months?\s+of\s+(?:fiscal\s+)?((?:19|20)\d\d)\b('s)?/iy, build: (m) => ({ ...abs(Number(m[2]), /^(?:nine|9)$/i.test(m[1]!) ? "9M" : "H1"), possessive: Boolean(m[3]) }) },
  // "the same period of 2020": the call's quarter in that year.
  { re: /\b(?:the\s+)?same\s+(?:quarter|period)\s+(?:of|in)\s+(?:fiscal\s+)?((?:19|20)\d\d)\b/iy, build: (m, c) => (Number(m[1]) < c.year ? abs(Number(m[1]), `Q${c.quarter}` as PeriodPart) : null) },
  // "compared to net income of $1.8 million in the comparable quarter of last year": the call's quarter a year before.
  { re: /\b(?:the\s+)?(?:same|comparable|corresponding|equivalent)\s+quarter\s+(?:a\s+year\s+ago|last\s+year|of\s+(?:the\s+)?(?:last|prior|previous)\s+year)\b/iy, build: (_m, c) => abs(c.year - 1, `Q${c.quarter}` as PeriodPart) },
  // "compared to $0.33 per diluted share for the comparable period last year", after a figure for the first six months: the same span
  // a year before the one it is said with (a quarter's when said with a quarter's).
  { re: /\b(?:the\s+)?(?:same|comparable|corresponding|equivalent|like)\s+period\s+(?:a\s+year\s+ago|last\s+year|of\s+(?:the\s+)?(?:last|prior|previous)\s+year|in\s+(?:the\s+)?(?:last|prior|previous)\s+year)\b/iy, build: () => ({ period: { year: 0, part: "FY" }, relation: "yearAgo", possessive: false }) },
  { re: /\b(?:the\s+)?(?:year[- ]ago|year[- ]earlier|prior[- ]year|last[- ]year'?s?)\s+(?:quarter|period)\b('s)?/iy, build: (m, c) => ({ ...abs(c.year - 1, `Q${c.quarter}` as PeriodPart), possessive: Boolean(m[1]) }) },
  // "Our inventory at quarter end was $209 million", "As of the end of the quarter, UGI had available liquidity of $2.4 billion": the
  // end of the call's quarter.
  { re: /\b(?:at|as of)\s+(?:the\s+)?quarter[- ]end\b|\b(?:at|as of)\s+the\s+(?:end|close)\s+of\s+(?:the|this)\s+quarter\b/iy, build: (_m, c) => abs(c.year, `Q${c.quarter}` as PeriodPart) },
  { re: /\b(?:this|the|current|in the)\s+(?:(?:past|just[- ]completed|recently[- ]completed|most[- ]recent)\s+)?quarter\b('s)?/iy, build: (m, c) => rel(c.year, `Q${c.quarter}` as PeriodPart, m[1]) },
  { re: /\b(?:last|prior|previous|preceding)\s+quarter\b('s)?/iy, build: (m, c) => shiftQuarter(c, -1, m[1]) },
  // "compared with $0.22 per diluted share for the trailing quarter": a bank's word for the quarter before (not "on a linked quarter
  // basis", which says how a change is measured, not when).
  // (It dates a figure compared with it, never a change: "NIM declined six basis points in the linked quarter" is this quarter's.)
  { re: /\bthe\s+(?:trailing|linked)\s+quarter\b(?![- ](?:basis|growth|increase|decrease|change|comparison))('s)?/iy, build: (m, c) => ({ ...shiftQuarter(c, -1, m[1]), trailing: true }) },
  { re: /\b(?:next|coming|following|upcoming)\s+quarter\b('s)?/iy, build: (m, c) => shiftQuarter(c, 1, m[1]) },
  // "year-to-date, through the third quarter": the months up to that quarter's end.
  { re: /\b(?:year[- ]to[- ]date|ytd)(?:\s+basis)?,?\s+(?:through|thru)\s+(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/iy, build: (m, c) => abs(c.year, yearToDate(ORD[m[1]!.toLowerCase()] ?? 1)) },
  // "had already delivered $74 billion in sales through the third quarter", in a third-quarter call: the year to date; "Through the
  // third quarter of 2021, our cash flow from operations was $373 million", that year's. (A quarter still ahead is no span
  // reported: "costs to stay elevated through the third quarter".)
  { re: /\b(?:through|thru)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(second|third|fourth|2nd|3rd|4th)\s+quarter\b(?:(?:\s+of|,)?\s+(?:fiscal\s+)?((?:19|20)\d\d)\b)?(?!\s+(?:of\s+)?(?:(?:19|20)\d\d|last|the\s+(?:prior|previous)|next)\b)/iy, build: (m, c) => {
    const q = ORD[m[1]!.toLowerCase()] ?? 0;
    const y = m[2] ? Number(m[2]) : c.year;
    return q >= 2 && (y < c.year || (y === c.year && q <= c.quarter)) ? abs(y, yearToDate(q)) : null;
  } },
  // "the prior year-to-date adjusted EPS": last year's months to the same quarter's end.
  { re: /\b(?:the\s+)?(?:prior|last|previous)[- ](?:year[- ]to[- ]date|ytd)\b/iy, build: (_m, c) => abs(c.year - 1, yearToDate(c.quarter)) },
  { re: /\b(?:year[- ]to[- ]date|ytd|(?:thus|so) far (?:this|in the|in|this fiscal) year)\b/iy, build: (_m, c) => abs(c.year, yearToDate(c.quarter)) },
  // "the first nine months", "through nine months", "for the nine months ended": the fiscal year's first three quarters.
  { re: /\b(?:the\s+)?(?:first\s+(?:nine|9)[- ]months?|(?:nine|9)[- ]month\s+period|(?:nine|9)\s+months(?=\s+ended\b)|(?<=\b(?:through|thru|for)\s+(?:the\s+)?)(?:nine|9)\s+months\b(?!\s+(?:ago|from|later|before|after|out|in advance|of\s+(?:supply|inventory|backlog|visibility|runway))))\b/iy, build: (_m, c) => abs(c.year, "9M") },
  // "In the three-month period, we earned $0.10 per share" (after "For the nine-month period, ..."): the call's quarter. (Not "the same
  // three-month period last year", a comparison's.)
  { re: /\b(?<!\b(?:same|prior|previous|comparable|corresponding|year[- ]ago|last)\s+)(?:the\s+)?(?:three|3)[- ]month\s+period\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:prior|previous|last)\b|\s+(?:last|a)\s+year|\s+(?:ended|ending)\b)/iy, build: (_m, c) => abs(c.year, `Q${c.quarter}` as PeriodPart) },
  // "the first three months of fiscal 2022": the fiscal year's first quarter.
  { re: /\b(?:the\s+)?first\s+(?:three|3)[- ]months?(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?((?:19|20)\d\d))?\b(?!\s+(?:after|following|of\s+(?:the\s+)?(?:launch|program|contract|operations?)))/iy, build: (m, c) => abs(m[1] ? Number(m[1]) : c.year, "Q1") },
  { re: /\b(?:the\s+)?(?:first\s+(?:six|6)[- ]months?|(?:six|6)[- ]month\s+period|(?:six|6)\s+months(?=\s+ended\b)|(?<=\b(?:through|thru)\s+(?:the\s+)?)(?:six|6)\s+months\b(?!\s+(?:ago|from|later|before|after|out)))\b/iy, build: (_m, c) => abs(c.year, "H1") },
  // "the remainder of the year": what is left of the fiscal year after the call's quarter, when that is one label.
  // "the balance of 2020", "the rest of fiscal 2021": the same, when the year named is the call's.
  { re: /\b(?:the\s+)?(?:remainder|rest|balance)\s+of\s+(?:(?:the|this)\s+(?:fiscal\s+)?year\b|(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:fy\s*)?((?:19|20)\d\d)\b)/iy, build: (m, c) => (m[1] && Number(m[1]) !== c.year ? null : c.quarter === 3 ? abs(c.year, "Q4") : c.quarter === 2 ? abs(c.year, "H2") : null) },
  { re: /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+years\s+ago\b/iy, build: (m, c) => ({ ...abs(c.year - (COUNT[m[1]!.toLowerCase()] ?? Number(m[1])), "FY"), trailing: true }) },
  { re: /\b(?:a\s+)?year\s+ago\b/iy, build: () => ({ period: { year: 0, part: "FY" }, relation: "yearAgo", possessive: false, trailing: true }) },
  // "ended last year with", "at the end of last year", "last year-end": the close of the previous fiscal year.
  { re: /(?<=\b(?:ended|end\s+of|close\s+of|closed)\s+(?:the\s+)?)(?:last|prior|previous)\s+year\b(?![- ]ago)|\b(?:last|prior|previous)\s+year[- ]end\b/iy, build: (_m, c) => abs(c.year - 1, "FY") },
  { re: /\b(?:last|prior|previous)\s+(?:fiscal\s+)?year\b('s)?/iy, build: (m) => ({ period: { year: 0, part: "FY" }, relation: "yearAgo", possessive: Boolean(m[1]) }) },
  { re: /\bnext\s+year\b('s)?/iy, build: (m, c) => rel(c.year + 1, "FY", m[1]) },
  // "we expect to repurchase about $500 million by year-end": what is done by the year's end is the year's (not "at year-end", a balance of a year-end the words leave unsure).
  { re: /(?<=\bby\s+)(?:the\s+)?(?:fiscal\s+)?year[- ]end\b(?!\s*'?\d)/iy, build: (_m, c) => ({ ...rel(c.year, "FY", undefined), yearOnly: true }) },
  { re: /\b(?:this|the|full|current|fiscal)[- ](?:fiscal\s+)?year\b(?![- ](?:over|end|ago|earlier|to[- ]date)\b)(?!\s*'?\d\d(?:\d\d)?\b(?!\s*(?:%|percent|to\s+[$\d]|-\s?\d|basis|bps|points?|million|billion|x\b|[.,]\d)))('s)?/iy, build: (m, c) => ({ ...rel(c.year, "FY", m[1]), yearOnly: !/^this\b/i.test(m[0]) }) },
  // "for the full 2020 year", "the full fiscal 2021 year": a year inside "full ... year" names it.
  { re: /\bfull\s+(?:fiscal\s+)?((?:19|20)\d\d)\s+(?:fiscal\s+)?year\b('s)?/iy, build: (m) => ({ ...abs(Number(m[1]), "FY"), possessive: Boolean(m[2]) }) },
  // "2022 full year FFO": a year before "full year" names it.
  { re: /\b((?:19|20)\d\d)\s+full[- ]year\b('s)?/iy, build: (m) => ({ ...abs(Number(m[1]), "FY"), possessive: Boolean(m[2]) }) },
  // "fiscal 2021", "FY26", "fiscal '21", "fiscal year '26"; a bare two-digit year only after "fiscal" or "FY", never before a quantity ("full year 20% growth").
  { re: new RegExp(String.raw`\b(?:(?:full[- ]year|calendar(?:\s+year)?|(?<=\bthe\s+)year)\s*((?:19|20)\d\d|'\d\d)|(?:fiscal(?:[\s-]+year)?|fy)\s*'?\s*((?:19|20)\d\d|\d\d))\b(?!\s*(?:%|percent|to\s+\d|-\s?\d|basis|bps|points?|million|billion|x\b|[.,]\d))(?!(?<!(?:19|20)\d\d)\s*to\s+\$)('s)?`, "iy"), build: (m) => ({ ...abs(year((m[1] ?? m[2])!.replace("'", ""), 0), "FY"), possessive: Boolean(m[3]) }) },
  { re: /\b(?:in|for|of|during|through|by|from|since|into|to|versus|vs\.?|than)\s+((?:19|20)\d\d)\b(?![\d%.,]\d)(?!(?:'s)?\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half)|q[1-4]|h[12]|[1-4][qh])\b)('s)?/iy, build: (m) => ({ ...abs(Number(m[1]), "FY"), possessive: Boolean(m[2]) }) },
  // "Our net sales improved 5.4% over 2018", "up 9.6% over 2018": a year a change is measured over (not "over 2000 stores", nor
  // "over 2020 pro forma sales of $983 million", where the year is the noun's).
  { re: /(?<=(?:%|percent|points?|million|billion|up|down|increase|growth|decline|improvement)\s)over\s+((?:19|20)\d\d)\b(?![\d%.,]\d)(?=\s*(?:[.,;:)]|$)|\s+(?:to|and|on|in|with|at|for|as|due|driven|while|which|but|despite|levels?)\b)/iy, build: (m) => abs(Number(m[1]), "FY") },
  // "organic sales were up 4% in '19": a year written with its first two digits cut, after a preposition.
  { re: /\b(?:in|for|during|through|since|of)\s+['’](\d\d)\b(?![\d%.,]\d|\s*(?:%|percent))/iy, build: (m) => abs(2000 + Number(m[1]), "FY") },
  { re: /\b((?:19|20)\d\d)'s\b/iy, build: (m) => ({ ...abs(Number(m[1]), "FY"), possessive: true }) },
  // "We ended 2020 with $2 billion of cash", "as we exited 2021": a year a verb of ending or starting takes as its object.
  { re: /\b(?:ended|ending|closed|closing|exited|exiting|finished|finishing|entered|entering|began|beginning|started|starting)\s+((?:19|20)\d\d)\b(?![\d%.,]\d|\s*(?:%|percent))(?!\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half)|q[1-4]|h[12])\b)/iy, build: (m) => abs(Number(m[1]), "FY") },
  // "2019 was a milestone year": a year as the subject of a sentence about it.
  { re: /\b((?:19|20)\d\d)(?=\s+(?:was|is|has been|will be|marked|proved|saw|brought|ended|began|started|represents|represented)\b)/iy, build: (m) => abs(Number(m[1]), "FY") },
  // ("the 2022 first quarter" is that quarter, read from the year on.)
  { re: /\b(?:our|the|this|its|their)\s+((?:19|20)\d\d)\b(?!\s*[-–%\d])(?!\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:quarter|half)|q[1-4]|h[12])\b)/iy, build: (m) => abs(Number(m[1]), "FY") },
  // ("the Company's 2019 effective tax rate": after a possessive too, the phrase starting at the year.)
  { re: /(?<=\b[a-z]+['’]s\s+)((?:19|20)\d\d)\b(?!\s*[-–%\d])(?!\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:quarter|half)|q[1-4]|h[12])\b)/iy, build: (m) => abs(Number(m[1]), "FY") },
  // "2022 CapEx is now expected", "our underlying 2022 AFFO", "2021 non-GAAP diluted EPS": a year used as an adjective of a financial noun.
  { re: new RegExp(String.raw`\b((?:19|20)\d\d)(?=\s+${BEFORE_FINANCIAL_NOUN})`, "iy"), build: (m) => abs(Number(m[1]), "FY") },
  // ("We anticipate '22 adjusted free cash flow between $400 million and $460 million": the same with the year's first two digits cut.)
  { re: new RegExp(String.raw`(?<=(?:^|[^\w'’])['’])(\d\d)(?=\s+${BEFORE_FINANCIAL_NOUN})`, "iy"), build: (m) => abs(2000 + Number(m[1]), "FY") },
];

function abs(y: number, part: PeriodPart): Omit<PeriodMention, "start" | "end"> {
  return { period: { year: y, part }, relation: "absolute", possessive: false };
}
function rel(y: number, part: PeriodPart, poss: string | undefined): Omit<PeriodMention, "start" | "end"> {
  return { period: { year: y, part }, relation: "absolute", possessive: Boolean(poss) };
}
function shiftQuarter(c: CallPeriod, by: number, poss: string | undefined): Omit<PeriodMention, "start" | "end"> {
  const idx = c.year * 4 + (c.quarter - 1) + by;
  return rel(Math.floor(idx / 4), `Q${(idx % 4) + 1}` as PeriodPart, poss);
}

function fromParts(m: RegExpExecArray, c: CallPeriod, part: PeriodPart): Omit<PeriodMention, "start" | "end"> {
  const prefYear = m[1] ?? m[2];
  const relWord = (m[3] ?? "").toLowerCase();
  const suffixRel = (m[7] ?? "").toLowerCase();
  const suffixYear = m[8] ?? m[9] ?? m[10] ?? m[11];
  const possessive = Boolean(m[12]);
  if (suffixRel) {
    const y = suffixRel === "next" ? c.year + 1 : suffixRel === "this" || suffixRel === "the current" ? c.year : c.year - 1;
    return { period: { year: y, part }, relation: "absolute", possessive };
  }
  if (suffixYear) return { period: { year: year(suffixYear, c.year), part }, relation: "absolute", possessive };
  if (prefYear) return { period: { year: year(prefYear.replace(/^['’]/, ""), c.year), part }, relation: "absolute", possessive };
  if (relWord === "next") return { period: { year: c.year + 1, part }, relation: "absolute", possessive };
  // ("this year's third quarter": the call's own fiscal year.)
  if (relWord === "this" || relWord === "current") return { period: { year: c.year, part }, relation: "absolute", possessive };
  if (relWord) return { period: { year: c.year - 1, part }, relation: "absolute", possessive };
  return { period: { year: c.year, part }, relation: "absolute", possessive, yearless: true };
}

/** Every pattern holds one of these words; text without them is not scanned further. */
const TRIGGER = /\b(?:q[1-4]|[1-4]q|h[12]|[12]h|quarters?|half|years?|ytd|months?|fiscal|fy|calendar|(?:19|20)\d\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|['’]\d\d\b/gi;
/** How far before a trigger a phrase may start ("compared to the same quarter", "last year's second-"). */
const LOOKBACK = 48;

/** The words a period phrase can start with; other word starts are not tried. */
const FIRST_WORDS = new Set(`q1 q2 q3 q4 quarter 1q 2q 3q 4q h1 h2 1h 2h first second third fourth 1st 2nd 3rd 4th back the our last prior final
previous next this current in same year a preceding coming following upcoming ytd thus so remainder rest balance one two three four five six seven eight nine
ten 6 9 six-month nine-month 6-month 9-month full fiscal calendar fy for of during through by from since into to versus vs than over its their
at as on thru ended ending 3 12 13 16 twelve thirteen sixteen january february march april may june july august september october november december`.split(/\s+/));

function firstWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  const w = text.slice(i, j).toLowerCase();
  if (w.length === 4 && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3))) {
    if ((w.startsWith("19") || w.startsWith("20"))) return "year";
    if (w.startsWith("fy")) return "fy";
    const a = w[0]!;
    const b = w[1]!;
    if ((a === "q" || a === "h") && b >= "1" && b <= "4") return w.slice(0, 2);
    if ((b === "q" || b === "h") && a >= "1" && a <= "4") return w.slice(0, 2);
    return w;
  }
  if (w.length > 2 && w.startsWith("fy") && isDigit(w.charCodeAt(2))) return "fy";
  return w;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Any of PATTERNS (all sticky and case-insensitive) at a position: an alternation fails only where
 * every alternative does, so one test rules out the word starts where no phrase begins, which are
 * most of them, instead of one test per pattern.
 */
const ANY_PATTERN = new RegExp(PATTERNS.map(({ re }) => `(?:${re.source})`).join("|"), "iy");

/** Every period phrase in `text`, left to right, non-overlapping. */
export function findPeriods(text: string, call: CallPeriod): PeriodMention[] {
  const out: PeriodMention[] = [];
  let lastEnd = 0;
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t; t = TRIGGER.exec(text)) {
    const p = t.index;
    if (p < lastEnd) continue;
    let hit: PeriodMention | null = null;
    // (A trigger on an apostrophe, "'22", may start a phrase at the digits after it.)
    const last = text[p] === "'" || text[p] === "’" ? p + 1 : p;
    for (let i = Math.max(lastEnd, p - LOOKBACK); i <= last; i++) {
      if (!isWordChar(text.charCodeAt(i)) || (i !== 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
      // (A year cut to two digits after an apostrophe, "'22 adjusted free cash flow", starts with its digits.)
      const first = firstWord(text, i);
      if (!FIRST_WORDS.has(first) && !(first.length === 2 && isDigit(first.charCodeAt(0)) && i > 0 && (text[i - 1] === "'" || text[i - 1] === "’"))) continue;
      ANY_PATTERN.lastIndex = i;
      if (!ANY_PATTERN.test(text)) continue;
      for (const { re, build } of PATTERNS) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m || m[0].length === 0 || i + m[0].length <= p) continue;
        const b = build(m, call);
        if (!b) continue;
        let end = i + m[0].length;
        while (end > i && /\s/.test(text[end - 1]!)) end--;
        hit = { start: i, end, ...b };
        break;
      }
      if (hit) break;
    }
    if (hit) {
      out.push(hit);
      lastEnd = hit.end;
      TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, hit.end);
    }
  }
  return out;
}

/** Resolves a mention to a fiscal period, given the period under discussion for relative ones. */
/**
 * "For the first quarter, we expect ..." in a fourth-quarter call: an early part of a year named
 * without its year, in an outlook, is of the next fiscal year (the call's own year has passed it).
 */
export function outlookYear(m: PeriodMention, c: CallPeriod): Period {
  const p = m.period;
  // "For the full year, we expect revenue of ...", said in a fourth-quarter call: the year ahead.
  if (m.yearOnly && c.quarter === 4 && p.year === c.year && p.part === "FY") return { year: p.year + 1, part: "FY" };
  return m.yearless && c.quarter === 4 && p.year === c.year && /^(?:Q1|Q2|H1)$/.test(p.part) ? { year: p.year + 1, part: p.part } : p;
}

export function resolveMention(m: PeriodMention, context: Period): Period {
  return m.relation === "yearAgo" ? yearAgo(context) : m.period;
}
