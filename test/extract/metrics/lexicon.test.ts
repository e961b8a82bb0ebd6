/**
 * The metric table: which measure a phrase names. The longest phrase at a position wins, and a
 * look-alike with a name of its own is never a vocabulary metric.
 */
import { describe, expect, it } from "vitest";
import { findMetricNames, metricDefinition, METRICS } from "../../../src/extract/metrics/lexicon.js";

const names = (text: string): string[] => findMetricNames(text.toLowerCase()).map((m) => m.def.name);

describe("metric lexicon", () => {
  it.each<[string, string[]]>([
    ["Net sales were up in every region.", ["revenue"]],
    ["Free cash flow and cash on hand both rose.", ["free_cash_flow", "cash_and_investments"]],
    ["Adjusted EBITDA margin widened.", ["ebitda_margin"]],
    ["The estimated cash operating margin would be 35%.", ["cash_operating_margin"]],
    ["Capex was $3.8 billion and gross capital investments totaled $4.9 billion.", ["capex", "gross_capital_investment"]],
    ["DEPS grew faster than EPS guidance.", ["eps", "eps"]],
    ["Cash flow from operations before changes in working capital rose, and so did cash from operations.", ["operating_cash_flow_before_working_capital", "operating_cash_flow"]],
    ["The company generated free cash flow and unlevered free cash flow.", ["free_cash_flow", "unlevered_free_cash_flow"]],
    ["We generated operating cash, and our cash on hand grew.", ["operating_cash_flow", "cash_and_investments"]],
    ["Same-store sales grew faster than revenue.", ["comparable_sales", "revenue"]],
    ["Gross profit margin and operating margin both improved.", ["gross_margin", "operating_margin"]],
    ["Return on average equity was 11%, and return on average tangible common equity 18%.", ["return_on_equity", "return_on_tangible_common_equity"]],
    ["ROE rose while ROTCE held.", ["return_on_equity", "return_on_tangible_common_equity"]],
    ["After-tax operating income rose, and so did operating income.", ["after_tax_operating_income", "operating_income"]],
    ["Economic return on tangible common equity fell; return on tangible common equity rose.", ["economic_return", "return_on_tangible_common_equity"]],
    // "New sales" are bookings.
    ["In banking, new sales grew 17%, and net sales rose 5%.", ["revenue"]],
    ["The new revenue guidance is $13,200 million.", ["revenue"]],
    // A name before a participle is an adjective of the noun after it.
    ["We expect $10 million in revenue creating and revenue maintained capital, and revenue-generating assets grew; revenue rose.", ["revenue"]],
  ])("%s", (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it("a look-alike is never a vocabulary metric", () => {
    for (const name of ["ebitda_margin", "comparable_sales", "adjusted_ebitda"]) expect(metricDefinition(name)?.vocabulary).toBe(false);
  });

  it("names the shared vocabulary's twenty metrics, each with a unit family", () => {
    const vocabulary = METRICS.filter((m) => m.vocabulary);
    expect(vocabulary).toHaveLength(20);
    for (const m of vocabulary) expect(["money", "percent", "days", "times", "count"]).toContain(m.family);
  });

  it("a change of a measure is a metric of its own with the measure's traits", () => {
    expect(metricDefinition("gross_margin_change")).toMatchObject({ family: "percent" });
  });
});
