import { describe, expect, it } from "vitest";
import type { NodeRow } from "../../src/api/loaders.js";
import { metricSeries } from "../../src/api/metric-series.js";

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
