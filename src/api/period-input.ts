import { ApiError, ErrorCode } from "./errors.js";

/** The forms a client may write a fiscal period in, as the error message lists them. */
export const PERIOD_FORMS = "2015-Q2, Q2 2015, 2015Q2, FY2015, 2015-FY, 2015-H1, H1 2015 or 2015-9M";

export type PeriodLength = "quarter" | "half" | "year" | "ytd";

/** Where a period sits: its first and last quarter as ordinals (fiscal year × 4 + quarter − 1). */
export interface PeriodSpan {
  start: number;
  end: number;
  kind: PeriodLength;
}

/*
 * period = year sep? part | part sep? year     (case-insensitive; sep is a space, -, _ or /)
 * part   = Q1..Q4 | 1Q..4Q | H1 | H2 | 1H | 2H | FY | 3M | 6M | 9M
 * year   = four digits, 1980 to 2100
 * Stored labels are `2015-Q2`, `2015-H1`, `2015-FY`, `2015-9M`.
 */
const PART = String.raw`(Q[1-4]|[1-4]Q|H[12]|[12]H|FY|[369]M)`;
const YEAR = String.raw`(\d{4})`;
const PERIOD_INPUT = new RegExp(String.raw`^(?:${YEAR}[\s_/-]*${PART}|${PART}[\s_/-]*${YEAR})$`, "i");
const LABEL = /^(\d{4})-(?:Q([1-4])|H([12])|(FY)|(\d{1,2})M)$/;

/** A period as a client wrote it, as the graph's label (`Q2 2015` → `2015-Q2`); a bad one is BAD_USER_INPUT. */
export function normalizePeriod(input: string): string {
  const match = PERIOD_INPUT.exec(input.trim());
  const year = Number(match?.[1] ?? match?.[4]);
  if (match === null || year < 1980 || year > 2100) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected a fiscal period such as ${PERIOD_FORMS}, found ${JSON.stringify(input)}`);
  }
  const part = (match[2] ?? match[3]!).toUpperCase();
  const unit = /^\d[QH]$/.test(part) ? `${part[1]}${part[0]}` : part;
  return `${year}-${unit}`;
}

/** The quarters a stored label covers; null for a label outside the grammar ("next year"). */
export function periodSpan(label: string): PeriodSpan | null {
  const m = LABEL.exec(label);
  if (m === null) return null;
  const base = Number(m[1]) * 4;
  if (m[2] !== undefined) return { start: base + Number(m[2]) - 1, end: base + Number(m[2]) - 1, kind: "quarter" };
  if (m[3] !== undefined) return { start: base + (m[3] === "1" ? 0 : 2), end: base + (m[3] === "1" ? 1 : 3), kind: "half" };
  if (m[4] !== undefined) return { start: base, end: base + 3, kind: "year" };
  const months = Number(m[5]);
  if (months < 1 || months > 12) return null;
  return { start: base, end: base + Math.ceil(months / 3) - 1, kind: "ytd" };
}

/** A period filter as clients give it (`PeriodFilter`): one period, or a window, and a length. */
export interface PeriodFilterInput {
  is?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  kind?: string | null | undefined;
}

/**
 * A checked period filter. A period is in the window when it lies wholly within it: it starts at
 * or after `from`'s first quarter and ends at or before `to`'s last (2015-FY is within
 * 2015-Q1..2015-Q4, not within 2015-Q2..2016-Q1).
 */
export interface PeriodWindow {
  is: string | null;
  from: number | null;
  to: number | null;
  kind: PeriodLength | null;
}

/** Validates a period filter; null when it filters nothing. */
export function periodWindow(input: PeriodFilterInput | null | undefined): PeriodWindow | null {
  if (input == null) return null;
  const is = input.is == null ? null : normalizePeriod(input.is);
  const from = input.from == null ? null : periodSpan(normalizePeriod(input.from))!;
  const to = input.to == null ? null : periodSpan(normalizePeriod(input.to))!;
  if (is !== null && (from !== null || to !== null)) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected either period.is or period.from/period.to, found both (is: ${JSON.stringify(input.is)})`);
  }
  if (from !== null && to !== null && from.start > to.end) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected period.from to come before period.to, found from ${JSON.stringify(input.from)} after to ${JSON.stringify(input.to)}`);
  }
  const kind = (input.kind ?? null) as PeriodLength | null;
  if (is === null && from === null && to === null && kind === null) return null;
  return { is, from: from?.start ?? null, to: to?.end ?? null, kind };
}

/** Whether a stored period label passes a window (null passes everything). */
export function inPeriodWindow(label: string | null | undefined, window: PeriodWindow | null): boolean {
  if (window === null) return true;
  if (label == null) return false;
  if (window.is !== null) return label === window.is;
  const span = periodSpan(label);
  if (span === null) return false;
  if (window.kind !== null && span.kind !== window.kind) return false;
  return (window.from === null || span.start >= window.from) && (window.to === null || span.end <= window.to);
}

/**
 * The window as bounds on a call's quarter (calls report quarters): ordinals for
 * `fiscalYear * 4 + fiscalQuarter - 1`, or null when no call can pass (a non-quarter `is` or kind).
 */
export function callQuarterBounds(window: PeriodWindow | null): { fromOrd: number | null; toOrd: number | null } | null {
  if (window === null) return { fromOrd: null, toOrd: null };
  if (window.kind !== null && window.kind !== "quarter") return null;
  if (window.is !== null) {
    const span = periodSpan(window.is);
    return span === null || span.kind !== "quarter" ? null : { fromOrd: span.start, toOrd: span.end };
  }
  return { fromOrd: window.from, toOrd: window.to };
}

/**
 * Sort order of stored labels, oldest year first; within a year quarters (2015-Q2), then halves
 * (2015-H1), year to date (2015-9M) and the year (2015-FY); labels outside the grammar last.
 */
export function comparePeriodLabels(a: string, b: string): number {
  return periodOrder(a) - periodOrder(b) || a.localeCompare(b);
}

function periodOrder(label: string): number {
  const match = LABEL.exec(label);
  if (match === null) return Number.MAX_SAFE_INTEGER;
  const year = Number(match[1]);
  if (match[2] !== undefined) return year + Number(match[2]) / 10;
  if (match[3] !== undefined) return year + 0.5 + Number(match[3]) / 10;
  if (match[5] !== undefined) return year + 0.8 + Number(match[5]) / 1000;
  return year + 0.9;
}
