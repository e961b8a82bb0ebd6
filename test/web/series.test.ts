import { describe, expect, it } from "vitest";
import { chartSeries, dominantUnit, periodKinds, type SeriesFact, type SeriesPeriod } from "../../web/src/lib/series.js";

let next = 0;
function fact(value: number | null, options: Partial<SeriesFact> & { in?: string } = {}): SeriesFact {
  next += 1;
  return { id: `f${next}`, value, low: null, high: null, unit: "USD", basis: null, call: { periodLabel: options.in ?? null }, ...options };
}

function period(label: string, kind: string, parts: Partial<SeriesPeriod>): SeriesPeriod {
  return { periodLabel: label, period: { kind }, headline: null, actuals: [], guidance: [], priors: [], ...parts };
}

function headline(fact: SeriesFact, kind = "ACTUAL"): SeriesFact & { kind: string } {
  return { ...fact, kind };
}

describe("metric series for the chart", () => {
  const q2Actual = fact(99.1e6, { in: "2015-Q2" });
  const q2Prior = fact(98e6, { in: "2015-Q2" });
  const h1Prior = fact(183.8e6, { in: "2015-Q2" });
  const series: SeriesPeriod[] = [
    period("2014-Q2", "QUARTER", { priors: [q2Prior], headline: headline(q2Prior, "PRIOR") }),
    period("2014-H1", "HALF", { priors: [h1Prior], headline: headline(h1Prior, "PRIOR") }),
    period("2015-Q2", "QUARTER", {
      actuals: [fact(99e6, { in: "2015-Q3" }), q2Actual, fact(5, { unit: "percent", in: "2015-Q2" })],
      headline: headline(q2Actual),
      guidance: [fact(null, { low: 94e6, high: 98e6, in: "2015-Q1" })],
    }),
    period("2015-Q3", "QUARTER", { guidance: [fact(null, { low: 107e6, high: 111e6, in: "2015-Q2" }), fact(109e6, { in: "2015-Q2" })] }),
  ];

  it("takes the unit most facts are in and the kinds of period present, quarters first", () => {
    expect(dominantUnit(series)).toBe("USD");
    expect(periodKinds(series)).toEqual(["QUARTER", "HALF"]);
  });

  it("draws the API's headline, marks a recollection as such, and keeps guidance-only periods", () => {
    const chart = chartSeries(series, "QUARTER");
    expect(chart.points.map((p) => [p.periodLabel, p.headline?.value ?? null, p.headline?.source ?? null, p.guidance.length])).toEqual([
      ["2014-Q2", 98e6, "prior", 0],
      ["2015-Q2", 99.1e6, "actual", 1],
      ["2015-Q3", null, null, 2],
    ]);
    expect(chart.otherUnitFacts).toBe(1);
    expect(chart.points[1]!.headline!.fact.id).toBe(q2Actual.id);
    expect(chartSeries(series, "HALF").points.map((p) => p.periodLabel)).toEqual(["2014-H1"]);
  });
});
