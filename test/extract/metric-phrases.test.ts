import { describe, expect, it } from "vitest";
import type { MetricFact } from "../../src/model/facts.js";
import { extractMetrics } from "../../src/extract/metrics/extract-metrics.js";
import { oneTurnCall } from "./one-turn-call.js";

const callOf = (text: string) => oneTurnCall(text, "phrases.txt");

type Want = Partial<Pick<MetricFact, "metric" | "period" | "kind" | "value" | "low" | "high">>;
const short = (f: MetricFact): Want => ({ metric: f.metric, period: f.period, kind: f.kind, ...(f.value !== null ? { value: f.value } : { low: f.low!, high: f.high! }) });

/** Each row: text spoken in a Q1 2025 call, and every fact it must yield (no more). */
const rows: [string, Want[]][] = [
  // A comparison base is a prior figure of the period named after it, never guidance.
  ["Revenue reached $3.2 million in the quarter, up from $2.4 million in the fourth quarter.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 3_200_000 },
    { metric: "revenue", period: "2024-Q4", kind: "prior", value: 2_400_000 },
  ]],
  ["Deferred revenue grew to $31.4 million from $28.9 million last quarter.", [
    { metric: "deferred_revenue", period: "2025-Q1", kind: "actual", value: 31_400_000 },
    { metric: "deferred_revenue", period: "2024-Q4", kind: "prior", value: 28_900_000 },
  ]],
  ["Inventory was $18.1 million, down from $19.4 million at the end of the fourth quarter.", [
    { metric: "inventory", period: "2025-Q1", kind: "actual", value: 18_100_000 },
    { metric: "inventory", period: "2024-Q4", kind: "prior", value: 19_400_000 },
  ]],
  ["Revenue was $57.0 million, compared with $52.0 million a year ago.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 57_000_000 },
    { metric: "revenue", period: "2024-Q1", kind: "prior", value: 52_000_000 },
  ]],
  ["Revenue was $57.0 million, up 9% from the $52.3 million level achieved in Q1 of 2024.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 57_000_000 },
    { metric: "revenue_growth", period: "2025-Q1", kind: "actual", value: 9 },
    { metric: "revenue", period: "2024-Q1", kind: "prior", value: 52_300_000 },
  ]],
  // A base without a date (an earlier guidance range) is no fact.
  ["We now expect full-year revenue growth of 11% to 13%, up from 8% to 10%.", [
    { metric: "revenue_growth", period: "2025-FY", kind: "guidance", low: 11, high: 13 },
  ]],
  ["We continue to expect full-year revenue growth of 8% to 10%.", [
    { metric: "revenue_growth", period: "2025-FY", kind: "guidance", low: 8, high: 10 },
  ]],
  // "our ... range" recalls the guidance for the period being reported.
  ["Gross margin was 48.3%, within our 47.5% to 48.5% range.", [
    { metric: "gross_margin", period: "2025-Q1", kind: "actual", value: 48.3 },
    { metric: "gross_margin", period: "2025-Q1", kind: "guidance", low: 47.5, high: 48.5 },
  ]],
  ["Earnings per share were $0.16, at the top of our $0.13 to $0.16 range.", [
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 0.16 },
    { metric: "eps", period: "2025-Q1", kind: "guidance", low: 0.13, high: 0.16 },
  ]],
  // A profit as a share of revenue is its margin.
  ["Operating income was $4.7 million, or 9.0% of revenue.", [
    { metric: "operating_income", period: "2025-Q1", kind: "actual", value: 4_700_000 },
    { metric: "operating_margin", period: "2025-Q1", kind: "actual", value: 9 },
  ]],
  ["Net income was $4.1 million.", [{ metric: "net_income", period: "2025-Q1", kind: "actual", value: 4_100_000 }]],
  // Words in front of a head name a company-specific metric; scope and basis words do not.
  ["Total Wireless operating revenue was $21.9 billion in the quarter.", [{ metric: "wireless_revenue", period: "2025-Q1", kind: "actual", value: 21_900_000_000 }]],
  ["Subscription revenue, which is mostly software, reached $3.2 million.", [{ metric: "subscription_revenue", period: "2025-Q1", kind: "actual", value: 3_200_000 }]],
  ["Our Wireline segment EBITDA margin was 20.4%.", [{ metric: "wireline_ebitda_margin", period: "2025-Q1", kind: "actual", value: 20.4 }]],
  ["Our offers have led to post-paid phone churn of 0.80% for the quarter.", [{ metric: "postpaid_phone_churn", period: "2025-Q1", kind: "actual", value: 0.8 }]],
  ["Global Q1 MRR churn was 1.9%.", [{ metric: "mrr_churn", period: "2025-Q1", kind: "actual", value: 1.9 }]],
  ["Smartphone net additions in the quarter were 220,000.", [{ metric: "smartphone_net_adds", period: "2025-Q1", kind: "actual", value: 220_000 }]],
  ["Total revenue was $57.0 million and adjusted EBITDA was $9.1 million.", [
    { metric: "revenue", period: "2025-Q1", kind: "actual", value: 57_000_000 },
    { metric: "adjusted_ebitda", period: "2025-Q1", kind: "actual", value: 9_100_000 },
  ]],
  ["We last guided that we expected revenues of between $94 million and $98 million.", [{ metric: "revenue", period: "2025-Q2", kind: "guidance", low: 94_000_000, high: 98_000_000 }]],
  ["Global AFFO was $712 million.", [{ metric: "affo", period: "2025-Q1", kind: "actual", value: 712_000_000 }]],
  // Not a metric of the company: revenue recognition, a share price, a figure of something else.
  ["Adjusted earnings per share before the impact of revenue recognition was up 1.1%.", [{ metric: "eps_growth", period: "2025-Q1", kind: "actual", value: 1.1 }]],
  ["We sold some shares in the quarter and the average was $697 a share.", []],
  ["We ended the quarter with $119.1 billion of total debt, comprised of $109.0 billion of unsecured debt.", [{ metric: "total_debt", period: "2025-Q1", kind: "actual", value: 119_100_000_000 }]],
  ["Total debt was $5.2 billion and net debt was $4.0 billion.", [
    { metric: "total_debt", period: "2025-Q1", kind: "actual", value: 5_200_000_000 },
    { metric: "net_debt", period: "2025-Q1", kind: "actual", value: 4_000_000_000 },
  ]],
  // A fall is a negative growth; a sentence opened by "Sequentially" speaks of sequential growth throughout.
  ["Sequentially, sales were down 2% in U.S. dollars and 4% organically.", [
    { metric: "revenue_sequential_growth", period: "2025-Q1", kind: "actual", value: -2 },
    { metric: "organic_sequential_growth", period: "2025-Q1", kind: "actual", value: -4 },
  ]],
  ["Adjusted diluted EPS grew a very significant 53% from prior year to another new record of $0.61.", [
    { metric: "eps_growth", period: "2025-Q1", kind: "actual", value: 53 },
    { metric: "eps", period: "2025-Q1", kind: "actual", value: 0.61 },
  ]],
  // Segment walk-throughs: the segment's sales figures are named for it, the company's totals are not.
  ["Now turning to the military market. The military market represented 11% of our sales. Sales grew a strong 45% from the prior year. Now turning to our outlook. We expect sales growth of 14% to 16% in the second quarter.", [
    { metric: "military_revenue_growth", period: "2025-Q1", kind: "actual", value: 45 },
    { metric: "revenue_growth", period: "2025-Q2", kind: "guidance", low: 14, high: 16 },
  ]],
  ["We saw growth in industrial by 33% organically and automotive by 44% organically.", [
    { metric: "industrial_organic_growth", period: "2025-Q1", kind: "actual", value: 33 },
    { metric: "automotive_organic_growth", period: "2025-Q1", kind: "actual", value: 44 },
  ]],
  ["Cabelcon, which also has sales of approximately $25 million, is a designer of connectors.", []],
  ["Total available liquidity at the end of the quarter was $4.1 billion.", []],
  // "These expenses": the metric the previous sentence named, derived from its words.
  ["Our guidance excludes expenses that will be incurred related to the Acme acquisition. These expenses, which we expect to total approximately $85 million or $0.12 per share, include severance.", [
    { metric: "acquisition_related_expenses", period: "2025-Q2", kind: "guidance", value: 85_000_000 },
    { metric: "acquisition_related_expenses_per_share", period: "2025-Q2", kind: "guidance", value: 0.12 },
  ]],
  ["We booked restructuring charges in the quarter. These charges were $12 million.", [
    { metric: "restructuring_charges", period: "2025-Q1", kind: "actual", value: 12_000_000 },
  ]],
  ["These costs were $3 million.", []],
  // A new clause with a subject of its own does not borrow the earlier metric.
  ["We received purchase orders from four states, and our pipeline of projects now exceeds $40 million.", []],
  // Balances are struck at the end of a quarter, even when the sentence speaks of the year.
  ["Revenue for 2024 was $211.0 million, and cash and marketable securities were $92.7 million at the end of 2024.", [
    { metric: "revenue", period: "2024-FY", kind: "prior", value: 211_000_000 },
    { metric: "cash_and_investments", period: "2024-Q4", kind: "prior", value: 92_700_000 },
  ]],
  ["As expected, Oath gross revenue decreased sequentially about 13% from the fourth quarter to $1.9 billion.", [
    { metric: "oath_revenue_sequential_growth", period: "2025-Q1", kind: "actual", value: -13 },
    { metric: "oath_revenue", period: "2025-Q1", kind: "actual", value: 1_900_000_000 },
  ]],
  // Bare counts only right by their metric.
  ["Overall, we gained 260,000 post-paid net adds, consisting of phone losses of 24,000, offset by 359,000 other connected devices.", [
    { metric: "postpaid_net_adds", period: "2025-Q1", kind: "actual", value: 260_000 },
  ]],
  // An effect on EPS is not EPS (one named by its cause is its own fact); a move of the guidance is not the metric's level.
  ["Year to date, the total effect of the pension change was $0.11 per share.", [
    { metric: "pension_change_eps_impact", period: "2025-Q1", kind: "actual", value: 0.11 },
  ]],
  ["That left an impact on EPS of about $0.04 per share.", []],
  ["We're raising our underlying 2025 AFFO by $52 million to grow between 10% and 11%.", [
    { metric: "affo_guidance_increase", period: "2025-FY", kind: "guidance", value: 52_000_000 },
    { metric: "affo_growth", period: "2025-FY", kind: "guidance", low: 10, high: 11 },
  ]],
  ["We have full access to our $4 billion line of credit.", []],
  ["Total debt rose, mainly due to asset-backed borrowings of $3.8 billion.", []],
  ["Capital spending was $3.3 billion in the quarter, bringing the year-to-date spend to $7.8 billion.", [
    { metric: "capex", period: "2025-Q1", kind: "actual", value: 3_300_000_000 },
    { metric: "capex", period: "2025-Q1", kind: "actual", value: 7_800_000_000 },
  ]],
  ["For the full year we expect the impact on earnings per share to be between $0.27 and $0.31.", []],
  ["We're taking about a $180 million hit to the top line and about $85 million to the EBITDA line.", []],
  ["Relative to our prior guidance, we're increasing our underlying revenues by $15 million.", [
    { metric: "revenue_guidance_increase", period: "2025-FY", kind: "guidance", value: 15_000_000 },
  ]],
  ["Adjusted EBITDA margin was 35.8%, which was down 70 basis points due to higher equipment revenue.", [
    { metric: "adjusted_ebitda_margin", period: "2025-Q1", kind: "actual", value: 35.8 },
    { metric: "adjusted_ebitda_margin", period: "2025-Q1", kind: "change", value: -70 },
  ]],
  ["We expect 2025 underlying adjusted EBITDA to increase by $46 million compared to our prior guidance.", [
    { metric: "adjusted_ebitda_guidance_increase", period: "2025-FY", kind: "guidance", value: 46_000_000 },
  ]],
  ["Our cash balance increased due to strong operating cash flow and about $800 million of ATM activity settled in the quarter.", []],
  ["We expect operating expenses of around $21.5 million per quarter in the second half.", [
    { metric: "operating_expenses", period: "2025-Q3", kind: "guidance", value: 21_500_000 },
  ]],
  ["Our Wireless EBITDA margin as a percent of total revenue was 46.3%.", [
    { metric: "wireless_ebitda_margin", period: "2025-Q1", kind: "actual", value: 46.3 },
  ]],
  ["We now expect to incur $20 million of integration costs in 2025.", [
    { metric: "integration_costs", period: "2025-FY", kind: "guidance", value: 20_000_000 },
  ]],
  ["Capital expenditures are expected to range between $2.1 billion and $2.3 billion in 2025, including about $190 million of recurring CapEx.", [
    { metric: "capex", period: "2025-FY", kind: "guidance", low: 2_100_000_000, high: 2_300_000_000 },
    { metric: "recurring_capex", period: "2025-FY", kind: "guidance", value: 190_000_000 },
  ]],
  ["Adjusted EBITDA included a $5 million FX impact when compared to our prior guidance rates and $4 million of integration costs.", [
    { metric: "integration_costs", period: "2025-Q1", kind: "actual", value: 4_000_000 },
  ]],
  ["As it relates to the 50% EBITDA margin target, we are not shifting our emphasis.", []],
  ["For the quarter, capital expenditures were approximately $553 million, including recurring CapEx of $50 million.", [
    { metric: "capex", period: "2025-Q1", kind: "actual", value: 553_000_000 },
    { metric: "recurring_capex", period: "2025-Q1", kind: "actual", value: 50_000_000 },
  ]],
  ["Included in the differences is approximately $0.21 due to tax reform.", []],
  // An effect on EPS named by its cause is a fact of its own, never EPS itself.
  ["Year to date, the combined impact of the new lease standard was $0.09 per share.", [
    { metric: "new_lease_standard_eps_impact", period: "2025-Q1", kind: "actual", value: 0.09 },
  ]],
  // Customers the company says it added are net additions; not those an acquisition added, nor a trailing span's.
  ["We added 48,000 broadband customers in the quarter.", [{ metric: "broadband_net_adds", period: "2025-Q1", kind: "actual", value: 48_000 }]],
  ["The acquisition added 9,000 customers to our base.", []],
  ["We have added 30,000 customers over the last nine months.", []],
  // A balance at the close of last year is its fourth quarter's.
  ["We ended last year with $64.5 million in cash and investments.", [
    { metric: "cash_and_investments", period: "2024-Q4", kind: "prior", value: 64_500_000 },
  ]],
  // The margin named right after a segment's metric is the segment's; revenue before a head is no qualifier.
  ["Our cable EBITDA was $4.1 billion in the quarter. As a share of total revenue EBITDA margin was 38.5%.", [
    { metric: "cable_ebitda", period: "2025-Q1", kind: "actual", value: 4_100_000_000 },
    { metric: "cable_ebitda_margin", period: "2025-Q1", kind: "actual", value: 38.5 },
  ]],
  ["Our cable EBITDA was $4.1 billion in the quarter. Consolidated EBITDA margin was 31.2%.", [
    { metric: "cable_ebitda", period: "2025-Q1", kind: "actual", value: 4_100_000_000 },
    { metric: "ebitda_margin", period: "2025-Q1", kind: "actual", value: 31.2 },
  ]],
  ["Accessory sales revenue was $12 million.", [{ metric: "accessory_revenue", period: "2025-Q1", kind: "actual", value: 12_000_000 }]],
  // A "respectively" list pairs in order; a bare number takes the unit of the list's last figure,
  // and items that are no metric of ours ("days in inventory") leave their figure unread.
  ["Days in inventory, days sales outstanding and days payable came to 91, 66 and 48 days, respectively.", [
    { metric: "dso", period: "2025-Q1", kind: "actual", value: 66 },
  ]],
];

describe("metric phrase rules", () => {
  it.each(rows)("%s", (text, want) => {
    const got = extractMetrics({ transcript: callOf(text), call: { year: 2025, quarter: 1 } }).map(short);
    expect(got).toEqual(want);
  });
});
