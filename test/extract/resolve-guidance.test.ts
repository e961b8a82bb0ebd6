import { describe, expect, it } from "vitest";
import type { MetricFact } from "../../src/model/facts.js";
import { resolveGuidance } from "../../src/extract/metrics/resolve-guidance.js";

function fact(f: Partial<MetricFact> & Pick<MetricFact, "metric" | "kind">): MetricFact {
  return {
    value: null, low: null, high: null, unit: "USD", period: "2015-Q2", basis: null, statedBy: "company",
    speaker: null, turn: 0, quote: "", start: 0, end: 0, scope: "company", confidence: 1, ...f,
  };
}

describe("resolveGuidance", () => {
  const cases: [string, MetricFact, MetricFact, string, string | null][] = [
    ["revenue above the range is a beat", fact({ metric: "revenue", kind: "guidance", low: 94e6, high: 98e6 }), fact({ metric: "revenue", kind: "actual", value: 99.1e6 }), "above", "beat"],
    ["revenue inside the range is met", fact({ metric: "revenue", kind: "guidance", low: 94e6, high: 98e6 }), fact({ metric: "revenue", kind: "actual", value: 98e6 }), "within", "met"],
    ["revenue below the range is a miss", fact({ metric: "revenue", kind: "guidance", low: 94e6, high: 98e6 }), fact({ metric: "revenue", kind: "actual", value: 90e6 }), "below", "missed"],
    ["operating expenses below the range is a beat", fact({ metric: "operating_expenses", kind: "guidance", low: 48e6, high: 49e6 }), fact({ metric: "operating_expenses", kind: "actual", value: 47.3e6 }), "below", "beat"],
    ["negative EPS guidance", fact({ metric: "eps", kind: "guidance", low: -0.06, high: -0.02 }), fact({ metric: "eps", kind: "actual", value: 0.06 }), "above", "beat"],
    ["capex has no direction", fact({ metric: "capex", kind: "guidance", low: 17e9, high: 17.8e9, period: "2018-FY" }), fact({ metric: "capex", kind: "actual", value: 17.5e9, period: "2018-FY" }), "within", null],
    ["a point guidance met within half a percent", fact({ metric: "gross_margin", unit: "percent", kind: "guidance", value: 50 }), fact({ metric: "gross_margin", unit: "percent", kind: "actual", value: 50.1 }), "within", "met"],
  ];
  it.each(cases)("%s", (_name, g, a, position, verdict) => {
    const [o] = resolveGuidance({ guidance: [g], actuals: [a] });
    expect(o).toMatchObject({ metric: g.metric, period: g.period, guidance: 0, actual: 0, position, verdict });
  });

  it("resolves a guided growth rate by the reported growth rate (a change in percent), never by a change in points or dollars", () => {
    const g = fact({ metric: "revenue", unit: "percent", kind: "guidance", low: 4, high: 6, period: "2018-FY" });
    const grew = fact({ metric: "revenue", unit: "percent", kind: "change", value: 6.5, period: "2018-FY" });
    expect(resolveGuidance({ guidance: [g], actuals: [grew] })).toEqual([{ metric: "revenue", period: "2018-FY", guidance: 0, actual: 0, position: "above", verdict: "beat" }]);
    expect(resolveGuidance({ guidance: [g], actuals: [fact({ metric: "revenue", kind: "change", value: 12e6, period: "2018-FY" })] })).toEqual([]);
    const margin = fact({ metric: "gross_margin", unit: "percent", kind: "guidance", low: 40, high: 41, period: "2018-FY" });
    expect(resolveGuidance({ guidance: [margin], actuals: [fact({ metric: "gross_margin", unit: "percent", kind: "change", value: 0.8, period: "2018-FY" })] })).toEqual([]);
  });

  it("matches only the same metric, period and unit", () => {
    const g = fact({ metric: "revenue", kind: "guidance", low: 1, high: 2, period: "2018-FY" });
    expect(resolveGuidance({ guidance: [g], actuals: [fact({ metric: "revenue", kind: "actual", value: 3, period: "2018-Q2" })] })).toEqual([]);
    expect(resolveGuidance({ guidance: [g], actuals: [fact({ metric: "eps", kind: "actual", value: 3, period: "2018-FY" })] })).toEqual([]);
  });

  it("prefers the actual with the guidance's basis and never pairs GAAP with non-GAAP", () => {
    const g = fact({ metric: "eps", kind: "guidance", low: 0.53, high: 0.55, basis: "non-GAAP" });
    const actuals = [fact({ metric: "eps", kind: "actual", value: 0.59, basis: "GAAP" }), fact({ metric: "eps", kind: "actual", value: 0.61, basis: "non-GAAP" })];
    expect(resolveGuidance({ guidance: [g], actuals })).toEqual([{ metric: "eps", period: "2015-Q2", guidance: 0, actual: 1, position: "above", verdict: "beat" }]);
    expect(resolveGuidance({ guidance: [g], actuals: [actuals[0]!] })).toEqual([]);
  });

  it("ignores analysts' figures on either side", () => {
    const g = fact({ metric: "revenue", kind: "guidance", low: 1, high: 2, statedBy: "analyst" });
    const a = fact({ metric: "revenue", kind: "actual", value: 3 });
    expect(resolveGuidance({ guidance: [g], actuals: [a] })).toEqual([]);
    expect(resolveGuidance({ guidance: [{ ...g, statedBy: "company" }], actuals: [{ ...a, statedBy: "analyst" }] })).toEqual([]);
  });
});
