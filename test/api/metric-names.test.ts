import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/extract/metrics/metric-vocabulary.js";
import { CATALOG_NAMES, metricInfo } from "../../src/api/metric-catalog.js";
import { resolveMetricName } from "../../src/api/metric-names.js";

const known = [...new Set([...CATALOG_NAMES, ...METRICS.map((m) => m.name), "wireless_revenue"])];

describe("resolveMetricName", () => {
  it.each([
    ["revenue", "revenue"],
    ["Revenue", "revenue"],
    ["REVENUE", "revenue"],
    ["sales", "revenue"],
    ["Net Sales", "revenue"],
    ["Gross Margin", "gross_margin"],
    ["gross-margin", "gross_margin"],
    ["EPS", "eps"],
    ["diluted earnings per share", "eps"],
    ["opex", "operating_expenses"],
    ["free cash flow", "free_cash_flow"],
    ["Wireless Revenue", "wireless_revenue"],
  ])("%j means %s", (input, name) => {
    expect(resolveMetricName(input, known)).toBe(name);
  });

  it.each(["widget velocity", "revenue per widget", "", "sales of widgets"])("%j means nothing", (input) => {
    expect(resolveMetricName(input, known)).toBeNull();
  });

  it("answers only names the graph or the vocabulary knows", () => {
    expect(resolveMetricName("wireless revenue", ["revenue"])).toBeNull();
  });
});

describe("metricInfo", () => {
  it("gives vocabulary metrics a definition, aliases, a unit and a direction", () => {
    expect(metricInfo("revenue")).toMatchObject({ unit: "money", higherIsBetter: true, inVocabulary: true, aliases: expect.arrayContaining(["sales"]) });
    expect(metricInfo("dso")).toMatchObject({ unit: "days", higherIsBetter: false });
    expect(metricInfo("wireless_revenue")).toMatchObject({ definition: null, inVocabulary: false, unit: "money" });
  });

  it("knows every name of the DESIGN.md vocabulary", () => {
    const design = ["revenue", "gross_margin", "operating_margin", "operating_expenses", "operating_income", "net_income", "eps", "free_cash_flow",
      "operating_cash_flow", "capex", "cash_and_investments", "deferred_revenue", "inventory", "inventory_turns", "dso", "dividend",
      "share_repurchase", "international_revenue", "litigation_expense", "organic_growth"];
    expect(design.filter((name) => metricInfo(name).definition === null)).toEqual([]);
  });
});
