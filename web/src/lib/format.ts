/**
 * How figures read on the page. Values come from the API as it states them: money in plain
 * units (99100000 for $99.1 million), percent as 51 for 51%, and a unit string (USD or another
 * currency code, a currency per share as "USD/share", percent, bps, days, times, count). A
 * per-share figure reads as money ("$1.23"): its measure (EPS, dividend per share) says per share.
 */

const MINUS = "\u2212";
const EN_DASH = "\u2013";

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "\u20ac", GBP: "\u00a3", JPY: "\u00a5", CNY: "\u00a5", INR: "\u20b9" };

const SCALES = [
  { size: 1e12, suffix: "T" },
  { size: 1e9, suffix: "B" },
  { size: 1e6, suffix: "M" },
  { size: 1e3, suffix: "K" },
] as const;

/** Up to `digits` decimals, trailing zeros dropped: 99.10 → "99.1", 94.00 → "94". */
function trimmed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function scaleOf(magnitude: number): { size: number; suffix: string } {
  return SCALES.find((scale) => magnitude >= scale.size) ?? { size: 1, suffix: "" };
}

/** A currency code, alone or per share ("USD", "USD/share"). */
function isCurrency(unit: string): boolean {
  return /^[A-Z]{3}(?:\/share)?$/.test(unit);
}

/**
 * A number with a compact scale: 99100000 → "99.1M", 1234 → "1.23K", 12 → "12". Below a
 * thousand, money keeps its cents (EPS of 0.1 reads "0.10").
 */
function compact(magnitude: number, scale = scaleOf(magnitude), cents = false): string {
  if (scale.size === 1) {
    if (cents && !Number.isInteger(magnitude)) return magnitude.toFixed(2);
    return trimmed(magnitude, magnitude >= 100 ? 0 : 2);
  }
  return trimmed(magnitude / scale.size, 2) + scale.suffix;
}

function withUnit(body: string, unit: string): string {
  if (isCurrency(unit)) {
    const code = unit.slice(0, 3);
    const symbol = CURRENCY_SYMBOLS[code];
    return symbol === undefined ? `${code} ${body}` : symbol + body;
  }
  switch (unit) {
    case "percent":
      return `${body}%`;
    case "bps":
      return `${body} bps`;
    case "days":
      return `${body} days`;
    case "times":
      return `${body}\u00d7`;
    default:
      return body;
  }
}

/** One figure: `$99.1M`, `−$0.06`, `47.8%`, `120 bps`, `4.2×`. */
export function formatValue(value: number, unit: string): string {
  const sign = value < 0 ? MINUS : "";
  const magnitude = Math.abs(value);
  const body = unit === "percent" || unit === "bps" || unit === "days" || unit === "times" ? trimmed(magnitude, 2) : compact(magnitude, scaleOf(magnitude), isCurrency(unit));
  return sign + withUnit(body, unit);
}

/**
 * A range with its scale and unit said once when both ends share them: `$94–98M`, `47–48%`,
 * `$0.11–0.14`; otherwise both ends in full (`$950K–$1.1M`, `−$0.06 to −$0.02`).
 */
export function formatRange(low: number, high: number, unit: string): string {
  const lowScale = scaleOf(Math.abs(low));
  const highScale = scaleOf(Math.abs(high));
  const plain = unit === "percent" || unit === "bps" || unit === "days" || unit === "times";
  if (low >= 0 && high >= 0 && (plain || lowScale.size === highScale.size)) {
    const cents = isCurrency(unit) && lowScale.size === 1 && !(Number.isInteger(low) && Number.isInteger(high));
    const lowText = plain ? trimmed(low, 2) : cents ? low.toFixed(2) : trimmed(low / lowScale.size, 2);
    const highText = plain ? trimmed(high, 2) : cents ? high.toFixed(2) : compact(high, highScale);
    const body = `${lowText}${EN_DASH}${highText}`;
    if (isCurrency(unit)) return withUnit(body, unit);
    return unit === "percent" ? `${body}%` : plain ? withUnit(body, unit) : body;
  }
  const separator = low < 0 || high < 0 ? " to " : EN_DASH;
  return `${formatValue(low, unit)}${separator}${formatValue(high, unit)}`;
}

/** A fact's figure: its point value, or its range. */
export function formatFact(fact: { value?: number | null; low?: number | null; high?: number | null; unit: string }): string {
  if (fact.low != null && fact.high != null) return formatRange(fact.low, fact.high, fact.unit);
  if (fact.value != null) return formatValue(fact.value, fact.unit);
  if (fact.low != null) return `at least ${formatValue(fact.low, fact.unit)}`;
  if (fact.high != null) return `at most ${formatValue(fact.high, fact.unit)}`;
  return "no figure";
}

/** Axis ticks: the compact figure without decimals it does not need. */
export function formatTick(value: number, unit: string): string {
  return formatValue(value, unit);
}

const ACRONYMS = new Set(["eps", "dso", "dio", "dpo", "ebitda", "ebit", "arr", "mrr", "capex", "fcf", "opex", "arpu", "gaap", "roe", "roic", "sg&a", "r&d"]);

/** `gross_margin` → `Gross margin`, `eps` → `EPS`, `free_cash_flow` → `Free cash flow`. */
export function metricLabel(name: string): string {
  const words = name.split("_").map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const [first = "", ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}

/** A signed percentage with one decimal: `+3.2%`, `−1.0%`. */
export function formatSignedPercent(value: number): string {
  return `${value < 0 ? MINUS : "+"}${Math.abs(value).toFixed(1)}%`;
}

/** Percentage points: `+2.5 pts`. */
export function formatSignedPoints(value: number): string {
  return `${value < 0 ? MINUS : "+"}${trimmed(Math.abs(value), 2)} pts`;
}

/** Counts with thousands separators: 12,345. */
export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** A role enum as people say it: ANALYST → Analyst. */
export function roleLabel(role: string | null | undefined): string {
  if (role == null) return "Speaker";
  return role.charAt(0) + role.slice(1).toLowerCase();
}

/** `2025-08-05` → `Aug 5, 2025` (as a date, not shifted by the viewer's time zone). */
export function formatDate(date: string | null | undefined): string | null {
  if (date == null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${months[Number(match[2]) - 1] ?? match[2]} ${Number(match[3])}, ${match[1]}`;
}
