import { describe, expect, it } from "vitest";
import type { NodeRow } from "../../src/api/loaders.js";
import { factValue, metricSeries } from "../../src/api/metric-series.js";

const fact = (period: string, kind: string, value: number) => ({ period, kind, value }) as unknown as NodeRow;

describe("metricSeries", () => {
  it("puts actuals, guidance, priors and changes of a period side by side, oldest period first", () => {
    const series = metricSeries([
      fact("2015-FY", "guidance", 1),
      fact("2015-Q3", "guidance", 2),
      fact("2015-Q2", "actual", 3),
      fact("2015-9M", "actual", 4),
      fact("2015-H1", "actual", 5),
      fact("2014-Q2", "prior", 6),
      fact("2015-Q2", "guidance", 7),
      fact("2015-Q2", "change", 8),
      fact("next year", "guidance", 9),
    ]);
    expect(series.map((p) => p.periodLabel)).toEqual(["2014-Q2", "2015-Q2", "2015-Q3", "2015-H1", "2015-9M", "2015-FY", "next year"]);
    const q2 = series[1]!;
    expect([q2.actuals, q2.guidance, q2.priors, q2.changes].map((list) => list.map((f) => f["value"]))).toEqual([[3], [7], [], [8]]);
    expect(q2.periodId).toBe("period:2015-Q2");
  });
});

describe("the headline of a period (HEADLINE_RULE)", () => {
  let next = 0;
  const candidate = (props: Record<string, unknown>) =>
    ({ period: "2021-Q2", kind: "actual", value: 100, basis: null, confidence: 0.5, turnIndex: 3, start: 0, callFiscalYear: 2021, callFiscalQuarter: 2, graphId: `f${next++}`, ...props }) as unknown as NodeRow;
  const headline = (facts: NodeRow[], basis: string | null = null) => metricSeries(facts, { basis })[0]!.headline;

  it("takes an actual over a later call's recollection, and a recollection when there is no actual", () => {
    const actual = candidate({ value: 1 });
    const prior = candidate({ kind: "prior", value: 2, callFiscalQuarter: 3 });
    expect(headline([prior, actual])).toBe(actual);
    expect(headline([prior, candidate({ kind: "guidance" }), candidate({ kind: "change" })])).toBe(prior);
    expect(headline([candidate({ kind: "guidance" })])).toBeNull();
  });

  it("prefers the asked basis, else GAAP or unstated over non-GAAP", () => {
    const gaap = candidate({ basis: "GAAP" });
    const adjusted = candidate({ basis: "non-GAAP" });
    const unstated = candidate({ basis: null, turnIndex: 9 });
    expect(headline([adjusted, gaap])).toBe(gaap);
    expect(headline([adjusted, unstated])).toBe(unstated);
    expect(headline([gaap, unstated, adjusted], "non-GAAP")).toBe(adjusted);
  });

  it("then a point over a range, higher confidence, the latest call, and the first statement in a call", () => {
    const range = candidate({ value: null, low: 1, high: 2 });
    const point = candidate({});
    expect(headline([range, point])).toBe(point);
    const sure = candidate({ confidence: 0.9, turnIndex: 20 });
    expect(headline([point, sure])).toBe(sure);
    const restated = candidate({ callFiscalQuarter: 4, turnIndex: 30 });
    expect(headline([point, restated])).toBe(restated);
    const early = candidate({ turnIndex: 1 });
    expect(headline([point, early])).toBe(early);
  });

  it("gives the point its headline's value, a range's midpoint", () => {
    const [point] = metricSeries([candidate({ value: null, low: 94, high: 98 })]).map((p) => factValue(p.headline));
    expect(point).toBe(96);
  });
});
