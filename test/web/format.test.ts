import { describe, expect, it } from "vitest";
import { formatDate, formatFact, formatRange, formatSignedPercent, formatSignedPoints, formatValue, metricLabel } from "../../web/src/lib/format.js";

describe("formatValue", () => {
  it.each([
    [99_100_000, "USD", "$99.1M"],
    [94_000_000, "USD", "$94M"],
    [1_234_000_000, "USD", "$1.23B"],
    [300_000, "USD", "$300K"],
    [0.15, "USD", "$0.15"],
    [0.1, "USD", "$0.10"],
    [-0.06, "USD", "\u2212$0.06"],
    [12, "USD", "$12"],
    [1.23, "USD/share", "$1.23"],
    [-0.06, "USD/share", "\u2212$0.06"],
    [0.5, "EUR/share", "\u20ac0.50"],
    [5_000_000, "EUR", "\u20ac5M"],
    [5_000_000, "CHF", "CHF 5M"],
    [47.8, "percent", "47.8%"],
    [51, "percent", "51%"],
    [120, "bps", "120 bps"],
    [45, "days", "45 days"],
    [4.2, "times", "4.2\u00d7"],
    [1_500, "count", "1.5K"],
  ])("%s %s reads %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe("formatRange", () => {
  it.each([
    [94_000_000, 98_000_000, "USD", "$94\u201398M"],
    [107_000_000, 111_000_000, "USD", "$107\u2013111M"],
    [950_000, 1_100_000, "USD", "$950K\u2013$1.1M"],
    [0.11, 0.14, "USD", "$0.11\u20130.14"],
    [0.06, 0.1, "USD", "$0.06\u20130.10"],
    [1.2, 1.3, "USD/share", "$1.20\u20131.30"],
    [-0.06, -0.02, "USD", "\u2212$0.06 to \u2212$0.02"],
    [47, 48, "percent", "47\u201348%"],
    [47.5, 48.5, "percent", "47.5\u201348.5%"],
  ])("%s to %s %s reads %s", (low, high, unit, expected) => {
    expect(formatRange(low, high, unit)).toBe(expected);
  });
});

describe("formatFact", () => {
  it("prefers the range, then the point, and says when a bound is missing", () => {
    expect(formatFact({ low: 94e6, high: 98e6, value: null, unit: "USD" })).toBe("$94\u201398M");
    expect(formatFact({ low: null, high: null, value: 109e6, unit: "USD" })).toBe("$109M");
    expect(formatFact({ low: 5, high: null, value: null, unit: "percent" })).toBe("at least 5%");
    expect(formatFact({ low: null, high: null, value: null, unit: "USD" })).toBe("no figure");
  });
});

describe("labels", () => {
  it("names metrics as people write them", () => {
    expect(metricLabel("revenue")).toBe("Revenue");
    expect(metricLabel("gross_margin")).toBe("Gross margin");
    expect(metricLabel("eps")).toBe("EPS");
    expect(metricLabel("free_cash_flow")).toBe("Free cash flow");
    expect(metricLabel("adjusted_ebitda")).toBe("Adjusted EBITDA");
  });

  it("signs surprises and keeps dates in their own calendar day", () => {
    expect(formatSignedPercent(3.2142)).toBe("+3.2%");
    expect(formatSignedPercent(-1)).toBe("\u22121.0%");
    expect(formatSignedPoints(2.5)).toBe("+2.5 pts");
    expect(formatDate("2025-08-05")).toBe("Aug 5, 2025");
    expect(formatDate(null)).toBeNull();
  });
});
