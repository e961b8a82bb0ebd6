/**
 * Fiscal period and call date as a transcript or its file name states them. Nothing is guessed:
 * when no pattern matches, the answer is null.
 */

export interface FiscalPeriod {
  fiscalYear: number;
  fiscalQuarter: number;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

function year(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

function valid(p: FiscalPeriod): FiscalPeriod | null {
  return p.fiscalYear >= 1980 && p.fiscalYear <= 2100 && p.fiscalQuarter >= 1 && p.fiscalQuarter <= 4 ? p : null;
}

/** Ways a period is written; the earliest match in the text wins. */
const TEXT_PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => FiscalPeriod }[] = [
  // "Q2 2015", "Q3 FY2018", "Q1 fiscal 2026", "Q4 '18", Capital IQ's "FQ1 2026"
  { re: /\bF?Q([1-4])\s*(?:of\s+)?(?:fiscal[\s-]+(?:year\s+)?|FY\s*)?'?(\d{4}|\d{2})\b/i, read: (m) => ({ fiscalQuarter: Number(m[1]), fiscalYear: year(m[2]!) }) },
  // "1Q23", "3Q 2022"
  { re: /\b([1-4])Q\s?'?(\d{4}|\d{2})\b/, read: (m) => ({ fiscalQuarter: Number(m[1]), fiscalYear: year(m[2]!) }) },
  // "FY2018 Q4", "fiscal 2025 Q1", "2022 Q3"
  { re: /\b(?:fiscal[\s-]+(?:year\s+)?|FY\s*)?'?(\d{4})\s+Q([1-4])\b/i, read: (m) => ({ fiscalYear: year(m[1]!), fiscalQuarter: Number(m[2]) }) },
  // "second-quarter 2015", "third quarter of fiscal 2018", "fourth quarter and full year 2024", "fourth quarter and full fiscal
  // year 2021", "Fourth Quarter and Year-End 2019",
  // "Third Quarter and Nine-Month 2021"
  {
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter,?\s+(?:and\s+(?:the\s+)?(?:(?:(?:full[\s-]+fiscal|full|fiscal)[\s-]+year|year[\s-]end|(?:first\s+)?(?:nine|six|9|6)[\s-]months?)\s+)?(?=(?:fiscal\s+)?(?:19|20)\d\d\b))?(?:of\s+)?(?:the\s+)?(?:fiscal[\s-]+(?:year\s+)?|FY\s*)?'?(\d{4}|\d{2})\b/i,
    read: (m) => ({ fiscalQuarter: ORDINALS[m[1]!.toLowerCase()]!, fiscalYear: year(m[2]!) }),
  },
  // "fiscal first quarter ending March 31st, 2024"
  {
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter,?\s+(?:of\s+(?:fiscal\s+)?(?:year\s+)?)?(?:ended|ending)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b/i,
    read: (m) => ({ fiscalQuarter: ORDINALS[m[1]!.toLowerCase()]!, fiscalYear: year(m[2]!) }),
  },
  // "second quarter of the 2024 fiscal year"
  {
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+of\s+(?:the\s+)?(\d{4})\s+fiscal\s+year\b/i,
    read: (m) => ({ fiscalQuarter: ORDINALS[m[1]!.toLowerCase()]!, fiscalYear: year(m[2]!) }),
  },
  // "to review our third quarter results for fiscal year 2021"
  {
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+(?:financial\s+|operating\s+)?(?:results|earnings)\s+(?:for|of)\s+(?:the\s+)?(?:fiscal[\s-]+(?:year\s+)?|FY\s*)'?(\d{4}|\d{2})\b/i,
    read: (m) => ({ fiscalQuarter: ORDINALS[m[1]!.toLowerCase()]!, fiscalYear: year(m[2]!) }),
  },
  // "fiscal 2018 fourth quarter", "2015 second-quarter"
  {
    re: /\b(?:fiscal[\s-]+(?:year\s+)?|FY\s*)?(\d{4})\s+(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b/i,
    read: (m) => ({ fiscalYear: year(m[1]!), fiscalQuarter: ORDINALS[m[2]!.toLowerCase()]! }),
  },
];

/**
 * Each time `text` states a period, in order, with whether it is stated as a comparison ("compared
 * to second quarter of 2020", "versus Q4 2019"): a period compared with is not the call's.
 */
export function periodMentions(text: string): { at: number; period: FiscalPeriod; comparison: boolean }[] {
  const found: { at: number; period: FiscalPeriod; comparison: boolean }[] = [];
  for (const { re, read } of [...TEXT_PATTERNS, FULL_YEAR_RESULTS]) {
    const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(all)) {
      const p = valid(read(m as RegExpExecArray));
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (p) found.push({ at: m.index, period: p, comparison: COMPARED.test(before) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Words that make the period after them a comparison base, when something will start ("starting in Q1 2022"), or what an outlook is
 * for ("our outlook for the first quarter of 2020"): not the call's.
 */
// ("down $57 million from the fourth quarter of 2018": a figure's change from a period.)
const COMPARED = /\b(?:(?:starting|beginning|effective|commencing) (?:in|with|from|on)?|(?:outlook|guidance|expectations?|forecast|projections?) (?:for|of)|compared (?:to|with)|versus|vs\.?|relative to|(?:up|down|increased?|increases|decreased?|decreases|grew|growth|rose|fell|declined?|declines|changes?|%|percent|points) from|over|than|since|last year's|prior year's|year-ago|\d[\d.,]*%?(?:\s+(?:million|billion|thousand|percent|basis points|points))?\s+from)\s+(?:the\s+|our\s+|a\s+)?$/i;

/** Calendar quarters a text dates by their last day: "the quarter ended September 30, 2022" (a fiscal year may not be the calendar's). */
export function quarterEndedOn(text: string): FiscalPeriod[] {
  const out: FiscalPeriod[] = [];
  for (const m of text.matchAll(/\bquarter\s+(?:ended|ending)\s+(march|june|september|december)\s+(?:30|31)(?:st|th)?,?\s+((?:19|20)\d\d)\b/gi)) {
    out.push({ fiscalYear: Number(m[2]), fiscalQuarter: ["march", "june", "september", "december"].indexOf(m[1]!.toLowerCase()) + 1 });
  }
  return out;
}

/**
 * A call titled by its year ("ALLETE Full Year 2019 Financial Results Call") is the year's
 * fourth-quarter call; so is one whose speaker opens on the year ("Let's start with full-year 2019.", "Welcome to the year end
 * conference call for 2019.").
 */
const FULL_YEAR_RESULTS = {
  re: /\b(?:(?:full|fiscal)[\s-]+year\s+(?:fiscal\s+)?(\d{4})\s+(?:financial\s+|earnings\s+|operating\s+)?(?:results|earnings)|(?:year[\s-]end|full[\s-]year)\s+(?:earnings\s+|results\s+)?(?:conference\s+)?call\s+for\s+(?:fiscal\s+)?(\d{4})|(?:start(?:ing)?|begin(?:ning)?)\s+with\s+(?:our\s+|the\s+)?(?:full|fiscal)[\s-]+year\s+(?:of\s+)?(\d{4})(?!\s+(?:outlook|guidance|plan|expectations)))\b/i,
  read: (m: RegExpExecArray): FiscalPeriod => ({ fiscalQuarter: 4, fiscalYear: year((m[1] ?? m[2] ?? m[3])!) }),
};

/**
 * The quarter a call's opening names it by without a year ("Welcome to the Provident Financial Services Second Quarter Earnings
 * Conference Call", "welcome to the Cullen/Frost's Q4 Earnings Results Conference Call"), or null.
 */
export function quarterNamedWithoutYear(opening: string): number | null {
  const m = /\b(?:(first|second|third|fourth)[\s-]+quarter|q([1-4])|([1-4])q)\b(?![\s-]+(?:of\s+)?(?:fiscal\s+)?'?\d)[^.]{0,60}?\b(?:earnings|results|conference)\b/i.exec(opening);
  if (!m) return null;
  return m[1] ? ORDINALS[m[1].toLowerCase()]! : Number(m[2] ?? m[3]);
}

/**
 * The year a greeting names the call by, with no quarter beside it: "welcome to the Chesapeake Utilities 2019 Earnings
 * Conference call" (a fourth-quarter call in a file named for 2020). Not "Third Quarter 2021 Earnings Call", which names a period.
 */
export function yearNamedForCall(opening: string): number | null {
  const m = /(?<!\b(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|quarter|fiscal|fy)[\s,-]+)\b(20\d\d)\s+(?:year[- ]end\s+|annual\s+|full[- ]year\s+)?(?:earnings|results)(?:\s+conference)?\s+call\b/i.exec(opening);
  return m ? Number(m[1]) : null;
}

/** The period stated earliest in `text` (headers and greetings come first). */
export function periodFromText(text: string): FiscalPeriod | null {
  return periodsFromText(text)[0] ?? null;
}

/**
 * Every period `text` states, in the order stated, each once. An operator may misspeak the year
 * ("Third Quarter 2020" in a 2022 call, the host saying 2022 a line later): the caller decides
 * between them.
 */
export function periodsFromText(text: string): FiscalPeriod[] {
  const found: { at: number; period: FiscalPeriod }[] = [];
  for (const { re, read } of TEXT_PATTERNS) {
    const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(all)) {
      const p = valid(read(m as RegExpExecArray));
      if (p) found.push({ at: m.index, period: p });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const out: FiscalPeriod[] = [];
  for (const { period } of found) if (!out.some((o) => o.fiscalYear === period.fiscalYear && o.fiscalQuarter === period.fiscalQuarter)) out.push(period);
  return out;
}

/** `GLW_q2_2021.json`, `calix-2015-q2.txt`, `Q3 2022 Equinix Inc Earnings Call.txt`, `NVO_Q3_2024_…`. */
export function periodFromFileName(file: string | null): FiscalPeriod | null {
  if (!file) return null;
  const base = file.split(/[\\/]/).pop() ?? file;
  let m = /(?:^|[^a-z0-9])q([1-4])[\s_.-]*(?:fy)?(\d{4})(?![0-9])/i.exec(base);
  if (m) return valid({ fiscalQuarter: Number(m[1]), fiscalYear: Number(m[2]) });
  m = /(?:^|[^0-9])(?:fy)?(\d{4})[\s_.-]*q([1-4])(?![0-9])/i.exec(base);
  if (m) return valid({ fiscalYear: Number(m[1]), fiscalQuarter: Number(m[2]) });
  return null;
}

/** `GLW_q2_2021.json` → GLW: an upper-case ticker before an underscore at the start of the name. */
export function tickerFromFileName(file: string | null): string | null {
  if (!file) return null;
  const base = file.split(/[\\/]/).pop() ?? file;
  const m = /^([A-Z][A-Z0-9.]{0,5})_(?:q[1-4]|\d{4})/i.exec(base);
  return m && m[1] === m[1]!.toUpperCase() ? m[1]! : null;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DATE_RE = new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const ISO_DATE_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2})[- ]${MONTH_RE}[- ](\\d{4})\\b`, "i");

/** First date in `text` written as `July 28, 2015`, `Oct. 27, 2022`, `10-Feb-2026` or `2022-10-27`, as ISO. */
export function dateFromText(text: string): string | null {
  const m = DATE_RE.exec(text);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[1]!.toLowerCase().slice(0, 3))) + 1;
    return isoDate(Number(m[3]), month, Number(m[2]));
  }
  const dm = DAY_MONTH_RE.exec(text);
  if (dm) {
    const month = MONTHS.findIndex((name) => name.startsWith(dm[2]!.toLowerCase().slice(0, 3))) + 1;
    return isoDate(Number(dm[3]), month, Number(dm[1]));
  }
  const iso = ISO_DATE_RE.exec(text);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1980 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const GREETING_DATE = new RegExp(
  `\\b(?:today(?:['’]s date)?(?: is)?|tonight|this (?:morning|afternoon|evening)|recorded(?: on)?|held on|call on|(?:the )?date of this call)\\b,?\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  "i",
);

/**
 * The call's date when the opening states it as today's ("this conference is being recorded today,
 * Wednesday, October 20, 2021", "as of today's date, November 4, 2021", "Today is Thursday, July
 * 29, 2021", "as of the date of this call, July 29, 2021"); other dates in an opening (filings,
 * fiscal year ends, replays) do not count.
 */
export function dateFromGreeting(text: string): string | null {
  const m = GREETING_DATE.exec(text.slice(0, 2000));
  return m ? dateFromText(m[1]!.replace(/(\d)(?:st|nd|rd|th)/, "$1")) : null;
}
