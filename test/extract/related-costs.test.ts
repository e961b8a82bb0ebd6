/**
 * Costs named by what they are spent on, on sentences written for this test: each row is spoken in
 * the prepared remarks of a Q1 2025 call and lists every fact it must yield (no more).
 */
import { describe, expect, it } from "vitest";
import type { MetricFact } from "../../src/model/facts.js";
import { extractMetrics } from "../../src/extract/metrics/extract-metrics.js";
import { oneTurnCall } from "./one-turn-call.js";
import { relatedCostMetric } from "../../src/extract/metrics/metric-vocabulary.js";

const callOf = (text: string) => oneTurnCall(text, "costs.txt");

type Want = Partial<Pick<MetricFact, "metric" | "period" | "kind" | "value">>;
const short = (f: MetricFact): Want => ({ metric: f.metric, period: f.period, kind: f.kind, value: f.value });

const rows: [string, Want[]][] = [
  // A list of costs "related to the <name> acquisition" takes the vocabulary's name, even inside another figure.
  ["Reported operating profit includes $31 million of deal, retention, integration and certain other noncash costs related to the Quorvane acquisition.", [
    { metric: "acquisition_related_expenses", period: "2025-Q1", kind: "actual", value: 31_000_000 },
  ]],
  ["Selling expenses contained $6 million of one-time charges associated with our recent Brindlewick acquisition.", [
    { metric: "acquisition_related_expenses", period: "2025-Q1", kind: "actual", value: 6_000_000 },
  ]],
  ["We booked $12 million of acquisition-related costs in the quarter.", [
    { metric: "acquisition_related_expenses", period: "2025-Q1", kind: "actual", value: 12_000_000 },
  ]],
  // Other undertakings keep their own words.
  ["Operating expenses included $4 million of consulting fees and severance costs related to the merger.", [
    { metric: "merger_related_costs", period: "2025-Q1", kind: "actual", value: 4_000_000 },
  ]],
  // Costs incurred are the period's, not guidance.
  ["We also incurred $2.5 million of restructuring expenses tied to two plant closures.", [
    { metric: "restructuring_expenses", period: "2025-Q1", kind: "actual", value: 2_500_000 },
  ]],
  // Without a scale, a cost in a sentence about earnings per share is a per-share amount; elsewhere it is no fact.
  ["Diluted EPS includes $0.05 of integration costs.", [
    { metric: "integration_costs_per_share", period: "2025-Q1", kind: "actual", value: 0.05 },
  ]],
  ["The segment carried $0.3 of transition costs.", []],
  // Savings on a cost are not the cost.
  ["We now run at $40 million of interest expense savings a year.", []],
];

describe("costs named by what they are spent on", () => {
  it.each(rows)("%s", (text, want) => {
    const got = extractMetrics({ transcript: callOf(text), call: { year: 2025, quarter: 1 } }).map(short);
    expect(got).toEqual(want);
  });

  it.each([
    ["acquisition_related_costs", "acquisition_related_expenses"],
    ["acquisitions_related_charges", "acquisition_related_expenses"],
    ["merger_related_charges", "merger_related_charges"],
    ["integration_costs", "integration_costs"],
  ])("names %s as %s", (name, want) => {
    expect(relatedCostMetric(name)).toBe(want);
  });
});
