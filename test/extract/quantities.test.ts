import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/text/quantities.js";

type Row = [string, { value?: number; low?: number; high?: number; unit: string }[]];

describe("findQuantities", () => {
  it("reads millions before 'loss per diluted share' (a stop lost) as an amount, not an amount per share", () => {
    const text = "our consolidated net loss was $2 million loss per diluted share was $0.06 and EBITDA was $102 million";
    const got = findQuantities(text).map((q) => ({ value: q.value, perShare: q.perShare, text: text.slice(q.start, q.end) }));
    expect(got).toEqual([
      { value: 2e6, perShare: false, text: "$2 million" },
      { value: 0.06, perShare: false, text: "$0.06" },
      { value: 102e6, perShare: false, text: "$102 million" },
    ]);
  });
  const rows: Row[] = [
    ["revenues of $99.1 million", [{ value: 99_100_000, unit: "USD" }]],
    ["between $94 million and $98 million", [{ low: 94_000_000, high: 98_000_000, unit: "USD" }]],
    ["a gross margin of between 48% and 49%", [{ low: 48, high: 49, unit: "percent" }]],
    ["49% to 50% range", [{ low: 49, high: 50, unit: "percent" }]],
    ["EPS of between negative $0.06 and negative $0.02 per share", [{ low: -0.06, high: -0.02, unit: "USD" }]],
    ["a range of between $107 million in $111 million", [{ low: 107_000_000, high: 111_000_000, unit: "USD" }]],
    ["Q3 earnings per share of $0.05 to and $0.09", [{ low: 0.05, high: 0.09, unit: "USD" }]],
    ["guidance for 2022 of a $1.42 to a $1.48", [{ low: 1.42, high: 1.48, unit: "USD" }]],
    ["narrowed our guidance to a $1.32 to a $1.36 per share", [{ low: 1.32, high: 1.36, unit: "USD" }]],
    ["expected to be in the range of $6.70 and to $7.40 per diluted share", [{ low: 6.7, high: 7.4, unit: "USD" }]],
    ["fourth-quarter adjusted EPS of 53 to 59 cents", [{ low: 0.53, high: 0.59, unit: "USD" }]],
    ["a loss of 42 cents per diluted share", [{ value: 0.42, unit: "USD" }]],
    ["we expect FFO to increase approximately $0.02 to $0.03 per share", [{ low: 0.02, high: 0.03, unit: "USD" }]],
    ["our $48 million or $49 million guidance range", [{ low: 48_000_000, high: 49_000_000, unit: "USD" }]],
    ["revenue of $1.3 billion, plus or minus $20 million", [{ low: 1_280_000_000, high: 1_320_000_000, unit: "USD" }]],
    ["a margin of 22.7%, plus or minus 40 basis points", [{ low: 22.3, high: 23.1, unit: "percent" }]],
    ["we expect the earnings per share range to be $6.20 up to $6.45", [{ low: 6.2, high: 6.45, unit: "USD" }]],
    ["we currently expect our fourth quarter gross margin to be 26.6% or 26.7%", [{ low: 26.6, high: 26.7, unit: "percent" }]],
    ["capex of $200 million +/- 10 million", [{ low: 190_000_000, high: 210_000_000, unit: "USD" }]],
    ["capital expenditures of $17.0 to 17.8 billion", [{ low: 17_000_000_000, high: 17_800_000_000, unit: "USD" }]],
    ["book-to-bill ratio of 1.15:1", [{ value: 1.15, unit: "times" }]],
    ["4 times in Q2 from 3.6 times in Q1", [{ value: 4, unit: "times" }, { value: 3.6, unit: "times" }]],
    ["the same healthy 37 day level", [{ value: 37, unit: "days" }]],
    ["down 70 basis points", [{ value: 70, unit: "bps" }]],
    ["a 180-basis point increase, a 20-basis-point decline", [{ value: 180, unit: "bps" }, { value: 20, unit: "bps" }]],
    ["up 2-percentage-points", [{ value: 2, unit: "percent" }]],
    ["$2.377 billion and $500K and $1.2B", [{ value: 2_377_000_000, unit: "USD" }, { value: 500_000, unit: "USD" }, { value: 1_200_000_000, unit: "USD" }]],
    ["EUR 1.5 billion", [{ value: 1_500_000_000, unit: "EUR" }]],
    ["guiding for 49-ish%", [{ value: 49, unit: "percent" }]],
    // a number said without its unit before a rate that has one is the range's low end, digits or words, expected or reported
    ["organic net sales are forecasted to grow 9 to 12%", [{ low: 9, high: 12, unit: "percent" }]],
    ["we expect organic sales for our second quarter to rise eight to 10%", [{ low: 8, high: 10, unit: "percent" }]],
    ["net sales are estimated to grow 9% to 14% year-over-year", [{ low: 9, high: 14, unit: "percent" }]],
    // movements are two figures, not a range
    ["increased from $40.6 million to $40.7 million", [{ value: 40_600_000, unit: "USD" }, { value: 40_700_000, unit: "USD" }]],
    ["increased by $6.3 million to $190.2 million", [{ value: 6_300_000, unit: "USD" }, { value: 190_200_000, unit: "USD" }]],
  ];
  it.each(rows)("%s", (text, want) => {
    const got = findQuantities(text).filter((q) => q.marked).map((q) => ({
      ...(q.value !== null ? { value: q.value } : { low: q.low!, high: q.high! }),
      unit: q.unit,
    }));
    expect(got.length).toBe(want.length);
    got.forEach((g, i) => {
      const w = want[i]!;
      expect(g.unit).toBe(w.unit);
      for (const k of ["value", "low", "high"] as const) if (w[k] !== undefined) expect((g as unknown as Record<string, number>)[k]).toBeCloseTo(w[k]!, 6);
    });
  });

  it("joins two amounts in cents said without their sign into a range, still bare", () => {
    const [q, ...rest] = findQuantities("Diluted EPS is expected to range between 7.23 and 7.38 before restructuring");
    expect(rest).toEqual([]);
    expect({ low: q!.low, high: q!.high, marked: q!.marked }).toEqual({ low: 7.23, high: 7.38, marked: false });
    // (Not three-decimal rates: "rates of 1.163 for the euro".)
    expect(findQuantities("between 1.163 and 1.351").map((f) => f.value)).toEqual([1.163, 1.351]);
  });
  it.each(["in 2015 and 2016", "Q2 and 2Q15", "NG-PON2 and 5G", "our Form 10-K", "tier 2 and tier 3"])("finds no marked figure in %s", (text) => {
    expect(findQuantities(text).filter((q) => q.marked)).toEqual([]);
  });

  it("keeps offsets of the whole expression", () => {
    const text = "we estimated revenues of between $94 million and $98 million.";
    const [q] = findQuantities(text);
    expect(text.slice(q!.start, q!.end)).toBe("$94 million and $98 million");
  });
});
