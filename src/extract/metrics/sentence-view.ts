/**
 * A sentence as the figure rules read it: lower-cased, whitespace folded, with each figure, period
 * phrase, metric name and mention of the company itself replaced by a placeholder:
 *
 *   "Our revenue in the quarter declined 12%"  →  "our «M0» in «P0» declined «F0»"
 *
 * so a rule is a short pattern over the words that link a figure to what it measures, and the
 * placeholders point back to the figures, periods and names with their offsets in the sentence.
 */
import { findPeriods, type CallPeriod, type PeriodMention } from "../text/periods.js";
import { findQuantities, type Quantity } from "../text/quantities.js";
import { findMetricNames, metricDefinition, type MetricMatch } from "./lexicon.js";

const RELATED_COSTS = /\b(costs?|expenses?|charges?)\b(?:(?![.;«]).){0,80}?\b(?:related to|associated with|in connection with|attributable to) (?:the |our |this )?(?:[a-z&.'-]+ ){0,3}?(acquisitions?|mergers?|integration|restructuring)\b/g;

export interface SentenceView {
  /** The sentence as spoken. */
  text: string;
  /** The sentence with placeholders, lower-cased, one space between words. */
  abstract: string;
  /** For each character of `abstract` (and one past its end), the offset in `text`. */
  toText: number[];
  figures: Quantity[];
  periods: PeriodMention[];
  names: MetricMatch[];
  /** Offsets in `text` of the company's own name where the sentence says it. */
  company: { start: number; end: number }[];
  /** Where each placeholder sits in `abstract`: key "F0", "P1", "M2", "C0". */
  slots: Map<string, { start: number; end: number }>;
}

interface Span {
  start: number;
  end: number;
  label: string;
}

export interface ViewInput {
  text: string;
  call: CallPeriod;
  /** Words of the company's own name, lower-cased ("xylem"); empty when unknown. */
  companyNames: readonly string[];
}

export function buildView({ text, call, companyNames }: ViewInput): SentenceView {
  // A period phrase wins over a bare number inside it ("FY '21"); a marked figure wins over a period.
  const allPeriods = findPeriods(text, call);
  const figures = findQuantities(text).filter((f) => f.marked || !allPeriods.some((p) => overlaps(f, p)));
  const periods = allPeriods.filter((p) => !figures.some((f) => overlaps(f, p)));
  const lower = text.toLowerCase();
  const names = findMetricNames(lower).filter((n) => !figures.some((f) => overlaps(f, n)) && !periods.some((p) => overlaps(p, n)));
  // "expenses that will be expensed in the second quarter related to the MTS acquisition": costs named by what they are for.
  for (const m of lower.matchAll(RELATED_COSTS)) {
    const span = { start: m.index, end: m.index + m[1]!.length };
    if ([...figures, ...periods, ...names].some((x) => overlaps(x, span))) continue;
    const def = metricDefinition(/^(?:acquisition|merger)/.test(m[2]!) ? "acquisition_related_expenses" : /^integration/.test(m[2]!) ? "integration_costs" : "restructuring_costs")!;
    names.push({ def, ...span });
  }
  names.sort((a, b) => a.start - b.start);
  const company: { start: number; end: number }[] = [];
  for (const name of companyNames) {
    if (name.length < 3) continue;
    const re = new RegExp(String.raw`(?<![\w-])${escape(name)}(?:'s|’s)?(?![\w-])`, "g");
    for (const m of lower.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (![...figures, ...periods, ...names].some((x) => overlaps(x, span)) && !company.some((c) => overlaps(c, span))) company.push(span);
    }
  }
  const spans: Span[] = [
    ...figures.map((f, i) => ({ start: f.start, end: f.end, label: `F${i}` })),
    ...periods.map((p, i) => ({ start: p.start, end: p.end, label: `P${i}` })),
    ...names.map((n, i) => ({ start: n.start, end: n.end, label: `M${i}` })),
    ...company.map((c, i) => ({ start: c.start, end: c.end, label: `C${i}` })),
  ].sort((a, b) => a.start - b.start);
  let abstract = "";
  const toText: number[] = [];
  const slots = new Map<string, { start: number; end: number }>();
  let at = 0;
  const emitText = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = lower[i]!;
      if (/\s/.test(c)) {
        if (abstract.length === 0 || abstract.endsWith(" ")) continue;
        abstract += " ";
      } else abstract += c === "’" ? "'" : c;
      toText.push(i);
    }
  };
  for (const s of spans) {
    emitText(at, s.start);
    const start = abstract.length;
    const ph = `«${s.label}»`;
    abstract += ph;
    for (let k = 0; k < ph.length; k++) toText.push(s.start);
    slots.set(s.label, { start, end: abstract.length });
    at = s.end;
  }
  emitText(at, text.length);
  toText.push(text.length);
  return { text, abstract, toText, figures, periods, names, company, slots };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
