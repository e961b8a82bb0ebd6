import { describe, expect, it } from "vitest";
import { chartSeries, dominantUnit, headlineActual, periodKinds, type SeriesFact, type SeriesPeriod } from "../../web/src/lib/series.js";

let next = 0;
function fact(value: number | null, options: Partial<SeriesFact> & { in?: string } = {}): SeriesFact {
  next += 1;
  return { id: `f${next}`, value, low: null, high: null, unit: "USD", basis: null, call: { periodLabel: options.in ?? null }, ...options };
}

function period(label: string, kind: string, parts: Partial<SeriesPeriod>): SeriesPeriod {
  return { periodLabel: label, period: { kind }, actuals: [], guidance: [], priors: [], ...parts };
}

describe("metric series for the chart", () => {
  const series: SeriesPeriod[] = [
    period("2014-Q2", "QUARTER", { priors: [fact(98e6, { in: "2015-Q2" })] }),
    period("2014-H1", "HALF", { priors: [fact(183.8e6, { in: "2015-Q2" })] }),
    period("2015-Q2", "QUARTER", {
      actuals: [fact(99e6, { in: "2015-Q3" }), fact(99.1e6, { in: "2015-Q2" }), fact(5, { unit: "percent", in: "2015-Q2" })],
      guidance: [fact(null, { low: 94e6, high: 98e6, in: "2015-Q1" })],
    }),
    period("2015-Q3", "QUARTER", { guidance: [fact(null, { low: 107e6, high: 111e6, in: "2015-Q2" }), fact(109e6, { in: "2015-Q2" })] }),
  ];

  it("takes the unit most facts are in and the kinds of period present, quarters first", () => {
    expect(dominantUnit(series)).toBe("USD");
    expect(periodKinds(series)).toEqual(["QUARTER", "HALF"]);
  });

  it("heads a period with the actual its own call reports, not a later restatement", () => {
    expect(headlineActual(series[2]!, "USD")?.value).toBe(99.1e6);
  });

  it("falls back to a later call's recollection and keeps guidance-only periods", () => {
    const chart = chartSeries(series, "QUARTER");
    expect(chart.points.map((p) => [p.periodLabel, p.headline?.value ?? null, p.headline?.source ?? null, p.guidance.length])).toEqual([
      ["2014-Q2", 98e6, "prior", 0],
      ["2015-Q2", 99.1e6, "actual", 1],
      ["2015-Q3", null, null, 2],
    ]);
    expect(chart.otherUnitFacts).toBe(1);
    expect(chartSeries(series, "HALF").points.map((p) => p.periodLabel)).toEqual(["2014-H1"]);
  });
});
