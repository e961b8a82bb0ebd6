import { describe, expect, it } from "vitest";
import { callQuarterBounds, inPeriodWindow, normalizePeriod, periodWindow } from "../../src/api/period-input.js";

describe("normalizePeriod", () => {
  it.each([
    ["2015-Q2", "2015-Q2"],
    ["2015-q2", "2015-Q2"],
    ["Q2 2015", "2015-Q2"],
    ["2015Q2", "2015-Q2"],
    ["q2-2015", "2015-Q2"],
    ["2Q 2015", "2015-Q2"],
    ["2015_Q2", "2015-Q2"],
    [" FY2015 ", "2015-FY"],
    ["2015-FY", "2015-FY"],
    ["FY 2015", "2015-FY"],
    ["2015-H1", "2015-H1"],
    ["H1 2015", "2015-H1"],
    ["1H2015", "2015-H1"],
    ["2015-9M", "2015-9M"],
  ])("reads %j as %s", (input, label) => {
    expect(normalizePeriod(input)).toBe(label);
  });

  it.each(["2015-Q9", "2015-Q0", "Q2", "2015", "summer 2015", "2015-H3", "15Q2", "1979-Q1", "2015-Q2-Q3", ""])("refuses %j, listing the accepted forms", (input) => {
    expect(() => normalizePeriod(input)).toThrow(
      `Expected a fiscal period such as 2015-Q2, Q2 2015, 2015Q2, FY2015, 2015-FY, 2015-H1, H1 2015 or 2015-9M, found ${JSON.stringify(input)}`,
    );
  });
});

describe("period windows", () => {
  it("keep periods that lie wholly within them", () => {
    const window = periodWindow({ from: "2015-Q2", to: "FY2016" });
    const inside = ["2015-Q2", "2015-Q4", "2015-H2", "2016-FY", "2016-9M", "2016-Q4"];
    const outside = ["2015-Q1", "2015-H1", "2015-FY", "2015-9M", "2017-Q1", "next year"];
    for (const label of inside) expect(inPeriodWindow(label, window), label).toBe(true);
    for (const label of outside) expect(inPeriodWindow(label, window), label).toBe(false);
  });

  it("filter by length, take one period exactly, and refuse a window that ends before it starts", () => {
    const quarters = periodWindow({ from: "2015-Q1", kind: "quarter" });
    expect(inPeriodWindow("2020-Q3", quarters)).toBe(true);
    expect(inPeriodWindow("2020-FY", quarters)).toBe(false);
    expect(inPeriodWindow("2015-FY", periodWindow({ is: "FY 2015" }))).toBe(true);
    expect(() => periodWindow({ from: "2016-Q1", to: "2015-Q4" })).toThrow('Expected period.from to come before period.to, found from "2016-Q1" after to "2015-Q4"');
    expect(() => periodWindow({ is: "2015-Q1", from: "2015-Q1" })).toThrow(/either period.is or period.from/);
    expect(periodWindow({})).toBeNull();
  });

  it("bound calls by quarter; no call reports a half or a year", () => {
    expect(callQuarterBounds(periodWindow({ from: "2015-H2", to: "2016-Q1" }))).toEqual({ fromOrd: 2015 * 4 + 2, toOrd: 2016 * 4 });
    expect(callQuarterBounds(periodWindow({ is: "2015-Q2" }))).toEqual({ fromOrd: 2015 * 4 + 1, toOrd: 2015 * 4 + 1 });
    expect(callQuarterBounds(periodWindow({ is: "2015-FY" }))).toBeNull();
    expect(callQuarterBounds(periodWindow({ kind: "year" }))).toBeNull();
    expect(callQuarterBounds(null)).toEqual({ fromOrd: null, toOrd: null });
  });
});
