/**
 * "Respectively" lists and per-share figures, on sentences written for this test: each row is
 * spoken in the prepared remarks of a Q1 2025 call and lists every fact it must yield (no more).
 */
import { describe, expect, it } from "vitest";
import type { MetricFact } from "../../src/model/facts.js";
import { extractMetrics } from "../../src/extract/metrics/extract-metrics.js";
import { oneTurnCall } from "./one-turn-call.js";

const callOf = (text: string) => oneTurnCall(text, "lists.txt");

type Want = Partial<Pick<MetricFact, "metric" | "period" | "kind" | "value" | "low" | "high" | "basis">>;
const short = (f: MetricFact): Want => ({
  metric: f.metric, period: f.period, kind: f.kind, ...(f.value !== null ? { value: f.value } : { low: f.low!, high: f.high! }), basis: f.basis,
});

const rows: [string, Want[]][] = [
  // Items pair with figures in order; a figure before the list is read on its own.
  ["We finished the quarter with net sales of $812 million, and GAAP and adjusted diluted EPS of $0.41 and $0.47, respectively.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 812_000_000, basis: null },
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 0.41, basis: "GAAP" },
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 0.47, basis: "non-GAAP" },
  ]],
  // An elliptical item borrows the head of the last one.
  ["Operating and free cash flow came in at $96 million and $71 million, respectively.", [
    { metric: "operating_cash_flow", period: "2025-Q1", kind: "actual", value: 96_000_000, basis: null },
    { metric: "free_cash_flow", period: "2025-Q1", kind: "actual", value: 71_000_000, basis: null },
  ]],
  ["Domestic and international revenue rose 4% and 9%, respectively.", [
    { metric: "domestic_revenue_growth", period: "2025-Q1", kind: "actual", value: 4, basis: null },
    { metric: "international_revenue_growth", period: "2025-Q1", kind: "actual", value: 9, basis: null },
  ]],
  // A basis said after the last item's name is said of every item.
  ["Sales, net income and EPS on a GAAP basis were $410 million, $38 million and $1.12, respectively.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 410_000_000, basis: "GAAP" },
    { metric: "net_income", period: "2025-Q1", kind: "actual", value: 38_000_000, basis: "GAAP" },
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 1.12, basis: "GAAP" },
  ]],
  // Lists whose items are periods, or name none of our metrics, or do not line up, yield nothing.
  ["For the three and six months, revenues were $210 million and $405 million, respectively.", []],
  ["Our northern and southern stores grew 6% and 3%, respectively.", []],
  ["Revenue, gross profit and net income were $90 million and $30 million, respectively.", []],
  // Figures after a list look back at it ("compared to ...") and are not read.
  ["Revenue and EPS were $95 million and $0.20, respectively, compared to $88 million and $0.15 a year ago.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 95_000_000, basis: null },
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 0.2, basis: null },
  ]],
  // Bare counts in a list are never read, but the rest of the sentence is.
  ["Total revenue was $61 million on shipments of 4,210 pumps and 1,905 valves, respectively.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 61_000_000, basis: null },
  ]],
  // Raising guidance by amounts is a guidance increase, not a level.
  ["We are raising our full-year guidance ranges for revenue and adjusted EBITDA by $25 million and $10 million, respectively.", [
    { metric: "revenue_guidance_increase", period: "2025-FY", kind: "guidance", value: 25_000_000, basis: null },
    { metric: "adjusted_ebitda_guidance_increase", period: "2025-FY", kind: "guidance", value: 10_000_000, basis: "non-GAAP" },
  ]],
  // A REIT's funds from operations per share are not earnings per share.
  ["Core FFO for the quarter was $0.52 per share.", [
    { metric: "ffo_per_share", period: "2025-Q1", kind: "actual", value: 0.52, basis: "non-GAAP" },
  ]],
  ["Funds from operations were $30 million, or $0.31 on a per share basis.", [
    { metric: "ffo", period: "2025-Q1", kind: "actual", value: 30_000_000, basis: null },
    { metric: "ffo_per_share", period: "2025-Q1", kind: "actual", value: 0.31, basis: null },
  ]],
  ["Same-store NOI grew 3.8% in the quarter.", [
    { metric: "same_store_net_operating_income_growth", period: "2025-Q1", kind: "actual", value: 3.8, basis: null },
  ]],
  // A per-share figure of nothing named is earnings only where the sentence speaks of earnings.
  ["Book value ended the quarter at $14.20 per share.", []],
  ["We earned $0.33 per diluted common share in the quarter.", [
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 0.33, basis: null },
  ]],
  // A month's figure has no fiscal period to hold it.
  ["March sales were up 12% over last year.", []],
];

describe("respectively lists and per-share figures", () => {
  it.each(rows)("%s", (text, want) => {
    const got = extractMetrics({ transcript: callOf(text), call: { year: 2025, quarter: 1 } }).map(short);
    expect(got).toEqual(want);
  });
});
