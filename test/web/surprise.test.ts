import { describe, expect, it } from "vitest";
import { guidanceMidpoint, surprise } from "../../web/src/lib/surprise.js";

describe("surprise", () => {
  it("measures Calix's 2015-Q2 revenue of 99.1M from the middle of the 94-98M guidance", () => {
    const result = surprise({ low: 94e6, high: 98e6, unit: "USD" }, 99.1e6)!;
    expect(result.percent).toBeCloseTo(((99.1 - 96) / 96) * 100, 10);
    expect(result.widths).toBeCloseTo(3.1 / 4, 10);
    expect(result.points).toBeNull();
  });

  it("gives percent metrics in points, not a percent of a percent", () => {
    const result = surprise({ low: 48, high: 49, unit: "percent" }, 51)!;
    expect(result.points).toBeCloseTo(2.5, 10);
    expect(result.percent).toBeNull();
    expect(result.widths).toBeCloseTo(2.5, 10);
  });

  it("measures point guidance from the point, with no range width", () => {
    const result = surprise({ value: 21.5e6, unit: "USD" }, 21e6)!;
    expect(result.percent).toBeCloseTo((-0.5 / 21.5) * 100, 10);
    expect(result.widths).toBeNull();
  });

  it("divides by the midpoint's size when guidance is a loss", () => {
    expect(surprise({ low: -0.06, high: -0.02, unit: "USD" }, 0.06)!.percent).toBeCloseTo(250, 10);
  });

  it("has no percent around a zero midpoint and nothing without a guided figure", () => {
    expect(surprise({ low: -1, high: 1, unit: "USD" }, 0.5)).toMatchObject({ percent: null, widths: 0.25 });
    expect(surprise({ unit: "USD" }, 5)).toBeNull();
    expect(guidanceMidpoint({ low: 2, high: null, unit: "USD" })).toBe(2);
  });
});
