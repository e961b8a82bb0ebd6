/**
 * The figure pipeline on sentences written for these tests, one row per behaviour: each of the error
 * patterns the extractor is built to avoid (a figure given to the wrong noun, a segment's figure as
 * the company's, periods, kinds, impacts, units, ranges) and what it must read right.
 */
import { describe, expect, it } from "vitest";
import { extractMetricFacts } from "../../../src/extract/metrics/metric-facts.js";
import type { MetricFact } from "../../../src/model/facts.js";
import { METRICS } from "../../../src/extract/metrics/lexicon.js";
import { oneTurnCall } from "../one-turn-call.js";

/** The shared vocabulary's metrics, whose company facts the truth sets label. */
const VOCABULARY = new Set(METRICS.filter((m) => m.vocabulary).map((m) => m.name));

type Want = Partial<Pick<MetricFact, "metric" | "period" | "kind" | "value" | "low" | "high" | "unit" | "scope" | "basis">>;

/** The facts the pipeline keeps for `text`, said by an executive in a call of `period` (2025-Q2 by default). */
function factsOf(text: string, period = "2025-Q2", company = "Example Co"): MetricFact[] {
  const [year, quarter] = period.split("-Q").map(Number) as [number, number];
  const t = oneTurnCall(text);
  t.call.company = company;
  t.call.fiscalYear = year;
  t.call.fiscalQuarter = quarter;
  return extractMetricFacts(t, { year, quarter }, true).facts;
}

const pick = (f: MetricFact): Want => ({ metric: f.metric, period: f.period, kind: f.kind, value: f.value, low: f.low, high: f.high, unit: f.unit, scope: f.scope, basis: f.basis });

describe("figure pipeline: what it reads", () => {
  it.each<[string, string, Want[], string?, string?]>([
    ["a level with its period", "Revenue for the second quarter was $412 million.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 412e6, unit: "USD", scope: "company" }]],
    ["a growth rate is its measure's change in percent; a decline is negative", "Net sales declined 6% in the quarter.", [{ metric: "revenue", kind: "change", value: -6, unit: "percent" }]],
    ["basis points are percentage points", "Gross margin was 41.2%, up 80 basis points from the prior year.", [{ metric: "gross_margin", value: 41.2 }, { metric: "gross_margin", kind: "change", value: 0.8, unit: "percent" }]],
    ["EPS beside net income; EPS is money per share", "Net income was $31.5 million, or $0.64 per diluted share.", [{ metric: "net_income", value: 31.5e6, unit: "USD" }, { metric: "eps", value: 0.64, unit: "USD/share" }]],
    ["the return on equity a utility earned, beside the one allowed", "Our earned ROE was 9.5%, compared to an authorized ROE of 9.8%.", [{ metric: "return_on_equity", kind: "actual", value: 9.5, scope: "company" }]],
    ["a period something is 'flat sequentially with' is compared with, no change's own", "Gross margin was 18.6% in the quarter, flat sequentially with the prior quarter and down 80 basis points versus the prior year.", [{ metric: "gross_margin", period: "2025-Q2", kind: "actual", value: 18.6 }, { metric: "gross_margin", period: "2025-Q2", kind: "change", value: -0.8 }]],
    ["a measure named with its segment's word is not named twice", "Turning to our International segment. On a constant currency basis, International sales increased 10% or $60 million over prior year.", [{ metric: "international_revenue", kind: "change", value: 10, scope: "International", basis: "constant currency" }]],
    ["organic growth of a measure other than sales is non-GAAP; the level it grew to is the reported one", "Organic orders grew 19% in the quarter. In Meals & Beverages, organic net sales increased 12% to $1.3 billion.", [{ metric: "orders", kind: "change", value: 19, basis: "non-GAAP" }, { metric: "meals_and_beverages_revenue", kind: "actual", value: 1.3e9, basis: null }]],
    ["operating income also stated per share is an insurer's after-tax operating income, non-GAAP, and its per-share figure adjusted EPS", "The breakdown is operating income of $202 million, or $1.08 per share, and after-tax net investment gains of $28 million or $0.15 per share.", [{ metric: "after_tax_operating_income", value: 202e6, unit: "USD", basis: "non-GAAP" }, { metric: "eps", value: 1.08, unit: "USD/share", basis: "non-GAAP" }]],
    ["net operating income stated per share is no property's NOI", "Net operating income for the quarter was $193 million or $1.85 per share.", [{ metric: "after_tax_operating_income", value: 193e6 }, { metric: "eps", value: 1.85, basis: "non-GAAP" }]],
    ["a call that states its operating income after tax means it each time", "After-tax operating income was $93.5 million or $2.46 per diluted share. Operating income for the full year was $380 million.", [{ metric: "after_tax_operating_income", period: "2025-Q4", value: 93.5e6 }, { metric: "eps", value: 2.46, basis: "non-GAAP" }, { metric: "after_tax_operating_income", period: "2025-FY", value: 380e6 }], "2025-Q4"],
    ["operating income said before tax stays operating income", "Operating income was $58 million in the quarter. Pre-tax operating income was $1.6 billion or $3.18 a share on an after-tax basis.", [{ metric: "operating_income", value: 58e6 }]],
    ["growth with only currency adjusted for is in constant currency; with acquisitions too it is non-GAAP", "Adjusting for currency translation effects, net sales grew by 3% year over year. Excluding the impact of currency and acquisitions, gross margin was 41%.", [{ metric: "revenue", kind: "change", value: 3, basis: "constant currency" }, { metric: "gross_margin", value: 41, basis: "non-GAAP" }]],
    ["a list of one measure's growth on three bases: each its own basis ('at a constant currency', 'operationally' is non-GAAP)", "We delivered third quarter sales growth of 11% on a reported basis, 8% at a constant currency and 7% operationally.", [{ metric: "revenue", kind: "change", value: 11, basis: "GAAP" }, { metric: "revenue", kind: "change", value: 8, basis: "constant currency" }, { metric: "revenue", kind: "change", value: 7, basis: "non-GAAP" }]],
    ["capital returned, then its parts: each the company's dividend or buyback", "In the quarter, we returned $520 million to shareholders, including $380 million of share repurchases and $140 million in dividends paid.", [{ metric: "share_repurchase", kind: "actual", value: 380000000 }, { metric: "dividend", kind: "actual", value: 140000000 }]],
    ["a change named before its measure takes the period said right before it", "Strong organic growth contributed to the full-year growth in adjusted operating EPS of over 10%.", [{ metric: "eps", kind: "change", value: 10, period: "2025-FY" }], "2025-Q4"],
    ["a sentence opening on a named segment: a part's growth, with no company fact of a measure the company reports whole", "For the International segment, adjusted operating expenses decreased 16% and adjusted operating income decreased 175%.", [{ metric: "international_operating_income", kind: "change", value: -175, scope: "International" }]],
    ["'year to date' in words is the fiscal year's months to the quarter's end", "We also delivered strong year to date free cash flow of $8.5 billion.", [{ metric: "free_cash_flow", kind: "actual", value: 8_500_000_000, period: "2025-H1" }]],
    ["'this year's third quarter' is the call's year's quarter, and 'the prior year' beside it that quarter a year before", "Net income attributable to common shareholders from continuing operations was $13.3 million for this year's second quarter versus $9 million in the prior year.", [{ metric: "net_income", kind: "actual", value: 13_300_000, period: "2025-Q2" }, { metric: "net_income", kind: "prior", value: 9_000_000, period: "2024-Q2" }]],
    ["a margin 'compressed' by basis points fell", "Our comparable operating margin compressed by 40 basis points year over year.", [{ metric: "operating_margin", kind: "change", value: -0.4 }]],
    ["what a measure leaves out, set off by commas, makes it the adjusted measure", "Diluted earnings per share, excluding losses and gains on sales of facilities and losses on retirement of debt, increased 35% to $4.37.", [{ metric: "eps", kind: "change", value: 35, basis: "non-GAAP" }, { metric: "eps", kind: "actual", value: 4.37, basis: "non-GAAP" }]],
    ["a base compared sequentially is the quarter before", "Overall, our adjusted earnings per share improved sequentially to $0.15 from $0.07.", [{ metric: "eps", kind: "actual", value: 0.15, period: "2025-Q2" }, { metric: "eps", kind: "prior", value: 0.07, period: "2025-Q1" }]],
    ["items of an outlook said with 'to be' and no verb of their own continue it, through an item of no measure of ours", "Turning to slide eight, you can see our guidance for 2025. We continue to expect depreciation and amortization to be approximately $21 million. Net interest expense to be approximately $4 million. A diluted share count of approximately 36 million shares. And capital expenditures to be roughly $15 million.", [{ metric: "interest_expense", kind: "guidance", value: 4e6, period: "2025-FY" }, { metric: "capex", kind: "guidance", value: 15e6, period: "2025-FY" }], "2025-Q3"],
    ["pre-tax income in a walk-through of segments is the segment's; a heading on earnings ends the walk-through", "Turning to our Specialty Insurance segment. Pretax earnings totaled $20 million, up from $7 million in 2024. Turning to earnings, we reported record second quarter pre-tax income of $112 million and earnings of $1.96 per diluted share.", [{ metric: "specialty_insurance_pretax_income", kind: "actual", value: 20e6, scope: "Specialty Insurance" }, { metric: "pretax_income", kind: "actual", value: 112e6, scope: "company" }, { metric: "eps", kind: "actual", value: 1.96, scope: "company" }]],
    ["a heading of a part's own words set off by a comma names the part", "Aftermarket spares and repairs, sales were up more than 70% for the quarter. Opco, operating income of $232.2 million was up $16.6 million from last year.", [{ metric: "aftermarket_spares_and_repairs_revenue", kind: "change", value: 70, scope: "Aftermarket spares and repairs" }, { metric: "opco_operating_income", kind: "actual", value: 232.2e6, scope: "Opco" }]],
    ["a discourse word, the first item of a measure's own list or a word of measures opening with a comma names no part", "Further, return on equity was 12.6%. Distribution, selling and administrative expense of $294 million in the current quarter was $52 million higher. Taxes, the tax rate for the year was 30%.", [{ metric: "return_on_equity", value: 12.6, scope: "company" }, { metric: "sg_and_a", kind: "actual", value: 294e6, scope: "company" }, { metric: "effective_tax_rate", value: 30, period: "2025-FY", scope: "company" }], "2025-Q4"],
    ["a month before 'year-to-date' is the year to that month's end", "This brings our September year-to-date free cash flow to $522 million.", [{ metric: "free_cash_flow", kind: "actual", value: 522e6, period: "2025-9M", scope: "company" }], "2025-Q3"],
    ["a measure aimed at one end of a range has that range as its outlook", "We continue to target full-year capital spending at the low end of our $1.78 billion to $1.88 billion guidance range.", [{ metric: "capex", kind: "guidance", low: 1.78e9, high: 1.88e9, period: "2025-FY" }], "2025-Q3"],
    ["a level and its change, then a figure with a span of its own: the measure's level over that span", "Non-GAAP EPS was a record $1.70, which was up 65% year-on-year and $3.20 year-to-date, which is up 75%.", [{ metric: "eps", kind: "actual", value: 1.7, period: "2025-Q2" }, { metric: "eps", kind: "change", value: 65, period: "2025-Q2" }, { metric: "eps", kind: "actual", value: 3.2, period: "2025-H1" }]],
    ["a change said right after a comparison base is of the figure compared with", "Net income was $13.3 million for the second quarter versus $9 million in the prior year, a 47% improvement.", [{ metric: "net_income", kind: "prior", value: 9_000_000, period: "2024-Q2" }, { metric: "net_income", kind: "change", value: 47, period: "2025-Q2" }]],
    ["'was a $24.4 million loss': the loss said after the amount makes it negative", "Adjusted EBITDA was a $24.4 million loss as compared to a $37 million loss in the first quarter.", [{ metric: "adjusted_ebitda", kind: "actual", value: -24_400_000 }]],
    ["guidance raised without a period, after words on the second half, is the year's", "If we mitigate the tariffs for the remainder of 2025, our operating margin range would remain 7% to 9%. We are increasing the Financial Services segment operating income growth guidance to 75% to 85%.", [{ metric: "financial_services_operating_income", kind: "guidance", low: 75, high: 85, period: "2025-FY" }]],
    ["points a growth rate moved by are a change of the rate, not the rate", "Our second quarter comp sales improved sequentially by 17.8 percentage points compared to the first quarter. Organic growth accelerated by 300 basis points to 7%.", [{ metric: "comparable_sales", kind: "change", value: 17.8 }, { metric: "organic_growth", kind: "change", value: 3 }, { metric: "organic_growth", kind: "actual", value: 7 }]],
    ["'Corporate' before an expense or a profit is the corporate line, not the company; 'the corporate tax rate' is the company's", "Corporate operating expenses for the quarter were $4.1 million. We expect the corporate tax rate to be about 20% in the fourth quarter.", [{ metric: "corporate_operating_expenses", value: 4_100_000, scope: "Corporate" }, { metric: "effective_tax_rate", kind: "guidance", value: 20, scope: "company" }]],
    ["what contributed to a change is no scope of a figure after it", "This increase primarily reflects contribution from the Westbrook Cement Business, we acquired in March, and organic revenue improved 2%, reflecting higher volume.", [{ metric: "organic_growth", kind: "actual", value: 2, scope: "company" }]],
    ["'13% constant currency' after a figure", "Revenue of $1.3 billion increased 16% on a reported basis or 13% constant currency.", [{ metric: "revenue", kind: "change", value: 16, basis: "GAAP" }, { metric: "revenue", kind: "change", value: 13, basis: "constant currency" }]],
    ["'reported' makes no GAAP figure of a measure GAAP does not define (FFO), said per share either", "Reported year-to-date core FFO of $62.3 million or $2.43 per diluted share.", [{ metric: "ffo", value: 62.3e6, basis: "non-GAAP" }, { metric: "ffo_per_share", value: 2.43, basis: "non-GAAP" }], "2025-Q3"],
    ["a call's 'we will be discussing non-GAAP numbers' speaks of its earnings, not of its balances", "We will be discussing non-GAAP numbers during this call. We ended the quarter with $629 million of total liquidity, and net income was $50 million.", [{ metric: "liquidity", value: 629e6, basis: null }, { metric: "net_income", value: 50e6, basis: "non-GAAP" }]],
    ["'net cash provided by operations' is operating cash flow", "Net cash provided by operations for the third quarter increased to $107 million compared to $91 million from last year's quarter.", [{ metric: "operating_cash_flow", period: "2025-Q3", kind: "actual", value: 107e6 }, { metric: "operating_cash_flow", period: "2024-Q3", kind: "prior", value: 91e6 }], "2025-Q3"],
    ["a home market named earlier in the sentence is no scope of the international sales after it", "Our US sales were up about 33% or $22 million and our international sales were up about 16% or $8 million.", [{ metric: "international_revenue", kind: "change", value: 16, scope: "company" }]],
    ["a sentence that opens on the consolidated results cancels the walk-through the last one announced", "For more detail on the segment results, please refer to the earnings release. Beginning with our consolidated results on slide six, our second quarter revenues of $2.2 billion increased approximately 10% compared to the same period last year. Operating income for the quarter of $128 million increased by $71 million from the second quarter of 2024.", [{ metric: "revenue", kind: "actual", value: 2.2e9, scope: "company" }, { metric: "revenue", kind: "change", value: 10, scope: "company" }, { metric: "operating_income", kind: "actual", value: 128e6, scope: "company" }, { metric: "operating_income", kind: "change", value: 71e6, scope: "company" }]],
    ["a sentence that opens 'This compares to' is on the one earlier period it names, every figure of it", "Cash from operations was $96 million in the quarter. This compares to cash from operations of $201 million and $75 million of net capital expenditures or free cash flow of $126 million in the second quarter of 2024.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: 96e6 }, { metric: "operating_cash_flow", period: "2024-Q2", kind: "prior", value: 201e6 }, { metric: "free_cash_flow", period: "2024-Q2", kind: "prior", value: 126e6 }]],
    ["a dividend's total after its amount per share, and a buyback joined to it by 'and'", "During the second quarter, we paid dividends of $1.14 per share or $46 million and repurchased approximately 95,000 shares at a cost of $20 million.", [{ metric: "dividend", value: 1.14, unit: "USD/share" }, { metric: "dividend", value: 46e6, unit: "USD" }, { metric: "share_repurchase", value: 20e6 }]],
    ["'cash flows provided by operations' is operating cash flow; 'committed to generating' a level is an outlook", "Cash flows provided by operations were $20 million in Q2. For the full year, we remain committed to generating a minimum of $600 million in free cash flow.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: 20e6 }, { metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 600e6 }]],
    ["a growth rate 'to' an amount per share is the growth of that amount per share", "Net income increased 5% to $1.20 per share. Normalized FFO increased 1.5% to $1.34 per share.", [{ metric: "eps", kind: "change", value: 5 }, { metric: "ffo_per_share", kind: "change", value: 1.5 }]],
    ["what a spend, a balance or an expense line leaves out of its scope makes no adjusted figure of it", "Capital expenditures were $19 million, excluding the equipment acquired under a finance lease. We ended the quarter with cash and cash equivalents of $486 million excluding restricted cash. Net income was $50 million, excluding special items.", [{ metric: "capex", value: 19e6, basis: null }, { metric: "cash_and_investments", value: 486e6, basis: null }, { metric: "net_income", value: 50e6, basis: "non-GAAP" }]],
    ["'we see' a measure ranging, at or of an amount is an outlook", "For Q1, we see total revenues ranging from $345 million to $375 million. So on a companywide basis, we see annual revenue of about $39.2 billion.", [{ metric: "revenue", period: "2026-Q1", kind: "guidance", low: 345e6, high: 375e6 }, { metric: "revenue", period: "2026-FY", kind: "guidance", value: 39.2e9 }], "2025-Q4"],
    ["a basis after the figure that a contrast opens is the next clause's", "On a GAAP basis, our effective tax rate for the quarter was 15%, while on a non-GAAP basis, our effective tax rate for the quarter was 21%.", [{ metric: "effective_tax_rate", value: 15, basis: "GAAP" }, { metric: "effective_tax_rate", value: 21, basis: "non-GAAP" }]],
    ["a basis word that qualifies another measure's name is not the figure's", "We continue to produce adjusted distributable earnings that support the $0.20 per share quarterly dividend.", [{ metric: "dividend", value: 0.2, basis: null }]],
    ["a basis word before two joined names is both's; a margin shares its profit's", "Adjusted direct operating expenses and SG&A expenses were down 8.9%. GAAP operating earnings and operating margin in the quarter were $119.7 million and 12.5%, respectively.", [{ metric: "sg_and_a", value: -8.9, basis: "non-GAAP" }, { metric: "operating_margin", value: 12.5, basis: "GAAP" }]],
    ["'FX neutral' is a basis, no part's name, and no basis of the next measure's figure", "For 2025 our results included FX neutral adjusted EBITDA growth of 2%, FX neutral total revenue growth of 11% and free cash flow of $462 million.", [{ metric: "adjusted_ebitda", value: 2, scope: "company" }, { metric: "revenue", value: 11, scope: "company", basis: "constant currency" }, { metric: "free_cash_flow", value: 462e6, basis: null }], "2025-Q4"],
    ["a basis that qualifies an earlier measure is not the next measure's", "We expect full year GAAP EPS of $4.98 to $5.08 on revenue of $690 million to $700 million.", [{ metric: "eps", basis: "GAAP" }, { metric: "revenue", low: 690e6, basis: null }], "2025-Q4"],
    ["what is left out, between commas just before a later measure's name, is the later measure's", "Reported operating profit margin was 1.3%, down 280 basis points from the prior year and, after excluding the restructuring and other special items, operating profit margin was 2.6%, down 100 basis points from the prior year.", [{ metric: "operating_margin", kind: "actual", value: 1.3, basis: "GAAP" }, { metric: "operating_margin", kind: "actual", value: 2.6, basis: "non-GAAP" }, { metric: "operating_margin", kind: "change", value: -1, basis: "non-GAAP" }]],
    ["currency words after an earlier figure are that figure's", "Sequentially, revenue increased 2.5% excluding foreign exchange and operating margin improved approximately 100 basis points to 17.1%.", [{ metric: "revenue", value: 2.5, basis: "constant currency" }, { metric: "operating_margin", kind: "change", value: 1, basis: null }, { metric: "operating_margin", kind: "actual", value: 17.1, basis: null }]],
    ["a basis said of the same measure carries to its comparison", "Non-GAAP earnings per share was $0.36 in the second quarter, compared to earnings per share of $0.06 for the second quarter of 2024.", [{ metric: "eps", value: 0.36, basis: "non-GAAP" }, { metric: "eps", value: 0.06, basis: "non-GAAP" }]],
    ["a basis said between a figure and its base is the base's", "Earnings per share were $0.38, down 46% from last year's adjusted $0.71.", [{ metric: "eps", value: 0.38, basis: null }, { metric: "eps", value: 0.71, kind: "prior", basis: "non-GAAP" }]],
    ["operating earnings per share are non-GAAP, not the GAAP earnings said before them", "This morning we announced 2024 GAAP earnings of $1.70 per share and operating earnings of $2.58 per share.", [{ metric: "eps", value: 1.7, basis: "GAAP" }, { metric: "eps", value: 2.58, basis: "non-GAAP" }], "2024-Q4"],
    ["a participle naming a kind of goods stays in the part's name", "And as a result, used vehicle revenue increased 55% for the quarter.", [{ metric: "used_vehicle_revenue", kind: "change", value: 55, scope: "used vehicle" }]],
    ["'On a year-to-date basis' before a year's measure is that year's months to the quarter's end", "On a year-to-date basis, 2025 GAAP earnings were $1,298,000,000 or $4.24 per share.", [{ metric: "net_income", period: "2025-H1", kind: "actual", value: 1.298e9 }, { metric: "eps", period: "2025-H1", kind: "actual", value: 4.24 }]],
    ["the year's guidance a sentence raises dates the outlook after it, not the quarter it gave as a reason", "Given our performance in the first quarter and outlook for the second quarter and year, we are raising 2025 guidance. We now expect 7% to 11% revenue growth and adjusted EPS of $11.40 to $12.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 7, high: 11 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 11.4, high: 12 }], "2025-Q1"],
    ["a running total taken 'up to' a level is that level, not a ceiling; the amount spent, not the shares it bought", "In the third quarter, we deployed $2.2 billion to repurchase 8.8 million of our shares, bringing our year-to-date total up to $4.9 billion.", [{ metric: "share_repurchase", period: "2025-Q3", value: 2.2e9 }, { metric: "share_repurchase", period: "2025-9M", kind: "actual", value: 4.9e9 }], "2025-Q3"],
    ["an outlook after a result, in a sentence that opens on the measure, is the measure's", "On the capex line, we'd invested $2.5 billion through the first three quarters of 2025 and expect to reach about $3.3 billion for the full year.", [{ metric: "capex", period: "2025-9M", kind: "actual", value: 2.5e9 }, { metric: "capex", period: "2025-FY", kind: "guidance", value: 3.3e9 }], "2025-Q3"],
    ["the company delivering a measure is the company's, after a region said in passing; so is a margin 'expanding' in a clause after 'with'", "In local currency, North American sales increased 15%. We delivered strong second quarter operating profit of $438 million, up $94 million from last year, with operating margins expanding 60 basis points to 20.1%.", [{ metric: "operating_income", scope: "company", kind: "actual", value: 438e6 }, { metric: "operating_income", scope: "company", kind: "change", value: 94e6 }, { metric: "operating_margin", scope: "company", kind: "change", value: 0.6 }, { metric: "operating_margin", scope: "company", kind: "actual", value: 20.1 }]],
    ["a level said as positive, stable or up sequentially 'at' a figure", "Our cash position remained stable again this quarter at $95 million. Our operating cash flow for the quarter was positive at $15 million. Capex for the quarter was up sequentially at $9.6 million as expected.", [{ metric: "cash_and_investments", kind: "actual", value: 95e6 }, { metric: "operating_cash_flow", kind: "actual", value: 15e6 }, { metric: "capex", kind: "actual", value: 9.6e6 }]],
    ["buybacks 'around' an amount in a return of capital, 'opportunistic' naming no part", "Return of capital for the first nine months was $724 million, including around $115 million in opportunistic share repurchases.", [{ metric: "share_repurchase", period: "2025-9M", scope: "company", value: 115e6 }], "2025-Q3"],
    ["revenue up 'year-over-year on an organic basis' is organic growth", "Organic growth is a key priority, and revenues increased 28% year-over-year on an organic basis.", [{ metric: "organic_growth", kind: "actual", value: 28 }]],
    ["a period after 'compared to', however the base is said, is the base's; 'cash and cash equivalent' is cash", "Inventory turns were 5.1 compared to five in the prior quarter. Our cash and cash equivalent balance at the end of the second quarter was $423 million compared to $371 million in the prior quarter.", [{ metric: "inventory_turns", period: "2025-Q2", kind: "actual", value: 5.1 }, { metric: "cash_and_investments", period: "2025-Q2", kind: "actual", value: 423e6 }, { metric: "cash_and_investments", period: "2025-Q1", kind: "prior", value: 371e6 }]],
    ["SG&A is its own line where the call gives total operating expenses a figure; 'we' after the last comma heads a 'with' clause", "Gross margin was 70%. In terms of the increased spending in the quarter, so as you mentioned, we did increase spending in Q2 with total opex up about 9% and SG&A up 11%.", [{ metric: "operating_expenses", kind: "change", value: 9 }, { metric: "sg_and_a", kind: "change", value: 11 }]],
    ["'the details of our P&L' closes a walk-through of parts too", "Looking at our non-optical communications business. Automotive revenue was $48.6 million. Now turning to the details of our P&L. Gross margin of 12.3%, up 10 basis points from Q1.", [{ metric: "gross_margin", scope: "company", kind: "actual", value: 12.3 }]],
    ["'the rest of the P&L' closes a walk-through of segments", "Overall, our International segment delivered strong results with revenue up 11%. Now moving on to the rest of the P&L. Adjusted gross margin of 69.6% fell 50 basis points on a reported basis compared to the prior year.", [{ metric: "gross_margin", scope: "company", kind: "actual", value: 69.6 }]],
    ["a measure 'now between' two figures in a 'with' clause is its outlook", "For revenue, we are raising and narrowing our guidance range with projected revenue now between $6.55 billion and $6.625 billion for the full year.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 6.55e9, high: 6.625e9 }]],
    ["'year-to-date' with a year is that year's months to the quarter's end", "This compares to year-to-date 2024 GAAP earnings of $2,999,000,000 or $9.91 per share.", [{ metric: "eps", period: "2024-H1", kind: "prior", value: 9.91 }]],
    ["a measure qualified by what it leaves out, in a relative clause or after 'excluding' another measure, is still stated", "Core operating expenses which exclude bad debt expense were $153 million in the second quarter. Looking ahead to the third quarter, we expect core operating expenses excluding bad debt expense to be in the range of $156 million to $160 million.", [{ metric: "operating_expenses", period: "2025-Q2", kind: "actual", value: 153e6, basis: "non-GAAP" }, { metric: "operating_expenses", period: "2025-Q3", kind: "guidance", low: 156e6, high: 160e6 }]],
    ["a dividend paid in a month of the call's quarter is the quarter's; 'that was a 7.1% increase' is its change", "We paid a dividend of $1.50 in June. That was a 7.1% increase sequentially and 15.4% year over year.", [{ metric: "dividend", period: "2025-Q2", kind: "actual", value: 1.5 }, { metric: "dividend", period: "2025-Q2", kind: "change", value: 7.1 }, { metric: "dividend", period: "2025-Q2", kind: "change", value: 15.4 }]],
    ["a margin set beside a profit is that profit's margin", "Adjusted EBITDA for the second quarter was $7.6 million, a margin of 23%. Operating income was $80 million and margin of 11.9%.", [{ metric: "ebitda_margin", period: "2025-Q2", kind: "actual", value: 23 }, { metric: "operating_margin", period: "2025-Q2", kind: "actual", value: 11.9 }]],
    ["'confident in our ability to deliver' is an outlook; so is a 'while delivering' clause after one", "Turning to our full-year 2025 guidance. Overall, we are confident in our ability to navigate this environment and deliver approximately 10% EBIT margin. We expect earnings per share of approximately $26.25, while delivering free cash flow of $1.7 billion.", [{ metric: "operating_margin", period: "2025-FY", kind: "guidance", value: 10 }, { metric: "eps", period: "2025-FY", kind: "guidance", value: 26.25 }, { metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 1.7e9 }]],
    ["the period compared with, then the measure given before, dates the base", "Excluding the special items, second quarter 2025 net income of $132 million or $1.38 per share compared to the second quarter of 2024, net income of $194 million or $2.04 per share.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 132e6 }, { metric: "net_income", period: "2024-Q2", kind: "prior", value: 194e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 2.04 }]],
    ["a dividend the board reduced is set, not forecast", "Capital expenditures are being reevaluated and our Board of Directors reduced our quarterly dividend from $0.37 a share to $0.25 per share.", [{ metric: "dividend", kind: "actual", value: 0.25 }]],
    ["a level, its change as a figure and a noun, then 'the prior year amount of' its base", "Adjusted operating profit amounted to $210.7 million in the quarter, a 49% increase over the prior year amount of $141.3 million.", [{ metric: "operating_income", period: "2025-Q2", kind: "actual", value: 210.7e6 }, { metric: "operating_income", period: "2025-Q2", kind: "change", value: 49 }, { metric: "operating_income", period: "2024-Q2", kind: "prior", value: 141.3e6 }]],
    ["an outlook opening on its measure and year, then 'we expect it to be'; growth that 'will be in the range of'", "In terms of free cash flow for the full year, we now expect it to be approximately $735 million. We now expect local currency sales growth for the full year will be in the range of 10% to 12%.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 735e6 }, { metric: "revenue", period: "2025-FY", kind: "guidance", low: 10, high: 12 }]],
    ["an outlook 'expected to remain in the range of'", "For the full year, adjusted revenues are expected to remain in the range of $2,145 million to $2,175 million.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 2145e6, high: 2175e6 }]],
    ["'$51 million of negative adjusted free cash flow' is an outflow", "We reported $51 million of negative adjusted free cash flow in the quarter.", [{ metric: "free_cash_flow", period: "2025-Q2", kind: "actual", value: -51e6 }]],
    // (Three labellers of three blind sets, each on their own, dated such buybacks so: Hillenbrand, Assured Guaranty, Louisiana-Pacific.)
    ["a buyback made after the quarter's end and before the call is the next quarter's, not the one reported", "Subsequent to quarter end, we repurchased $108 million of shares, and earlier this month our Board authorized an additional $500 million.", [{ metric: "share_repurchase", period: "2025-Q3", kind: "actual", value: 108e6 }]],
    ["a buyback made after the quarter's end and before the call is the next quarter's", "Subsequent to the quarter close, we repurchased an additional 1.5 million shares for $77 million.", [{ metric: "share_repurchase", period: "2025-Q3", kind: "actual", value: 77e6 }]],
    ["... also in a fourth quarter's call, and said as money spent since the quarter's last month", "Subsequent to the year end, we repurchased an additional 620,000 shares for $29 million.", [{ metric: "share_repurchase", period: "2026-Q1", kind: "actual", value: 29e6 }], "2025-Q4"],
    ["... and said as money spent since the end of the quarter's last month", "And since the end of June, we've spent an additional $140 million on buybacks.", [{ metric: "share_repurchase", period: "2025-Q3", kind: "actual", value: 140e6 }]],
    ["a dividend rate the board moved from one rate to another: the old rate is the reported quarter's, the new one the next's, the raise per share a change", "LP has declared an increase in the quarterly dividend of 13% or $0.02 per share raising it from $0.16 a share to $0.18 per share.", [{ metric: "dividend", period: "2025-Q2", kind: "prior", value: 0.16 }, { metric: "dividend", period: "2025-Q3", kind: "change", value: 0.02, unit: "USD/share" }]],
    ["... also when the board reduced it", "Our Board of Directors reduced our quarterly dividend from $0.37 a share to $0.25 per share.", [{ metric: "dividend", period: "2025-Q4", kind: "prior", value: 0.37 }, { metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.25 }], "2025-Q4"],
    ["a second change with its own span after it ('and 6% in the first nine months')", "Total operating expenses declined by 5% in the quarter and 6% in the first nine months of the year.", [{ metric: "operating_expenses", period: "2025-Q3", kind: "change", value: -5 }, { metric: "operating_expenses", period: "2025-9M", kind: "change", value: -6 }], "2025-Q3"],
    ["a level that 'finished at a rate of' and a change 'which increased' after it; a level 'measured' so much", "Our gross margin finished at a rate of 18.1%, which increased 41 basis points versus the same period last year. Days sales outstanding measured 89 days.", [{ metric: "gross_margin", period: "2025-Q2", kind: "actual", value: 18.1 }, { metric: "gross_margin", period: "2025-Q2", kind: "change", value: 0.41 }, { metric: "dso", period: "2025-Q2", kind: "actual", value: 89 }]],
    ["a measure restated by its short name ('Days sales outstanding, or DSO, measured 89 days')", "Days sales outstanding, or DSO, measured 89 days for the quarter, an increase of seven days compared to the prior year quarter. Our free cash flow, or FCF, was $120 million in the quarter.", [{ metric: "dso", period: "2025-Q2", kind: "actual", value: 89 }, { metric: "dso", kind: "change", value: 7 }, { metric: "free_cash_flow", period: "2025-Q2", kind: "actual", value: 120e6 }]],
    ["a level that an offset results in ('offset by $412 million of net capital investment, resulting in positive free cash flow of')", "During the year, we generated positive cash flow from operations of $1.9 billion, offset by $412 million of net capital investment, resulting in positive free cash flow of $1.5 billion for the year.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "actual", value: 1.5e9 }], "2025-Q4"],
    ["'per fully diluted share' is per share", "We guide GAAP Q3 earnings in the range of $0.19 to $0.39 per fully diluted share.", [{ metric: "eps", period: "2025-Q3", kind: "guidance", low: 0.19, high: 0.39, unit: "USD/share", basis: "GAAP" }]],
    ["capex spending is capex; a range for a year ahead that the company says it expects to land in is guidance", "We communicated a capex spending range of $40 million to $45 million for 2025 and expect to come in at the lower end of the range.", [{ metric: "capex", period: "2025-FY", kind: "guidance", low: 40e6, high: 45e6 }]],
    ["money generated from operating activities is operating cash flow", "In the quarter, we generated $46.3 million from operating activities, including a $22.3 million reduction in working capital.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: 46.3e6 }]],
    ["a base named as the call's quarter a year before dates the figure as the call's quarter, after a paragraph on the year", "And for the full year, diluted EPS was $1.88 versus $1.31 for the prior year. Funds from operations were $0.45 per fully diluted share compared to $0.42 per share in 4Q 2024.", [{ metric: "eps", period: "2025-FY", value: 1.88 }, { metric: "ffo_per_share", period: "2025-Q4", kind: "actual", value: 0.45 }, { metric: "ffo_per_share", period: "2024-Q4", kind: "prior", value: 0.42 }], "2025-Q4"],
    ["a sentence opening on the call's quarter a year before puts no paragraph on it", "In the fourth quarter of 2024, Europe loss from operations was $8.7 million. On a consolidated basis, our operating margin increased by approximately 610 basis points to 15.9%.", [{ metric: "operating_margin", period: "2025-Q4", kind: "actual", value: 15.9 }, { metric: "operating_margin", period: "2025-Q4", kind: "change", value: 6.1 }], "2025-Q4"],
    ["'we are guiding' is the company's outlook, not a part's name", "Revenues for Q3 are estimated to be in the range of $175 million to $190 million. As a result, we are guiding gross margin in the range of 35% to 36%.", [{ metric: "gross_margin", period: "2025-Q3", kind: "guidance", low: 35, high: 36, scope: "company" }]],
    ["a change said as a noun, then its base ('a meaningful increase from Q1 of')", "Adjusted operating income for Q2 was $29.5 million or 15.4% of revenues, a meaningful increase from Q1 of $22.6 million and 11.3% of revenues.", [{ metric: "operating_income", period: "2025-Q1", kind: "prior", value: 22.6e6 }, { metric: "operating_margin", period: "2025-Q1", kind: "prior", value: 11.3 }]],
    ["the year of an outlook, after an infinitive and inside 'the range of', dates its figures", "Our strong second quarter gives us the confidence to affirm the range of our 2025 guidance for adjusted EBITDA of $450 million to $500 million.", [{ metric: "adjusted_ebitda", period: "2025-FY", kind: "guidance", low: 450e6, high: 500e6 }]],
    ["an amount 'under' a program is no difference", "In 2024, we repurchased over 615,000 common shares for a total of $26.6 million under the current program.", [{ metric: "share_repurchase", kind: "actual", value: 26.6e6 }], "2024-Q4"],
    ["an economic return is no return on equity", "Economic return on tangible common equity was negative 17.4% for the quarter.", [{ metric: "economic_return", value: -17.4 }]],
    ["operating cash flow consumed is an outflow", "We consumed approximately $20 million in operating cash flow during the quarter.", [{ metric: "operating_cash_flow", value: -20e6 }]],
    ["'full year' written apart before the measure dates it, after a preposition too", "Fourth quarter free cash flow was $446 million, resulting in full year free cash flow of $835 million.", [{ metric: "free_cash_flow", period: "2025-Q4", value: 446e6 }, { metric: "free_cash_flow", period: "2025-FY", value: 835e6 }], "2025-Q4"],
    ["free operating cash flow is free cash flow", "Our second quarter free operating cash flow was negative $29 million.", [{ metric: "free_cash_flow", period: "2025-Q2", value: -29e6 }]],
    ["a company's board declares its dividend, whoever's board it is called", "LP's Board also declared a dividend of $0.16 per share payable on June 1.", [{ metric: "dividend", value: 0.16, unit: "USD/share" }]],
    ["a dividend said per share is per share", "The board declared a quarterly dividend of $0.25 per share.", [{ metric: "dividend", value: 0.25, unit: "USD/share" }]],
    ["a dividend too small for an amount is per share", "We paid a quarterly dividend of $0.42 in the quarter.", [{ metric: "dividend", value: 0.42, unit: "USD/share" }]],
    ["dividends in millions are the total paid", "We paid $336 million in dividends in the quarter.", [{ metric: "dividend", value: 336e6, unit: "USD" }]],
    ["EPS guidance is per share", "For the full year, we expect diluted EPS of $4.10 to $4.30.", [{ metric: "eps", kind: "guidance", low: 4.1, high: 4.3, unit: "USD/share" }]],
    ["a comparison base is the prior period's", "Operating income was $58 million, compared to $49 million in the second quarter of last year.", [{ metric: "operating_income", period: "2025-Q2", kind: "actual", value: 58e6 }, { metric: "operating_income", period: "2024-Q2", kind: "prior", value: 49e6 }]],
    ["a per-share figure said 'in EPS' after income from continuing operations", "Taken together, we earned $15.3 million of net income from continuing operations or $0.51 in EPS this quarter.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 0.51, unit: "USD/share", scope: "company" }]],
    ["a list of items excluded, commas and all, between a measure and its verb", "Our gross margin, excluding amortized interest, impairments and abandonments, was up approximately 180 basis points to 21.2%, driven by increased margins on spec homes.", [{ metric: "gross_margin", kind: "change", value: 1.8 }, { metric: "gross_margin", kind: "actual", value: 21.2, scope: "company" }]],
    ["'consecutive' before a measure names no part of the company", "For the quarter, we generated a second consecutive record adjusted earnings per share of $1.38.", [{ metric: "eps", value: 1.38, scope: "company", basis: "non-GAAP" }]],
    ["a clause after a comma that opens on its own period and 'we expect' is that period's outlook", "Capital expenditures for the second quarter were $40 million, for the full year we expect capital expenditures to be approximately $200 million.", [{ metric: "capex", period: "2025-Q2", kind: "actual", value: 40e6 }, { metric: "capex", period: "2025-FY", kind: "guidance", value: 200e6 }]],
    ["a total said in a 'with' clause ('with our full year capex totaling')", "Capital expenditures for the quarter were $316 million, with our 2025 full year capex totaling approximately $800 million.", [{ metric: "capex", period: "2025-Q4", value: 316e6 }, { metric: "capex", period: "2025-FY", kind: "actual", value: 800e6 }], "2025-Q4"],
    ["a growth rate beside a guided level, then a remark that it is in line with the earlier outlook", "For fiscal 2026, we expect total revenue of approximately $12.7 billion or a growth rate of 8%, which is consistent with the early outlook provided on our last call.", [{ metric: "revenue", period: "2026-FY", kind: "guidance", value: 12.7e9 }, { metric: "revenue", period: "2026-FY", kind: "guidance", value: 8, unit: "percent" }], "2025-Q4"],
    ["a measure the company moved to a new level, with no 'by'", "We increased our common stock dividend to $0.12 per share. We grew our inventory to $1.14 billion as of the close of the quarter.", [{ metric: "dividend", kind: "actual", value: 0.12, unit: "USD/share" }, { metric: "inventory", period: "2025-Q2", kind: "actual", value: 1.14e9 }]],
    ["a ratio's change said as a noun after its name is its change, and its change 'to' a figure the level it reached", "We delivered very strong results, organic net sales growth of 1.2% and ongoing EBIT margin expansion to 7.2%, a 100 basis point increase. For the year, we delivered gross margin expansion of 60 basis points.", [{ metric: "operating_margin", period: "2025-Q4", kind: "actual", value: 7.2 }, { metric: "operating_margin", period: "2025-Q4", kind: "change", value: 1 }, { metric: "gross_margin", period: "2025-FY", kind: "change", value: 0.6 }], "2025-Q4"],
    ["the amount a change in constant currency reached is as reported", "Revenues for the year decreased 1% in constant currency to $20.9 billion.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: -1, basis: "constant currency" }, { metric: "revenue", period: "2025-FY", kind: "actual", value: 20.9e9, basis: null }], "2025-Q4"],
    ["a margin with charges named by a measure's name left out is adjusted", "We achieved an operating income margin of 12.1% excluding inventory related charges, which grew 250 basis points year-over-year.", [{ metric: "operating_margin", kind: "actual", value: 12.1, basis: "non-GAAP" }]],
    ["so are millions without the sign followed by 'with' and another figure", "Free cash flow was $142 million. We posted consolidated revenues of 681 million with CooperVision revenues of 507 million, up 1%.", [{ metric: "revenue", kind: "actual", value: 681e6, unit: "USD", scope: "company" }]],
    ["millions said of a money measure without the sign, in a call that writes the sign elsewhere, are in its currency", "Free cash flow was $142 million. This quarter, we generated revenue of 3.15 billion, which is up 590 million from the second quarter of 2024. So we generated a net loss of 757 million for the quarter.", [{ metric: "revenue", kind: "actual", value: 3.15e9, unit: "USD" }, { metric: "revenue", kind: "change", value: 590e6, unit: "USD" }, { metric: "net_income", kind: "actual", value: -757e6, unit: "USD" }]],
    ["growth in US dollars and in local currencies is no breakdown by part", "Sales were up 11% in US dollars and up 10% in local currencies compared to the second quarter of 2024.", [{ metric: "revenue", kind: "change", value: 11 }]],
    ["a growth rate compared with last year's is last year's, in the past", "We posted organic growth of 21% versus a 13% decline in last year's second quarter.", [{ metric: "organic_growth", period: "2025-Q2", kind: "actual", value: 21 }, { metric: "organic_growth", period: "2024-Q2", kind: "prior", value: -13 }]],
    ["organic growth 'from 3% to 5%' is a range, not a base and a level", "We now expect organic sales to grow from 3% to 5% for the year.", [{ metric: "organic_growth", period: "2025-FY", kind: "guidance", low: 3, high: 5 }]],
    ["'aggregate' says the whole company's", "Aggregate gross margins of 8.6%, reflecting competitive new rail car pricing.", [{ metric: "gross_margin", kind: "actual", value: 8.6, scope: "company" }]],
    ["a year a verb of ending takes as its object dates the sentence ('we ended 2024 with')", "Looking back, we ended 2024 with $1.2 billion of cash and cash equivalents.", [{ metric: "cash_and_investments", period: "2024-Q4", kind: "prior", value: 1.2e9 }], "2025-Q1"],
    ["a percentage 'less' than a year before is a fall", "Q2 revenue was 5% less year-over-year and in line with our expectations.", [{ metric: "revenue", kind: "change", value: -5 }]],
    ["an item of an outlook's semicolon list whose verb the outlook governs is guidance", "And for the year, we expect revenue to be $5.1 billion, plus or minus $50 million; earnings per share increase to $0.99, plus or minus $0.03.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 5.05e9, high: 5.15e9 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 0.96, high: 1.02 }]],
    ["a change set after the comparison is the level's, not the base's", "Adjusted earnings per share were $1.26 as compared to adjusted earnings per share of $1.09 in the prior-year period, an increase of 15.6%.", [{ metric: "eps", period: "2025-Q2", kind: "change", value: 15.6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 1.09 }]],
    ["a year an aim is to be reached by is not the outlook's year", "For 2026, we expect revenue to grow 5%. We expect continued investment in our digital initiatives to enable us to achieve our $300 million EBITDA run rate on the program by 2028. And finally, we anticipate increasing our capital expenditures to $2.2 billion.", [{ metric: "capex", period: "2026-FY", kind: "guidance", value: 2.2e9 }], "2025-Q4"],
    ["a word of the company's own name names no part of it", "For the 3 months ended September 30, 2025, Douglas Elliman reported $272.6 million in revenues compared to $354.2 million in the third quarter of 2024.", [{ metric: "revenue", period: "2025-Q3", kind: "actual", value: 272.6e6, scope: "company" }, { metric: "revenue", period: "2024-Q3", kind: "prior", value: 354.2e6, scope: "company" }], "2025-Q3", "Douglas Elliman Inc."],
    ["'the 2024 period' after a nine months' figure is the same span of 2024", "For the 9 months ended September 30, 2025, revenues were $945.8 million compared to $1 billion in the 2024 period.", [{ metric: "revenue", period: "2025-9M", kind: "actual", value: 945.8e6 }, { metric: "revenue", period: "2024-9M", kind: "prior", value: 1e9 }], "2025-Q3"],
    ["a percentage level said negative is negative", "The company reported a negative total economic return of 12.9%. Operating margin was negative 3.2% in the quarter.", [{ metric: "economic_return", value: -12.9 }, { metric: "operating_margin", kind: "actual", value: -3.2 }]],
    ["an estimate named after the measure is its outlook ('our 2026 capital investment estimate')", "We've narrowed our 2026 capital investment estimate to approximately $2 billion. Our EPS estimate for 2026 is $1.10.", [{ metric: "capex", period: "2026-FY", kind: "guidance", value: 2e9 }, { metric: "eps", period: "2026-FY", kind: "guidance", value: 1.1 }]],
    ["a measure's name followed by its abbreviation ('or NOEPS') is still the figure's measure", "We are updating our guidance for 2025 to the range of a $1.32 to a $1.36 per share in non-GAAP diluted net operating earnings or NOEPS.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 1.32, high: 1.36, basis: "non-GAAP" }]],
    ["an insurer's or lender's core income or core earnings is its adjusted net income, and the per-share companion adjusted EPS", "Finally, our core income for the second quarter was $193 million or $0.71 per share. Net income was $213 million or $0.79 per share.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 193e6, basis: "non-GAAP" }, { metric: "eps", period: "2025-Q2", kind: "actual", value: 0.71, basis: "non-GAAP" }, { metric: "net_income", value: 213e6, basis: null }, { metric: "eps", value: 0.79, basis: null }]],
    ["a lender's core earnings are its adjusted net income, and the base it is compared with too", "Core earnings were $20.1 million for second quarter 2025 compared to $22.2 million in second quarter 2024.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 20.1e6, basis: "non-GAAP" }, { metric: "net_income", period: "2024-Q2", kind: "prior", value: 22.2e6, basis: "non-GAAP" }]],
    ["'this past quarter', 'capex spend' and 'and that's a decline of' name the quarter, the measure and the change", "Our revenue this past quarter totaled $88.4 million and that's a decline of 22.6% against the prior year quarter. Our capex spend for the quarter totaled $3.9 million.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 88.4e6 }, { metric: "revenue", period: "2025-Q2", kind: "change", value: -22.6 }, { metric: "capex", period: "2025-Q2", kind: "actual", value: 3.9e6 }]],
    ["a measure expected 'to be reduced by' a share to a level is guided down to it", "And we expect fiscal year '26 capex to be reduced by 60% to $4.0 million.", [{ metric: "capex", period: "2026-FY", kind: "guidance", value: -60 }, { metric: "capex", period: "2026-FY", kind: "guidance", value: 4e6 }]],
    ["a participle before the measure ('awarded backlog') is a kind of it, no part the next sentence goes on about", "I should note that our awarded backlog was reduced by $1.3 billion. The second quarter adjusted operating margin was 19.8%, a 290 basis point increase from the prior year.", [{ metric: "operating_margin", period: "2025-Q2", kind: "actual", value: 19.8, scope: "company" }, { metric: "operating_margin", period: "2025-Q2", kind: "change", value: 2.9, scope: "company" }]],
    ["'reported EBITDA' is a name, no GAAP basis (GAAP defines no EBITDA); 'reported EPS' is GAAP", "Resort reported EBITDA was $462.2 million in the quarter. Reported EPS was $1.10.", [{ metric: "resort_ebitda", kind: "actual", value: 462.2e6, basis: null }, { metric: "eps", kind: "actual", value: 1.1, basis: "GAAP" }]],
    ["a span said right after a change ('56.3% year-to-date') dates it, though the level is the quarter's", "Our EBITDA for the quarter was $560.3 million, up 7.4% for the quarter and 56.3% year-to-date.", [{ metric: "ebitda", period: "2025-Q2", kind: "actual", value: 560.3e6 }, { metric: "ebitda", period: "2025-Q2", kind: "change", value: 7.4 }, { metric: "ebitda", period: "2025-H1", kind: "change", value: 56.3 }]],
    ["a measure said per share that has a per-share measure of its own is that one ('Core FFO of $1.45 per diluted share'), and the change after it too", "Core FFO of $1.45 per diluted share for full-year 2025 was in line with our guidance. On a year-over-year basis, core FFO per share declined by $0.26.", [{ metric: "ffo_per_share", period: "2025-FY", kind: "actual", value: 1.45, basis: "non-GAAP" }, { metric: "ffo_per_share", period: "2025-FY", kind: "change", value: -0.26 }], "2025-Q4"],
    ["a sentence that opens on a measure 'in the year' puts the paragraph on the year", "EPS was $0.10. Revenues in the year were $2.688 billion, down by 12.1%, compared to prior year. Gross margin was 25.2%. Operating margin was 9.8%.", [{ metric: "eps", period: "2025-Q4", value: 0.1 }, { metric: "revenue", period: "2025-FY", kind: "actual", value: 2.688e9 }, { metric: "revenue", period: "2025-FY", kind: "change", value: -12.1 }, { metric: "gross_margin", period: "2025-FY", value: 25.2 }, { metric: "operating_margin", period: "2025-FY", value: 9.8 }], "2025-Q4"],
    ["a quarter in which something happened ('expenses that occurred early in the second quarter') is no period the outlook turns to", "GAAP EPS for the year is now expected to be in a range of $2.06 to $2.16, including debt retirement expenses that occurred early in the second quarter. Adjusted EPS, which excludes those items, is expected to be in a range of $2 to $2.10.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 2.06, high: 2.16 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 2, high: 2.1 }], "2025-Q1"],
    ["a place's currency ('the U.S. dollar') names no part of the business", "Since last year, the U.S. dollar has strengthened significantly, and excluding its impact, this quarter, our revenue was approximately $1.33 billion.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 1.33e9, scope: "company" }]],
    ["a measure defined by others in the sentence ('free cash flow, defined as ... less capital expenditures, was') is the figure's, not the last one its definition names", "Capital expenditures were $67 million and free cash flow, defined as operating activities less capital expenditures was $220 million.", [{ metric: "capex", kind: "actual", value: 67e6 }, { metric: "free_cash_flow", kind: "actual", value: 220e6 }]],
    ["'segment margin' opening a sentence names no segment: the company's EPS after it stays the company's", "Total segment margin expanded 720 basis points to 12.4%, and adjusted EPS rose 305% to a record $2.27.", [{ metric: "eps", kind: "change", value: 305, scope: "company" }, { metric: "eps", kind: "actual", value: 2.27, scope: "company" }]],
    ["'moving now to margin performance' closes a segment walk-through: the gross margin after it is the company's", "Turning to the Fluid Power segment. Segment sales declined 11.8%. Moving now to margin performance, gross margin of 28.7% declined approximately 40 basis points year-over-year.", [{ metric: "fluid_power_revenue", kind: "change", value: -11.8, scope: "Fluid Power" }, { metric: "gross_margin", kind: "actual", value: 28.7, scope: "company" }, { metric: "gross_margin", kind: "change", value: -0.4, scope: "company" }]],
    ["a relative clause after a measure and its period makes the measure its subject", "We are now targeting to generate over $700 million of free cash flow this year, which is up 30% from last year.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 30 }]],
    ["'<Company> reported core FFO' is the verb, no GAAP basis; 'before adjusting for' items is no adjusted figure; 'outsized' names no part", "Example Co reported core FFO per share of $1.80. Revenue for the quarter was approximately $274 million before adjusting for nonrecurring items. We expect to deliver outsized AFFO per share growth of 12% this year.", [{ metric: "ffo_per_share", kind: "actual", value: 1.8, basis: "non-GAAP" }, { metric: "revenue", kind: "actual", value: 274e6, basis: null }, { metric: "affo_per_share", period: "2025-FY", kind: "guidance", value: 12, scope: "company" }]],
    ["a dividend rate declared at the call is the next quarter's; one the quarter paid is the quarter's", "Our board of directors today declared a quarterly dividend of $0.39 per share. During the quarter, we paid a quarterly dividend of $0.37 per share.", [{ metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.39 }, { metric: "dividend", period: "2025-Q2", kind: "actual", value: 0.37 }]],
    ["a dividend declared in a fourth-quarter call is the next year's first quarter's", "We also announced today a cash dividend of $0.25 per share.", [{ metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.25 }], "2025-Q4"],
    ["'the previous dividend' is an earlier rate not said to be a year before: it gets no period", "We declared a dividend of $0.27 per share, which represents an increase of 13.6% over the previous dividend of $0.22 per share.", [{ metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.27 }]],
    ["a clause on a period whose subject is the measure ('over Q1 when organic revenue fell nearly 30%', 'the previous year, where cash flow from operations was') dates its figure", "Europe was down 9.6% organically, a significant improvement over Q1 when organic revenue fell nearly 30%. Cash flow from operations for the quarter was $344 million, slightly up from the prior year quarter, where cash flow from operations was $328 million.", [{ metric: "europe_organic_growth", period: "2025-Q1", value: -30 }, { metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: 344e6 }, { metric: "operating_cash_flow", period: "2024-Q2", kind: "prior", value: 328e6 }]],
    ["a sentence comparing quarters is the call's quarter's, after a paragraph on an earlier year", "For the full year 2024, revenue was $2.5 billion. Inventories increased quarter-over-quarter by $31 million.", [{ metric: "inventory", period: "2025-Q2", kind: "change", value: 31e6 }]],
    ["'prior-year' before the measure's name dates its figure a year before the paragraph's period", "Net loss was $20 million. This compares to prior-year net loss of $68.1 million or $0.44 per diluted share.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: -20e6 }, { metric: "net_income", period: "2024-Q2", kind: "prior", value: -68.1e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: -0.44 }]],
    ["a clause on a period the sentence names ('where we had') dates its figure", "We reported improved sales of $229.8 million, 7.8% higher than the prior year second quarter where we had sales of $213.3 million.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 229.8e6 }, { metric: "revenue", period: "2024-Q2", kind: "prior", value: 213.3e6 }]],
    ["'our projections for the fourth quarter' dates the outlook that follows", "Now let me share our projections for the fourth quarter, which incorporate recent FX rates. We expect total revenue to be approximately $1.3 billion, which represents 12% growth year-on-year.", [{ metric: "revenue", period: "2025-Q4", kind: "guidance", value: 1.3e9 }], "2025-Q3"],
    ["'for '24' after a nine months' figure is 2024's nine months, and the increase after it the level's", "For the 9 months ended September 30, 2025, net income was positive $5.2 million compared to negative $3.1 million for '24, an increase of $8.3 million.", [{ metric: "net_income", period: "2025-9M", kind: "actual", value: 5.2e6 }, { metric: "net_income", period: "2024-9M", kind: "prior", value: -3.1e6 }, { metric: "net_income", period: "2025-9M", kind: "change", value: 8.3e6 }], "2025-Q3"],
    ["'year-on-year' is 'year-over-year'", "On a reported basis, revenue of $1.29 billion grew 14% year-on-year or 18% excluding the effects of the stronger U.S. dollar.", [{ metric: "revenue", kind: "change", value: 14 }, { metric: "revenue", kind: "change", value: 18 }]],
    ["a change in money after an amount's per-share companion is the amount's", "Taken together, we earned $15.3 million of net income from continuing operations or $0.51 in EPS this quarter, up $3.6 million versus the prior year.", [{ metric: "net_income", kind: "change", value: 3.6e6 }, { metric: "eps", kind: "actual", value: 0.51 }]],
    ["what the clause says is adjusted stays adjusted after 'we reported'", "On a non-GAAP adjusted basis, excluding these costs, we reported net income of $31.1 million or $0.80 per share.", [{ metric: "net_income", value: 31.1e6, basis: "non-GAAP" }, { metric: "eps", value: 0.8, basis: "non-GAAP" }]],
    ["next quarter's guidance", "For the third quarter, we expect revenue in the range of $420 million to $440 million.", [{ metric: "revenue", period: "2025-Q3", kind: "guidance", low: 420e6, high: 440e6 }]],
    ["full-year guidance", "For the full year, we now expect adjusted EPS of $2.40 to $2.55.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 2.4, high: 2.55 }]],
    ["a guided growth rate is its measure's guidance in percent", "For the full year, we expect revenue growth of 4% to 6%.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 4, high: 6, unit: "percent" }]],
    ["a guided decline is a negative range", "We expect organic revenue declines of 3% to 5% next quarter.", [{ metric: "organic_growth", period: "2025-Q3", kind: "guidance", low: -5, high: -3 }]],
    ["year-to-date in a third-quarter call", "Year-to-date, free cash flow was $96 million.", [{ metric: "free_cash_flow", period: "2025-9M", kind: "actual", value: 96e6 }]],
    ["a balance at the quarter's end", "We ended the quarter with $310 million in cash.", [{ metric: "cash_and_investments", period: "2025-Q2", value: 310e6 }]],
    ["a net loss is a negative income", "Net loss for the quarter was $12 million.", [{ metric: "net_income", value: -12e6 }]],
    ["negative free cash flow", "Free cash flow was negative $7 million in the quarter.", [{ metric: "free_cash_flow", value: -7e6 }]],
    ["respectively lists", "GAAP and adjusted operating income were $40 million and $46 million, respectively.", [{ metric: "operating_income", value: 40e6, basis: "GAAP" }, { metric: "operating_income", value: 46e6, basis: "non-GAAP" }]],
    ["a respectively list compared year over year; 'adjusted' qualifies its own item only", "Sales and adjusted operating income are up 13% and 9% year-over-year respectively.", [{ metric: "revenue", kind: "change", value: 13, basis: "GAAP" }, { metric: "operating_income", kind: "change", value: 9, basis: "non-GAAP" }]],
    ["'the comparable period last year' after a six months' figure is the same six months a year before", "Net income for the first six months increased 8.9% to $118.1 million or $0.36 per diluted share compared to $0.33 per diluted share for the comparable period last year, a 9% increase.", [{ metric: "net_income", period: "2025-H1", kind: "change", value: 8.9 }, { metric: "net_income", period: "2025-H1", kind: "actual", value: 118.1e6 }, { metric: "eps", period: "2025-H1", kind: "actual", value: 0.36 }, { metric: "eps", period: "2024-H1", kind: "prior", value: 0.33 }, { metric: "eps", period: "2025-H1", kind: "change", value: 9 }], "2025-Q2"],
    ["a dividend raise set on a day of the quarter reported is that quarter's; one set at the call, the next quarter's; money spent 'almost' on buybacks", "And on January 28, the board of directors approved a 2% increase in the regular quarterly cash dividend. During the first quarter, we spent almost $300 million on share repurchases.", [{ metric: "dividend", period: "2025-Q1", kind: "change", value: 2 }, { metric: "share_repurchase", period: "2025-Q1", kind: "actual", value: 300e6 }], "2025-Q1"],
    ["a dividend raise approved at the call is paid in the next quarter", "On April 20, the board approved a 2% increase in the quarterly dividend.", [{ metric: "dividend", period: "2025-Q2", kind: "change", value: 2 }], "2025-Q1"],
    ["a slide of the full year's summary turned to puts the next sentences on the year", "Moving to slide 13 and our full year summary of capital allocation. We paid $317 million in dividends to shareholders.", [{ metric: "dividend", period: "2025-FY", kind: "actual", value: 317e6 }], "2025-Q4"],
    ["what a measure 'is' after a change that had its own figure is its level, and its base is the level's, not the part a cause named", "The rebound in GRE's margin and reduced customer acquisition spend helped drive a $12 million improvement in our consolidated income from operations, which is $2.7 million compared to a loss from operations of $9.3 million in the year-ago quarter.", [{ metric: "operating_income", period: "2025-Q2", kind: "actual", value: 2.7e6, scope: "company" }, { metric: "operating_income", period: "2024-Q2", kind: "prior", value: -9.3e6, scope: "company" }]],
    ["a slide turned to 'where we show' the year's results puts the next sentences on the year", "Now, let's turn to Slide 18, where we show our full year financial results. Total operating revenues are $4.1 billion, a 2% increase year over year.", [{ metric: "revenue", period: "2025-FY", kind: "actual", value: 4.1e9 }, { metric: "revenue", period: "2025-FY", kind: "change", value: 2 }], "2025-Q4"],
    ["operating results said per share are earnings per share", "GAAP earnings per share were $0.47 for the third quarter; adjusted operating results were $0.57 per share, a decrease of $0.14 from the prior year.", [{ metric: "eps", kind: "actual", value: 0.47, basis: "GAAP" }, { metric: "eps", kind: "actual", value: 0.57, basis: "non-GAAP" }, { metric: "eps", kind: "change", value: -0.14 }], "2025-Q3"],
    ["a result set beside the outlook is a result, not the outlook", "Year-to-date free cash flow of $347 million compared to our full year outlook of at least $400 million.", [{ metric: "free_cash_flow", period: "2025-9M", kind: "actual", value: 347e6 }], "2025-Q3"],
    ["a new outlook set beside the one it replaces is the outlook", "Our 2025 earnings guidance range is now $3.75 per share to $3.95 per share compared to our original guidance range of $3.65 per share to $3.85 per share. For the full year 2025, we now expect revenues of $2.32 billion to $2.35 billion compared to prior guidance of $2.13 billion to $2.18 billion.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 3.75, high: 3.95 }, { metric: "revenue", period: "2025-FY", kind: "guidance", low: 2.32e9, high: 2.35e9 }], "2025-Q2"],
    ["a slide that shows the year to date's results puts the next sentence on it", "Slide nine shows our year-to-date results. As you can see sales were down 12%.", [{ metric: "revenue", period: "2025-9M", kind: "change", value: -12 }], "2025-Q3"],
    ["year-to-date results said in passing put the next sentence on no span", "On the heels of excellent year-to-date results and our solid financial condition, the board reinstated a quarterly cash dividend. Our lottery momentum remains strong with the same-store sales up over 50% compared to last year.", [{ metric: "comparable_sales", period: "2025-Q3", value: 50 }], "2025-Q3"],
    ["a span's performance announced puts the next sentence on that span", "Importantly, we have delivered outstanding year-to-date performance. Revenue is up 13% year-over-year.", [{ metric: "revenue", period: "2025-9M", kind: "change", value: 13 }], "2025-Q3"],
    ["words on both segments together close a walk-through of segments", "In the Flavor Solutions segment, adjusted operating income rose 32% to $84 million. Across both segments, incremental investment spending was offset by lower costs. Adjusted gross profit margin declined 260 basis points.", [{ metric: "flavor_solutions_operating_income", kind: "change", value: 32 }, { metric: "flavor_solutions_operating_income", kind: "actual", value: 84e6 }, { metric: "gross_margin", kind: "change", value: -2.6, scope: "company" }], "2025-Q3"],
    ["a base's companion share of revenue is a base too", "Operating income was $61.2 million or 18.4% of revenue compared to $47.5 million or 15.1% of revenue in Q2 of last year.", [{ metric: "operating_income", period: "2025-Q2", kind: "actual", value: 61.2e6 }, { metric: "operating_margin", period: "2025-Q2", kind: "actual", value: 18.4 }, { metric: "operating_income", period: "2024-Q2", kind: "prior", value: 47.5e6 }, { metric: "operating_margin", period: "2024-Q2", kind: "prior", value: 15.1 }]],
    ["a quarterly figure in a paragraph on the year to date", "Year-to-date, free cash flow was $96 million. Our quarterly revenue is up 12% year over year.", [{ metric: "free_cash_flow", period: "2025-9M", value: 96e6 }, { metric: "revenue", period: "2025-Q3", kind: "change", unit: "percent", value: 12 }]],
    ["a quarter a speaker offers 'some color on' is the outlook's period from then on; an opening 'Assuming FX rates ...' names no segment", "For 2020, we expect revenue of $11 billion to $11.2 billion. Let me now give you some color on the first quarter of 2020. Assuming FX rates at February 7 remain constant through the end of the quarter, we expect revenue to be between $2,790 million and $2,840 million.", [{ metric: "revenue", period: "2020-FY", kind: "guidance", low: 11e9, high: 11.2e9 }, { metric: "revenue", period: "2020-Q1", kind: "guidance", low: 2790e6, high: 2840e6, scope: "company" }], "2019-Q4"],
    ["an aside to the listener ('As you will see on slide six') looks ahead to nothing; a percentage right after a level, 'over' last year's quarter, is the level's rise", "As you will see on slide six of the accompanying presentation, net sales for Q2 reached $1.3 billion, more than 140% over Q2 of last year.", [{ metric: "revenue", period: "2021-Q2", kind: "actual", value: 1.3e9 }, { metric: "revenue", period: "2021-Q2", kind: "change", value: 140, unit: "percent" }], "2021-Q2"],
    ["a 'with' clause of results before a remark continues no outlook of the sentence before", "We expect revenue of $1.6 billion for the full year. With revenue up 14.5% and adjusted earnings per share up 30.5%, the health of our business is very strong.", [{ metric: "revenue", period: "2021-FY", kind: "guidance", value: 1.6e9 }, { metric: "revenue", period: "2021-Q3", kind: "change", value: 14.5 }, { metric: "eps", period: "2021-Q3", kind: "change", value: 30.5 }], "2021-Q3"],
    ["a sentence that opens 'Within our benefits and insurance group,' is on that group", "Within our benefits and insurance group, total revenue grew by 16.1% in the third quarter.", [{ metric: "benefits_and_insurance_revenue", kind: "change", value: 16.1, scope: "benefits and insurance" }], "2021-Q3"],
    ["after a sentence that gave the company's figure beside a region's, a sentence naming no scope is the company's", "For the year, total company comp sales increased 11.4%, and U.S. comp sales increased 10.7%. In the fourth quarter, our gross margin was 33.2%.", [{ metric: "comparable_sales", period: "2021-FY", value: 11.4 }, { metric: "u_s_comparable_sales", period: "2021-FY", value: 10.7, scope: "U.S." }, { metric: "gross_margin", period: "2021-Q4", kind: "actual", value: 33.2, scope: "company" }], "2021-Q4"],
    ["a change said of a figure is of its measure as the figure's words named it ('restaurant level EBITDA margin')", "This all resulted in restaurant level EBITDA margin of 18.4%, only 150 basis points below last year.", [{ metric: "restaurant_level_ebitda_margin", value: 18.4, scope: "company" }, { metric: "restaurant_level_ebitda_margin", kind: "change", value: -1.5, scope: "company" }]],
    ["a brand's system sales, after 'As for Taco Bell,', are the brand's", "As for Taco Bell, which accounts for approximately 31% of our divisional operating profit, Q2 system sales grew 24%.", [{ metric: "taco_bell_system_sales", kind: "change", value: 24, scope: "Taco Bell" }]],
    ["'reported' after a part's name is the verb, no basis ('Construction materials reported backlog')", "Construction materials reported backlog at the end of the quarter at $912 million.", [{ metric: "construction_materials_backlog", value: 912e6, basis: null, scope: "Construction materials" }]],
    ["a change takes the period of the level it reached ('increased 2% to $210.1 million in the first six months'); 'and that was up slightly from' still gives the base", "Cash flow provided by operating activities increased 2% to $210.1 million in the first six months of fiscal 2025, and that was up slightly from $205.9 million in the first six months of fiscal 2024.", [{ metric: "operating_cash_flow", period: "2025-H1", kind: "change", value: 2 }, { metric: "operating_cash_flow", period: "2025-H1", kind: "actual", value: 210.1e6 }, { metric: "operating_cash_flow", period: "2024-H1", kind: "prior", value: 205.9e6 }]],
    ["right after a segment is announced by name, 'Total revenues' are the segment's", "Slide 5 shows a summary of the third quarter results for the Composite Fibers segment. Total revenues for the quarter were 3.4% higher on a constant currency basis.", [{ metric: "composite_fibers_revenue", kind: "change", value: 3.4, scope: "Composite Fibers" }]],
    ["a measure said to be strong, then its change after a comma; 'operating' before a measure right after its figure", "We delivered $16.7 billion in revenue and 58% operating gross margin. We had solid revenue performance, up nearly 9%.", [{ metric: "revenue", value: 16.7e9 }, { metric: "gross_margin", value: 58, basis: "non-GAAP" }, { metric: "revenue", kind: "change", value: 9 }]],
    ["Accenture's words for its measures: days service outstanding, property and equipment additions, cash generated 'resulting from' operations (a source, no base), a cash balance at a date", "Days service outstanding were 42 days. Free cash flow for the quarter was $349 million, resulting from cash generated by operating activities of $531 million net of property and equipment additions of $182 million. Our cash balance at November 30th was $5.6 billion.", [{ metric: "dso", value: 42, kind: "actual" }, { metric: "free_cash_flow", value: 349e6 }, { metric: "operating_cash_flow", value: 531e6, kind: "actual" }, { metric: "capex", value: 182e6 }, { metric: "cash_and_investments", value: 5.6e9, kind: "actual" }]],
    ["shares 'repurchased or redeemed' for an amount; a dividend per share 'for a total of' an amount is the dividend's total", "In the first quarter, we repurchased or redeemed 2.4 million shares for $845 million. Also in the quarter, we paid a quarterly cash dividend of $0.97 per share for a total of $613 million.", [{ metric: "share_repurchase", value: 845e6 }, { metric: "dividend", value: 0.97, unit: "USD/share" }, { metric: "dividend", value: 613e6, unit: "USD" }]],
    ["guidance of a measure given as 'the range of 19% to 22% growth', and one of a measure a sentence opens on ('For operating margin, we continue to expect fiscal year 2025 to be ...'); EPS 'or 17% to 20% growth'", "For the full fiscal 2025, we now expect our revenue to be in the range of 19% to 22% growth in local currency over fiscal 2024. For operating margin, we continue to expect fiscal year 2025 to be 15.2% to 15.4%. We now expect diluted EPS for fiscal 2025 to be in the range of $10.33 to $10.60 or 17% to 20% growth over fiscal 2024.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 19, high: 22, unit: "percent" }, { metric: "operating_margin", period: "2025-FY", kind: "guidance", low: 15.2, high: 15.4 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 17, high: 20, unit: "percent" }]],
    ["a margin said in money is the profit ('Gross margin of $1.5 billion or 24.2% of sales increased by $588 million or 110 basis points')", "Gross margin of $1.5 billion or 24.2% of sales increased by $588 million or 110 basis points, primarily driven by the higher volumes.", [{ metric: "gross_profit", value: 1.5e9 }, { metric: "gross_margin", value: 24.2 }, { metric: "gross_profit", kind: "change", value: 588e6 }, { metric: "gross_margin", kind: "change", value: 1.1 }]],
    ["an inflow, and an outflow compared with, are the cash flow's level and its negative base", "Operating cash flow in the quarter was an inflow of $616 million, compared to an outflow of $22 million a year ago.", [{ metric: "operating_cash_flow", value: 616e6, kind: "actual" }, { metric: "operating_cash_flow", value: -22e6, kind: "prior", period: "2024-Q2" }]],
    ["the range a result is expected to land in restates the outlook ('to be at the high end of our range of')", "And we expect our full year capital expenditures to be at the high end of our range of $725 million to $775 million for the full year.", [{ metric: "capex", period: "2025-FY", kind: "guidance", low: 725e6, high: 775e6 }]],
    ["the year's outlook after a sentence on a region is the company's", "In Brazil, our revenues increased 175%. Based on our current forecast, we are maintaining full year 2025 revenue guidance of up 20% to 24% versus last year.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 20, high: 24, scope: "company" }]],
    ["'the quarter' in an outlook is the quarter it looks ahead to; 'this implies' is the verb, no scope", "Given our expectations for operating margins in the low 3% range in Q3, this implies EPS in the range of $0.10 to $0.15 for the quarter.", [{ metric: "eps", period: "2025-Q3", kind: "guidance", low: 0.1, high: 0.15, scope: "company" }]],
    ["'we generated over $240 million of free cash flow': 'over' after the company's verb of producing is a hedge, no comparison", "We generated over $240 million of free cash flow this quarter.", [{ metric: "free_cash_flow", value: 240e6, kind: "actual", period: "2025-Q2" }]],
    ["a dividend the board raised or declared for a quarter ahead is that quarter's dividend, not an outlook, whatever 'outlook' the sentence names", "Based on our strong performance and outlook, our Board of Directors raised the quarterly cash dividend of $0.6325 a share for the first quarter of 2026, that's an increase of 7.2%.", [{ metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.6325 }, { metric: "dividend", period: "2026-Q1", kind: "change", value: 7.2 }], "2025-Q4"],
    ["a 5% increase in our regular quarterly dividend to $0.21 per share gives the new dividend and its change", "Our Board has approved a 5% increase in our regular quarterly dividend to $0.21 per share.", [{ metric: "dividend", kind: "change", value: 5 }, { metric: "dividend", value: 0.21, unit: "USD/share" }]],
    ["the change a raise makes goes with the rate it raises: both the next quarter's when declared at the call", "Today, we announced an 8% increase in our quarterly dividend to $0.42 per share.", [{ metric: "dividend", period: "2025-Q3", kind: "change", value: 8 }, { metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.42 }]],
    ["a dividend the board raised by a percentage to a rate ('raised ... by 7.1% to $0.6775 a share')", "Our Board of Directors raised the quarterly dividend by 7.1% to $0.6775 a share.", [{ metric: "dividend", period: "2025-Q3", kind: "change", value: 7.1 }, { metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.6775 }]],
    ["a dividend raise said two ways, then the new rate ('up 10% or $0.07 to $0.78 per share')", "For dividends, we announced earlier today another double-digit increase in our quarterly dividend, up 10% or $0.07 to $0.78 per share.", [{ metric: "dividend", period: "2026-Q1", kind: "change", value: 10 }, { metric: "dividend", period: "2026-Q1", kind: "change", value: 0.07 }, { metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.78 }], "2025-Q4"],
    ["a dividend rate set for the quarter said right after it is that quarter's", "First, our board of directors increased our quarterly dividend to $0.12 per share in the first quarter of 2026.", [{ metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.12 }], "2025-Q4"],
    ["a dividend raised in an earlier quarter of the year is that quarter's rate and change, no comparison base", "As a reminder, and as previously announced, we increased our quarterly dividend by 12% to $0.14 per share during the second quarter of this year.", [{ metric: "dividend", period: "2025-Q2", kind: "change", value: 12 }, { metric: "dividend", period: "2025-Q2", kind: "actual", value: 0.14 }], "2025-Q3"],
    ["a dividend reinstated 'starting in the third quarter' is the third quarter's", "Lastly, as announced last month, we have reinstated the quarterly dividend of $0.02 per common stock, starting in the third quarter.", [{ metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.02 }]],
    ["a dividend approved 'for the current quarter' is for the quarter under way at the call, not the one it reports", "We are pleased to report that our Board of Directors have approved a quarterly cash dividend of $0.20 per common share for the current quarter.", [{ metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.2 }]],
    ["a dividend set 'for the first quarter' in a fourth-quarter call is next year's", "Now, turning to dividends, our Board of Directors has declared a $0.05 per common share dividend for the first quarter.", [{ metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.05 }], "2025-Q4"],
    ["a raise announced 'in August' is most often of the quarter the call reports: it stays there", "In August, we announced an 11% increase in our quarterly dividend.", [{ metric: "dividend", period: "2025-Q3", kind: "change", value: 11 }], "2025-Q3"],
    ["a dividend paid over the year as part of what was returned to shareholders, its 'quarterly' how often it is paid", "We returned approximately $185 million to shareholders during the year through the repurchase of 2.8 million shares for approximately $121 million and $64 million through our quarterly dividend.", [{ metric: "dividend", period: "2025-FY", kind: "actual", value: 64e6, unit: "USD" }, { metric: "share_repurchase", period: "2025-FY", value: 121e6 }], "2025-Q4"],
    ["a part of what was returned, listed after it with 'including'", "And we returned $912 million to shareholders in the quarter, including $512 million through our industry-leading dividend and $400 million in share repurchases.", [{ metric: "dividend", kind: "actual", value: 512e6, unit: "USD" }, { metric: "share_repurchase", value: 400e6 }]],
    ["a change said in percent and in money, then the level it reached and that level's period", "Net sales increased 13% or $25.7 million to $224.2 million for fiscal 2025.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 13 }, { metric: "revenue", period: "2025-FY", kind: "change", value: 25.7e6 }, { metric: "revenue", period: "2025-FY", kind: "actual", value: 224.2e6 }], "2025-Q4"],
    ["a quarter's base in 'fiscal 'YY' said like its figure's own fiscal year is that quarter of the year", "First quarter sales decreased 29.3% or $79.3 million to $190.9 million in fiscal '25 from $270.2 million in fiscal '24.", [{ metric: "revenue", period: "2025-Q1", kind: "actual", value: 190.9e6 }, { metric: "revenue", period: "2025-Q1", kind: "change", value: -79.3e6 }, { metric: "revenue", period: "2024-Q1", kind: "prior", value: 270.2e6 }], "2025-Q1"],
    ["a base whose period stands before its measure's name ('compared to second quarter 2024 earnings of $99.7 million'), with its per-share companion", "For second quarter of 2025, we delivered earnings of $100.2 million or $0.50 per share compared to second quarter 2024 earnings of $99.7 million or also $0.50 per share.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 100.2e6 }, { metric: "net_income", period: "2024-Q2", kind: "prior", value: 99.7e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 0.5 }]],
    ["a quarterly dividend approved 'supported by a strong outlook' is the next quarter's dividend, no outlook for the year", "As Michael mentioned, supported by a strong outlook, the Board of Directors has approved an increase in the quarterly dividend to $0.085 a share, a 13% increase.", [{ metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.085 }, { metric: "dividend", period: "2025-Q3", kind: "change", value: 13 }]],
    ["a plan that continues to be an amount ('Our full year capex plan continues to be approximately $100 million')", "Our full year capex plan continues to be approximately $100 million as we expand capacity.", [{ metric: "capex", period: "2025-FY", kind: "guidance", value: 100e6 }]],
    ["'Closing backlog' is the backlog at the period's end, no part named 'Closing'; 'other operating income' is the company's line of its own", "Closing backlog was $19 billion at the end of the quarter. First quarter other operating income totaled $8.9 million.", [{ metric: "backlog", value: 19e9, scope: "company" }, { metric: "other_operating_income", value: 8.9e6, scope: "company" }], "2025-Q1"],
    ["a capitalised word inside a name stays in it ('Pizza Hut International'), and 'operating' before a part's words names it ('Operating assets NOI')", "Pizza Hut International Q4 same-store sales grew 4%. Operating assets NOI increased $1.2 million or 2%.", [{ metric: "pizza_hut_international_comparable_sales", value: 4, scope: "Pizza Hut International" }, { metric: "operating_assets_noi", kind: "change", value: 1.2e6, basis: null }], "2025-Q4"],
    ["a part's measure on a same-store pool keeps the pool in its name", "Same community manufactured housing NOI increased by 5.4% and same community RV NOI increased by 85.1%.", [{ metric: "rv_same_community_noi", kind: "change", value: 85.1, scope: "RV" }]],
    ["a level reached called a record of its period ('increased 64% to a first quarter record of $737 million'); a second reading on another basis after 'or' ('$2.07 or $1.97 excluding notable items')", "Cash flow from operating activities increased 64% to a first quarter record of $737 million. Second quarter EPS was $2.07 or $1.97 excluding notable items.", [{ metric: "operating_cash_flow", value: 737e6, kind: "actual" }, { metric: "eps", value: 1.97, basis: "non-GAAP" }]],
    ["a dividend the board approved for a quarter ahead is that quarter's this year, its change too ('a 10% increase of our third quarter common dividend to $0.57 per share')", "Yesterday, we announced that our Board of Directors has approved a 10% increase of our third quarter common dividend to $0.57 per share.", [{ metric: "dividend", period: "2025-Q3", kind: "change", value: 10 }, { metric: "dividend", period: "2025-Q3", value: 0.57 }]],
    ["'As of the end of the quarter' dates a balance the call's quarter, whatever span the paragraph was on", "Cash flows remained strong with a 9% increase in the year-to-date cash provided by operating activities. As of the end of the quarter, we had available liquidity of $2.4 billion.", [{ metric: "liquidity", period: "2025-Q3", value: 2.4e9 }], "2025-Q3"],
    ["a change restated at constant currency after 'and' is the same measure's change on that basis; a result said to have exceeded the outlook is a result", "Total revenue was $491 million, a 7% increase year-over-year and 4% in constant currency. We have already exceeded our annual free cash flow outlook with first half free cash flow of $324 million.", [{ metric: "revenue", kind: "change", value: 4, basis: "constant currency" }, { metric: "free_cash_flow", period: "2025-H1", kind: "actual", value: 324e6 }]],
    ["a base's period after its companion that names its measure first ('a net loss of $18.8 million or loss per diluted share of $0.29 in the prior-year third quarter')", "We reported a net loss of $105.4 million, or $1.39 per diluted share, compared to a net loss of $18.8 million or loss per diluted share of $0.29 in the prior-year third quarter.", [{ metric: "net_income", period: "2024-Q3", kind: "prior", value: -18.8e6 }, { metric: "eps", period: "2024-Q3", kind: "prior", value: -0.29 }], "2025-Q3"],
    ["'as of the close of the quarter', and a base 'at the close of the prior year's third quarter'", "We grew our inventory to $1.14 billion as of the close of the quarter, compared to $861 million at the close of the prior year's third quarter.", [{ metric: "inventory", period: "2025-Q3", value: 1.14e9 }, { metric: "inventory", period: "2024-Q3", kind: "prior", value: 861e6 }], "2025-Q3"],
    ["'bringing year-to-date capex to' a running total", "Capital expenditures for the quarter were $12.5 million, bringing year-to-date capex to $40.7 million.", [{ metric: "capex", period: "2025-9M", value: 40.7e6 }], "2025-Q3"],
    ["a balance in a paragraph on the nine months is the quarter end's", "Year-to-date cash provided by operating activities was $546.8 million. With this strong operating cash flow, cash on hand has increased to $679.3 million.", [{ metric: "operating_cash_flow", period: "2025-9M", value: 546.8e6 }, { metric: "cash_and_investments", period: "2025-Q3", value: 679.3e6 }], "2025-Q3"],
    ["a remark on a part of the year the outlook is on leaves the outlook on the year ('Our Q4 is more uncertain'); 'Turning to the fourth quarter.' starts a new one", "Based on the recent results, our full-year outlook is clearly improved. We have visibility into our third fiscal quarter ending December 31. Our Q4 is more uncertain. We expect our net sales to be down between 7% and 12% from the prior year. Turning to the fourth quarter. We expect revenue of $400 million to $420 million.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: -12, high: -7, unit: "percent" }, { metric: "revenue", period: "2025-Q4", kind: "guidance", low: 400e6, high: 420e6 }]],
    ["a period past the figure's clause does not undo the turn's outlook", "Turning to the fourth quarter. We expect revenue in the range of $450 million to $480 million, as we keep increasing production throughout the year.", [{ metric: "revenue", period: "2025-Q4", kind: "guidance", low: 450e6, high: 480e6 }]],
    ["a period after 'versus' is the comparison base, not the figure's", "Sales declined 28% versus 2024.", [{ metric: "revenue", period: "2025-Q2", kind: "change", value: -28 }]],
    ["a name joined by '&' keeps its first words", "In Connect & Control, orders grew over 40% organically.", [{ metric: "connect_and_control_orders", kind: "change", value: 40, scope: "Connect & Control" }]],
    ["'$333 million stronger than the prior-year period' is a difference, not a level", "Our export sales were nearly $333 million stronger than the prior-year period.", [{ kind: "change", value: 333e6 }]],
    ["an un-depreciated loss per share is the company's non-GAAP EPS", "We incurred an un-depreciated loss per share of $0.27.", [{ metric: "eps", value: -0.27, scope: "company", basis: "non-GAAP" }]],
    ["a 'with' clause goes on with the outlook before it, dated at its end ('for the year' in a fourth-quarter call is the year ahead)", "We project free cash flow of approximately $900 million, with capital expenditures of $380 million for the year.", [{ metric: "free_cash_flow", period: "2026-FY", kind: "guidance", value: 900e6 }, { metric: "capex", period: "2026-FY", kind: "guidance", value: 380e6 }], "2025-Q4"],
    ["a 'with' clause after a result is no outlook", "We delivered record earnings per share of $16, above our $14.75 to $15.50 guidance, with free cash flow of $900 million.", [{ metric: "free_cash_flow", kind: "actual", value: 900e6 }], "2025-Q4"],
    ["a verb after a comma is no segment's name", "Strong demand in the end markets we serve, drove record quarterly net sales of $3.42 billion.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 3.42e9, scope: "company" }]],
    ["a program named in what is excluded is no scope", "Excluding charges from our Global Efficiency Program, our gross margin was up 80 basis points.", [{ metric: "gross_margin", kind: "change", value: 0.8, scope: "company" }]],
    ["the basis word nearest the name decides", "The company reported adjusted net income of $31 million.", [{ metric: "net_income", value: 31e6, basis: "non-GAAP", scope: "company" }]],
    ["'new' guidance is the company's", "Our new 2025 EPS guidance is $5.17 to $5.37.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 5.17, high: 5.37, scope: "company" }]],
    ["'over' after a change compares with the earlier figure", "Second quarter revenues of $638.2 million were an increase of 15.3% over the prior year's second quarter revenue of $553.3 million.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 638.2e6 }, { metric: "revenue", period: "2025-Q2", kind: "change", value: 15.3 }, { metric: "revenue", period: "2024-Q2", kind: "prior", value: 553.3e6 }]],
    ["a period after another figure's share of sales is that figure's", "Adjusted operating margin was 11% of sales versus 16% of sales in 2024 and GAAP operating margin of 10% of sales.", [{ metric: "operating_margin", period: "2025-Q2", kind: "actual", value: 11 }, { metric: "operating_margin", period: "2025-Q2", kind: "actual", value: 10 }]],
    ["a sentence compared with a year ago speaks of now, whatever period the paragraph was on", "In the first quarter, gross profit was $9 million. Operating income totaled $1.4 million compared to $2.7 million in the year ago quarter.", [{ metric: "operating_income", period: "2025-Q2", kind: "actual", value: 1.4e6 }, { metric: "operating_income", period: "2024-Q2", kind: "prior", value: 2.7e6 }]],
    ["guidance held for the year carries to the outlook that follows", "Third quarter orders are $9.5 million to date. We are holding our revenue guidance at $130 million to $140 million, of which new products contribute a third. Capital expenditures are planned to be in the $3.5 million to $4 million range.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 130e6, high: 140e6 }, { metric: "capex", period: "2025-FY", kind: "guidance", low: 3.5e6, high: 4e6 }]],
    ["'starting with gross margins' closes what a part said in passing: the margin after it is the company's", "Total utility water product line sales increased 12.2%. Starting with gross margins, gross margins improved 20 basis points to 39.8% from 39.6%.", [{ metric: "gross_margin", kind: "actual", value: 39.8, scope: "company" }, { metric: "gross_margin", kind: "change", value: 0.2, scope: "company" }]],
    ["'turning to our operating results' closes a segment walk-through", "Residential segment net sales for the quarter were up 23% to $252.1 million. Turning to our operating results for the quarter. Adjusted gross margin was 33.9%.", [{ metric: "residential_revenue", kind: "change", value: 23, scope: "Residential" }, { metric: "residential_revenue", kind: "actual", value: 252.1e6 }, { metric: "gross_margin", kind: "actual", value: 33.9, scope: "company" }]],
    ["year-to-date through a quarter is the months to its end", "On a year-to-date basis, through the second quarter, we have paid $0.78 in dividends per share.", [{ metric: "dividend", period: "2025-H1", kind: "actual", value: 0.78 }]],
    ["an outlook raised to a level", "We are raising our full-year non-GAAP operating margin to 18.5%.", [{ metric: "operating_margin", period: "2025-FY", kind: "guidance", value: 18.5, basis: "non-GAAP" }]],
    ["cash put to capital projects is capex", "During the quarter, we invested $12.1 million in capital projects.", [{ metric: "capex", period: "2025-Q2", kind: "actual", value: 12.1e6 }]],
    ["a decrease to the measure is its change, and so is its per-share companion", "The changes resulted in a net decrease to net income of $4.1 million, or $0.09 per share.", [{ metric: "net_income", kind: "change", value: -4.1e6 }, { metric: "eps", kind: "change", value: -0.09 }]],
    ["a measure whose name says its basis", "Adjusted EBITDA was $40 million and organic growth was 5%.", [{ metric: "adjusted_ebitda", value: 40e6, basis: "non-GAAP" }, { metric: "organic_growth", value: 5, basis: "non-GAAP" }]],
    ["an effective income tax rate is the tax rate, not a scope", "For the full year, we expect our effective income tax rate to be between 13% and 14%.", [{ metric: "effective_tax_rate", period: "2025-FY", kind: "guidance", low: 13, high: 14, scope: "company" }]],
    ["a yearly change beside a word on guidance", "Revenue for the quarter was $52.3 million, up 8% year over year and above the midpoint of our guidance range.", [{ metric: "revenue", value: 52.3e6 }, { metric: "revenue", kind: "change", unit: "percent", value: 8 }]],
    ["a perfect tense change to a level", "In the first half, operating cash flow has increased 12% to $214 million.", [{ metric: "operating_cash_flow", period: "2025-H1", kind: "change", unit: "percent", value: 12 }, { metric: "operating_cash_flow", period: "2025-H1", kind: "actual", value: 214e6 }]],
    ["an expected change in points is named a change", "We expect gross margin for the third quarter to be up 120 basis points compared to the prior year.", [{ metric: "gross_margin_change", period: "2025-Q3", kind: "guidance", value: 1.2, unit: "percent" }]],
    ["a buyback by its verb", "During the quarter, we repurchased 300,000 shares for $18 million.", [{ metric: "share_repurchase", value: 18e6 }]],
    ["a capital at a sentence's start that the call writes in lower case names no segment", "We grew sequentially in every region. Turning to our Executive Search segment. Fee revenue was $168 million. Sequentially, fee revenue was up 14%. Adjusted EBITDA was $41.7 million.", [{ metric: "executive_search_adjusted_ebitda", value: 41.7e6, scope: "Executive Search" }]],
    ["in a walk-through, a segment the call knows opens the sentence in any case", "Let me review our segments. Turning to the Consulting segment, fee revenue was $136 million. Our executive search business is our largest. Finally for executive search, global fee revenue was $168 million.", [{ metric: "executive_search_revenue", value: 168e6, scope: "executive search" }]],
    ["'global' is the company's outside a walk-through", "Global fee revenue was $550 million in the quarter.", [{ metric: "revenue", value: 550e6, scope: "company" }]],
    ["in a walk-through, a lower-case business the sentence opens with is the figure's scope", "Let me review our segments. Turning to Transportation, sales were up 20%. In sensors, we saw 20% organic growth.", [{ metric: "sensors_organic_growth", value: 20, scope: "sensors" }]],
    ["same-store NOI is its own measure, the company's, named for the pool it is taken on", "Our same-store NOI grew 5% in the quarter, and same-asset net operating income is up 2% year-to-date. Restaurant-level EBITDA margin was 18.2%.", [{ metric: "same_store_noi", kind: "change", value: 5, scope: "company" }, { metric: "same_store_noi", kind: "change", value: 2, scope: "company" }, { metric: "restaurant_level_ebitda_margin", value: 18.2, scope: "company" }]],
    ["a segment that reports after an opening on what the figure leaves out is the scope", "Excluding net recognized losses of $3 million, our Title segment generated $2.5 billion in total revenue for the second quarter.", [{ metric: "title_revenue", kind: "actual", value: 2.5e9, scope: "Title" }]],
    ["a word between a pool's qualifier and the measure names the part the pool is of, whatever its tag", "We expect full year same-store multifamily operating expenses to increase by approximately 5%.", [{ metric: "multifamily_same_store_operating_expenses", period: "2025-FY", kind: "guidance", value: 5, scope: "multifamily" }]],
    ["the level a change reached is the measure's, with what drove it", "Sales grew 13.9% to $2 billion based on strong contribution from recent acquisitions.", [{ metric: "revenue", kind: "change", value: 13.9 }, { metric: "revenue", kind: "actual", value: 2e9, scope: "company" }]],
    ["growth and basis points of expansion before a qualified measure's name; 'underlying' is no verb before the period", "We delivered 30% core revenue growth and 150 basis points of core operating margin expansion in the quarter. With 9% underlying revenue growth year-to-date, our full year growth will be strong.", [{ metric: "organic_growth", period: "2025-Q2", value: 30 }, { metric: "operating_margin", period: "2025-Q2", kind: "change", value: 1.5 }, { metric: "revenue", period: "2025-H1", kind: "change", value: 9 }]],
    ["after a sentence that set several parts side by side, no one region carries to the next", "Americas and GSB had net sales growth of 4% and 12%, largely due to higher volumes. Net sales were a positive story to the quarter. Gross margins were 36.3% for the quarter compared to 35.4% in the prior year.", [{ metric: "gross_margin", period: "2025-Q2", kind: "actual", value: 36.3, scope: "company" }, { metric: "gross_margin", period: "2024-Q2", kind: "prior", value: 35.4, scope: "company" }]],
    ["an irregular past verb after 'and' is the clause's verb, no part's name", "In the quarter, we repurchased $650 million of our own stock and paid dividends of $227 million.", [{ metric: "share_repurchase", value: 650e6 }, { metric: "dividend", kind: "actual", value: 227e6, scope: "company" }]],
    ["a dividend declared and paid is the quarter's", "We also declared and paid a $0.23 per share common stock dividend, which is unchanged from the previous quarter.", [{ metric: "dividend", period: "2025-Q2", kind: "actual", value: 0.23 }]],
    ["what a dated figure is said to reflect is of its span", "We generated free cash flow of $1.8 billion for the first half of fiscal 2025, reflecting a 3% increase in operating cash flow, offset by an increase in capex spend.", [{ metric: "free_cash_flow", period: "2025-H1", value: 1.8e9 }, { metric: "operating_cash_flow", period: "2025-H1", kind: "change", value: 3 }]],
    ["'through nine months' is the year to date", "Through nine months, organic sales are up nearly 6% and we expect a solid fourth quarter.", [{ metric: "organic_growth", period: "2025-9M", value: 6 }]],
    ["from one period's figure to another's", "Los Angeles accelerated from 17% same-store revenue growth in the second quarter to 20% in the third quarter.", [{ metric: "los_angeles_comparable_sales", period: "2025-Q2", value: 17 }, { metric: "los_angeles_comparable_sales", period: "2025-Q3", value: 20 }]],
    ["words that qualify the measure are no scope", "We still have ample available liquidity of approximately $260 million, and a record high order backlog of $645 million. We paid $123 million in common dividends.", [{ metric: "liquidity", value: 260e6, scope: "company" }, { metric: "backlog", value: 645e6, scope: "company" }, { metric: "dividend", value: 123e6, scope: "company" }]],
    ["a measure without its special items is adjusted", "EPS, excluding special items, was $1.16, compared to ex-special EPS of $0.82 in Q2 2024.", [{ metric: "eps", value: 1.16, basis: "non-GAAP" }, { metric: "eps", value: 0.82, basis: "non-GAAP", kind: "prior" }]],
    ["a sentence that opens as a comparison is of the period compared with", "This is compared to first quarter 2024 operating losses of $5 million and a net loss of $21 million.", [{ metric: "net_income", period: "2024-Q1", kind: "prior", value: -21e6 }]],
    ["a quarter compared with a quarter is the quarter, in a paragraph on the year", "For the full year 2025, revenue was $4.1 billion. Total revenues grew $47 million, or about 9% over the prior year quarter.", [{ metric: "revenue", period: "2025-FY", value: 4.1e9 }, { metric: "revenue", period: "2025-Q4", kind: "change", value: 9 }]],
    ["a segment's name holds a '+'", "Turning to Food + Beverage. Sales in the segment grew 12%. The segment had an adjusted EBITDA margin of 16%.", [{ metric: "food_beverage_ebitda_margin", value: 16, scope: "Food + Beverage" }]],
    ["cash put to a measure is that measure", "Turning to investments, we used $5 million of cash for capital expenditures during the quarter.", [{ metric: "capex", value: 5e6, scope: "company" }]],
    ["'six months ended' is the first half", "For the six months ended June 30, 2025, revenue was $664.8 million.", [{ metric: "revenue", period: "2025-H1", value: 664.8e6 }]],
    ["the prior year-to-date is last year's months to the quarter's end", "Year-to-date EPS of $1.64 was 131% higher than the prior year-to-date adjusted EPS of $0.71.", [{ metric: "eps", period: "2025-9M", value: 1.64 }, { metric: "eps", period: "2024-9M", kind: "prior", value: 0.71 }]],
    ["an announced turn to a period puts the paragraph on it", "Let me now turn to our full year 2025 results. Net sales grew 8% to $4.1 billion.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 8 }, { metric: "revenue", period: "2025-FY", value: 4.1e9 }]],
    ["return on tangible common equity is not return on equity", "Adjusted return on tangible common equity was 18.4%.", [{ metric: "return_on_tangible_common_equity", value: 18.4, basis: "non-GAAP" }]],
    ["the nearer word says the way a figure went", "Excluding the negative impact of FX, revenue was up 16%.", [{ metric: "revenue", kind: "change", value: 16, basis: "non-GAAP" }]],
    ["a qualifier inside the measure's name says its basis", "Core FFO per share was $0.21, and normalized FFO was $12 million.", [{ metric: "ffo_per_share", value: 0.21, basis: "non-GAAP" }, { metric: "ffo", value: 12e6, basis: "non-GAAP" }]],
    ["a measure with something left out is adjusted", "EPS excluding charges and credits was $0.36.", [{ metric: "eps", value: 0.36, basis: "non-GAAP" }]],
    ["a place named as a cause is no scope", "With the addition of Brazil and our sales into Canada, net sales rose by 21%.", [{ metric: "revenue", kind: "change", value: 21, scope: "company" }]],
    ["a segment named right after the figure", "We expect 6% organic growth for our Tower segment in 2025.", [{ metric: "tower_organic_growth", kind: "guidance", value: 6, scope: "Tower" }]],
    ["after a sentence on one named part, 'the' measure may still be its", "Roto-Rooter's adjusted EBITDA totaled $46.8 million. The adjusted EBITDA margin was 26.8%.", [{ metric: "roto_rooter_adjusted_ebitda", value: 46.8e6, scope: "Roto-Rooter" }]],
    ["a word of the company's name inside a longer name is a segment, not the company", "Specialty Minerals sales were $142.7 million in the second quarter.", [{ metric: "specialty_minerals_revenue", value: 142.7e6, scope: "Specialty Minerals" }], "2025-Q2", "Minerals Technologies"],
    ["a capitalised word tagged as a verb inside a segment's name stays in the name", "Dover Fueling Solutions revenue was $400 million in the quarter.", [{ metric: "dover_fueling_solutions_revenue", value: 400e6, scope: "Dover Fueling Solutions" }], "2025-Q2", "Dover Corporation"],
    ["the company's name before its measure is the company's", "Dover adjusted EPS was $1.20 in the quarter.", [{ metric: "eps", value: 1.2, scope: "company", basis: "non-GAAP" }], "2025-Q2", "Dover Corporation"],
    ["an article opening the sentence is no part of a name", "A GAAP operating margin of 10% of sales versus 16% of sales in 2024 and adjusted operating margin of 11% of sales.", [{ metric: "operating_margin", value: 10, scope: "company", basis: "GAAP" }, { metric: "operating_margin", value: 11, scope: "company", basis: "non-GAAP" }]],
    ["a change said as a noun with its amount is a change", "As shown in the chart, the decrease of $0.36 in adjusted diluted EPS in the second quarter consists of the following.", [{ metric: "eps", kind: "change", value: -0.36, basis: "non-GAAP" }]],
    ["a slide of one segment's results turns to it", "Slide 5 shows a summary of fourth quarter results for the composite fiber segment. Revenues for the quarter were 1.3% higher. Consolidated revenues were $300 million.", [{ metric: "composite_fiber_revenue", kind: "change", value: 1.3, scope: "composite fiber" }, { metric: "revenue", value: 300e6, scope: "company" }], "2025-Q4"],
    ["a segment the call knows, opening a sentence without figures, heads the next ones", "Our aviation segment and our Bell segment both grew. At aviation, we continue to see favorable market conditions. Order activity remained strong, resulting in a $4.1 billion backlog at year-end.", [{ metric: "aviation_backlog", value: 4.1e9, scope: "aviation" }], "2025-Q4"],
    ["a region opening a sentence without figures is that sentence's only", "Across North America, recovery remains mixed. Western Europe grew 2% in the quarter. We also saw operating margins expand quarter sequentially to 13%.", [{ metric: "operating_margin", value: 13, scope: "company" }]],
    ["a span right after a second figure dates it, a balance's change included", "Our backlog grew again. We saw backlog growth of $655 million in the quarter and $2.5 billion for the full year.", [{ metric: "backlog", kind: "change", period: "2025-Q4", value: 655e6 }, { metric: "backlog", kind: "change", period: "2025-FY", value: 2.5e9 }], "2025-Q4"],
    ["a year written with its first digits cut is that year", "On the top line, organic sales were up 4% in '24, ahead of our original plan.", [{ metric: "organic_growth", period: "2024-FY", value: 4 }], "2024-Q4"],
    ["'a year ago' opening the figure's clause dates it", "I see this as a significant improvement as only a year ago, our revenue was $400 million.", [{ metric: "revenue", period: "2024-Q2", kind: "prior", value: 400e6 }]],
    ["'On the X side of our business' scopes the sentence", "On the service side of our business, revenues were down 2% as growth in service plans was offset.", [{ metric: "service_revenue", kind: "change", value: -2, scope: "service" }]],
    ["a range from minus to plus is a range", "We expect full-year operating expenses to be in the range of minus 1% to plus 1% in constant currency.", [{ metric: "operating_expenses", kind: "guidance", low: -1, high: 1 }]],
    ["a turn to a slide spelled out, then an announced segment, turns to it", "Looking to the fourth quarter, we expect recurring revenues in our Exchange segment to be strong. Turning now to slide six, I'll discuss our Fixed Income and Data Services segment. Third quarter revenues totaled $477 million, a 6% increase versus a year ago.", [{ metric: "fixed_income_and_data_services_revenue", value: 477e6, scope: "Fixed Income and Data Services" }]],
    ["a measure's acronym heading a sentence is no segment", "Turning to the international segment. NSR increased by 7%, with growth across all of our largest regions. Our adjusted operating margin in the quarter was 8.2%.", [{ metric: "international_operating_margin", value: 8.2, scope: "international" }]],
    ["a change against the year before stays", "Revenue grew 12% versus 2024.", [{ metric: "revenue", kind: "change", value: 12 }]],
    ["a year before a quarter's name dates the quarter", "For the 2026 first quarter, we expect to generate revenues in the range of $1.43 billion to $1.53 billion.", [{ metric: "revenue", period: "2026-Q1", kind: "guidance", low: 1.43e9, high: 1.53e9 }], "2025-Q4"],
    ["a period after the measure's name, the figure first", "We produced $4.58 of adjusted EPS in the first half.", [{ metric: "eps", period: "2025-H1", value: 4.58 }]],
    ["an earlier quarter set beside a growth rate is no paragraph's period", "Organic sales in Motion were up 17% after 10% organic sales growth in the fourth quarter of 2024. Consolidated gross margin increased 50 basis points year over year to 67.8%.", [{ metric: "motion_organic_growth", period: "2024-Q4", value: 10 }, { metric: "gross_margin", period: "2025-Q2", kind: "change", value: 0.5 }, { metric: "gross_margin", period: "2025-Q2", value: 67.8 }]],
    ["each item of a list an outlook introduces is guidance", "We expect the following: for the third quarter, revenue of $1.3 billion, plus or minus $20 million; EBITDA of $295 million, plus or minus $10 million.", [{ metric: "revenue", period: "2025-Q3", kind: "guidance", low: 1.28e9, high: 1.32e9 }, { metric: "ebitda", period: "2025-Q3", kind: "guidance", low: 2.85e8, high: 3.05e8 }]],
    ["'Throughout the year,' puts the paragraph on the year", "Throughout the year, digital propelled our business. Net sales grew 12%.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 12 }]],
    ["a sentence without figures that names the quarter puts what follows on it", "For the full year 2025, revenue was $4.1 billion. Our bottom-line performance in the fourth quarter speaks for itself. We drove an operating margin of 21%.", [{ metric: "revenue", period: "2025-FY", value: 4.1e9 }, { metric: "operating_margin", period: "2025-Q4", value: 21 }]],
    ["an amount said of both measures is each one's, and a balance after another figure is its own", "This resulted in both recognized revenue and gross profit of $12 million. We ended June with approximately $370 million in cash and debt of $860 million.", [{ metric: "gross_profit", value: 12e6 }, { metric: "total_debt", value: 860e6 }]],
    ["a comparison word before a period read as two mentions", "Compared to the 2025 first quarter, net sales increased $33.7 million or 15%.", [{ metric: "revenue", period: "2025-Q2", kind: "change", value: 15 }]],
    ["'the full year of 2024' is 2024, also after a companion figure", "Net income was $271 million, or $24.64 per share, compared to $254 million, or $22.73 a share, for the full year of 2024.", [{ metric: "net_income", period: "2024-FY", kind: "prior", value: 254e6 }]],
    ["merchandise inventories are the inventory", "Merchandise inventories were $1.2 billion.", [{ metric: "inventory", value: 1.2e9, scope: "company" }]],
    ["an adjustment's acronym left out keeps the company's measure, adjusted", "Excluding PPP, net interest income grew 3%.", [{ metric: "net_interest_income", kind: "change", value: 3, scope: "company", basis: "non-GAAP" }]],
    ["a loss per share is a negative EPS", "We reported an adjusted loss per share of $0.04.", [{ metric: "eps", value: -0.04, basis: "non-GAAP" }]],
    ["the balance sheet's cash is the company's", "Our balance sheet cash position was $1.8 billion on June 30.", [{ metric: "cash_and_investments", value: 1.8e9, scope: "company" }]],
    ["a period after a figure's per-share companion is the figure's", "In the fourth quarter of last year we grew. Adjusted FFO was approximately $52 million or $0.20 per diluted share in the second quarter, for a total of $97 million for the half.", [{ metric: "ffo", period: "2025-Q2", value: 52e6 }]],
    ["a year compared with is no period of the figure", "Year-to-date, revenue grew. Net income is down about $4.4 million or $0.29 per share compared to 2024.", [{ metric: "net_income", period: "2025-9M", kind: "change", value: -4.4e6 }]],
    ["a paragraph on a year long past sets no period for what follows", "In 2009, we repurchased half our stock. Our adjusted EBITDA of $100.9 million increased 7% compared to the second quarter of 2024.", [{ metric: "adjusted_ebitda", period: "2025-Q2", kind: "actual", value: 100.9e6 }]],
    ["what a measure is taken before is no scope", "On a non-GAAP basis before onetime charges diluted EPS for the quarter was $0.18.", [{ metric: "eps", value: 0.18, scope: "company", basis: "non-GAAP" }]],
    ["growth at constant currency, said before the figure, is on a constant-currency basis", "On a constant currency basis, sales decreased 41% compared to the prior year.", [{ metric: "revenue", kind: "change", value: -41, scope: "company", basis: "constant currency" }]],
    ["a level in constant dollars is on a constant-currency basis", "In constant dollars, net sales increased 20% to $592 million.", [{ metric: "revenue", kind: "change", value: 20, basis: "constant currency" }, { metric: "revenue", value: 592e6, basis: "constant currency" }]],
    ["a reported rate beside a constant-currency one keeps no basis", "Revenue grew 9%, or 11% in constant currency.", [{ metric: "revenue", kind: "change", value: 9, basis: null }, { metric: "revenue", kind: "change", value: 11, basis: "constant currency" }]],
    ["a lower-case heading turns to a segment the call names", "Depletion growth was strong for our beer business. Starting with beer. Net sales increased 28% in the quarter.", [{ metric: "beer_revenue", kind: "change", value: 28, scope: "beer" }]],
    ["what drove the figure is no part of it: 'on demand for cleaning products'", "Revenue grew 5% on demand for cleaning products.", [{ metric: "revenue", value: 5, scope: "company" }]],
    ["a sentence that ends on a named part's results turns to that part", "The focus on revenue quality drove outstanding results for FedEx Freight this quarter. For the quarter, revenue increased 23% year over year.", [{ metric: "fedex_freight_revenue", kind: "change", value: 23, scope: "FedEx Freight" }], "2025-Q3"],
    ["'affirming' an outlook is guidance; 'capital-spending' is capital spending", "We are affirming our full year adjusted EPS range at $20.50 to $21.50. We have lowered our FY '25 capital-spending forecast from $7.2 billion to $7 billion.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 20.5, high: 21.5 }, { metric: "capex", period: "2025-FY", kind: "guidance", value: 7e9 }], "2025-Q3"],
    ["a product category named after the figure or as the subject of its verb is the figure's part", "Net sales increased 2.9% for lifestyle products. Mobility and seating products achieved net sales growth of 15%.", [{ metric: "lifestyle_products_revenue", value: 2.9, scope: "lifestyle products" }, { metric: "mobility_and_seating_products_revenue", value: 15, scope: "Mobility and seating products" }]],
    ["a heading that names a channel with its noun turns to that part", "Moving to our e-commerce channel. Revenues grew 39% in the quarter and represented approximately 13% of total lease revenues.", [{ metric: "e_commerce_revenue", kind: "change", value: 39, scope: "e-commerce" }], "2025-Q4"],
    ["a lower-case heading that names no segment of the call turns to none", "Starting with costs. Net sales increased 28% in the quarter.", [{ metric: "revenue", kind: "change", value: 28, scope: "company" }]],
    ["a sentence dated later as the call's quarter leaves the paragraph's period", "In the first quarter, revenue was $40 million. Adjusted EPS was $1.69 and GAAP EPS was $2.40 for the quarter.", [{ metric: "revenue", period: "2025-Q1", value: 40e6 }, { metric: "eps", period: "2025-Q4", value: 1.69, basis: "non-GAAP" }, { metric: "eps", period: "2025-Q4", value: 2.4, basis: "GAAP" }], "2025-Q4"],
    ["a later period of what is left out does not date the figure", "In the first quarter, revenue was $80 million. Online sales increased 14%, excluding the store closures in the second quarter.", [{ metric: "revenue", period: "2025-Q1", value: 80e6 }, { metric: "online_revenue", period: "2025-Q1", kind: "change", value: 14 }], "2025-Q2"],
    ["a call that says its comments are on adjusted results", "My comments will focus on the adjusted results as outlined in the press release. Operating income of $90.9 million or 10% of sales grew 38%.", [{ metric: "operating_income", value: 90.9e6, basis: "non-GAAP" }]],
    ["a call that says most of its commentary is non-GAAP", "Most of my commentary will be on a non-GAAP basis. Gross margin was 66.9% in the quarter.", [{ metric: "gross_margin", value: 66.9, basis: "non-GAAP" }]],
    ["a sentence opening on what it leaves out, past the window of the words before the figure", "Excluding the release of the state tax valuation allowance, our effective tax rate for the quarter was 22.4%.", [{ metric: "effective_tax_rate", value: 22.4, basis: "non-GAAP" }]],
    ["a sentence opening on a pro forma basis", "On a pro forma basis, net income was $50 million or $0.35 per share.", [{ metric: "net_income", value: 50e6, basis: "non-GAAP" }, { metric: "eps", value: 0.35, basis: "non-GAAP" }]],
    ["'we reported' is the verb, no basis", "We reported funds from operations of $17.5 million for the quarter.", [{ metric: "ffo", value: 17.5e6, basis: null }]],
    ["a sentence on a part of the segment walked through leaves the walk on that segment", "Our food segment grew again, and the food segment is our largest. Turning to segment results, starting with food. Food net sales of $797 million were up 12%. Equipment, Parts and Service sales, which account for 7% of the segment, were up low-single-digits. Adjusted EBITDA of $169 million increased 11%.", [{ metric: "food_revenue", value: 797e6 }, { metric: "food_adjusted_ebitda", value: 169e6, scope: "food" }]],
    ["an opening on a basis is no segment of a walk-through", "Let me review the segments. Turning to the Protective segment. In constant dollars, net sales increased 13% to $609 million.", [{ metric: "protective_revenue", kind: "change", value: 13, basis: "constant currency", scope: "Protective" }, { metric: "protective_revenue", value: 609e6, basis: "constant currency" }]],
    ["growth in constant dollars said after the figure is on a constant-currency basis", "Net sales increased 13% in constant dollars with volume growth of 5%.", [{ metric: "revenue", kind: "change", value: 13, basis: "constant currency" }]],
    ["a word the call also writes as a name inside sentences heads the next segment", "Turning to the segments. Ground revenue grew 9% in the quarter. Freight had another outstanding quarter, and revenue increased 23%. In Freight's history this is a record, and Freight's margins improved as freight volumes rose.", [{ metric: "ground_revenue", value: 9 }, { metric: "freight_revenue", kind: "change", value: 23, scope: "Freight" }]],
    ["a sentence on the quarterly results is on the call's quarter, whatever year the paragraph was on", "For the full year, revenue was $26 billion. Today we report our seventh consecutive record quarterly results with adjusted EPS of $5.76 and revenue increasing by $797 million or 14% compared to the prior year.", [{ metric: "revenue", period: "2025-FY", value: 26e9 }, { metric: "revenue", period: "2025-Q4", kind: "change", value: 797e6 }], "2025-Q4"],
    ["a second comparison base beside the first is compared with the same figure", "Revenue was $120 million, compared with $100 million last year and $116 million last quarter.", [{ metric: "revenue", period: "2025-Q1", kind: "prior", value: 116e6 }, { metric: "revenue", period: "2024-Q2", kind: "prior", value: 100e6 }]],
    ["a bare year after a quarter's base is that quarter of the year", "Adjusted SG&A expense for the second quarter of 2025 was $95.8 million compared to $81.8 million in 2024 and $98.1 million in 2023.", [{ metric: "sg_and_a", period: "2024-Q2", kind: "prior", value: 81.8e6 }, { metric: "sg_and_a", period: "2023-Q2", kind: "prior", value: 98.1e6 }]],
    ["a bare year beside a quarter's figure is that quarter of the year", "Total company EBITDA for the second quarter, excluding special items, was $311 million in 2025 and $371 million in 2024.", [{ metric: "ebitda", period: "2025-Q2", value: 311e6 }, { metric: "ebitda", period: "2024-Q2", kind: "prior", value: 371e6 }]],
    ["a year's end after a quarter's base is the year's end", "Our net debt is now approximately $2.8 billion, down from over $5.1 billion at the end of 2024.", [{ metric: "net_debt", period: "2024-Q4", kind: "prior", value: 5.1e9 }], "2025-Q3"],
    ["a measure taken away after a figure has its own figure", "We generated cash flow from operations of $83 million, net of capital expenditures of $34 million.", [{ metric: "capex", value: 34e6 }]],
    ["earnings with a per-share companion give the EPS, and the amount is the net income that is per share of", "Adjusted earnings for the second quarter were $96 million or $0.88 per diluted share compared to $141 million or $1.29 per diluted share in Q2 2024.", [{ metric: "net_income", period: "2025-Q2", value: 96e6, basis: "non-GAAP" }, { metric: "eps", period: "2025-Q2", value: 0.88, basis: "non-GAAP" }, { metric: "net_income", period: "2024-Q2", kind: "prior", value: 141e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 1.29 }]],
    ["earnings with a per-share amount after a part's are the part's too", "For the full year, wind services reported GAAP earnings of $599 million or $0.30 per share and adjusted earnings of approximately $2.21 billion or $1.12 per share.", [{ metric: "wind_services_net_income", value: 599e6, scope: "wind services", basis: "GAAP" }, { metric: "wind_services_net_income", value: 2.21e9, scope: "wind services", basis: "non-GAAP" }, { metric: "wind_services_eps", value: 1.12, scope: "wind services", basis: "non-GAAP" }], "2025-Q4"],
    ["a bank's noninterest expense is its operating expenses", "Noninterest expense totaled $184 million in the quarter, down $3 million from the prior quarter.", [{ metric: "operating_expenses", kind: "actual", value: 184e6 }, { metric: "operating_expenses", kind: "change", value: -3e6 }]],
    ["a level followed by 'up' and another figure is the level, the other figure its change", "Adjusted operating expense was $268 million up $2 million from the prior quarter and down $6 million from the prior year.", [{ metric: "operating_expenses", kind: "actual", value: 268e6 }, { metric: "operating_expenses", kind: "change", value: 2e6 }, { metric: "operating_expenses", kind: "change", value: -6e6 }]],
    ["a slide's verb of showing is no part of the business ('Slide 8 highlights')", "Slide 8 highlights total adjusted noninterest expense of $267 million, down $1 million from the prior quarter.", [{ metric: "operating_expenses", kind: "actual", value: 267e6, scope: "company" }]],
    ["'we grew revenue 12%', with 'by' unsaid, is the revenue's change; so is a participle after a clause on us", "We grew revenue 12% in the quarter. All of our operations performed very well, growing consolidated operating income by 3.5%.", [{ metric: "revenue", kind: "change", value: 12 }, { metric: "operating_income", kind: "change", value: 3.5 }]],
    ["a fourth-quarter call's 'Versus <last year>,' compares the year with the year before: the call's year", "Versus 2024, sales grew 10%.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 10 }], "2025-Q4"],
    ["capital additions are capex", "Our capital additions for the second quarter was $47 million, down $60 million versus 2024.", [{ metric: "capex", value: 47e6 }, { metric: "capex", kind: "change", value: -60e6 }]],
    ["earnings read for their per-share companion keep the sentence's part", "In the first quarter, Acme Power reported net income of $161 million or $0.32 per share, non-GAAP operating earnings of $163 million or $0.35 per share, and adjusted EBITDA of $321 million.", [{ metric: "acme_power_eps", value: 0.35, scope: "Acme Power", basis: "non-GAAP" }]],
    ["a call whose growth rates are in constant currency: its growth rates are on that basis, its levels not", "All growth rates are constant currency unless stated otherwise. Revenue grew 5% in the quarter to $400 million.", [{ metric: "revenue", kind: "change", value: 5, basis: "constant currency" }, { metric: "revenue", value: 400e6, basis: null }]],
    ["a call whose operating income figures are adjusted unless noted", "Operating income figures are adjusted unless noted. Operating income was $400 million.", [{ metric: "operating_income", value: 400e6, basis: "non-GAAP" }]],
    ["a sentence that dates an earlier figure as the call's quarter is back on the quarter, whatever span the paragraph was on", "Year-to-date revenue was $4.1 billion. Adjusted net income was $423 million for the third quarter and adjusted diluted earnings per share grew 33.1% to $2.17.", [{ metric: "revenue", period: "2025-9M", value: 4.1e9 }, { metric: "eps", period: "2025-Q3", kind: "change", value: 33.1 }, { metric: "eps", period: "2025-Q3", value: 2.17 }], "2025-Q3"],
    ["growth said 'reported' is GAAP, and 'core' growth after it is organic growth; 'at constant currency' is constant currency", "Revenues were $294 million, up 9% reported and up 7% core. Year-to-date revenue was $1,238 million, growing at 27% reported and 25% at constant currency.", [{ metric: "revenue", kind: "change", value: 9, basis: "GAAP" }, { metric: "organic_growth", value: 7, basis: "non-GAAP" }, { metric: "revenue", period: "2025-9M", kind: "change", value: 27, basis: "GAAP" }, { metric: "revenue", period: "2025-9M", kind: "change", value: 25, basis: "constant currency" }], "2025-Q3"],
    ["(a figure 'reported in' a period is said to be reported then, not on a basis)", "Net income was $116.4 million or $1.80 a share compared with earnings of $93.1 million or $1.47 a share reported in the second quarter of 2024.", [{ metric: "eps", period: "2024-Q2", kind: "prior", value: 1.47, basis: null }], "2025-Q2"],
    ["a growth rate said of a guided level is guidance in percent", "For the full year, we expect revenue of $13,775 million to $13,850 million, representing year-over-year growth of 21.3% to 21.9%.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 21.3, high: 21.9, unit: "percent" }], "2025-Q3"],
    ["a quarter right after a second figure dates it, when the first is the year's", "Same-store NOI grew 3.9% for the year and 3.1% during the fourth quarter.", [{ metric: "same_store_noi", period: "2025-FY", kind: "change", value: 3.9 }, { metric: "same_store_noi", period: "2025-Q4", kind: "change", value: 3.1 }], "2025-Q4"],
    ["', on a reported basis' after a change is GAAP; an opening 'in constant currency terms' is every figure's basis", "Revenue of $1.3 billion increased 16%, on a reported basis or 13% constant currency. Globally, in constant currency terms, device sales increased by 31% while masks and other sales increased by 8%.", [{ metric: "revenue", kind: "change", value: 16, basis: "GAAP" }, { kind: "change", value: 31, basis: "constant currency" }, { kind: "change", value: 8, basis: "constant currency" }]],
    ["a change of a balance the sentence says is over the year stays the year's; a topic opened with its period dates the paragraph", "In terms of uses of cash for the year, we invested over $3 billion in acquisitions. We continue to delever, with debt down nearly $10 billion for the year. And we returned nearly $6 billion to shareholders in the form of dividends.", [{ metric: "total_debt", period: "2025-FY", kind: "change", value: -10e9 }, { metric: "dividend", period: "2025-FY", value: 6e9 }], "2025-Q4"],
    ["'fiscal 2021' before 'to $2.6 billion' is a year, not the low end of a range", "This brings total capital expenditures for fiscal 2025 to $2.6 billion.", [{ metric: "capex", period: "2025-FY", value: 2.6e9, scope: "company" }], "2025-Q4"],
    ["a sentence whose figure is followed by a verb in the past tense reports, though an outlook came before it", "Now, I'll briefly cover our full year results. We remain on track to achieve our three-year run rate synergy target of $75 million. GAAP net income of $250 million resulted in GAAP earnings per share of $3.31.", [{ metric: "net_income", period: "2025-FY", kind: "actual", value: 250e6 }], "2025-Q4"],
    ["a verbless list after an outlook continues it, though it opens on 'Adjusted'", "As mentioned, we are raising our guidance ranges for 2025 as follows. Adjusted earnings per share of $8.80 to $9.40. Adjusted operating income of $1.8 billion to $1.875 billion and free cash flow of $1 billion to $1.2 billion.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 8.8, high: 9.4, basis: "non-GAAP" }, { metric: "operating_income", period: "2025-FY", kind: "guidance", low: 1.8e9 }, { metric: "free_cash_flow", period: "2025-FY", kind: "guidance", low: 1e9 }]],
    ["a figure named after 'we delivered' is the named measure's, not a carried one's", "Organic growth was strong. We delivered 28% growth in adjusted earnings per share.", [{ metric: "eps", kind: "change", value: 28, basis: "non-GAAP" }]],
    ["a margin's 'rate' is the margin", "In Q4 of fiscal '25, the adjusted gross margin rate was 17.4% compared with 24.3% in 2024. On a full year basis, the gross margin rate declined 270 basis points to 30.3%.", [{ metric: "gross_margin", period: "2025-Q4", value: 17.4, basis: "non-GAAP" }, { metric: "gross_margin", period: "2024-Q4", kind: "prior", value: 24.3 }, { metric: "gross_margin", period: "2025-FY", kind: "change", value: -2.7 }, { metric: "gross_margin", period: "2025-FY", value: 30.3 }], "2025-Q4"],
    ["a loss per share beside a loss is its per-share figure; 'would have reported' says no basis, the opening's 'Excluding special items' does", "Excluding special items, we would have reported a net loss of $16.2 million or a loss of $0.38 per share.", [{ metric: "net_income", value: -16.2e6, basis: "non-GAAP" }, { metric: "eps", value: -0.38, basis: "non-GAAP" }]],
    ["a level said 'ended the quarter at', 'were approximately flat at', or by a relative clause after a change of the measure", "Inventory levels finished the quarter at $404.9 million. Operating expenses ended the year at $151 million. Net sales were approximately flat at $131 million. Lower spending drove a $320 million reduction to net debt, which ended the quarter at $752 million.", [{ metric: "inventory", period: "2025-Q4", value: 404.9e6 }, { metric: "operating_expenses", period: "2025-FY", value: 151e6 }, { metric: "revenue", value: 131e6, kind: "actual" }, { metric: "net_debt", kind: "actual", value: 752e6 }], "2025-Q4"],
    ["a clause that says what a measure excludes or includes, or what it is, stands between it and its figure", "For the full year, free cash flow, that's operating cash flow minus capex, came in at $165 million. Adjusted net income, which excludes restructuring, impairment, and onetime items, was up 28% to $528 million or $9.23 a share.", [{ metric: "free_cash_flow", period: "2025-FY", value: 165e6 }, { metric: "net_income", kind: "change", value: 28, basis: "non-GAAP" }, { metric: "net_income", value: 528e6, basis: "non-GAAP" }, { metric: "eps", value: 9.23 }], "2025-Q4"],
    ["a new outlook named without its measure is the one the last sentence raised", "Moving down to EPS, we're increasing our adjusted EPS guidance by $0.10 at the midpoint. The new guidance range is now $8.85 to $8.95, which represents year-over-year growth of 37.9% to 39.4%.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 8.85, high: 8.95 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 37.9, unit: "percent" }], "2025-Q3"],
    ["a part of the outlook's year said in passing without a figure is the year's shape, not a new outlook", "Turning to our outlook for the fiscal year. We expect industry volume to recover in the second half. We continue to expect revenue in the range of $3.5 billion to $3.6 billion.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 3.5e9, high: 3.6e9 }], "2025-Q3"],
    ["(a sentence that opens on a part of the year, or names an outlook for it, still moves the outlook there)", "Moving to guidance for full year 2026, we expect adjusted EBITDA of $2.42 billion to $2.47 billion. For the first quarter, we expect RevPAR growth to be roughly flat. We expect adjusted EBITDA of $520 million to $540 million.", [{ metric: "adjusted_ebitda", period: "2026-FY", kind: "guidance", low: 2.42e9 }, { metric: "adjusted_ebitda", period: "2026-Q1", kind: "guidance", low: 520e6 }], "2025-Q4"],
    ["(nor does one that names an outlook for the part)", "For the full year, we expect dividends to be paid in the first half. Now moving to our outlook for fiscal Q2. We expect revenue in the range of $4.7 billion to $5 billion.", [{ metric: "revenue", period: "2025-Q2", kind: "guidance", low: 4.7e9 }], "2025-Q1"],
    ["a future period something moves into, or starts at, is not what the turn's outlook is for", "For the full year, we now expect organic growth of greater than 8%, where we expect new business to shift further into 2026. The customer committed to revert to full payment at the start of 2026. In Africa, we are increasing our organic growth expectations to greater than 7%.", [{ metric: "africa_organic_growth", kind: "guidance", period: "2025-FY", value: 7 }], "2025-Q3"],
    ["'Looking at' a segment the call names, as a heading, turns to it", "Our corrugated business grew, and the corrugated business is our largest. Looking at the corrugated business. Sales were $1.8 billion in the quarter.", [{ metric: "corrugated_revenue", value: 1.8e9, scope: "corrugated" }]],
    ["'With respect to' a segment the call names opens the sentence on it", "Our paper segment shrank, and the paper segment is small. With respect to paper, sales were $300 million in the quarter.", [{ metric: "paper_revenue", value: 300e6, scope: "paper" }]],
    ["a regular cash dividend is the dividend, of no basis", "The company paid a regular cash dividend of $0.38 per share.", [{ metric: "dividend", value: 0.38, scope: "company", basis: null }]],
    ["a participle of what was done to the range names no part", "We've updated our full-year 2025 outlook including a narrowed adjusted EPS guidance range of $5.05 to $5.15.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 5.05, scope: "company" }]],
    ["a scope is the whole written word", "Within our largest segment, mobile top-up revenue jumped by $36 million.", [{ metric: "mobile_top_up_revenue", kind: "change", value: 36e6, scope: "mobile top-up" }]],
    ["a scope does not carry to the figure's cause", "Economic earnings per share of $4.03 grew 47%, primarily driven by EBITDA growth of 40%.", [{ metric: "ebitda", kind: "change", value: 40, scope: "company" }]],
    ["a word joined of a period and a basis is no scope", "Q2-adjusted EBITDA rose to $64 million.", [{ metric: "ebitda", value: 64e6, scope: "company", basis: "non-GAAP" }]],
    ["growth in constant currency is on a constant-currency basis", "Operating profit rose 9% in constant currency.", [{ metric: "operating_income", kind: "change", value: 9, basis: "constant currency" }]],
    ["a sentence that opens on the same-store pool is on that pool", "In the same-store pool, revenue increased 6%.", [{ metric: "same_store_revenue", kind: "change", value: 6 }]],
    ["a segment the call knows, opening a sentence, scopes that sentence", "Our Utility segment had a good quarter. Demand was steady. In Utility, backlog reached $500 million. Backlog for the company was $2 billion.", [{ metric: "utility_backlog", value: 500e6, scope: "Utility" }, { metric: "backlog", value: 2e9, scope: "company" }]],
    ["a segment turned to past its slide", "Let me review our segments. Moving on to Slide 7, Food Service had a good quarter. Operating margin expanded 80 basis points to 21%.", [{ metric: "food_service_operating_margin", value: 21, scope: "Food Service" }]],
    ["a part named by its side, for that sentence", "On the wholesale side, revenue was $300 million, up 12%. On the cost side, operating expenses were $40 million.", [{ metric: "wholesale_revenue", value: 300e6, scope: "wholesale" }, { metric: "operating_expenses", value: 40e6, scope: "company" }]],
    ["a quarter's year to date is the months to its end", "Second quarter year-to-date free cash flow was $48 million.", [{ metric: "free_cash_flow", period: "2025-H1", value: 48e6 }]],
    ["the company's name with its legal form is the company", "Example Co gross debt was $900 million at quarter end.", [{ metric: "total_debt", value: 900e6, scope: "company" }]],
    ["a bank's non-interest income is a measure of its own", "Non-interest income was $80 million in the quarter.", [{ metric: "noninterest_income", value: 80e6, scope: "company" }]],
    ["a line of revenue named with 'and related' is that line's", "Commissions and related revenue of $42 million declined 6%.", [{ metric: "commissions_and_related_revenue", value: 42e6, scope: "Commissions and related" }]],
    ["a segment the call knows heading a sentence opens a walk-through", "Our Water segment and our Gas segment both grew. Water had a record quarter. Revenue rose 9% to $210 million.", [{ metric: "water_revenue", value: 210e6, scope: "Water" }]],
    ["a turn to the financial results closes a walk-through", "Our Water segment had a record quarter. Water revenue rose 9%. Let me now turn to our financial results. Revenue of $900 million grew 6%.", [{ metric: "revenue", value: 900e6, scope: "company" }]],
    ["gross profit as a percentage of sales is the gross margin", "Gross profit as a percentage of sales was 38.2%, a decrease of 40 basis points from 38.6% in the prior year.", [{ metric: "gross_margin", value: 38.2 }, { metric: "gross_margin", kind: "change", value: -0.4 }, { metric: "gross_margin", kind: "prior", value: 38.6, period: "2024-Q2" }]],
    ["operating earnings as a percent of net sales is the operating margin; a measure moved 'for the quarter by' a figure", "Operating earnings as a percent of net sales for the second quarter decreased 130 basis points to 12.5%. We grew net sales for the quarter by 16.2% to $976.8 million.", [{ metric: "operating_margin", kind: "change", value: -1.3 }, { metric: "operating_margin", kind: "actual", value: 12.5 }, { metric: "revenue", kind: "change", value: 16.2 }, { metric: "revenue", kind: "actual", value: 976.8e6 }]],
    ["points after a percentage of the same sentence are percentage points of the margin", "Our consolidated gross margin in the quarter was 30.3% versus 27.7% last year, up 2.6 points.", [{ metric: "gross_margin", kind: "change", value: 2.6, unit: "percent" }]],
    ["a margin said in a clause of its own after the profit", "Adjusted operating profit was $61 million, and as a percentage of sales, it was 12%.", [{ metric: "operating_margin", value: 12, basis: "non-GAAP" }]],
    ["the first three months of a fiscal year are its first quarter", "Net cash from operating activities for the first three months of fiscal 2025 was $84 million.", [{ metric: "operating_cash_flow", period: "2025-Q1", value: 84e6 }]],
    ["a cash flow that is a use of cash is negative, and so is its base", "Free cash flow for the quarter was a use of $40 million, compared to a use of $90 million in the same period of 2024.", [{ metric: "free_cash_flow", value: -40e6 }, { metric: "free_cash_flow", kind: "prior", value: -90e6, period: "2024-Q2" }]],
    ["a sign said after the figure", "Diluted EPS for the quarter was $0.42 negative.", [{ metric: "eps", value: -0.42 }]],
    ["a per-share figure after a comma is its income's", "Net income came in at $61 million, $0.52 per share, for the quarter.", [{ metric: "eps", value: 0.52 }]],
    ["what is excluded is dated, not the figure", "Excluding the $80 million of advances received in the second quarter of 2024, free cash flow improved by about $150 million.", [{ metric: "free_cash_flow", kind: "change", value: 150e6, period: "2025-Q2" }]],
    ["a comparison year opening the sentence is no period of the figure", "Compared to 2024, gross margin improved by 300 basis points.", [{ metric: "gross_margin", kind: "change", value: 3, period: "2025-Q2" }]],
    ["capital spending past its share of sales", "We invested $9 million or 1% of net sales in capital expenditures during the quarter.", [{ metric: "capex", value: 9e6 }]],
    ["net income available to common stockholders, and net income per share, are the company's net income and EPS", "Net income available to common stockholders was $180 million or $1.27 per share, and diluted net income of $1.13 per share.", [{ metric: "net_income", value: 180e6 }, { metric: "eps", value: 1.27 }, { metric: "eps", value: 1.13 }]],
    ["'we reported' is no basis word of the measure; constant currency after a compared year is the basis", "We reported consolidated net sales of $1.6 billion, down 14% versus 2024 on a constant currency basis.", [{ metric: "revenue", value: 1.6e9 }, { metric: "revenue", kind: "change", value: -14, basis: "constant currency" }]],
    ["'adjusted' after the figure", "EBITDA margin was 18.2% as reported or 22.7% adjusted.", [{ metric: "ebitda_margin", value: 18.2, basis: "GAAP" }, { metric: "ebitda_margin", value: 22.7, basis: "non-GAAP" }]],
    ["a new subject after 'with' leaves the recalled expectation behind", "The tax rate came in as we expected at 18% with our fourth quarter tax rate expected to be around 20%.", [{ metric: "effective_tax_rate", period: "2025-Q4", kind: "guidance", value: 20 }]],
    ["'common stock dividends' are the company's dividends", "Common stock dividends totaled $75 million in the quarter.", [{ metric: "dividend", value: 75e6, scope: "company" }]],
    ["a buyback said after 'and' of the same 'we'", "We continued to execute on our strategy and repurchased approximately 300,000 shares of common stock for around $50 million.", [{ metric: "share_repurchase", value: 50e6 }]],
    ["'over' the span right after the measure's name is no comparison", "Diluted EPS over the first nine months of 2025 was $3.10.", [{ metric: "eps", period: "2025-9M", value: 3.1 }]],
    ["a balance named after the figure, before a relative 'of which'", "We closed the quarter with $85 million in cash of which $40 million sits abroad.", [{ metric: "cash_and_investments", value: 85e6 }]],
    ["a base a year ago of the prior year's first six months", "Revenue for the first six months of the year was $820 million, an increase of 6% over the prior year's first six months revenue of $774 million.", [{ metric: "revenue", period: "2025-H1", value: 820e6 }, { metric: "revenue", period: "2024-H1", kind: "prior", value: 774e6 }]],
    ["each item of a semicolon list an outlook opens is guidance, scoped by its own words", "For the full year, we anticipate the European market to grow modestly; net sales of between $2.1 billion and $2.2 billion; free cash flow in excess of $150 million; and adjusted EPS of approximately $3.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 2.1e9, high: 2.2e9, scope: "company" }, { metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 150e6 }, { metric: "eps", period: "2025-FY", kind: "guidance", value: 3 }]],
    ["a heading before a semicolon still names the segment", "Turning to the Marine business; we delivered organic revenue growth of 7.8%.", [{ metric: "marine_organic_growth", value: 7.8, scope: "Marine" }]],
    ["a measure and its change in a 'with' clause; a home market's scope does not carry to international sales", "Domestic sales grew 12%, with international sales up 9%.", [{ metric: "international_revenue", kind: "change", value: 9, scope: "company" }]],
    ["a part named in a 'with' clause opens no walk-through", "Total revenues grew 19% in the quarter, with digital subscription revenue rising 28%. As a result, adjusted operating profit grew 15%.", [{ metric: "revenue", kind: "change", value: 19, scope: "company" }, { metric: "operating_income", kind: "change", value: 15, scope: "company" }]],
    ["a transcriber's note is no word of the sentence; 'per diluted shares' is per share", "Net income rose 16.5% [Phonetic] to $74.9 million [Phonetic] or $0.23 per diluted shares.", [{ metric: "net_income", value: 74.9e6 }, { metric: "eps", value: 0.23 }]],
    ["a sentence that announces a measure, then 'we delivered' its figure and 'that's' its change", "A comment on adjusted EPS. We delivered a strong $2.10 in the quarter compared with $1.80 in Q2 of 2024. That's an increase of 17%.", [{ metric: "eps", value: 2.1 }, { metric: "eps", kind: "prior", period: "2024-Q2", value: 1.8 }, { metric: "eps", kind: "change", value: 17 }]],
    ["a heading that turns to profit leaves the last region behind", "In South America, sales increased by 9%. Overall, we are pleased with our progress. Moving now to profit. Gross profit in the second quarter was $248 million or 65.8% of net sales.", [{ metric: "gross_profit", value: 248e6, scope: "company" }, { metric: "gross_margin", value: 65.8, scope: "company" }]],
    ["'adjusting for' a gain makes the measure adjusted", "Adjusting for this onetime gain, net income is down about $4.4 million.", [{ metric: "net_income", kind: "change", value: -4.4e6, basis: "non-GAAP" }]],
    ["a linked-quarter change is the quarter's, in a paragraph on the year", "For the full year 2025, revenue was $4.1 billion. Total revenues increased $1.5 million or 1% on a linked quarter basis.", [{ metric: "revenue", period: "2025-Q4", kind: "change", value: 1 }]],
    ["a measure's acronym and a verb's gerund are no scope", "For the full year, we continue to anticipate paying dividends of roughly $250 million. Our dividend was covered with a FAD payout ratio of 43% for the quarter.", [{ metric: "dividend", kind: "guidance", value: 250e6, scope: "company" }, { metric: "payout_ratio", value: 43, scope: "company" }]],
    ["an opening on a part named in lower case scopes the sentence, 'overall' included", "In municipal water, overall sales increased 8%. In the commercial customer class, sales decreased 5.5%.", [{ metric: "municipal_water_revenue", value: 8, scope: "municipal water" }, { metric: "commercial_revenue", value: -5.5, scope: "commercial" }]],
    ["'this N% increase' is the change of what the last sentence spoke of", "Net sales totaled $453 million. This 29% increase reflects a comparable sales increase of 28%.", [{ metric: "revenue", kind: "change", value: 29 }]],
    ["'the current year nine months' and a dividend's annualized rate", "For the current year nine months, we posted EPS of $0.29. We expect to hold our quarterly dividend at $0.39 per share or $1.56 per share on an annualized basis for next year.", [{ metric: "eps", period: "2025-9M", value: 0.29 }, { metric: "dividend", kind: "guidance", period: "2026-FY", value: 0.39 }]],
    ["a compound modifier names the line a measure is of", "The next change on the table shows that transmission wheeling-related revenues increased $4.1 million.", [{ metric: "transmission_wheeling_related_revenue", kind: "change", value: 4.1e6, scope: "transmission wheeling-related" }]],
    ["a loss per share is a negative EPS, and no other per-share figure's companion", "We posted diluted EPS of $0.15 for the quarter, compared to a $0.48 loss per share in last year's second quarter and a $0.07 loss per share for the second quarter of fiscal 2023.", [{ metric: "eps", value: 0.15 }, { metric: "eps", kind: "prior", period: "2024-Q2", value: -0.48 }, { metric: "eps", kind: "prior", period: "2023-Q2", value: -0.07 }]],
    ["two growth rates an outlook gives are a range", "For the full year, we expect revenues to increase approximately 8% to 10%.", [{ metric: "revenue", kind: "guidance", low: 8, high: 10, unit: "percent" }]],
    ["guidance raised 'to a range of' two figures", "We are raising our adjusted EPS guidance to a range of $1.20 to $1.30 for the full year.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 1.2, high: 1.3, basis: "non-GAAP" }]],
    ["a 'lower-than-expected' rate is the quarter's, not an outlook", "Adjusted EPS was $0.84, helped by a lower-than-expected tax rate of 10.2%.", [{ metric: "effective_tax_rate", period: "2025-Q2", kind: "actual", value: 10.2 }]],
    ["'better-than-expected results' do not make raised guidance a recalled one", "Based on better-than-expected results, we are raising our EPS guidance to a range of $4.15 to $4.45 for the full year.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 4.15, high: 4.45 }]],
    ["a subsidiary that reports its figures is their scope, its name holding the company's", "Acme Tankers reported adjusted EBITDA of $132 million, up from $62 million a year ago.", [{ metric: "acme_tankers_adjusted_ebitda", kind: "actual", value: 132e6, scope: "Acme Tankers" }, { metric: "acme_tankers_adjusted_ebitda", kind: "prior", value: 62e6, scope: "Acme Tankers" }], undefined, "Acme Corporation"],
    ["a result with its own verb after an outlook is a result, compared with the outlook", "For the third quarter, we expect revenue of $400 million to $420 million. Mortgages segment revenue of $26 million was near the high end of our outlook range.", [{ metric: "mortgages_revenue", period: "2025-Q2", kind: "actual", value: 26e6, scope: "Mortgages" }]],
    ["'The Company' and 'As reported' are no other entity that reports", "The Company reported $93.3 million in total operating expenses in the second quarter. As reported, operating income was $135.9 million.", [{ metric: "operating_expenses", kind: "actual", value: 93.3e6, scope: "company" }, { metric: "operating_income", kind: "actual", value: 135.9e6, scope: "company" }]],
    ["a known segment heading a figure-less sentence, with the capitalised words that go on with its name, opens a walk-through", "Revenue was $915 million and grew 14% over prior year. Let me now turn to each segment's performance. Our Presort Services saw good momentum in the quarter. Revenue was $143 million and grew 2%. Margins in the Presort business remain strong.", [{ metric: "presort_services_revenue", kind: "actual", value: 143e6, scope: "Presort Services" }, { metric: "presort_services_revenue", kind: "change", value: 2, scope: "Presort Services" }]],
    ["'was a loss of' and 'was a net use of' are negative levels", "GAAP EPS was a loss of $0.18. Free cash flow was a net use of $1 million.", [{ metric: "eps", kind: "actual", value: -0.18 }, { metric: "free_cash_flow", kind: "actual", value: -1e6 }]],
    ["a measure 'from continuing operations' is the measure", "Earnings per share from continuing operations were $1.96, an increase of 10.7%.", [{ metric: "eps", kind: "actual", value: 1.96 }, { metric: "eps", kind: "change", value: 10.7 }]],
    ["a sentence opening on the year-ago quarter puts no paragraph on it", "The year ago quarter had an $11 million benefit from share price depreciation. Gross margins were 27.5%, up from 22.9%.", [{ metric: "gross_margin", period: "2025-Q2", kind: "actual", value: 27.5 }]],
    ["an amount 'less than' an earlier balance is a fall", "Our cash balance of March 31 of $335.3 million was $103.8 million less than our December 2019 balance.", [{ metric: "cash_and_investments", kind: "change", value: -103.8e6 }], "2020-Q1"],
    ["a figure compared with a quarter of last year is that quarter's, whatever span the paragraph was on", "For the full year, we recorded net sales of $1.84 billion. We recorded $153.2 million in gross profit, $20 million or 15% above Q4 of last year.", [{ metric: "revenue", period: "2019-FY", value: 1.84e9 }, { metric: "gross_profit", period: "2019-Q4", kind: "actual", value: 153.2e6 }, { metric: "gross_profit", period: "2019-Q4", kind: "change", value: 20e6 }], "2019-Q4"],
    ["a noun before a period that holds its own preposition is no scope", "These segment operating ranges support our expectation for 2020 annual revenues of $12.2 billion to $12.6 billion.", [{ metric: "revenue", period: "2020-FY", kind: "guidance", low: 12.2e9, scope: "company" }], "2019-Q4"],
    ["a verb of expecting after 'and' is no scope", "We estimate GAAP EPS for the year to be between $2.93 and $3.33 and anticipate non-GAAP adjusted diluted earnings per share to be between $3.62 and $4.02.", [{ metric: "eps", kind: "guidance", low: 2.93, scope: "company" }, { metric: "eps", kind: "guidance", low: 3.62, scope: "company" }], "2019-Q4"],
    ["'a non-GAAP measure' said aside between a measure and its figure", "Adjusted diluted earnings per share, a non-GAAP measure, was $0.93. For the quarter, we generated negative free cash flow, a non-GAAP measure, of $40 million.", [{ metric: "eps", kind: "actual", value: 0.93, basis: "non-GAAP" }, { metric: "free_cash_flow", kind: "actual", value: -40e6 }], "2019-Q4"],
    ["a 'with' clause after 'we' in a sentence opening on results or the balance sheet is the company's", "Lastly, concerning fourth-quarter results, we had an exceptionally strong cash generation quarter with free cash flow of $581 million. Turning to the balance sheet, we ended the quarter with cash and cash equivalents of over $1.4 billion.", [{ metric: "free_cash_flow", value: 581e6, scope: "company" }, { metric: "cash_and_investments", value: 1.4e9, scope: "company" }], "2019-Q4"],
    ["(one opening on a segment is not)", "Turning to Chemicals on Slide seven, we delivered another strong quarter in Chemicals with adjusted pre-tax income of $634 million.", [], "2021-Q3"],
    ["lines of business named in lower case right after the figure are its scope", "Within that, sales increased 15.9% for the employee benefits lines, which are short-term and long-term disability.", [{ metric: "employee_benefits_revenue", value: 15.9, scope: "employee benefits" }], "2021-Q1"],
    ["a segment named right after a figure with decimals", "We expect 6.5% organic growth for our Tower segment in 2025.", [{ metric: "tower_organic_growth", kind: "guidance", value: 6.5, scope: "Tower" }]],
    ["an operating loss is a negative operating income; a net operating loss carryforward is no figure of it", "Operating loss for the first quarter was $10.5 million compared to an adjusted operating loss of $13.2 million in the first quarter of the prior year. We have net operating loss carryforwards of $50 million.", [{ metric: "operating_income", period: "2021-Q1", kind: "actual", value: -10.5e6 }, { metric: "operating_income", period: "2020-Q1", kind: "prior", value: -13.2e6 }], "2021-Q1"],
    ["a loss that improved is an income that rose", "Our first quarter resulted in an adjusted net loss of $5 million, which was a $27 million improvement from an adjusted net loss of $32 million.", [{ metric: "net_income", kind: "actual", value: -5e6 }, { metric: "net_income", kind: "change", value: 27e6 }], "2021-Q1"],
    ["a year before a quarter's name without 'the' dates the quarter", "Reported operating income for the quarter of $133.4 million compares to an operating loss of $122.6 million in 2020 second quarter.", [{ metric: "operating_income", period: "2021-Q2", kind: "actual", value: 133.4e6 }, { metric: "operating_income", period: "2020-Q2", kind: "prior", value: -122.6e6 }], "2021-Q2"],
    ["a sentence with figures on the segments together is the company's, whatever segment the turn was on", "Turning to our Electric segment. Revenues were $2.1 billion. These segment operating ranges support our expectation for 2020 annual revenues of $12.2 billion to $12.6 billion.", [{ metric: "electric_revenue", value: 2.1e9, scope: "Electric" }, { metric: "revenue", kind: "guidance", low: 12.2e9, scope: "company" }], "2019-Q4"],
    ["'we don't guide on' is no outlook; 'versus LLY' names no scope", "And while we don't guide on EBITDA margin, our EBITDA margin for the quarter was 22.1%. The operating margin expansion versus LLY was fueled by improvement in gross margin of almost 700 basis points.", [{ metric: "ebitda_margin", kind: "actual", period: "2025-Q2", value: 22.1 }, { metric: "gross_margin", kind: "change", value: 7, scope: "company" }]],
    ["'total' in a sentence that opens by turning to a segment is the segment's total", "Turning to our Homegenius segment, total revenues for the third quarter were $45.1 million.", [{ metric: "homegenius_revenue", kind: "actual", value: 45.1e6, scope: "Homegenius" }], "2021-Q3"],
    ["a result said against the outlook is the result ('was above our guidance range at')", "Non-GAAP net income was above our guidance range at $32.2 million in the first quarter. Diluted EPS was above the high end of our guidance range at $0.91.", [{ metric: "net_income", kind: "actual", value: 32.2e6, basis: "non-GAAP" }, { metric: "eps", kind: "actual", value: 0.91 }], "2020-Q1"],
    ["a target the company says it delivered on is met, not an outlook", "Last week, we delivered on our dividend growth target with our Board approving a 5.3% increase in our quarterly dividend.", [{ metric: "dividend", kind: "change", value: 5.3, unit: "percent" }]],
    ["a buyback the company expects to make by year-end is the year's guidance", "We currently expect to repurchase about $500 million by year-end.", [{ metric: "share_repurchase", period: "2025-FY", kind: "guidance", value: 500e6 }]],
    ["a measure that recovered to a level has that level", "Our revenues recovered to $6.2 billion.", [{ metric: "revenue", kind: "actual", value: 6.2e9 }]],
    ["an amount above a bare year is a change", "Importantly, earnings per share were $0.76 above 2024.", [{ metric: "eps", kind: "change", value: 0.76 }]],
    ["'we reported in 2023' after a figure dates it", "I will give you an example using the $1.90 in earnings per share we reported in 2023 as our base.", [{ metric: "eps", period: "2023-FY", kind: "prior", value: 1.9 }]],
    ["'the six month period' is the first half", "For the six month period ending June 30th, operating cash flow totaled $171.2 million.", [{ metric: "operating_cash_flow", period: "2025-H1", kind: "actual", value: 171.2e6 }]],
    ["a base 'compared to a loss of' is a negative prior", "Adjusted EPS was $0.29 per share compared to a loss of $1.79 in the second quarter of 2024.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 0.29 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: -1.79 }]],
    ["net income 'attributable to the company' or 'to common stock', and a measure 'as mentioned', are the measure", "Net income attributable to the company for the quarter was $27.6 million. Net income attributable to common stock was $27.1 million or $1.21 per diluted share. Adjusted EPS, as mentioned, was $1.09 versus $0.80 last year.", [{ metric: "net_income", value: 27.6e6 }, { metric: "net_income", value: 27.1e6 }, { metric: "eps", value: 1.21 }, { metric: "eps", kind: "actual", value: 1.09 }, { metric: "eps", kind: "prior", period: "2024-Q2", value: 0.8 }]],
    ["the company's initials are the company though its web address writes them in lower case", "AAM's adjusted EPS in the second quarter was $0.29. More is on our website, www.aam.com.", [{ metric: "eps", kind: "actual", value: 0.29, scope: "company" }], undefined, "American Axle and Manufacturing"],
    ["AFFO per share is its own measure, and so is the per-share companion of AFFO", "AFFO per share grew 12% to $1.20. AFFO was $300 million or $1.21 per share.", [{ metric: "affo_per_share", kind: "change", value: 12 }, { metric: "affo_per_share", kind: "actual", value: 1.2 }, { metric: "affo", value: 300e6 }, { metric: "affo_per_share", value: 1.21 }]],
    ["what an outlook is of is its subject", "We are raising our full year outlook of adjusted earnings per share to be in the range of $4.85 to $5.05.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 4.85, high: 5.05, basis: "non-GAAP" }]],
    ["'GAAP and adjusted EPS' is one measure on two bases", "And we still expect GAAP and adjusted EPS from continuing operations in a range of $11.30 to $11.90 for the full year.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 11.3, high: 11.9 }]],
    ["a sentence that opens on a measure and gives an expectation for it", "For the full year, we expect revenue of $3.4 billion. For EPS, we expect a range of $1.30 to $1.50.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 1.3, high: 1.5 }]],
    ["free cash flow generation is free cash flow", "We expect strong free cash flow generation in the range of $325 million to $375 million this year.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "guidance", low: 325e6, high: 375e6 }]],
    ["an outlook for a growth rate is guidance of the change, not guidance that moved", "Given our strong performance, we have raised our full year outlook for sales growth to be approximately 11%.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", value: 11, unit: "percent" }]],
    ["guidance moved by an amount to a range is that range", "For 2025, we are lowering consolidated earnings guidance by $0.15 per diluted share to a range of $2.03 to $2.23 per diluted share.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 2.03, high: 2.23 }]],
    ["guidance moved by a percent to a range is that range", "We are raising our full year earnings per share guidance by 18% to a range of $22.50 to $23.50.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 22.5, high: 23.5 }]],
    ["a growth rate 'now expected to be in the range of' and growth guidance revised 'upward ... to'", "For the full fiscal year, revenue growth is now expected to be in the range of 5.7% to 7.2%. This leads us to revise our operating margin growth guidance upward for the full year to 10% to 12%.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 5.7, high: 7.2, unit: "percent" }]],
    ["an outlook for a measure increased to a range, and a range for it raised by an amount", "We have increased our outlook for total revenues to between $1.82 billion and $1.83 billion for the full year. We have raised the range for adjusted diluted earnings per share by $0.10 to between $3.70 and $3.85.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 1.82e9, high: 1.83e9 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 3.7, high: 3.85 }]],
    ["an opening 'with' clause gives causes, no scope", "With higher projected sales and continued execution of our PPI initiatives, we are raising our outlook for operating margin to a range of 12.8% to 13% for the full year.", [{ metric: "operating_margin", period: "2025-FY", kind: "guidance", low: 12.8, high: 13, scope: "company" }]],
    ["an item of a 'respectively' list that borrows the next item's measure keeps its own words", "International and North America revenue grew 11% and 10%, respectively.", [{ metric: "international_revenue", kind: "change", value: 11, scope: "company" }, { metric: "north_america_revenue", kind: "change", value: 10, scope: "North America" }]],
    ["a 'respectively' list after an earlier figure's clause pairs its own items", "The company closed the quarter with sales of $2.4 billion and GAAP and adjusted diluted EPS of $0.53 and $0.52, respectively.", [{ metric: "revenue", value: 2.4e9 }, { metric: "eps", value: 0.53, basis: "GAAP" }, { metric: "eps", value: 0.52, basis: "non-GAAP" }]],
    ["a shared change before listed levels, and a plain item beside its adjusted twin as reported", "Diluted earnings per share and adjusted diluted earnings per share each increased 30% to $1.03 and $1.04, respectively.", [{ metric: "eps", kind: "actual", value: 1.03, basis: "GAAP" }, { metric: "eps", kind: "actual", value: 1.04, basis: "non-GAAP" }]],
    ["a 'respectively' list without its comma pairs in order", "Our adjusted earnings per share, normalized FFO per share and AFFO per share increased 33%, 9% and 15% respectively.", [{ metric: "eps", kind: "change", value: 33 }, { metric: "ffo_per_share", kind: "change", value: 9 }, { metric: "affo_per_share", kind: "change", value: 15 }]],
    ["items of a list, each with its own figure, are no coordinated subject", "For 2025, we expect revenue growth in the 7% to 10% range and adjusted diluted earnings per share in the range of $4.10 to $4.30. Accounts receivable totaled $2.5 billion, down 12%, and inventories totaled $2.7 billion.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 7, high: 10 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 4.1, high: 4.3 }, { metric: "inventory", kind: "actual", value: 2.7e9 }]],
    ["a kind of revenue opens no segment walk-through", "Subscription and SaaS revenue of $820 million was up 21% year-over-year. Our non-GAAP operating income for the quarter was $935 million.", [{ metric: "operating_income", kind: "actual", value: 935e6, scope: "company", basis: "non-GAAP" }]],
    ["a sentence opening on a measure gives it the figure the company states next", "On the capex line, we'd invested $2.5 billion through the first three quarters of 2025. Looking at adjusted EBITDA, this came in at $59 million in the third quarter of 2025 versus $63.1 million in the third quarter of 2024.", [{ metric: "capex", period: "2025-9M", kind: "actual", value: 2.5e9 }, { metric: "adjusted_ebitda", period: "2025-Q3", kind: "actual", value: 59e6 }, { metric: "adjusted_ebitda", period: "2024-Q3", kind: "prior", value: 63.1e6 }], "2025-Q3"],
    ["'has grown' is a change; 'we grew revenues at' a rate is the change", "On a full-year basis, our cash flow from operating activities has grown 19.5%. For the year, we grew revenues at 18.8% and delivered organic revenue growth of 3.6%.", [{ metric: "operating_cash_flow", period: "2025-FY", kind: "change", value: 19.5 }, { metric: "revenue", period: "2025-FY", kind: "change", value: 18.8 }], "2025-Q4"],
    ["a level 'or' a percentage after 'increased to' is the level and its change", "And lastly, our dividends per share increased to $0.085 or 6.3% compared to the fourth quarter of 2024.", [{ metric: "dividend", kind: "actual", value: 0.085 }, { metric: "dividend", kind: "change", value: 6.3 }], "2025-Q4"],
    ["a named segment as the subject keeps its 'total' revenue", "Moving over to Slide Number 13, our Wholesale Brokerage Segment delivered total revenue growth of 5.9% and organic revenue growth of 7.9%.", [{ metric: "wholesale_brokerage_revenue", scope: "Wholesale Brokerage", kind: "change", value: 5.9 }]],
    ["a ratio that 'has now fallen to' a level is the level, after 'an improvement to'", "The reduction in our debt is driving a substantial improvement to our leverage ratio, which has now fallen to 2.3 times.", [{ metric: "net_leverage", kind: "actual", value: 2.3 }]],
    ["'at quarter end' is the call's quarter; a measure 'exceeds' a level; a possessive period dates its own noun", "Our inventory at quarter end was $209 million. Gross margins exceed 30%. We built on our prior quarter's profitability and increased our operating margin to over 12%.", [{ metric: "inventory", period: "2025-Q3", kind: "actual", value: 209e6 }, { metric: "gross_margin", period: "2025-Q3", kind: "actual", value: 30 }, { metric: "operating_margin", period: "2025-Q3", kind: "actual", value: 12 }], "2025-Q3"],
    ["'to shareholders during the year' is no comparison: the year dates the figure", "Moving to capital deployment, we returned approximately $185 million to shareholders during the year through the repurchase of 2.8 million shares for approximately $121 million.", [{ metric: "share_repurchase", period: "2025-FY", kind: "actual", value: 121e6 }], "2025-Q4"],
    ["'better than expected' sales are the level, not a comparison base", "We are pleased to report better than expected second quarter sales of $1.4 billion, up 44% from a year ago period.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 1.4e9 }, { metric: "revenue", period: "2025-Q2", kind: "change", value: 44 }]],
    ["growth 'on an organic local currency basis' is organic growth", "Sales were $8.6 billion, up 0.3% year-on-year or an increase of 1.3% on an organic local currency basis.", [{ metric: "organic_growth", value: 1.3, basis: "non-GAAP" }]],
    ["growth 'at consistent currency translation rates' is in constant currency", "Sales totaled $439 million, an increase of 10% from the second quarter last year and an increase of 9% at consistent currency translation rates.", [{ metric: "revenue", kind: "change", value: 9, basis: "constant currency" }]],
    ["the board raising the dividend to a rate is the company's rate, paid the next quarter", "Today, Genie's Board of Directors has increased our quarterly dividend to $0.085, a 13% increase.", [{ metric: "dividend", period: "2025-Q2", kind: "actual", value: 0.085 }], "2025-Q1"],
    ["a 'base business' measure is the company's without a one-off line, adjusted", "Excluding COVID testing revenues, our base business revenues were up 17.6%.", [{ metric: "revenue", scope: "company", kind: "change", value: 17.6, basis: "non-GAAP" }]],
    ["'an increase in SG&A expense to' a level is that level", "Increased rates of customer acquisition drove an increase in consolidated SG&A expense to $19.5 million in the first quarter, $3.7 million higher than the year ago period.", [{ metric: "sg_and_a", period: "2025-Q1", kind: "actual", value: 19.5e6 }], "2025-Q1"],
    ["a decimal right after a measure counted in times is that many times; 'modest' or 'normal' name no part", "Our leverage ratio was 5.3 at quarter end. We have seen now more normal inventory turns of 5.0 in the quarter.", [{ metric: "net_leverage", unit: "times", value: 5.3 }, { metric: "inventory_turns", scope: "company", unit: "times", value: 5 }], "2025-Q3"],
    ["places joined by slashes are one region, named whole", "In the Middle East/Asia region, revenue increased 2%, resulting from improved well construction activity in the Middle East and Australia.", [{ metric: "middle_east_asia_revenue", scope: "Middle East/Asia", kind: "change", value: 2 }]],
    ["an adjective of span before the opening year dates every clause of the list", "Annual 2025 revenue was $7.18 billion; adjusted EBITDA was $843 million, or 11.7% of revenue; and adjusted diluted earnings were $5.21 per share.", [{ metric: "adjusted_ebitda", period: "2025-FY", value: 843e6 }, { metric: "ebitda_margin", period: "2025-FY", value: 11.7 }, { metric: "eps", period: "2025-FY", value: 5.21 }], "2025-Q4"],
    ["a ratio's own level is no change measured against guidance", "Our operating margin of 19.8% was slightly below our guidance of below 20%.", [{ metric: "operating_margin", period: "2025-Q2", kind: "actual", value: 19.8 }]],
    ["money spent to buy back stock is the amount repurchased; the count of shares is no money", "In the third quarter, we deployed $2.2 billion to repurchase 8.8 million of our shares.", [{ metric: "share_repurchase", period: "2025-Q3", kind: "actual", value: 2.2e9, unit: "USD" }], "2025-Q3"],
    ["'and a' after a measure starts a new item, not a sum", "We ended the third quarter with nearly $3.2 billion in cash and an adjusted net leverage ratio of 2.4 times.", [{ metric: "cash_and_investments", kind: "actual", value: 3.2e9 }], "2025-Q3"],
    ["'Last year,' opening a sentence is the year before the call's", "Last year, in addition to paying $0.30 in aggregate dividends to our common stockholders, we repurchased $5.6 million of common stock.", [{ metric: "share_repurchase", period: "2024-FY", value: 5.6e6 }], "2025-Q1"],
    ["'through' a quarter of the year so far is the year to date", "Our business had already delivered $74 billion in sales through the third quarter, with the biggest quarter of the year still ahead of us.", [{ metric: "revenue", period: "2025-9M", kind: "actual", value: 74e9 }], "2025-Q3"],
    ["a measure in a 'with' clause of a sentence on the company's cash flow or profitability is the company's", "Positive cash flow continues with operating cash flow of $506 million. Profitability was strong, with operating margin increasing to approximately 25%.", [{ metric: "operating_cash_flow", period: "2025-Q1", kind: "actual", value: 506e6 }, { metric: "operating_margin", period: "2025-Q1", kind: "actual", value: 25 }], "2025-Q1"],
    ["a 'with' clause of a sentence opening 'On the balance sheet,' on what we did is the company's", "On the balance sheet, we ended the quarter with strong liquidity levels with a cash balance of $850 million and no debt.", [{ metric: "cash_and_investments", period: "2025-Q1", kind: "actual", value: 850e6 }], "2025-Q1"],
    ["a measure's growth 'to' a figure gives its level, in a 'with' clause too", "We delivered record profitability with operating income growth of 28% to $525 million.", [{ metric: "operating_income", period: "2025-Q1", kind: "change", value: 28 }, { metric: "operating_income", period: "2025-Q1", kind: "actual", value: 525e6 }], "2025-Q1"],
    ["an operating cash outflow is a negative operating cash flow", "Our net debt increased $32 million, driven by $7.1 million of dividends paid and $12.6 million of operating cash outflow.", [{ metric: "net_debt", period: "2025-Q1", kind: "change", value: 32e6 }, { metric: "operating_cash_flow", period: "2025-Q1", kind: "actual", value: -12.6e6 }], "2025-Q1"],
    ["cash used in operating activities is a negative operating cash flow", "Cash used in operating activities was $2.7 million in the first quarter of 2025, compared to cash provided by operating activities of $7 million in the year ago period.", [{ metric: "operating_cash_flow", period: "2025-Q1", kind: "actual", value: -2.7e6 }, { metric: "operating_cash_flow", period: "2024-Q1", kind: "prior", value: 7e6 }], "2025-Q1"],
    ["'For <part>,' opening a sentence scopes it; 'For revenue,' does not", "For financial services, operating income of $62.2 million was an increase from last year's $56.1 million. For revenue, we now expect sales of $6.3 billion to $6.475 billion for the year.", [{ metric: "financial_services_operating_income", scope: "financial services", value: 62.2e6 }, { metric: "revenue", scope: "company", kind: "guidance", period: "2025-FY", low: 6.3e9, high: 6.475e9 }]],
    ["the company's initials with one word left out are its own short name ('LHT' of Larkspur Harbor Realty Trust), also in 'shares of LHT's common stock'", "In the third quarter, LHT reported net income of $1.5 million or $0.01 per common share. During the quarter, we repurchased 1 million shares of LHT's common stock for $13 million.", [{ metric: "net_income", scope: "company", value: 1.5e6 }, { metric: "eps", scope: "company", value: 0.01 }, { metric: "share_repurchase", scope: "company", value: 13e6 }], "2025-Q3", "Larkspur Harbor Realty Trust"],
    ["a 'respectively' list whose verb is followed by words on the levels ('were both record highs for the third quarter at')", "Cash from operations and free cash flow were both record highs for the third quarter at $205.4 million and $192.8 million, respectively.", [{ metric: "operating_cash_flow", period: "2025-Q3", kind: "actual", value: 205.4e6 }, { metric: "free_cash_flow", period: "2025-Q3", kind: "actual", value: 192.8e6 }], "2025-Q3"],
    ["a base 'in fiscal '24' after a figure of 'the fiscal '25 first quarter' is that quarter of its year", "For the fiscal '25 first quarter, free cash flow was $4.8 million as compared to $5.9 million in fiscal '24.", [{ metric: "free_cash_flow", period: "2025-Q1", kind: "actual", value: 4.8e6 }, { metric: "free_cash_flow", period: "2024-Q1", kind: "prior", value: 5.9e6 }], "2025-Q1"],
    ["a figure naming its measure after it, then 'as compared to' a base; 'dividends paid were' an amount", "In the first quarter, we invested approximately $11.6 million of capex as compared to $13.2 million in the first quarter of last year. Capital expenditures were $21 million and dividends paid were $31.6 million.", [{ metric: "capex", period: "2025-Q1", kind: "actual", value: 11.6e6 }, { metric: "capex", period: "2024-Q1", kind: "prior", value: 13.2e6 }, { metric: "dividend", period: "2025-Q1", kind: "actual", value: 31.6e6, unit: "USD" }], "2025-Q1"],
    ["'was a record high of' a figure is that figure, with its per-share companion", "Our GAAP net income for 2024 was a record high of $65.2 million or $3.96 per share representing almost 14.8% EPS growth.", [{ metric: "net_income", period: "2024-FY", kind: "actual", value: 65.2e6 }, { metric: "eps", period: "2024-FY", kind: "actual", value: 3.96 }], "2024-Q4"],
    ["shares bought 'in the quarter at a cost of' an amount: the quarter's repurchase, whatever span the paragraph was on", "Revenue grew 5% in the first half of the year. We repurchased 363,000 shares in the quarter at a cost of $92 million.", [{ metric: "share_repurchase", period: "2025-Q2", kind: "actual", value: 92e6 }], "2025-Q2"],
    ["the speaker's own measure after a part named in passing is the company's; a line item turned to is no segment", "Urology and Critical Care grew 9%. Our gross margin was 51.5%. Now turning to SSG&A. Our total SSG&A spending increased 21%. Our operating margin of 19.8% was slightly below our guidance.", [{ metric: "gross_margin", scope: "company", value: 51.5 }, { metric: "operating_margin", scope: "company", value: 19.8 }]],
    ["a 'respectively' list compared with a period reads each name's figure", "Revenue and net operating income for the second quarter was up 16.6% and 16.8% over the second quarter of 2024, respectively.", [{ metric: "revenue", kind: "change", value: 16.6 }, { metric: "noi", kind: "change", value: 16.8 }]],
    ["an outlook the company is on track to meet, said as its guidance range, is the outlook", "With our first quarter results, we are on track to achieve our full year 2025 adjusted EPS guidance range of $1.50 to $1.58.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 1.5, high: 1.58 }], "2025-Q1"],
    ["an outlook said to move, in the passive ('EPS guidance is being increased to', 'EPS was updated to a range from')", "Adjusted EPS guidance is being increased to $5.35 to $5.40. EPS was updated to a range from $3.46 to $3.54.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 5.35 }, { metric: "eps", period: "2025-FY", kind: "guidance", low: 3.46 }]],
    ["a sentence opening 'From a capital expenditure perspective' names the measure of the amount invested", "From a capital expenditure perspective, during the second quarter, on a consolidated basis, we invested approximately $24 million in our portfolio.", [{ metric: "capex", period: "2025-Q2", kind: "actual", value: 24e6 }]],
    ["capital expenditures said on two bases, each figure before its basis", "For the full year 2025, we expect to spend $70 million to $80 million on a consolidated basis or $60 million to $70 million on a pro rata basis in capital expenditures.", [{ metric: "capex", period: "2025-FY", kind: "guidance", low: 70e6 }, { metric: "capex", period: "2025-FY", kind: "guidance", low: 60e6 }], "2025-Q2"],
    ["dividends paid in the quarter and the same per share", "The company distributed $41.7 million in dividends to common shareholders in the quarter or $0.40 per share.", [{ metric: "dividend", value: 41.7e6, unit: "USD" }, { metric: "dividend", value: 0.4, unit: "USD/share" }]],
    ["a turn to a part named in lower case with its part noun ('Turning to the benefits and insurance group,') scopes the sentence", "Turning to the benefits and insurance group, total revenue grew by 9.6% in the quarter.", [{ metric: "benefits_and_insurance_revenue", kind: "change", value: 9.6, scope: "benefits and insurance" }]],
    ["a rate the board sets at the call 'for the first quarter' it reports is paid in the next quarter", "Finally, the Board of Directors has approved a quarterly dividend of $0.28 a share for the first quarter, consistent with our previous dividend.", [{ metric: "dividend", period: "2025-Q2", value: 0.28 }], "2025-Q1"],
    ["'through September' in a third-quarter call is the year to date", "And through September, our business generated free cash flow of $2.29 billion.", [{ metric: "free_cash_flow", period: "2025-9M", value: 2.29e9 }], "2025-Q3"],
    ["measures listed, then as many figures, pair in order without 'respectively'", "Revenue and operating income grew 12% and 15% year-over-year. Revenue and operating income were $2.4 billion and $300 million in the quarter.", [{ metric: "revenue", kind: "change", value: 12 }, { metric: "operating_income", kind: "change", value: 15 }, { metric: "revenue", value: 2.4e9 }, { metric: "operating_income", value: 300e6 }]],
    ["a figure compared with that names its measure after it, and the period past its companion", "In the second quarter, we earned $153 million of net income or $0.44 per diluted share and generated an annualized 13% return on equity. This compares to $14 million of net income or $0.04 per diluted share in the same period last year.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 0.44 }, { metric: "net_income", period: "2024-Q2", kind: "prior", value: 14e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 0.04 }]],
    ["a heading that moves on to the results of a span puts the next sentences on it", "Revenues were $700 million for the quarter. Moving on to results for the six months ended June 30, 2025. Revenues were $1.27 billion compared to $900.2 million in the prior year period.", [{ metric: "revenue", period: "2025-Q2", value: 700e6 }, { metric: "revenue", period: "2025-H1", value: 1.27e9 }], "2025-Q2"],
    ["'we had over' an amount of cash is a hedge, not a comparison; 'billed and unbilled' deferred revenue is one measure", "At quarter end, we had over $160 million of cash on hand. We had $100.2 million of billed and unbilled deferred revenue at the end of the quarter.", [{ metric: "cash_and_investments", value: 160e6 }, { metric: "deferred_revenue", value: 100.2e6 }]],
    ["an outlook that names no measure opens no list: a verbless sentence of results after it is the quarter's", "This improved sequentially, and we expect our joint venture to be profitable in the second half of the year. Net earnings of approximately $13 million or $0.38 per diluted share, and EBITDA of about $52 million or 7.6% of revenue.", [{ metric: "ebitda", period: "2025-Q2", kind: "actual", value: 52e6 }, { metric: "ebitda_margin", period: "2025-Q2", kind: "actual", value: 7.6 }]],
    ["cash from operations before working capital is a measure of its own", "We generated about $2.3 billion of cash from operations before working capital for the first nine months of the year.", [{ metric: "operating_cash_flow_before_working_capital", period: "2025-9M", value: 2.3e9 }], "2025-Q3"],
    ["parts listed, then as many figures, pair in order without 'respectively'", "Americas and EMEA had net sales growth of 4% and 12%, largely due to higher volumes.", [{ metric: "americas_revenue", kind: "change", value: 4, scope: "Americas" }, { metric: "emea_revenue", kind: "change", value: 12, scope: "EMEA" }]],
    ["the raise of a rate set for the next quarter is that quarter's", "The board has approved a dividend per share of $1.52 for the first quarter, which represents a 49% increase in our dividend.", [{ metric: "dividend", period: "2026-Q1", value: 1.52 }, { metric: "dividend", kind: "change", period: "2026-Q1", value: 49 }], "2025-Q4"],
    ["a turn to the next page of the slides starts a paragraph: a span a figure's own words dated does not carry past it", "Year-to-date free cash flow is now up 29% through three quarters. Now turning to Page 8. Here we will review some of the key income statement metrics, revenue increased 22% to $1.463 billion.", [{ metric: "revenue", period: "2025-Q3", kind: "actual", value: 1.463e9 }, { metric: "revenue", period: "2025-Q3", kind: "change", value: 22 }], "2025-Q3"],
    ["a span the paragraph opened on carries past a turn to the next page", "For 2025, we delivered $2.4 billion of revenue. Moving over to Slide 16, this slide presents our results excluding one-time items. Our adjusted net income grew by 14.7%.", [{ metric: "net_income", period: "2025-FY", kind: "change", value: 14.7 }], "2025-Q4"],
    ["what a measure includes, set off by commas, leaves it the measure; 'equated to' states a level", "In 2026, we are anticipating that our capex, including investments associated with ongoing plant expansions, will be in the range of $30 million to $35 million. GAAP earnings for the year equated to $1.76 per share.", [{ metric: "capex", period: "2026-FY", kind: "guidance", low: 30e6, high: 35e6 }, { metric: "eps", period: "2025-FY", kind: "actual", value: 1.76 }], "2025-Q4"],
    ["a running total brought to its level, with its span", "That brings the total amount of operating cash flow in 2025 to $103 million, an 11% improvement compared to last year.", [{ metric: "operating_cash_flow", period: "2025-FY", kind: "actual", value: 103e6 }, { metric: "operating_cash_flow", period: "2025-FY", kind: "change", value: 11 }], "2025-Q4"],
    ["'more than' right before a figure is a hedge, not a comparison; DEPS is diluted EPS", "The consolidated cash position at quarter end was more than $200 million. Net earnings grew 24% to $384 million and DEPS also grew 24% to $3.60.", [{ metric: "cash_and_investments", kind: "actual", value: 200e6 }, { metric: "eps", kind: "actual", value: 3.6 }, { metric: "eps", kind: "change", value: 24 }]],
    ["a sentence that opens on an earlier quarter as its measure's adjective puts no paragraph on it", "Revenue increased 22% to $1.463 billion. Q2 organic revenue increased 12% with strong growth across all four reporting segments. Net earnings grew 24% to $384 million.", [{ metric: "net_income", period: "2025-Q3", kind: "actual", value: 384e6 }, { metric: "net_income", period: "2025-Q3", kind: "change", value: 24 }], "2025-Q3"],
    ["a sign said once before an amount range is both ends'; a rate range may end 'flat'", "For the third quarter, we expect GAAP EPS to be in the range of negative $0.09 to $0.08. For the full year, we expect total revenue to be in the range of $712 million to $716 million, representing a year-over-year decline of negative 1% to flat.", [{ metric: "eps", period: "2025-Q3", kind: "guidance", low: -0.09, high: -0.08 }, { metric: "revenue", period: "2025-FY", kind: "guidance", unit: "percent", low: -1, high: 0 }]],
    ["a dividend raised for the Nth time is the board's act, no outlook for the other figures of its sentence", "These record cash returns included paying $6.4 billion in dividends, raising the dividend for the 56th time in 52 years and repurchasing nearly 36 million shares during the year totaling $1.7 billion.", [{ metric: "share_repurchase", period: "2025-FY", kind: "actual", value: 1.7e9 }], "2025-Q4"],
    ["a page turned to a segment starts its paragraph: the span the last one opened on does not carry", "And year-to-date, our free cash flow is now $10 million positive. So now please turn to slide five in our Environmental segment. Revenues totaled $223 million and adjusted EBITDA was $40 million.", [{ metric: "environmental_revenue", period: "2025-Q3", kind: "actual", value: 223e6, scope: "Environmental" }], "2025-Q3"],
    ["a change at its rate ('rising at 9% to 11%')", "Example Co affirms its guidance for the full year 2025 as follows: net sales of $1.09 billion to $1.11 billion, with organic sales rising at 9% to 11%.", [{ metric: "organic_growth", period: "2025-FY", kind: "guidance", low: 9, high: 11 }]],
    ["a sentence that opens on the midpoint of the outlook gives the outlook's figures", "Now I'd like to turn to our initial guidance for 2026. At the midpoint of our guidance, our growth is comprised of 3.75% year-over-year improvement in our same-property NOI.", [{ metric: "same_store_noi", period: "2026-FY", kind: "guidance", value: 3.75 }], "2025-Q4"],
    ["a period after a figure that opens the next item of its list is that item's", "For Q1, we expect non-GAAP gross margin to be between 63% to 64% and full year non-GAAP gross margin to be between 65% to 67%.", [{ metric: "gross_margin", period: "2026-Q1", kind: "guidance", low: 63, high: 64 }, { metric: "gross_margin", period: "2026-FY", kind: "guidance", low: 65, high: 67 }], "2025-Q4"],
    ["a period after a figure that opens the next clause's subject is that clause's", "In our Lifestyle segment, sales were down 3% and full year sales grew 6%.", [{ metric: "lifestyle_revenue", period: "2025-Q4", kind: "change", value: -3 }, { metric: "lifestyle_revenue", period: "2025-FY", kind: "change", value: 6 }], "2025-Q4"],
    ["'for full-year sales' without a determiner is the subject's own period, over the sentence's opening", "Our fourth quarter guidance also represents an expectation for full-year sales of $8,333 million to $8,373 million.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 8.333e9, high: 8.373e9 }], "2025-Q3"],
    ["a measure's owner said after it ('revenue growth for Example of') is the company's", "For the third quarter, we expect revenue growth for Example of 18% to 19%.", [{ metric: "revenue", period: "2025-Q3", kind: "guidance", low: 18, high: 19, unit: "percent", scope: "company" }]],
    ["a change joined to the comparison by 'or' is the change of the level compared", "Adjusted operating profit was $123.9 million as compared to $164.7 million in the prior year or a decrease of approximately 25%.", [{ metric: "operating_income", period: "2025-Q2", kind: "actual", value: 123.9e6 }, { metric: "operating_income", period: "2024-Q2", kind: "prior", value: 164.7e6 }, { metric: "operating_income", period: "2025-Q2", kind: "change", value: -25, unit: "percent" }]],
    ["a measure's expectation for a year is its outlook for that year", "Our capex expectation for fiscal 2025 is $100 million.", [{ metric: "capex", period: "2025-FY", kind: "guidance", value: 100e6 }]],
    ["a range 'as adjusted' after one on a GAAP basis is the same measure's on the other basis", "That brings third quarter earnings per share guidance to $1 to $1.10 on a GAAP basis and $1.10 to $1.20 as adjusted.", [{ metric: "eps", period: "2025-Q3", kind: "guidance", low: 1, high: 1.1, basis: "GAAP" }, { metric: "eps", period: "2025-Q3", kind: "guidance", low: 1.1, high: 1.2, basis: "non-GAAP" }]],
    ["an item of an outlook's list said with 'is' is the outlook's", "Turning to our 2026 outlook. From a free cash flow perspective, we expect to generate between $100 million and $130 million for 2026, including the following components. Net interest payments of approximately $170 million. Capital expenditure is approximately $70 million which includes investments in our systems.", [{ metric: "free_cash_flow", period: "2026-FY", kind: "guidance", low: 100e6, high: 130e6 }, { metric: "capex", period: "2026-FY", kind: "guidance", value: 70e6 }], "2025-Q4"],
    ["a page's highlights for a part named in capitals turn the walk-through to it", "Slides 10 through 12 contain segment financials for the fourth quarter and full year. On Slide 10, we disclose highlights for Eurasia Banking which were in line with our expectations. Excluding currency and divestiture, revenue declined 8.8%. Slide 11 provides financial highlights for Americas Banking. Operating profit nearly tripled in the quarter from $14 million to $40 million.", [{ metric: "eurasia_banking_revenue", kind: "change", value: -8.8, scope: "Eurasia Banking" }], "2025-Q4"],
    ["a turn to a part's results on a page, the part in lower case, is on that part; a turn to a kind of result is not", "Turning to commercial banking results on Slide 11. Revenue declined 14% from a year ago. Moving to profitability results. Adjusted EBITDA margin increased 820 basis points.", [{ metric: "commercial_banking_revenue", kind: "change", value: -14, scope: "commercial banking" }, { metric: "ebitda_margin", kind: "change", value: 8.2, scope: "company" }]],
    ["a level the company expects, with its cause, is its outlook ('expected to be approximately $3.9 billion due to the acquisition')", "For fiscal 2025, operating expenses are now expected to be approximately $3.9 billion due to the Alliance Healthcare acquisition.", [{ metric: "operating_expenses", period: "2025-FY", kind: "guidance", value: 3.9e9 }]],
    ["guidance raised 'from a range of' one range 'up to a range of' another is the second range", "We are again raising our EPS guidance from a range of $8.90 to $9.10, up to a range of $9.15 to $9.30.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 9.15, high: 9.3 }]],
    ["guidance raised 'in the quarter' the call reports is for the year, not that quarter", "Also in the quarter, we upped our free cash flow guidance by $25 million to $450 million.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 450e6 }]],
    ["a segment called Other is a segment, and a change of a measure named with 'other' keeps that name", "In the quarter, Other segment's revenue was $4.1 billion, up 128%. For the quarter, other gross profit increased $6.8 million or 5.8%.", [{ metric: "other_revenue", value: 4.1e9, scope: "Other" }, { metric: "other_revenue", kind: "change", value: 128, scope: "Other" }, { metric: "other_gross_profit", kind: "change", value: 6.8e6, scope: "company" }, { metric: "other_gross_profit", kind: "change", value: 5.8, scope: "company" }]],
    ["cash the company expects to use from operations is an outflow", "For the full year, we expect to use $110 million to $125 million of cash from operations.", [{ metric: "operating_cash_flow", period: "2025-FY", kind: "guidance", low: -125e6, high: -110e6 }]],
    ["'taxable equivalent' is a basis of the company's net interest income, no part; a 'base dividend' is the regular one, no adjusted measure", "Taxable equivalent net interest income was $1.1 billion for the quarter. We returned $133 million to shareholders through the payment of our quarterly base dividend.", [{ metric: "net_interest_income", value: 1.1e9, basis: "non-GAAP", scope: "company" }, { metric: "dividend", value: 133e6, basis: null, scope: "company" }]],
    ["a change said with praise before it ('up a remarkable 32.3%')", "EPS for the year was $95.19, up a remarkable 32.3%.", [{ metric: "eps", period: "2025-FY", kind: "actual", value: 95.19 }, { metric: "eps", period: "2025-FY", kind: "change", value: 32.3 }], "2025-Q4"],
    ["a raise of the dividend said with its amount before the dividend and the rate it reached after; the grounds the sentence opens on date nothing", "Given our performance year-to-date and expected future growth, our Board approved an increase of 4.9% in our recurring quarterly dividend to $0.43 per share.", [{ metric: "dividend", period: "2025-Q3", kind: "change", value: 4.9, basis: null }, { metric: "dividend", period: "2025-Q3", kind: "actual", value: 0.43, basis: null }]],
    ["a comparison base said in cents is no money figure that a per-share figure after it is the companion of: the later figure keeps its own period", "We reported diluted earnings of $0.16 per share for the third quarter compared to $0.13 last quarter and $0.19 per share for the third quarter of last year.", [{ metric: "eps", period: "2025-Q3", kind: "actual", value: 0.16 }, { metric: "eps", period: "2025-Q2", kind: "prior", value: 0.13 }, { metric: "eps", period: "2024-Q3", kind: "prior", value: 0.19 }], "2025-Q3"],
    ["earnings said in cents are earnings per share", "Earnings in the quarter of $0.54 met our expectations as constrained spending more than offset lower sales.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 0.54 }]],
    ["a margin 'up from' another is a level and its comparison base, not a change", "Our adjusted gross profit margin was 76.3% up from 75.5% in the same period last year.", [{ metric: "gross_margin", period: "2025-Q2", kind: "actual", value: 76.3 }, { metric: "gross_margin", period: "2024-Q2", kind: "prior", value: 75.5 }]],
    ["a measure taken away in a definition is a level, not a decline", "Free cash flow for the quarter was $471 million, defined as cash flow from operating activities of $532 million less capital spending of $61 million.", [{ metric: "free_cash_flow", kind: "actual", value: 471e6 }, { metric: "operating_cash_flow", kind: "actual", value: 532e6 }, { metric: "capex", kind: "actual", value: 61e6 }]],
    ["a comparison base named as an income after a loss is positive", "Our diluted earnings per share for the quarter was a loss of $0.24, compared with earnings of $0.02 in the prior-year period.", [{ metric: "eps", period: "2024-Q2", kind: "prior", value: 0.02 }]],
    ["an outlook in cents", "We continue to expect full-year adjusted earnings per share at the high-end of $2.07 to $2.27 with third-quarter adjusted EPS of 53 to 59 cents.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 2.07, high: 2.27 }, { metric: "eps", period: "2025-Q3", kind: "guidance", low: 0.53, high: 0.59 }]],
    ["the company by the initials of its two names joined by '&' ('H&P' for Helmerich & Payne)", "H&P generated approximately $78 million in operating cash flow during the quarter.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: 78e6, scope: "company" }], "2025-Q2", "Helmerich & Payne, Inc."],
    ["the company said to incur a loss per share, with no measure named: its EPS", "To summarize this quarter's results, we incurred a loss of $1.13 per diluted share versus a loss of $0.66 in the previous quarter.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: -1.13 }, { metric: "eps", period: "2025-Q1", kind: "prior", value: -0.66 }]],
    ["SG&A is no total of operating expenses in a call that states research and development apart, far from its figure", "Selling general and administrative expenses in the quarter were $364 million. Research and development expenses in the quarter grew 22% over the prior year to $238 million or 18.2% of sales.", [{ metric: "sg_and_a", period: "2025-Q2", kind: "actual", value: 364e6 }]],
    ["SG&A is no total of operating expenses in a call that states research and technology apart, as a change", "Second quarter selling, general, and administrative expenses decreased 29.2% in constant currency. Research and technology expenses decreased 21.4% in constant currency.", [{ metric: "sg_and_a", period: "2025-Q2", kind: "change", value: -29.2 }]],
    ["a period that opens the next clause of its own, its subject a pronoun, is not the figure's", "As shown on Slide 21, in the second quarter of 2025, our capex totaled $3 million and for the first half, it was $12 million.", [{ metric: "capex", period: "2025-Q2", kind: "actual", value: 3e6 }, { metric: "capex", period: "2025-H1", kind: "actual", value: 12e6 }]],
    ["a period that opens the next clause, where the transcript lost a full stop, is not the figure's", "Free cash flow for the quarter was $471 million, defined as cash flow from operating activities of $532 million less capital spending of $61 million our year-to-date free cash flow was $1.1 billion.", [{ metric: "capex", period: "2025-Q2", kind: "actual", value: 61e6 }, { metric: "free_cash_flow", period: "2025-H1", kind: "actual", value: 1.1e9 }]],
    ["cash 'as well as' another amount of another measure is the cash", "At quarter end, our financial position remained strong with $49.2 million in cash and cash equivalents as well as $70.3 million in short-term investments.", [{ metric: "cash_and_investments", period: "2025-Q2", kind: "actual", value: 49.2e6 }]],
    ["what the company is expected to earn stays the company's ('we expect that we will generate', 'the business will generate')", "We expect that we will generate free cash flow of $500 million in 2026. We expect the business will generate revenue of $5 billion in 2026.", [{ metric: "free_cash_flow", period: "2026-FY", kind: "guidance", value: 500e6, scope: "company" }, { metric: "revenue", period: "2026-FY", kind: "guidance", value: 5e9, scope: "company" }]],
    ["a balance after 'This included' that opens the sentence is the company's", "At the end of the quarter, our liquidity remained at $1.1 billion. This included cash and cash equivalents of $535 million.", [{ metric: "cash_and_investments", period: "2025-Q2", kind: "actual", value: 535e6, scope: "company" }]],
    ["after-tax income said per diluted share is EPS, and so are the change and the base said of it", "Adjusted after-tax income in the quarter was $1.05 per diluted share, representing an increase of more than 100% compared to $0.42 in the prior-year quarter.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 1.05, basis: "non-GAAP" }, { metric: "eps", period: "2025-Q2", kind: "change", value: 100 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 0.42 }]],
    ["'total operating revenues' are reported revenue, no adjusted measure", "Total operating revenues for the second quarter were $973 million, flat year-over-year.", [{ metric: "revenue", period: "2025-Q2", kind: "actual", value: 973e6, basis: null }]],
    ["'on an operating basis' after an opening phrase of its own is the sentence's basis", "Looking at highlights for the quarter, on an operating basis, net income available to common stockholders increased $18.3 million or 22% to a record $101.5 million.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 101.5e6, basis: "non-GAAP" }]],
    ["'turning next to the results of' a segment opens its walk-through", "Turning next to the results of the ISP segment on Slide 8. Operating revenues of $233 million increased $57 million or 32% year-over-year.", [{ metric: "isp_revenue", period: "2025-Q2", kind: "actual", value: 233e6, scope: "ISP" }]],
    ["a later clause of a sentence opening on a quarterly measure is the quarter's, whatever span the paragraph was on", "For the year, we had revenue of $311.7 million. Our quarterly revenue was up 32% and earnings per share was up 158% from the same period last year.", [{ metric: "revenue", period: "2025-Q4", kind: "change", value: 32 }, { metric: "eps", period: "2025-Q4", kind: "change", value: 158 }], "2025-Q4"],
    ["results announced for a span to the quarter's end put the next figures on it", "With the quarterly commentary complete, I will touch on some highlights with respect to our results for the first six months of 2025. Revenues of $4.74 billion represent an increase of 9.9%.", [{ metric: "revenue", period: "2025-H1", kind: "actual", value: 4.74e9 }]],
    ["a change 'sequentially' after a paragraph on an earlier quarter is the call's quarter's", "The second quarter results included charges of $81 million after taxes. Drilling EBITDA of $62.1 million was up by $2.3 million or 4% sequentially.", [{ metric: "drilling_ebitda", period: "2025-Q3", kind: "actual", value: 62.1e6 }, { metric: "drilling_ebitda", period: "2025-Q3", kind: "change", value: 4 }], "2025-Q3"],
    ["NOI in a sentence opening 'On a same store basis' is the same-store NOI", "On a same store basis, third quarter cash NOI was up 16.6%, reflecting strong rent growth.", [{ metric: "same_store_noi", period: "2025-Q3", kind: "change", value: 16.6 }], "2025-Q3"],
    ["an opening 'with' clause before a main clause on the company's business keeps the company's figures", "With revenue up 14.5% and adjusted earnings per share up 30.5%, the health of our business is very strong.", [{ metric: "revenue", kind: "change", value: 14.5, scope: "company" }, { metric: "eps", kind: "change", value: 30.5, scope: "company" }]],
    ["the growth over last year an outlook gives is guided growth, though a clause after it compares with the prior guide", "Diluted earnings per share for 2025 are now expected to be in the range of $4.76 to $4.78, an increase of approximately 21% over 2024, and above our prior guide of $4.62 to $4.68 per diluted share.", [{ metric: "eps", period: "2025-FY", kind: "guidance", value: 21 }]],
    ["what a result 'equates to' is stated, not caused ('That equates to GAAP earnings for the quarter of $0.47 per share, up 15%')", "That equates to GAAP earnings for the quarter of $0.47 per share, up 15% from $0.41 per share last year.", [{ metric: "eps", kind: "actual", value: 0.47 }, { metric: "eps", kind: "change", value: 15 }]],
    ["'the strength of our business generated' is the company's", "The strength of our business generated operating cash flow of almost $1.4 billion during the quarter.", [{ metric: "operating_cash_flow", kind: "actual", value: 1.4e9, scope: "company" }]],
    ["an income named right before its own figure after a loss in the same sentence is an income", "Given this reserve strengthening, we reported a net loss of $59.4 million for the quarter or a loss of $1.10 per share, and net income of $1 million for the year.", [{ metric: "net_income", period: "2025-Q4", kind: "actual", value: -59.4e6 }, { metric: "net_income", period: "2025-FY", kind: "actual", value: 1e6 }], "2025-Q4"],
    ["a span to the quarter's end said after a chain of figures dates the level it heads", "InvenTrust reported core FFO of $82.9 million or $1.23 per share, representing an increase of 21% for the first nine months of 2025 compared to the same period last year.", [{ metric: "ffo", period: "2025-9M", kind: "actual", value: 82.9e6 }, { metric: "ffo_per_share", period: "2025-9M", kind: "actual", value: 1.23 }], "2025-Q3", "InvenTrust Properties"],
    ["a span that qualifies another measure's name later in the sentence does not date the first level", "Free cash flow of $2.2 billion was in line and resulted in full year free cash flow of $5 billion.", [{ metric: "free_cash_flow", period: "2025-Q4", kind: "actual", value: 2.2e9 }, { metric: "free_cash_flow", period: "2025-FY", kind: "actual", value: 5e9 }], "2025-Q4"],
    ["a participle before the measure opens a clause of the sentence's subject ('we ... generating net income')", "We delivered another quarter of strong profitability generating net income of $111 million or $1.51 per diluted share.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 111e6, scope: "company" }, { metric: "eps", period: "2025-Q2", kind: "actual", value: 1.51, scope: "company" }]],
    ["a change pointed back to with 'on a per share basis' after net income and its per-share amount is the EPS's", "We reported net income of $158 million or $1.74 per share. This represents a 71% increase on a per share basis.", [{ metric: "eps", period: "2025-Q2", kind: "change", value: 71 }]],
    ["a level that 'increased from a loss of' an earlier one: the loss is the base, negative", "We reported GAAP net income of $55 million, or $0.74 per share, which increased from a loss of $0.09 per share in the prior year.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 0.74 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: -0.09 }]],
    ["an outlook's participle before the verb of a change ('are forecasted to grow'), its range's low end said without the unit", "For the full fiscal year, organic net sales are forecasted to grow 9 to 12%.", [{ metric: "organic_growth", period: "2025-FY", kind: "guidance", low: 9, high: 12, unit: "percent" }], "2025-Q1"],
    ["an amount in cents said without its sign, the level of a measure per share, is money per share", "Net sales were $4.4 billion. For the full fiscal year, diluted EPS is expected to range between 7.23 and 7.38 before restructuring and other charges.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 7.23, high: 7.38, unit: "USD/share" }], "2025-Q1"],
    ["cash the company used in its cash flow from operations is an outflow ('we used 81 million in net cash flows from operating activities')", "Net sales were $4.4 billion. During the quarter, we used 81 million in net cash flows from operating activities, which was below the prior year. Net cash flows used in operating activities were $5 million last quarter.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: -81e6, unit: "USD" }]],
    ["cash flows 'used in' operations are negative", "Cash flows used in operations were $46 million in Q2.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: -46e6 }]],
    ["'earnings' with a range of cents are earnings per share", "Our Q3 guidance includes earnings between $1.68 and $1.78, organic revenue growth between 7% and 9%.", [{ metric: "eps", period: "2025-Q3", kind: "guidance", low: 1.68, high: 1.78, unit: "USD/share" }]],
    ["the change an outlook's midpoint represents ('At the midpoint, this represents 35% growth')", "We expect full year adjusted EPS between $6.59 to $6.69. At the midpoint, this represents 35% growth over 2024.", [{ metric: "eps", period: "2025-FY", kind: "guidance", value: 35, unit: "percent" }], "2025-Q3"],
    ["an outlook's floor ('no less than $13.25 per share') is its figure", "We raised full year 2025 adjusted earnings per share guidance to be no less than $13.25 per share.", [{ metric: "eps", period: "2025-FY", kind: "guidance", value: 13.25 }]],
    ["a measure said to be nil before 'and' takes no part in the next one's amount ('no long-term debt and cash ... totaling')", "We continue to maintain a solid balance sheet and financial position with no long-term debt and cash, cash equivalents and short-term investments totaling $512.9 million at the end of fiscal 2025.", [{ metric: "cash_and_investments", period: "2025-Q4", kind: "actual", value: 512.9e6, scope: "company" }], "2025-Q4"],
    ["the rate after 'or' of a move to a level from another is the change", "Consolidated operating income increased to $44.9 million from $40.8 million or 10.1%.", [{ metric: "operating_income", period: "2025-Q2", kind: "change", value: 10.1 }]],
    ["money returned to shareholders 'a total of' through one way of returning it is that way's", "Year-to-date, we've returned a total of $131 million to shareholders via share repurchase activity.", [{ metric: "share_repurchase", period: "2025-9M", kind: "actual", value: 131e6 }]],
    ["a line named after an opening 'Overall' is that line, whatever the tagger reads its word as", "Overall advertising revenues increased 30% compared with the second quarter of 2024. Overall, print revenues decreased 5%.", [{ scope: "advertising", kind: "change", value: 30 }, { scope: "print", kind: "change", value: -5 }]],
    ["a base dated only by its year, of a measure named with a quarter, is that quarter of the year", "First quarter sales came in at $266 million compared to $282 million in fiscal 2024.", [{ metric: "revenue", period: "2024-Q1", kind: "prior", value: 282e6 }], "2025-Q1"],
    ["a level said above the earlier period's own figure is the level, and that figure its base", "All these items delivered adjusted EPS of $0.85 per share above prior year's $0.80 per share.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 0.85 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 0.8 }]],
    ["a measure that 'achieved a record of' an amount is at that level", "Operating cash flow achieved a record of $123 million in the quarter.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "actual", value: 123e6 }]],
    ["money deployed toward buybacks is the buyback", "We deployed $200 million toward buybacks in the second quarter.", [{ metric: "share_repurchase", period: "2025-Q2", kind: "actual", value: 200e6 }]],
    ["millions 'of inventory' in a call that marks its amounts in dollars are dollars", "Net sales were $1 billion. As of the end of the quarter, we were carrying 624 million of inventory.", [{ metric: "inventory", period: "2025-Q2", kind: "actual", value: 624e6, unit: "USD" }]],
    ["an initiative's name before the sentence's verb names no part: its figure is the company's", "The ABC Now initiatives were the key to our success as we increased adjusted EBITDA to $401 million.", [{ metric: "adjusted_ebitda", period: "2025-Q2", scope: "company", value: 401e6 }]],
    ["one capitalised word the call writes as a name, opening the sentence as the subject of what it had, is a part", "Demand for the new Gulfstream models rose, and our Gulfstream backlog grew. Gulfstream alone had a book-to-bill of 2.1:1.", [{ scope: "Gulfstream", value: 2.1, unit: "times" }]],
    ["a sentence on all the segments gives the whole's growth, whatever segment it names", "Our fenestration segments had a good quarter. Volume growth in our fenestration segments and higher prices in all segments resulted in revenue growth of 16% year over year.", [{ metric: "revenue", scope: "company", kind: "change", value: 16 }]],
    ["'the trailing quarter' dates what is compared with it a quarter back, never the change", "Our net income was $27.1 million or $0.37 per diluted share compared with $14.3 million or $0.22 per diluted share for the trailing quarter. This is an improvement from the trailing quarter as operating expenses declined by $2 million.", [{ metric: "eps", period: "2025-Q1", kind: "prior", value: 0.22 }, { metric: "operating_expenses", period: "2025-Q2", kind: "change", value: -2e6 }]],
    ["a bare earlier year after a quarter in a list of what is compared is that quarter of the year", "Second quarter earnings per diluted share of $0.41 compared to adjusted earnings of $0.10 for the second quarter of 2024 and adjusted earnings of $0.03 in 2023.", [{ metric: "eps", period: "2023-Q2", kind: "prior", value: 0.03 }]],
    ["the year of an earlier outlook a new one is compared with does not date the next sentences", "For the full year 2026, we expect revenue in the range of $12.3 billion to $12.6 billion. We expect adjusted EBITDA to be in the range of $2,725 million to $2,800 million, representing growth of 16.1% to 19.3% compared to the midpoint of our 2025 guidance. And finally, we expect adjusted EPS to be in the range of $7.65 to $7.95.", [{ metric: "eps", period: "2026-FY", kind: "guidance", low: 7.65, high: 7.95 }], "2025-Q3"],
    ["a word of basis between a change and its noun still says the change and its way ('a 10% constant currency decline')", "Operating profit was $720 million, which represented a 10% constant currency decline year-over-year. Revenue of $5 billion represents a 4% currency-neutral increase.", [{ metric: "operating_income", kind: "change", value: -10, basis: "constant currency" }, { metric: "revenue", kind: "change", value: 4, basis: "constant currency" }]],
    ["sales 'written' or 'booked' are orders taken, no revenue; sales 'delivered' are revenue", "Total written sales for the first quarter of 2025 were up 54.5% over the prior year period. In the first quarter of 2025, delivered sales were $236.5 million, a 31.8% increase over the prior year quarter.", [{ metric: "orders", kind: "change", value: 54.5 }, { metric: "revenue", period: "2025-Q1", kind: "actual", value: 236.5e6 }, { metric: "revenue", period: "2025-Q1", kind: "change", value: 31.8 }], "2025-Q1"],
    ["'more than' right before an amount generated is a hedge, not a comparison", "Adjusted EPS grew by approximately 26% year over year, and we generated more than $1.1 billion of free cash flow, which we largely deployed to return capital to our shareholders.", [{ metric: "eps", kind: "change", value: 26 }, { metric: "free_cash_flow", kind: "actual", value: 1.1e9 }]],
    ["'in company history' between a measure and its amount says how high it is, nothing of whose", "Earlier today, we reported the highest adjusted third-quarter earnings in company history at $11.21 per share, a 63% over last year's strong results.", [{ metric: "eps", period: "2025-Q3", kind: "actual", value: 11.21, basis: "non-GAAP" }, { metric: "eps", period: "2025-Q3", kind: "change", value: 63 }], "2025-Q3"],
    ["'the comparable quarter of last year' is the call's quarter a year before", "Net income was $19.4 million or $1.04 per diluted share compared to net income of $1.8 million or $0.09 per share in the comparable quarter of last year.", [{ metric: "net_income", period: "2025-Q1", value: 19.4e6 }, { metric: "eps", period: "2025-Q1", value: 1.04 }, { metric: "net_income", period: "2024-Q1", kind: "prior", value: 1.8e6 }, { metric: "eps", period: "2024-Q1", kind: "prior", value: 0.09 }], "2025-Q1"],
    ["a measure the company calls planned is its outlook", "Our planned capex for 2025 remains at $23 million, anticipated new stores account for $12.9 million.", [{ metric: "capex", period: "2025-FY", kind: "guidance", value: 23e6 }], "2025-Q1"],
    ["'the prior-year period' after a paragraph on a year is that year a year before", "During 2024, we generated $109 million of free cash flow net of capital expenditures of $22 million. This compares to $177 million of free cash flow, net of capital expenditures of $36 million in the prior-year period, when we benefited from net tax proceeds of $78 million.", [{ metric: "free_cash_flow", period: "2024-FY", kind: "actual", value: 109e6 }, { metric: "free_cash_flow", period: "2023-FY", kind: "prior", value: 177e6 }, { metric: "capex", period: "2023-FY", kind: "prior", value: 36e6 }], "2024-Q4"],
    ["a measure an earlier amount is earned on is no co-subject of the next amount", "Taking these factors into account, we expect adjusted EBITDA for 2025 to be in the range of 180 million to $190 million on relatively flat sales and adjusted diluted earnings per share from continuing operations to be in the range of $2.82 to $3.14.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 2.82, high: 3.14 }], "2024-Q4"],
    ["'nine months of 2025' without 'first' is the year's first nine months", "As I have mentioned, free cash flow is a record through nine months of 2025 at $2.3 billion, buoyed by very strong operating cash generation.", [{ metric: "free_cash_flow", period: "2025-9M", kind: "actual", value: 2.3e9 }], "2025-Q3"],
    ["what the year's start earned per share is the first quarter's, in the first quarter's call", "2025 started strong, earning $0.32 per share compared to $0.27 per share in the first quarter of 2024.", [{ metric: "eps", period: "2025-Q1", kind: "actual", value: 0.32 }, { metric: "eps", period: "2024-Q1", kind: "prior", value: 0.27 }], "2025-Q1"],
    ["'This compares to' an amount carries the last sentence's one measure, dated by the period it names", "Free cash flow was $125 million in the quarter. This compares to $160 million in the third quarter of 2024, which benefited from pandemic-related cash preservation actions.", [{ metric: "free_cash_flow", period: "2025-Q3", kind: "actual", value: 125e6 }, { metric: "free_cash_flow", period: "2024-Q3", kind: "prior", value: 160e6 }], "2025-Q3"],
    ["'and remain' after an amount of a measure opens a new clause, no second measure", "We ended the third quarter with $383 million of cash and remain well within our debt covenants.", [{ metric: "cash_and_investments", period: "2025-Q3", value: 383e6 }], "2025-Q3"],
    ["money returned to shareholders through the dividend alone is the dividend", "We returned $400 million to our stockholders in the third quarter of 2025 through our dividend, resulting in a payout ratio of 40%.", [{ metric: "dividend", period: "2025-Q3", kind: "actual", value: 400e6, unit: "USD" }], "2025-Q3"],
    ["a participle after a comma ('..., delivering over $600 million of free cash flow') says what the quarter brought, whatever outlook the sentence names", "Our strong execution continued during the second quarter, with production near the top end of guidance, delivering over $600 million of free cash flow, driving estimated 2025 free cash flow up to about $3.2 billion.", [{ metric: "free_cash_flow", period: "2025-Q2", kind: "actual", value: 600e6 }, { metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 3.2e9 }]],
    ["money returned through the share repurchase plan is what was bought back, dated by the period said before 'through'", "We returned approximately $250 million to shareholders during the second quarter through our share repurchase plan and this was the largest single quarter of share repurchases in our history.", [{ metric: "share_repurchase", period: "2025-Q2", kind: "actual", value: 250e6 }]],
    ["a change said in words, then the level 'at' an amount; a capital allocation that 'included' amounts lists them", "Total operating expenses in the second quarter were up slightly compared to the first quarter at $102 million. Capital allocation for Q2 included $170 million of share repurchases at an average price of $175.53, $121 million in cash dividends and $52 million of capex.", [{ metric: "operating_expenses", period: "2025-Q2", kind: "actual", value: 102e6 }, { metric: "share_repurchase", period: "2025-Q2", value: 170e6 }, { metric: "dividend", value: 121e6 }, { metric: "capex", value: 52e6 }]],
    ["international revenue names its own scope after a sentence on a region", "North America Q2 revenue was $1.2 billion, up 6%. International Q2 revenue of $588 million, was up 9%, with growth in EMEA.", [{ metric: "international_revenue", period: "2025-Q2", kind: "actual", value: 588e6, scope: "company" }]],
    ["an outlook of an amount per share with no measure named is the EPS outlook", "For the full year 2025, we are affirming our guidance range of $2.40 to $2.60 per share.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 2.4, high: 2.6 }], "2025-Q3"],
    ["'let me finish with the quarter's results' closes a walk-through of a part", "Turning to IKC. These programs added approximately 12,000 patients across 11 value-based programs. Now, let me finish with fourth-quarter results and our updated outlook. Despite the negative impact of the omicron surge, our fourth-quarter results were slightly above the midpoint of our revised guidance. This resulted in a full-year adjusted operating income increase of approximately 3% over 2024.", [{ metric: "operating_income", period: "2025-FY", kind: "change", value: 3, scope: "company" }], "2025-Q4"],
    ["a change said right after a base whose compared figure was in an earlier sentence is of the compared period; a bare year after 'last year' said of a quarter is that quarter", "Non-GAAP earnings per diluted share were $3.19. This compares to a non-GAAP earnings per diluted share of $2.01 last year, a 59% year-over-year increase, and a non-GAAP earnings per diluted share of $0.52 in 2023, a 513% increase.", [{ metric: "eps", period: "2024-Q2", kind: "prior", value: 2.01 }, { metric: "eps", period: "2025-Q2", kind: "change", value: 59 }, { metric: "eps", period: "2023-Q2", kind: "prior", value: 0.52 }, { metric: "eps", period: "2025-Q2", kind: "change", value: 513 }]],
    ["'as-adjusted' is a word of basis, which leaves the period before it the subject's", "EPS was $3.08, up from the prior year's as-adjusted EPS of $3.03.", [{ metric: "eps", period: "2024-Q2", kind: "prior", value: 3.03, basis: "non-GAAP" }]],
    ["shares bought under a program named by a measure's name are bought, no change", "Cash used included the repurchase of 435,000 shares of common stock for $71.2 million under our existing share repurchase programs.", [{ metric: "share_repurchase", kind: "actual", value: 71.2e6 }]],
    ["a figure of a span not yet over that moved from an earlier outlook is the outlook now", "GAAP earnings per share of between $3.23 and $3.38 increased from prior guidance of $2.84 to $3.14.", [{ metric: "eps", period: "2025-FY", kind: "guidance", low: 3.23, high: 3.38, basis: "GAAP" }]],
    ["'company-level' ends a walk-through of a segment", "Turning to the Engineered Composites segment. Segment sales rose 7%. We are also updating our guidance ranges for company-level performance, including revenue of between $900 million and $920 million.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 900e6, high: 920e6, scope: "company" }]],
    ["'and compares to' sets a base", "The reported gross margin for the second quarter of 2025 was 56.1% on a GAAP basis and compares to 54.6% in Q2 of 2024.", [{ metric: "gross_margin", period: "2024-Q2", kind: "prior", value: 54.6 }]],
    ["a base after a per-share figure whose measure is named after it is the amount's", "Non-GAAP net income for the second quarter of 2025 was $106.6 million or $3.54 diluted earnings per share compared to $48.3 million or $1.61 per share in Q2 of 2024.", [{ metric: "net_income", period: "2024-Q2", kind: "prior", value: 48.3e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 1.61 }]],
    ["an insurer's core or operating income per share is its adjusted EPS", "This morning, we reported record quarterly core income per diluted share of $3.32. Net operating income per share for the prior quarter was $1.70.", [{ metric: "eps", period: "2025-Q2", kind: "actual", value: 3.32, basis: "non-GAAP" }, { metric: "eps", period: "2025-Q1", value: 1.7, basis: "non-GAAP" }]],
    ["legal-related expenses are litigation expense, and a charge an adjusted measure leaves out has no basis of its own", "In SG&A, on a non-GAAP basis, we have excluded legal-related expenses of $8.8 million.", [{ metric: "litigation_expense", kind: "actual", value: 8.8e6, basis: null }]],
    ["inventory turns taken over a trailing year are a reading at the period's end", "On a trailing 12-month basis, inventory turns of 2.6 compared to 2.9 at year-end 2024.", [{ metric: "inventory_turns", period: "2025-Q2", kind: "actual", value: 2.6 }]],
    ["the cash of a liquidity total, after a clause of when", "We have approximately $807 million of liquidity after completing our recent property transactions including roughly $163 million of cash on hand.", [{ metric: "cash_and_investments", kind: "actual", value: 163e6 }]],
    ["a year's corresponding period beside a quarter's figure is that quarter of the year", "Reported operating income for the quarter of $122.9 million compares to $113.6 million in 2024's corresponding period.", [{ metric: "operating_income", period: "2024-Q2", kind: "prior", value: 113.6e6 }]],
    ["'combined' growth of a part named before it, in capitals or known to the call, is the part's", "For our Pharma Solutions division, we achieved combined currency-neutral sales growth of 3%. As we noted, H&B had a combined currency-neutral sales decline of 3%.", [{ metric: "pharma_solutions_revenue", value: 3, scope: "Pharma Solutions" }, { metric: "h_and_b_revenue", value: -3, scope: "H&B" }]],
    ["'overall' sales said 'for the region' are the region's", "In Latin America, we saw an 11% increase in overall sales for the region.", [{ metric: "latin_america_revenue", kind: "change", value: 11, scope: "Latin America" }]],
    ["an opening on a part named in capitals with its kind's word scopes 'total'", "For our Water Systems segment, total sales grew 5%.", [{ metric: "water_systems_revenue", kind: "change", value: 5, scope: "Water Systems" }]],
    ["an end-use market opening is a part", "In the energy end-use market, sales were up 21% sequentially and down 24% compared to last year.", [{ metric: "energy_revenue", kind: "change", value: -24, scope: "energy" }]],
    ["a span after a change's companion dates both", "Total revenue grew 40.7% or $20 million in the fourth quarter and grew 13% or $25.7 million for the full fiscal year 2025.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 13 }, { metric: "revenue", period: "2025-FY", kind: "change", value: 25.7e6 }], "2025-Q4"],
    ["the quarter a deal is assumed to close is no period of the outlook", "Now, let me take you through our fiscal year 2026 guidance. We expect total revenue to grow between 7% and 10%, which is inclusive of a partial year contribution from our announced acquisition, assuming a first quarter 2026 close. We expect capex to be between $80 million and $100 million.", [{ metric: "capex", period: "2026-FY", kind: "guidance", low: 80e6, high: 100e6 }], "2025-Q4"],
    ["'organic' in a 'respectively' list qualifies its own item only", "Reported and organic net sales for the quarter were up 6.2% and 8.1%, respectively, versus the same period a year ago.", [{ metric: "revenue", kind: "change", value: 6.2, basis: "GAAP" }, { metric: "organic_growth", value: 8.1 }]],
    ["a balance the clause says the quarter ended with is the quarter's, whatever span the sentence opened on", "Year to date, we've generated over $2.1 billion of free cash flow, up 15% compared to 2024, and we ended the quarter with over $4 billion in cash on the balance sheet.", [{ metric: "free_cash_flow", period: "2025-9M", value: 2.1e9 }, { metric: "cash_and_investments", period: "2025-Q3", kind: "actual", value: 4e9 }], "2025-Q3"],
    ["'close to', 'a little over' and 'just over' are hedges after 'with'", "We ended the quarter with close to $300 million of cash on the balance sheet. We would expect to end up with a little over $400 million of cash by the end of this year.", [{ metric: "cash_and_investments", period: "2025-Q2", kind: "actual", value: 300e6 }, { metric: "cash_and_investments", period: "2025-Q4", kind: "guidance", value: 400e6 }]],
    ["'have grown' a measure by a figure is its change; 'earning per share' and 'earnings-per-share' are EPS", "On a year-to-date basis, we have grown total revenues by 22%. The company's earning per share was $0.88. Adjusted earnings-per-share were $0.51 a year ago.", [{ metric: "revenue", period: "2025-H1", kind: "change", value: 22 }, { metric: "eps", kind: "actual", value: 0.88 }]],
    ["a dividend per common share; the change of the level the last sentence gave is of its period", "Our board declared a dividend of $0.275 per common share for the first quarter. This represents a 1.9% increase over the prior dividend.", [{ metric: "dividend", period: "2025-Q1", kind: "actual", value: 0.275 }, { metric: "dividend", period: "2025-Q1", kind: "change", value: 1.9 }]],
    ["shares bought 'in repurchasing' an amount", "During the quarter, we invested in repurchasing $6.3 million or 126,000 shares of our common stock.", [{ metric: "share_repurchase", kind: "actual", value: 6.3e6 }]],
    ["growth an outlook says will accelerate or slow to a rate", "For 2026, with lower interest expense, we expect adjusted earnings-per-share growth to accelerate to 15%.", [{ metric: "eps", period: "2026-FY", kind: "guidance", value: 15, unit: "percent", basis: "non-GAAP" }], "2025-Q4"],
    ["international sales as a share of the company's named sales", "International sales were 36% of total sales.", [{ metric: "international_revenue", kind: "actual", value: 36, unit: "percent" }]],
    ["a line named by a word in -ing after a verb of expecting ('parking revenues')", "For all of 2025, we anticipate parking revenues will be up a little under 9% compared to 2024.", [{ metric: "parking_revenue", period: "2025-FY", kind: "guidance", value: 9, scope: "parking" }]],
    ["an estimate compared with past years is no span of its own", "Our current capital expenditure estimate for 2026 of $35 million is consistent with the past couple of years.", [{ metric: "capex", period: "2026-FY", kind: "guidance", value: 35e6 }], "2025-Q4"],
    ["'in the quarter' of an outlook is the quarter ahead the turn's outlook is on", "For the first quarter of 2026, we expect net sales of $1.4 billion. International constant currency revenue growth is expected to slow to 2% in the quarter.", [{ metric: "international_revenue", period: "2026-Q1", kind: "guidance", value: 2 }], "2025-Q4"],
    ["net income 'attributed to the companys stockholders' (the transcript's spelling) is the company's", "We delivered net income attributed to the companys stockholders of $14.9 million or $0.26 per diluted share in the quarter compared to $15.7 million or $0.31 per share in the same quarter last year.", [{ metric: "net_income", period: "2025-Q2", value: 14.9e6 }, { metric: "eps", period: "2024-Q2", kind: "prior", value: 0.31 }]],
    ["available cash is the cash balance", "We ended up Q2 with $1.2 billion in available cash and net debt at 1.9 times.", [{ metric: "cash_and_investments", period: "2025-Q2", kind: "actual", value: 1.2e9 }]],
    ["an aside of what an outlook leaves out may name measures", "We expect our third quarter adjusted earnings per share, excluding any restructuring expenses, acquisition costs and changes in the fair value of equity investments, to be in the range of $0.90 to $0.98 per share.", [{ metric: "eps", period: "2025-Q3", kind: "guidance", low: 0.9, high: 0.98, basis: "non-GAAP" }]],
    ["the year-earlier quarter of an outlook's figure is a year before the quarter it looks to", "We anticipate our 2025 fourth quarter operating margin will be approximately 12%, compared to 10.4% for the year-earlier quarter. Our operating margin was 11%, compared to 10.1% for the year-earlier quarter.", [{ metric: "operating_margin", period: "2024-Q4", kind: "prior", value: 10.4 }, { metric: "operating_margin", period: "2025-Q3", kind: "actual", value: 11 }, { metric: "operating_margin", period: "2024-Q3", kind: "prior", value: 10.1 }], "2025-Q3"],
    ["earnings the company says it reported or delivered are its net income", "Today we reported earnings of $211 million, an increase of 12% over the second quarter. In the second quarter, we delivered earnings of $180 million.", [{ metric: "net_income", period: "2025-Q2", kind: "actual", value: 211e6 }, { metric: "net_income", period: "2025-Q2", kind: "actual", value: 180e6 }]],
    ["a result that exceeded the guidance's midpoint is no outlook, whatever outlook the turn gave before", "For 2026, we expect earnings of $2.60 per share. We exceeded the midpoint of our earnings guidance for the tenth straight year, delivering earnings of $2.45 per share.", [{ metric: "eps", period: "2026-FY", kind: "guidance", value: 2.6 }, { metric: "eps", period: "2025-Q4", kind: "actual", value: 2.45 }], "2025-Q4"],
    ["'full year' before a basis word and the measure dates it, after a sentence opening on the quarter", "Fourth quarter comparable earnings per share of $0.45 was a decline of 5%, resulting in full year comparable earnings per share of $2.32, an increase of 19% versus the prior year.", [{ metric: "eps", period: "2025-Q4", value: 0.45 }, { metric: "eps", period: "2025-FY", kind: "actual", value: 2.32 }, { metric: "eps", period: "2025-FY", kind: "change", value: 19 }], "2025-Q4"],
    ["a change from the year before the call's, named by itself, is the call's year's", "Free cash flow improved by $324 million from 2024.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "change", value: 324e6 }], "2025-Q4"],
    ["a dividend the board set in a month after the quarter is the next quarter's", "In February, the company's Board of Directors declared a quarterly cash dividend of $0.24 per share payable on April 3rd.", [{ metric: "dividend", period: "2026-Q1", kind: "actual", value: 0.24 }], "2025-Q4"],
    ["dividends returned to shareholders; 'for a total of' is no comparison", "During 2025, we returned $95 million to shareholders in dividends. We completed $100 million in share repurchases in the fourth quarter for a total of $400 million of share repurchases in the year.", [{ metric: "dividend", period: "2025-FY", value: 95e6 }, { metric: "share_repurchase", period: "2025-Q4", value: 100e6 }, { metric: "share_repurchase", period: "2025-FY", value: 400e6 }], "2025-Q4"],
    ["a figure 'in' the period's measure ('$1.2 billion in fourth quarter revenue')", "Example Co reported $1.2 billion in fourth quarter revenue.", [{ metric: "revenue", period: "2025-Q4", kind: "actual", value: 1.2e9 }], "2025-Q4", "Example Co"],
    ["'capital projects' are no projection; a year-to-date spend the sentence brings a quarter's to is the span's", "During the third quarter we spent $5.4 million on capital projects bringing our year-to-date spend to $21.8 million.", [{ metric: "capex", period: "2025-Q3", value: 5.4e6 }, { metric: "capex", period: "2025-9M", kind: "actual", value: 21.8e6 }], "2025-Q3"],
    ["margin compression of basis points is a fall; 'closer to' is a hedge", "Marketing investments resulted in comparable operating margin compression of approximately 500 basis points for the quarter. We now expect our full-year capital expenditures to be closer to $800 million.", [{ metric: "operating_margin", kind: "change", value: -5 }, { metric: "capex", period: "2025-FY", kind: "guidance", value: 800e6 }]],
    ["free cash flow 'after capex' is free cash flow", "We invested $10 million in capital expenditures, which resulted in $14 million of free cash flow generation after capex.", [{ metric: "free_cash_flow", kind: "actual", value: 14e6 }]],
    ["a second change set off by a comma, with its noun before its basis", "In 2025, revenues for the company grew 1%, 3% growth on a constant currency basis.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 3, basis: "constant currency" }], "2025-Q4"],
    ["the cash a hedged liquidity total includes", "At quarter end, we had total liquidity of over $1.1 billion, including $350 million of cash.", [{ metric: "cash_and_investments", value: 350e6 }]],
    ["cash on hand 'totaling' an amount", "Our available liquidity position at the end of the quarter was approximately $140 million, inclusive of cash on hand totaling $8 million.", [{ metric: "cash_and_investments", value: 8e6 }]],
    ["capital the company says it invested is its capital spending", "We invested capital of $342 million in the second quarter.", [{ metric: "capex", period: "2025-Q2", kind: "actual", value: 342e6 }]],
    ["an outlook compared with the call's year is for the year after it", "Revenue is expected to be in the range of $4.8 billion to $4.95 billion, representing 6% growth at the midpoint and 7% organic growth compared to 2025.", [{ metric: "revenue", period: "2026-FY", kind: "guidance", low: 4.8e9, high: 4.95e9 }, { metric: "organic_growth", period: "2026-FY", kind: "guidance", value: 7 }], "2025-Q4"],
    ["a dividend raised from one rate to another by 'the company's' board", "On April 28, 2025, our Board of Directors increased the company's quarterly cash dividend from $0.55 to $0.6025 per share.", [{ metric: "dividend", period: "2025-Q1", kind: "prior", value: 0.55 }, { metric: "dividend", period: "2025-Q2", kind: "actual", value: 0.6025 }], "2025-Q1"],
    ["a per-share amount 'that we earned' a year ago is the earlier year's EPS", "We earned $2.45 per share in 2025. This compares to the $2.40 per share that we earned last year.", [{ metric: "eps", period: "2025-FY", kind: "actual", value: 2.45 }, { metric: "eps", period: "2024-FY", kind: "prior", value: 2.4 }], "2025-Q4"],
    ["how much an outlook range's midpoint is below the last year's level is its change", "We expect to invest approximately $40 million to $45 million in capex during 2026, which at the midpoint is roughly 25% less than our 2025 capital expenditures.", [{ metric: "capex", period: "2026-FY", kind: "guidance", low: 40e6, high: 45e6 }, { metric: "capex", period: "2026-FY", kind: "guidance", value: -25, unit: "percent" }], "2025-Q4"],
    ["cash generation from operations is operating cash flow", "During the second quarter, we increased cash generation from operations by 41% as compared to the same quarter of the prior year.", [{ metric: "operating_cash_flow", period: "2025-Q2", kind: "change", value: 41 }]],
    ["'you'll see' is an aside to the listener, no outlook; 'on a GAAP basis' past the figure's period is its basis", "On slide 13, you'll see that we posted net income of $113 million, or $1.47 per diluted share for the quarter on a GAAP basis.", [{ metric: "net_income", period: "2025-Q1", kind: "actual", value: 113e6 }, { metric: "eps", period: "2025-Q1", kind: "actual", value: 1.47, basis: "GAAP" }], "2025-Q1"],
    ["an outlook 'for the quarter' the company gives now is for the quarter after the call's", "We expect revenue in the range of $490 million to $520 million and EPS of $0.10 to $0.15 for the quarter.", [{ metric: "revenue", period: "2025-Q4", kind: "guidance", low: 490e6, high: 520e6 }, { metric: "eps", period: "2025-Q4", kind: "guidance", low: 0.1, high: 0.15 }], "2025-Q3"],
    ["a range from down to up keeps each end's way", "For the third quarter we are guiding reported net sales to be in the range of down 1% to up 5%.", [{ metric: "revenue", period: "2025-Q3", kind: "guidance", low: -1, high: 5 }]],
    ["an amount 'over the remainder of the year' is for the rest of the year", "We will complete approximately $200 million of share repurchases over the remainder of the year.", [{ metric: "share_repurchase", period: "2025-H2", kind: "guidance", value: 200e6 }]],
    ["a measure 'at the enterprise level' is the company's", "Organic growth at the enterprise level is forecast to be in the range of 0% to 2% for the year.", [{ metric: "organic_growth", period: "2025-FY", kind: "guidance", low: 0, high: 2 }]],
    ["cash 'with' which the quarter ended, before a second item that has its own amount", "We ended the third quarter in a strong liquidity position, with $404 million in cash and undrawn revolver capacity of just under $600 million.", [{ metric: "cash_and_investments", period: "2025-Q3", kind: "actual", value: 404e6 }], "2025-Q3"],
    ["cumulative year-to-date spending is the year to date's", "Additionally, we reported cumulative year-to-date capital expenditures of $178 million.", [{ metric: "capex", period: "2025-9M", kind: "actual", value: 178e6 }], "2025-Q3"],
    ["the expected range of a measure, stated", "And the expected range of adjusted gross margin for the full year is now 54% to 56%.", [{ metric: "gross_margin", period: "2025-FY", kind: "guidance", low: 54, high: 56, basis: "non-GAAP" }], "2025-Q3"],
    ["how much higher than the prior year a level was, 'by' after it", "And our adjusted earnings per share was $0.43, higher than the prior year by over 200%.", [{ metric: "eps", kind: "change", value: 200 }]],
    ["the last basis a clause names is its figure's ('a base business basis where we were up 40 basis points')", "In the first quarter, our gross profit margin was 60.7% on both a GAAP basis where we were up 50 basis points year-over-year, and a base business basis where we were up 40 basis points.", [{ metric: "gross_margin", kind: "change", value: 0.5, basis: "GAAP" }, { metric: "gross_margin", kind: "change", value: 0.4, basis: "non-GAAP" }], "2025-Q1"],
    ["cash flow after capital spending is free cash flow", "This quarter alone, we had $2 billion of cash flow after capital spending.", [{ metric: "free_cash_flow", kind: "actual", value: 2e9 }]],
    ["a level the quarter finished at is the quarter's, after words on the year to date", "I'm proud of our year-to-date results. I'm happy to finish the quarter at $1.77 per share in FFO.", [{ metric: "ffo_per_share", period: "2025-Q3", kind: "actual", value: 1.77 }], "2025-Q3"],
    ["'higher than the prior year by' an amount is a rise, whatever else fell", "Our gross profit was $81 million, which was higher than the prior year by $5 million on lower sales.", [{ metric: "gross_profit", kind: "change", value: 5e6 }]],
    ["a measure whose lower is better improves by falling, in money and in percent", "Net debt improved by $58 million in the second quarter, driven by our free cash flow. Constant currency SG&A improved by 4.1% or $2.7 million, driven primarily by restructuring actions.", [{ metric: "net_debt", period: "2025-Q2", kind: "change", value: -58e6 }, { metric: "sg_and_a", kind: "change", value: -4.1 }, { metric: "sg_and_a", kind: "change", value: -2.7e6 }]],
    ["'over' an amount after a verb of doing is a hedge, not a comparison", "We completed just over $1.5 billion of share repurchases during the quarter. We have over $760 million in total liquidity.", [{ metric: "share_repurchase", kind: "actual", value: 1.5e9 }, { metric: "liquidity", kind: "actual", value: 760e6 }]],
    ["a net loss that 'represented' a loss per share is the loss per share", "The net loss from continuing operations of $141 million in the first quarter represented a loss of $20.16 per share.", [{ metric: "eps", kind: "actual", value: -20.16 }], "2025-Q1"],
    ["revenue 'from operations' is revenue", "Revenue from operations for the first quarter was $461 million, a sequential gain of 4%.", [{ metric: "revenue", period: "2025-Q1", kind: "actual", value: 461e6 }], "2025-Q1"],
    ["the period between 'revenue from operations' and its figure is the figure's ('from' compares with nothing)", "Adjusted EBITDA for the second quarter was $100 million. Revenue from operations for the third quarter was $524 million, a 7% improvement compared to the second quarter.", [{ metric: "revenue", period: "2025-Q3", kind: "actual", value: 524e6 }], "2025-Q3"],
    ["international sales name their own scope beside a home market said in passing, in a walk-through of regions", "Next, I'd like to review the sales performance of our business by region. As expected, all regions posted significant sales growth in the quarter. Domestic sales grew 14%, with international sales up 17% versus the prior year.", [{ metric: "international_revenue", kind: "change", value: 17, scope: "company" }]],
    ["a measure's range the company raised is its outlook, and a half it implies sets no outlook for what follows", "As Jeff mentioned, we are updating our guidance for fiscal 2025. We've increased the revenue range to between $93 million and $97 million, implying the second half should be between $48 million and $52 million for revenue. Gross margin is expected to be between 21% and 23%.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 93e6, high: 97e6 }, { metric: "gross_margin", period: "2025-FY", kind: "guidance", low: 21, high: 23 }]],
    ["a level that 'remained unchanged at' a figure", "Our quarterly dividend remained unchanged at $0.11 per share.", [{ metric: "dividend", kind: "actual", value: 0.11 }]],
    ["a change said two ways before its noun ('a $54 million or 126% increase'), and amounts the transcript left unsigned", "On a non-GAAP basis, operating income for the first quarter was $97 million, a 54 million or 126% increase compared to 43 million for the same period last year.", [{ metric: "operating_income", kind: "change", value: 54e6 }, { metric: "operating_income", kind: "change", value: 126 }, { metric: "operating_income", kind: "prior", value: 43e6 }], "2025-Q1"],
    ["inventory in millions without a sign, after an amount of it in dollars", "Our inventory balance decreased by 19% to $336 million at the end of the first quarter compared to 413 million at the end of the first quarter of the prior year.", [{ metric: "inventory", kind: "prior", value: 413e6 }], "2025-Q1"],
    ["what a past-tense verb says was spent is spent, whatever long-term plan it serves", "During this past quarter, we spent $22 million on capital expenditures in support of our long-term capital plan.", [{ metric: "capex", kind: "actual", value: 22e6 }]],
    ["a measure expected in the range its figure names", "Next year, we expect to see capital investments in the $75 million to $85 million range.", [{ metric: "capex", kind: "guidance", low: 75e6, high: 85e6 }]],
    ["a measure's outlook that 'continues to be' a range is the year's, after words on the second half", "We now expect second half sales to grow 5%. And lastly, our free cash flow outlook continues to be $520 million to $570 million.", [{ metric: "free_cash_flow", period: "2025-FY", kind: "guidance", low: 520e6, high: 570e6 }]],
    ["a change against a span of last year, named by itself, is of the same span this year", "Cash flows from operations were about $39 million higher than the first six months of last year.", [{ metric: "operating_cash_flow", period: "2025-H1", kind: "change", value: 39e6 }]],
    ["a bare number the speaker breaks off and corrects ('20 -- or $62.8 million') is a false start, not a figure", "Net income for the fourth quarter was $50.1 million or $4.48 a share, compared to net income of 20 -- or $62.8 million or $5.58 per share for the fourth quarter of last year.", [{ metric: "net_income", period: "2024-Q4", kind: "prior", value: 62.8e6 }, { metric: "eps", period: "2024-Q4", kind: "prior", value: 5.58 }], "2025-Q4"],
    ["a growth rate's level reached after a comma, in a quarter's call after an agenda that names a year's effects", "I'll also cover the financial highlights of the acquired business and the full year implications. We delivered another strong quarter of growth. We achieved year-over-year revenue growth of 95%, reaching $48 million.", [{ metric: "revenue", period: "2025-Q4", kind: "change", value: 95 }, { metric: "revenue", period: "2025-Q4", kind: "actual", value: 48e6 }], "2025-Q4"],
    ["'ongoing' earnings and EBIT margin are a company's adjusted measures", "We delivered record ongoing earnings per share of $4.10, with ongoing EBIT margin expansion of 60 basis points.", [{ metric: "eps", kind: "actual", value: 4.1, basis: "non-GAAP" }, { metric: "operating_margin", kind: "change", value: 0.6, basis: "non-GAAP" }]],
    ["a basis said after the second of two figures is that figure's, not the first one's", "Our EPS was down 3% on a GAAP basis and up 6% on a base business basis.", [{ metric: "eps", kind: "change", value: -3, basis: "GAAP" }, { metric: "eps", kind: "change", value: 6, basis: "non-GAAP" }]],
    ["an international margin is the business abroad's, not the company's", "International adjusted operating margin expanded 150 basis points to 12.5%, driven by Canada.", [{ metric: "international_operating_margin", kind: "actual", value: 12.5, scope: "International" }]],
    ["an end market turned to, and one that heads its share of the sales, scope the sales that follow", "Now turning first to the defense market. The defense market represented 10% of our sales in the quarter. Sales grew by 4% from prior year. The commercial air market represented 3% of our sales in the quarter. Sales grew by 8% versus prior year.", [{ metric: "defense_market_revenue", kind: "change", value: 4, scope: "defense market" }, { metric: "commercial_air_market_revenue", kind: "change", value: 8, scope: "commercial air market" }]],
    ["a year cut to two digits before a measure ('26 adjusted free cash flow) dates it, after a half of that year said in passing", "We expect to refinance some notes in the first half of calendar '26. We anticipate '26 adjusted free cash flow between $300 million and $340 million.", [{ metric: "free_cash_flow", period: "2026-FY", kind: "guidance", low: 300e6, high: 340e6 }], "2025-Q4"],
    ["a level reached whatever the span of its cause after it ('due to the recovery over the last five quarters')", "Consolidated net sales increased 31% from $120 million to $157 million, primarily due to the recovery we have seen over the last five quarters.", [{ metric: "revenue", kind: "actual", value: 157e6 }]],
    ["an acronym a measure is given in passing (', or ANI,', '(ANI)') stands between it and its verb", "Adjusted net income for the quarter, or ANI, increased 21% to $210 million. Net service revenue (NSR) grew 4% to $1.6 billion.", [{ metric: "net_income", kind: "change", value: 21 }, { metric: "net_income", kind: "actual", value: 210e6 }]],
    ["a budget lowered for a year from one amount to another is that year's outlook", "Finally, we reduced our capital expenditure budget for 2025 from approximately $70 million to $40 million.", [{ metric: "capex", period: "2025-FY", kind: "guidance", value: 40e6 }]],
    ["a margin of a part called Other is that part's, not another measure of the company's", "Other operating margin was 19.5% compared to 24.0% in the prior year period.", [{ metric: "other_operating_margin", kind: "actual", value: 19.5, scope: "Other" }]],
    ["a page announced for a quarter puts what follows on it, its page number being no figure", "For the full year, net sales and revenues were up 20% to $40 billion. Slide 4 shows the results for the fourth quarter. Net sales and revenue were up 12% to $10.5 billion.", [{ metric: "revenue", period: "2025-Q4", kind: "actual", value: 10.5e9 }], "2025-Q4"],
    ["net income 'attributable to Larkspur and Company' is the company's, its name said with 'and Company'", "Net income attributable to Larkspur and Company was $2.1 billion or $6.40 per diluted share.", [{ metric: "net_income", kind: "actual", value: 2.1e9 }, { metric: "eps", kind: "actual", value: 6.4 }], "2025-Q2", "Larkspur & Company"],
    ["a call's 'revenue refers to organic revenue unless otherwise specified' yields to 'net revenue'", "Unless otherwise specified, discussion of sales and revenue refers to organic revenues. Net revenue was up 18.5% versus the same period last year. Organic revenue was up 15.2%.", [{ metric: "revenue", kind: "change", value: 18.5 }, { metric: "organic_growth", value: 15.2 }]],
    ["two periods listed, then two figures 'respectively', pair in order", "Fourth quarter and full-year sales increased 12.5% and 8%, respectively. Fourth quarter and full year GAAP earnings per share were $2.10 and $7.45, respectively.", [{ metric: "revenue", period: "2025-Q4", kind: "change", value: 12.5 }, { metric: "revenue", period: "2025-FY", kind: "change", value: 8 }, { metric: "eps", period: "2025-Q4", kind: "actual", value: 2.1 }, { metric: "eps", period: "2025-FY", kind: "actual", value: 7.45 }], "2025-Q4"],
    ["an opening reason that names the outlook ('Given ... our outlook, we ...') makes no outlook of what the clause after it did", "Given our cash generation and confidence in our outlook, we deployed excess cash through share buybacks in the quarter, repurchasing 300,000 shares for approximately $30 million.", [{ metric: "share_repurchase", kind: "actual", value: 30e6 }]],
    ["the first sentence after a heading that turns to a part speaks of the part's total", "Our alarms business keeps growing. Tools organic revenues were up 6%. Now shifting to Alarms.\nTotal revenue was up 4%, with 6% volume.", [{ metric: "tools_organic_growth", value: 6, scope: "Tools" }, { metric: "alarms_revenue", kind: "change", value: 4, scope: "Alarms" }]],
    ["an outlook list dated once at its end by a period mention that holds its own 'in' is for that period, whatever year the sentence before spoke of", "That will set us up for a very strong performance in 2026. So in summary, our updated guidance calls for organic growth of 11% to 12% and approximately 15% adjusted EPS expansion for the company in 2025.", [{ metric: "organic_growth", period: "2025-FY", kind: "guidance", low: 11, high: 12 }], "2025-Q3"],
    ["a year after a possessive ('the Company's 2025 effective tax rate') dates the measure", "Accordingly, the Company's 2025 effective tax rate of 15.6% is lower than the federal statutory rate of 21%.", [{ metric: "effective_tax_rate", period: "2025-FY", kind: "actual", value: 15.6 }], "2025-Q4"],
    ["'last year, where' a measure moved is the year before the call's", "And in particular, last year, where adjusted EPS was up 45%, was a record.", [{ metric: "eps", period: "2024-FY", kind: "change", value: 45 }]],
    ["a possessive period after a preposition is the measure's own ('the impact of the prior year's restructuring charge')", "Expenses were down 10% to $961 million, primarily reflecting the impact of the prior year's restructuring charge of $89 million.", [{ metric: "restructuring_costs", period: "2024-Q2", kind: "prior", value: 89e6 }]],
    ["a basis said right after an earlier figure is that figure's, not the next one's named after it", "As a company, we delivered GAAP EPS of $0.95, $0.83 on an adjusted basis on $232 million in revenue.", [{ metric: "revenue", kind: "actual", value: 232e6, basis: null }]],
    ["a change 'over' the year before, in a fourth-quarter call, is the year's, and so is the level it reached", "Our net sales improved 5.4% over 2024 to $1.14 billion, driven by higher volume.", [{ metric: "revenue", period: "2025-FY", kind: "change", value: 5.4 }, { metric: "revenue", period: "2025-FY", kind: "actual", value: 1.14e9 }], "2025-Q4"],
    ["a year that opens the noun after 'over' is the noun's ('over 2024 pro forma sales of $983 million')", "Our range is based on sales growth of 9% to 14% over 2024 pro forma sales of $983 million.", [{ metric: "revenue", period: "2024-FY", kind: "prior", value: 983e6 }]],
    ["two figure lists before 'respectively' both pair with the items, each by its own verb (changes, then the levels they reached)", "Third quarter net income and adjusted net income grew 31% and 27% year-over-year to $152 million and $158 million, respectively.", [{ metric: "net_income", kind: "change", value: 31, basis: "GAAP" }, { metric: "net_income", kind: "change", value: 27, basis: "non-GAAP" }, { metric: "net_income", kind: "actual", value: 152e6, basis: "GAAP" }, { metric: "net_income", kind: "actual", value: 158e6, basis: "non-GAAP" }], "2025-Q3"],
    ["two figure lists before 'respectively' both pair with the items (levels after 'of', then their changes)", "Second quarter adjusted operating income and adjusted net income of $120.5 million and $98.2 million increased 45% and 61% respectively.", [{ metric: "operating_income", kind: "actual", value: 120.5e6 }, { metric: "net_income", kind: "actual", value: 98.2e6 }, { metric: "operating_income", kind: "change", value: 45 }, { metric: "net_income", kind: "change", value: 61 }]],
    ["a figure in a concession after the main clause ('despite a 3% decline in revenues') takes none of the opening's basis", "Excluding those higher restructuring expenses, margin improved 10 basis points despite a 4% decline in revenues.", [{ metric: "revenue", kind: "change", value: -4, basis: null }]],
    ["what the company earned 'after-tax', with its per-share amount, is its net income, and the amount per share its EPS", "This quarter, we earned $1.6 billion after-tax or $5.04 per share.", [{ metric: "net_income", kind: "actual", value: 1.6e9 }, { metric: "eps", kind: "actual", value: 5.04 }]],
    ["a measure's name, then what it is net of, then its move ('Revenue, net of interest expense, decreased 3%')", "Revenue, net of interest expense, decreased 3% from the prior year, mainly from lower net interest income.", [{ metric: "revenue", kind: "change", value: -3 }]],
    ["a dividend cut 'earlier this month', at the call, after the quarter it reports, is the next quarter's", "Earlier this month, we decreased our dividend by 9.8% to $1.85 per share annually, following the spin-off.", [{ metric: "dividend", period: "2025-Q3", kind: "change", value: -9.8 }, { metric: "dividend", period: "2025-Q3", kind: "actual", value: 1.85 }]],
    ["a turn to a page for a part named in capitals, and nothing after it ('Turning to Slide 8 for Infrastructure.'), heads that part's figures", "Metal Cutting had a hard quarter. Turning to Slide 8 for Infrastructure. Organic sales declined 18% on top of a decline of 11% in the prior year period.", [{ metric: "infrastructure_organic_growth", kind: "actual", value: -18, scope: "Infrastructure" }]],
    ["shares the company says it has bought back ('we've bought back'), for an amount: the amount is the share repurchase", "Year-to-date, we've bought back 15.7 million shares for $830 million, which is 5.85% of the shares outstanding.", [{ metric: "share_repurchase", period: "2025-9M", kind: "actual", value: 830e6 }], "2025-Q3"],
    ["what 'this led to', a summing-up, names after the figure is the measure's level, and its per-share companion the EPS", "Taken together, this led to $12 million of net income from continuing operations or $0.40 per share, up over 3 times versus the same period last year.", [{ metric: "net_income", kind: "actual", value: 12e6 }, { metric: "eps", kind: "actual", value: 0.4 }]],
    ["a list of what a measure excludes, with commas and no comma after it, stands between the measure and its figure", "Our gross margin, excluding amortized interest, impairments and abandonments was 22.1%, up approximately 230 basis points.", [{ metric: "gross_margin", kind: "actual", value: 22.1 }, { metric: "gross_margin", kind: "change", value: 2.3 }]],
    ["'the year 2025' names the fiscal year, and a per-share amount after 'that's' is the figure's per share", "For the year 2025, net income came in at just a little over $313 million, that's $3.13 per share.", [{ metric: "net_income", period: "2025-FY", kind: "actual", value: 313e6 }, { metric: "eps", period: "2025-FY", kind: "actual", value: 3.13 }], "2025-Q4"],
    ["words about the year's guidance ('With the narrowing of our guidance range') cancel a walk-through announced in passing ('linear by region') before it began", "But recovery may not be linear by region and/or by product category. With the narrowing of our guidance range, we are now expecting reported revenue growth to be 14.5% to 16.5% versus 2024.", [{ metric: "revenue", period: "2025-FY", kind: "guidance", low: 14.5, high: 16.5 }]],
    ["a change said after a level as 'a 3% combined year-over-year increase' (pro forma with a merged business) is the level's change", "In the first quarter, we generated $2.5 billion in sales, a 3% combined year-over-year increase, including foreign exchange benefits.", [{ metric: "revenue", kind: "change", value: 3 }]],
    ["a measure named after its figure, then 'and' a clause with a period and a figure of its own, keeps its figure", "We generated about $275 million of positive cash flow from operations and closed the quarter with almost $5 billion of cash.", [{ metric: "operating_cash_flow", kind: "actual", value: 275e6 }, { metric: "cash_and_investments", kind: "actual", value: 5e9 }]],
  ])("%s", (_why, text, want, period, company) => {
    const got = factsOf(text, period ?? (/Year-to-date|nine months|third quarter\./.test(text) ? "2025-Q3" : /full year 2025|Throughout the year/.test(text) ? "2025-Q4" : "2025-Q2"), company).map(pick);
    for (const w of want) expect(got).toContainEqual(expect.objectContaining(w));
  });
});

describe("figure pipeline: what it leaves out", () => {
  it("leaves out what a span the sentence opens on gave (since a deal closed, over ten years) and a dividend's annualized rate", () => {
    expect(factsOf("Over the past 10 years, we've doubled our market cap; we grew our dividend 18%; we won 21 awards.").filter((f) => f.metric === "dividend")).toEqual([]);
    expect(factsOf("Since closing our acquisition of JLT, we grew our total consolidated revenue by 27%.").filter((f) => f.metric === "revenue")).toEqual([]);
    expect(factsOf("Our portfolio was able to generate distributable earnings in excess of the current annualized $1.40 dividend per common share.").filter((f) => f.metric === "dividend")).toEqual([]);
    expect(factsOf("At an annual indicated dividend of $1.68, the yield is 3.5% based upon Friday's closing price of $48.03.").filter((f) => f.metric === "dividend")).toEqual([]);
  });
  it("leaves out a band within a decade ('the high 30% range'), a cash operating margin as the operating margin, and cash received", () => {
    expect(factsOf("We now expect net sales growth for the year in the high 30% range. Our previous guidance was mid- to high 20% sales growth.").filter((f) => f.metric === "revenue")).toEqual([]);
    expect(factsOf("We said last quarter that the estimated cash operating margin would be 35% for the year.").filter((f) => f.metric === "operating_margin")).toEqual([]);
    expect(factsOf("That resulted in the receipt by the company of $17.1 million of cash in the quarter.").filter((f) => f.metric === "cash_and_investments")).toEqual([]);
  });
  it("leaves out figures of a segment: after words announcing a look at the segments, and of a segment the sentence opens on in small letters", () => {
    const walk = "Now, I will share some insights at the segment level. In Corporate Finance, revenues increased 29.1% to $207.7 million.\nAdjusted segment EBITDA was $48.9 million or 23.6% of segment revenues. Sequentially, revenues increased 14.7% driven by higher demand.";
    expect(factsOf(walk, "2025-Q1").filter((f) => f.metric === "revenue")).toEqual([]);
    expect(factsOf("Our golf equipment segment continued to experience unprecedented demand, which combined with a strong supply chain, delivered 29% revenue growth versus last year.").filter((f) => f.metric === "revenue")).toEqual([]);
    // ("over" a figure after a change is a comparison: "grew 5% over $900 million last year" is no level of this year.)
    expect(factsOf("Revenue grew 5% over $900 million last year.").filter((f) => f.metric === "revenue" && f.kind === "actual")).toEqual([]);
  });
  it("leaves out an amount said of two measures together, and the figures of a segment a turn moves into in small letters", () => {
    expect(factsOf("During the quarter, we returned over $500 million in dividends and share repurchases.").filter((f) => f.metric === "dividend" || f.metric === "share_repurchase")).toEqual([]);
    // (Not two measures each with its own figure.)
    expect(factsOf("We generated $58 million of free cash flow and net income of $30 million.").map(pick)).toContainEqual(expect.objectContaining({ metric: "free_cash_flow", value: 58e6 }));
    // (Nor a change of one named beside another: "a 4.2% increase in the dividend and ongoing share repurchases".)
    expect(factsOf("We continue to prioritize returns to shareholders through a 4.2% increase in the dividend and ongoing share repurchases.").map(pick)).toContainEqual(expect.objectContaining({ metric: "dividend", kind: "change", value: 4.2 }));
    expect(factsOf("Chicken volumes were strong this year. Moving into the chicken segment's results. Sales were $3.9 billion for the quarter, up 37%.").filter((f) => f.metric === "revenue")).toEqual([]);
    // (A comparative and a noun after a second percentage give it to something else: "sales decreased 10% or 9% lower volume".)
    expect(factsOf("Compared to our recent fourth quarter, sales decreased 10% or 9% lower volume.").filter((f) => f.metric === "revenue" && f.value === -9)).toEqual([]);
  });
  it("leaves out what the year's outlook will let the company deliver as the quarter's, one project's capital cost, and the company's sales in an end market's paragraph", () => {
    expect(factsOf("Taken together, we believe that strong demand and pricing will enable us to deliver adjusted diluted EPS of about $2.40.").filter((f) => f.metric === "eps")).toEqual([]);
    // (A run of words that "will allow us to" do something, with no measure after it, is no outlook for the next sentence.)
    expect(factsOf("This will allow us to continue to generate positive cash flows over the next 12 months. Our current net debt to adjusted EBITDA ratio of 2.4 times gives us a position of strength.").map(pick)).toContainEqual(expect.objectContaining({ metric: "net_leverage", kind: "actual", value: 2.4 }));
    expect(factsOf("We are ramping up our new site facility, a $120 million capital investment.").filter((f) => f.metric === "capex")).toEqual([]);
    expect(factsOf("Now turning first to the defense market. Sales grew by 4% from prior year. Sequentially, our sales declined by 6%.").filter((f) => f.metric === "revenue")).toEqual([]);
  });
  it("leaves out a mark a measure passed, a return said of the dividend and the buybacks together, a change as a level, and a strategy's aim", () => {
    expect(factsOf("For the full year, revenue exceeded $5 billion for the first time, at just under $5.2 billion.", "2025-Q4").filter((f) => f.metric === "revenue" && f.value === 5e9)).toEqual([]);
    expect(factsOf("We returned $180 million in capital to shareholders through our dividend, which currently yields almost 4%, and by repurchasing 1.5 million shares.").filter((f) => f.metric === "dividend")).toEqual([]);
    expect(factsOf("We increased gross margins by 200 basis points to 25.1% which translates to higher gross profit of $4 million.").filter((f) => f.metric === "gross_profit" && f.kind === "actual")).toEqual([]);
    expect(factsOf("We announced our strategy to decarbonize our assets while improving underlying EBITDA by more than $2 billion.").filter((f) => f.metric === "ebitda")).toEqual([]);
  });
  it("leaves out what one item came to inside the results, and a measure only the whole reports said of the business before a merger", () => {
    expect(factsOf("Included in the fourth quarter results was a net loss of $0.12 per share from a loss on extinguishment of debt.", "2025-Q4").filter((f) => f.metric === "eps")).toEqual([]);
    // (Not a base: "increased to $0.68 from a loss of $0.15 in the prior year period".)
    expect(factsOf("Non-GAAP diluted EPS increased significantly to $0.68 from a loss of $0.15 in the prior year period.").map(pick)).toContainEqual(expect.objectContaining({ metric: "eps", kind: "prior", value: -0.15 }));
    expect(factsOf("Legacy Larkspur adjusted operating margin was 3.9% for the quarter and adjusted EPS was $1.10.", "2025-Q2", "Larkspur Inc").filter((f) => f.metric === "eps")).toEqual([]);
  });
  it("leaves out financial targets whose period the words leave open, and a growth that the next figure's own measure names", () => {
    const targets = factsOf("For fiscal 2026, we expect sales growth of 6% to 8%. In the meantime, we're focused on achieving our financial targets of $3.5 billion in sales and 12% EBITDA margins.", "2025-Q4");
    expect(targets.filter((f) => f.metric === "revenue" && f.value === 3.5e9)).toEqual([]);
    expect(targets.filter((f) => f.metric === "ebitda_margin")).toEqual([]);
    expect(targets.map(pick)).toContainEqual(expect.objectContaining({ metric: "revenue", period: "2026-FY", kind: "guidance" }));
    const growth = factsOf("In summary, our updated guidance calls for organic growth of 11% to 12% and approximately 15% adjusted EPS expansion for the company in 2025.");
    expect(growth.filter((f) => f.metric === "organic_growth" && f.value === 15)).toEqual([]);
  });
  it("leaves out cash counted with undrawn credit, an amount over a span of years, 'last year' of a fourth-quarter call, and a change against two years back named before a later period", () => {
    expect(factsOf("As of June 30, we had $318 million in cash and cash equivalents including undrawn amounts under our loan facility.").filter((f) => f.metric === "cash_and_investments")).toEqual([]);
    expect(factsOf("Our liquidity increased to $804 million, consisting of cash of $587 million and available borrowings of $217 million.").map(pick)).toContainEqual(expect.objectContaining({ metric: "cash_and_investments", value: 587e6 }));
    expect(factsOf("For 2025, we expect free cash flow of $1 billion. Our five-year scenario can deliver around $5 billion of free cash flow from 2025 to 2029.").filter((f) => f.value === 5e9)).toEqual([]);
    expect(factsOf("And in particular, last year, where adjusted EPS was up 45%, was a record.", "2025-Q4")).toEqual([]);
    expect(factsOf("This is a big improvement from the second quarter when same-property revenues were down 57.8% versus 2023 and continues the progress from the first quarter.", "2025-Q3").filter((f) => f.value === -57.8)).toEqual([]);
  });
  it("leaves out what the head of a part of the business says without naming a scope, and keeps it from an officer of the company", () => {
    const t = oneTurnCall("Capital expenditures for the year totaled $111 million.");
    t.call.fiscalYear = 2025;
    t.call.fiscalQuarter = 4;
    const capex = () => extractMetricFacts(t, { year: 2025, quarter: 4 }, true).facts.filter((f) => f.metric === "capex").map(pick);
    t.participants[0]!.title = "Executive Vice President and President, Larkspur Services";
    expect(capex()).toEqual([]);
    t.participants[0]!.title = "Executive Vice President and Chief Financial Officer";
    expect(capex()).toContainEqual(expect.objectContaining({ metric: "capex", period: "2025-FY", value: 111e6 }));
  });
  it("leaves out a change said on a per-unit basis after the measure's own ('13.7% on a per store basis')", () => {
    const got = factsOf("Merchandise inventories were $4.2 billion at the end of the quarter, an increase of 18% overall and 11.5% on a per store basis.").map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "inventory", kind: "change", value: 18 }));
    expect(got.filter((f) => f.value === 11.5)).toEqual([]);
  });
  it("leaves out a margin said unnamed in a walk-through a page announces ('Slides 7 and 8 detail the performance of our segments')", () => {
    const text = "Slides 7 and 8 detail the performance of our segments this quarter. Metal Cutting sales declined 23% organically. From an end market perspective, transportation was down 21%.\nAdjusted operating margin came in at 1% compared to 7.9% in the prior year quarter.";
    expect(factsOf(text).filter((f) => f.metric === "operating_margin" && f.scope === "company")).toEqual([]);
  });
  it("leaves out changes against the levels of a year two before ('back above the 2023 pre-COVID levels, with sales up 11%') or two years ago ('When comparing our results against two years ago')", () => {
    expect(factsOf("We are back above the 2023 pre-COVID levels on every financial metric, with sales up 11%, adjusted earnings per share increasing by 17% and free cash flow up 29%.", "2025-Q4").filter((f) => f.kind === "change")).toEqual([]);
    expect(factsOf("When comparing our results against two years ago for the third quarter of our fiscal '23, total revenue grew more than 20%.", "2025-Q3").filter((f) => f.metric === "revenue")).toEqual([]);
  });
  it("leaves out what a reporting line of the rest of the business reports ('PSEG Enterprise and Other reported'), and a subsidiary named with '&' ('PSE&G') is not the company's initials", () => {
    const company = "Public Service Enterprise Group";
    expect(factsOf("And for the full year of 2025, PSEG Enterprise and Other reported a net loss of $25 million or $0.06 per share, compared with net income of $6 million for 2024.", "2025-Q4", company).filter((f) => f.scope === "company")).toEqual([]);
    expect(factsOf("PSE&G, as shown on Slide 15, reported net income for the first quarter 2025 of $0.94 per share compared with $0.87 per share for the first quarter of 2024.", "2025-Q1", company).filter((f) => f.scope === "company")).toEqual([]);
  });
  it("leaves out a balance said net of another measure ('Total debt, net of cash'), not capex said net of proceeds", () => {
    expect(factsOf("Total debt, net of cash, of $143.2 million at June 30, 2025, compared to $137 million at June 30, 2024.").filter((f) => f.metric === "total_debt")).toEqual([]);
    expect(factsOf("Capital expenditures, net of refranchising proceeds, were $55 million during the quarter.").filter((f) => f.metric === "capex")).toContainEqual(expect.objectContaining({ value: 55e6 }));
  });
  it("leaves out revenue from a source the words name, a part of the company's revenue", () => {
    expect(factsOf("Despite a 23% year-over-year increase in revenue from purchased vehicles, we experienced a 100 basis point improvement in gross profit.").filter((f) => f.metric === "revenue")).toEqual([]);
    expect(factsOf("Recall that our 2024 results include approximately $17 million of revenue from our Ladysmith operations that we sold in August of 2024.").filter((f) => f.metric === "revenue")).toEqual([]);
    // (Revenue from operations is the company's.)
    expect(factsOf("Revenue from continuing operations was $5 million.").map(pick)).toContainEqual(expect.objectContaining({ metric: "revenue", value: 5e6, scope: "company" }));
  });
  it("leaves out a landlord's 'earnings' per share (its FFO), an outlook the year began with, and a part's margin in a 'with' clause after an opening on it", () => {
    expect(factsOf("Our third quarter earnings of $0.27 a share exceeded our expectations. In terms of near-term FFO expectations, we continue to anticipate $0.25 to $0.27 of quarterly FFO, excluding dispositions.").filter((f) => f.metric === "eps")).toEqual([]);
    expect(factsOf("As discussed during our Q1 call, we began the year with a midpoint EPS target of $1.81 per share, but immediately faced a net headwind of $0.07 per share.").filter((f) => f.metric === "eps")).toEqual([]);
    expect(factsOf("In our aerospace, we expect an additional $200 million of revenue with an operating margin of around 12.4%.").filter((f) => f.scope === "company")).toEqual([]);
    // Words lost right before a measure's name may have been what the figure is of.
    expect(factsOf("Our core preneed funeral average revenue per contract [Inaudible] the backlog now is over $6,300.")).toEqual([]);
  });

  it("leaves out what a sentence opening at another entity's name says of it, and what a part contributed to net income", () => {
    expect(factsOf("At OG&E, net income for the year was $350 million or $1.74 per share as compared to net income of $328 million or $1.64 per share in 2018.", "2019-Q4")).toEqual([]);
    expect(factsOf("At Example Co, net income was $5 million.").map((f) => [f.metric, f.value])).toEqual([["net_income", 5e6]]);
    expect(factsOf("At December 31, cash was $50 million.").map((f) => [f.metric, f.value])).toEqual([["cash_and_investments", 50e6]]);
    expect(factsOf("Natural gas midstream operations received cash distributions of $144 million and contributed earnings of $81 million or $0.41 per share compared to $109 million or $0.54 per share in 2018.", "2019-Q4")).toEqual([]);
  });

  it("leaves out a ratio's change a cause contributed or brought", () => {
    expect(factsOf("Permanent recruitment contributed 50 basis point GP margin improvement as hiring activity was strong across our largest markets.")).toEqual([]);
    expect(factsOf("We're estimating a 50 basis point gross margin improvement from better operating leverage within our supply chain network.")).toEqual([]);
  });

  it("leaves out a part-or-company measure of a sentence after one that opened on a part for itself, unless it names the company", () => {
    const part = "At AeroTech, we have narrowed our revenue guidance range to 1% to 4% from the previously communicated range of 0% to 5%.";
    const known = "Demand in the AeroTech business stays strong.";
    expect(factsOf(`${part} We are holding margin guidance with projected operating margins of 10.75% to 11.25%. ${known}`)).toEqual([]);
    expect(factsOf(`${part} Total company operating margins are projected at 10.75% to 11.25%. ${known}`).map((f) => [f.metric, f.scope, f.low])).toEqual([["operating_margin", "company", 10.75]]);
  });

  it("leaves out an outlook named by the month it was given, what a business acquired is expected to bring, and cash to be repatriated", () => {
    expect(factsOf("Our October guidance was for earnings of $6.75 to $6.90.")).toEqual([]);
    expect(factsOf("We continue to expect Bacharach to provide $0.10 to $0.15 of adjusted earnings per share in the second half of 2025.")).toEqual([]);
    expect(factsOf("And as part of this deal, we expect to repatriate between $10 million to $15 million of cash back to the U.S. in the third quarter.")).toEqual([]);
  });

  it("leaves out what a turn on its same-store results says of a measure the company reports whole, and money only allocated", () => {
    const facts = factsOf("Returning to our same-store results for the quarter. Core operating expenses increased 7.6% year-over-year. Same store NOI grew 9%.");
    expect(facts.map((f) => [f.metric, f.value])).toEqual([["same_store_noi", 9]]);
    expect(factsOf("We have allocated $2 billion to share repurchases for next year.")).toEqual([]);
  });

  it("leaves out restricted cash said apart from the company's cash, and a change of a move the last sentence read as no fact", () => {
    expect(factsOf("We ended the quarter with cash and cash equivalents of $505.5 million and restricted cash of $132.1 million.").map((f) => f.value)).toEqual([505.5e6]);
    expect(factsOf("At the end of the quarter, cash, restricted cash and investments were $436.4 million.").map((f) => f.value)).toEqual([436.4e6]);
    expect(factsOf("Moving on to Motorcycle segment operating income margins, our updated guidance is a range of 7% to 9%, up from the previously communicated range of 5% to 7%. This 200 basis point increase reflects an improved demand outlook.")).toEqual([]);
  });

  it("leaves out a change of the same measure given as the cause of the company's change, and reads 'All in,' as the whole", () => {
    const facts = factsOf("Second quarter revenue of $857 million was down 4.1% versus the prior year primarily driven by the 10% sales decline in original equipment.");
    expect(facts.filter((f) => f.kind === "change").map((f) => f.value)).toEqual([-4.1]);
    const outlook = factsOf("In our Hawley & Hazel JV, sales grew 8%. All in, we still expect net sales to be up 4% to 7% for the full year.");
    expect(outlook.filter((f) => f.kind === "guidance").map((f) => [f.metric, f.scope])).toEqual([["revenue", "company"]]);
  });

  it("leaves out the sales awards are expected to bring, and a total over a span of years", () => {
    expect(factsOf("We received award of a total annual expected sales of approximately $30 million.")).toEqual([]);
    expect(factsOf("We expect capital expenditures to be approximately $3.5 billion over the five years ending in 2029.")).toEqual([]);
  });

  it("leaves out the figure of the period a result is set against ('as we cycled a 17% organic growth comparison')", () => {
    const facts = factsOf("Turning to our outlook for fiscal 2026, we expect organic net sales to grow 1% to 2%. We delivered sales of $1.98 billion, in line with our expectations as we cycled a 17% organic growth comparison to a year ago.");
    expect(facts.map((f) => [f.metric, f.value ?? f.high])).toEqual([["organic_growth", 2], ["revenue", 1.98e9]]);
  });

  it("leaves out a change said as a share of sales, a venture's balance, and the outlook after an opening on two outlooks", () => {
    expect(factsOf("SG&A and R&D expenses are expected to increase by slightly more than 1% of sales in 2025.")).toEqual([]);
    expect(factsOf("The Great Park Venture is a self-funding operation with no debt and had a cash balance of $129 million at the end of the quarter.").filter((f) => f.scope === "company")).toEqual([]);
    const facts = factsOf("Moving to slide 10 and the review of our full year 2025 and Q3 earnings outlook. Total company adjusted EBITDA is forecasted to be in the range of $1.3 billion to $1.34 billion. We expect full year adjusted earnings of $6.45 to $6.70 per diluted share.");
    expect(facts.map((f) => [f.metric, f.period])).toEqual([["eps", "2025-FY"]]);
  });

  it("leaves out a measure the company reports whole when the sentence opens on a segment", () => {
    expect(factsOf("For the International segment, adjusted operating expenses decreased 16% and adjusted operating income decreased 175%.").filter((f) => f.metric === "operating_expenses")).toEqual([]);
  });

  it("leaves out a dividend per share dated only by a paragraph on the year, and growth said to recur every year", () => {
    const facts = factsOf("Turning to our full year 2025 results. Revenue was $4.2 billion. We continue to be confident that our $0.40 dividend is supported by our earnings power. We expect growth in that dividend of 7% to 8% annually.", "2025-Q4");
    expect(facts.filter((f) => f.metric === "dividend")).toEqual([]);
    expect(facts.some((f) => f.metric === "revenue" && f.value === 4_200_000_000)).toBe(true);
  });

  it("leaves out what a part of the business is expected to generate, and a subsidiary's report in the present tense", () => {
    const facts = factsOf("For the full year, we expect the non-same-store pool to generate approximately $30 million to $35 million of NOI. Acme Tankers report a strong fourth quarter, generating total adjusted EBITDA of $184 million.", "2025-Q4");
    expect(facts.filter((f) => f.scope === "company")).toEqual([]);
  });

  it("reads a segment announced by 'Let's start on page 9 with our ... segment' as the next sentence's scope", () => {
    const facts = factsOf("Let's start on page 9 with our Southern Timber segment. Adjusted EBITDA in the second quarter of $37 million was $12 million above the prior year quarter.");
    expect(facts.map((f) => f.scope)).toEqual(["Southern Timber", "Southern Timber"]);
  });

  it("reads 'the company' after a turn to a business named with the company's word as that business: its net income is none of the company's, its revenue is its own", () => {
    const facts = factsOf("Turning to Example Hotels. While the company continues to suffer from the downturn in travel, business is improving. The company posted a net loss of $43 million in the quarter versus a net loss of $25 million in Q2 '24. GAAP operating revenue was $39 million, down from $109 million last year. Turning to the balance sheet. The company ended the quarter with cash of $500 million.");
    expect(facts.map((f) => [f.metric, f.scope, f.value])).toEqual([["example_hotels_revenue", "Example Hotels", 39e6], ["example_hotels_revenue", "Example Hotels", 109e6], ["cash_and_investments", "company", 500e6]]);
  });

  it("keeps 'the company' the company after a turn to a segment not named with the company's word", () => {
    const facts = factsOf("Moving to Slide 7, Americas Banking revenue of $312 million declined 7% versus the prior year. The company ended the quarter with $573 million of total liquidity.");
    expect(facts.filter((f) => f.metric === "liquidity").map((f) => [f.scope, f.value])).toEqual([["company", 573e6]]);
  });

  it("leaves out a measure the company reports whole said after a heading on a part ('Manufactured housing, Same Property NOI')", () => {
    expect(factsOf("Manufactured housing, Same Property NOI increased 4.9% for the quarter compared to last year. In manufactured housing, same property NOI increased 4.9%.")).toEqual([]);
  });

  it("leaves out the Street's expectations, each figure of their list", () => {
    const facts = factsOf("Our updated guidance is well above the current 2025 Street expectations of $4.3 billion in revenue and $5.57 of earnings per share. Adjusted EPS was $1.20 versus consensus of $1.10.");
    expect(facts.map((f) => [f.metric, f.value])).toEqual([["eps", 1.2]]);
  });

  it("dates a figure set apart from a later one of the span the paragraph is on as the call's quarter", () => {
    const facts = factsOf("For the six-month period, revenue was nearly $2.3 billion, up 27%. The growth in revenue resulted in record non-GAAP EPS of $1.70, which was up 65% year-on-year and $3.20 year-to-date.");
    expect(facts.filter((f) => f.metric === "eps" && f.kind === "actual").map((f) => [f.value, f.period])).toEqual([[1.7, "2025-Q2"], [3.2, "2025-H1"]]);
  });

  it("leaves out a dividend the company receives from a business it holds, and what a named subsidiary contributed", () => {
    const facts = factsOf("During the quarter, we repurchased 5.6 million shares for $274 million, and we received about $270 million in dividends from Carrow Insurance. We also received a $199 million dividend from Altwood. Carrow Insurance contributed net income of $279 million.");
    expect(facts.map((f) => [f.metric, f.value])).toEqual([["share_repurchase", 274_000_000]]);
  });

  it("leaves out a balance on a day that ends no fiscal period, and keeps the quarter's end said beside one", () => {
    expect(factsOf("At July 12, our unrestricted cash was $242 million.")).toEqual([]);
    expect(factsOf("As of August 1, we have drawn $126 million of our credit facility and ended the quarter with $20.2 million in cash.").map((f) => [f.metric, f.value])).toEqual([["cash_and_investments", 20_200_000]]);
  });

  it("files no figure under a part named by a grammar word or a word of basis ('Both golf club', 'Reported')", () => {
    const facts = factsOf("Both golf club and golf ball sales increased by 26% and 50%, respectively. Reported segment sales grew 15% in the quarter.");
    expect(facts.filter((f) => /^(?:both|reported)\b/i.test(f.scope))).toEqual([]);
  });

  it("leaves out a running total 'year to date as of' a day, which may end no fiscal period", () => {
    expect(factsOf("Year to date, as of February 2, we have repurchased 2.5 million shares for $581 million.")).toEqual([]);
  });

  it("leaves out a figure after a sentence that turns to the brands, before any brand's figure", () => {
    const got = factsOf("Our revenue rose 10% to $1.3 billion. From a brand standpoint, Aerie continued its industry-leading multiyear growth trajectory. Revenue rose 28% from third quarter 2024 and over 70% from third quarter 2023.", "2025-Q3").map(pick);
    expect(got.filter((f) => f.metric === "revenue").map((f) => `${f.kind} ${f.value}`)).toEqual(["change 10", "actual 1300000000"]);
  });
  it("keeps the quarter's sales beside a year's figure read as the quarter's, and beside the year's echo", () => {
    const got = factsOf("For the fourth quarter, we delivered revenues of $186.7 million. Total GAAP revenue for the full year ended December 31, 2025, was $719 million. As Brian mentioned, we delivered record revenue of $7.2 billion in 2025. For the full year, we delivered record revenue of $7.2 billion.", "2025-Q4").map(pick);
    expect(got.filter((f) => f.metric === "revenue" && f.period === "2025-Q4").map((f) => f.value)).toContain(186.7e6);
  });
  it("leaves out a product line's sales, and its outlook, beside the company's far larger ones, whatever their basis", () => {
    const got = factsOf("We reported $1.2 billion in sales this quarter. We remain confident in our 2025 sales guidance of $80 million as we advance commercialization. For the total company, we expect sales of $4.9 billion to $5.3 billion. In Surgical Structural Heart, first quarter 2025 global sales was $213 million, increased 7% over the prior year.", "2025-Q1").map(pick);
    expect(got.filter((f) => f.metric === "revenue").map((f) => `${f.period} ${f.kind} ${f.value ?? f.low}`)).toEqual(["2025-Q1 actual 1200000000", "2025-FY guidance 4900000000"]);
  });
  it("leaves out a change pointed back to ('This represented a 201% increase') when the last sentence gave two measures", () => {
    const got = factsOf("We generated net income of $111 million or $1.51 per diluted share. This represented a 201% increase from the first quarter of last year.").map(pick);
    expect(got.map((f) => `${f.metric} ${f.kind}`)).toEqual(["net_income actual", "eps actual"]);
  });
  it("leaves out a change compared with a period that ends no earlier than the call's quarter: its own period is later and unsaid", () => {
    const got = factsOf("We're positioned to deliver free cash flow growth of more than 70% compared to 2025. Revenue grew 10% versus the second quarter of 2025.").map(pick);
    expect(got).toEqual([]);
  });
  it("leaves out points after a growth rate: a move of the rate, no change of the measure", () => {
    const got = factsOf("Revenue grew 5% in the quarter, up 2 points from last quarter's growth.").map(pick);
    expect(got.map((f) => f.value)).toEqual([5]);
  });
  it("leaves out a figure that names no part after an overview of parts named one after another without figures", () => {
    const text = "We kicked off the year with a strong start. Our Environmental Services segment rebounded with an outstanding March. Our newly formed Kleen Solutions segment delivered better-than-expected profitability due to base oil pricing gains. Adjusted EBITDA in Q2 was $129.5 million.";
    expect(factsOf(text).map(pick)).toEqual([]);
    // (One part announced alone is walked through: its figure is the part's.)
    const one = factsOf("We kicked off the year with a strong start. Our newly formed Kleen Solutions segment delivered better-than-expected profitability due to base oil pricing gains. Adjusted EBITDA in Q2 was $129.5 million.").map(pick);
    expect(one).toEqual([expect.objectContaining({ metric: "kleen_solutions_adjusted_ebitda", value: 129.5e6, scope: "Kleen Solutions" })]);
  });
  it("reads a sentence that opens by turning to a part the call names as a business, without its noun, as on that part", () => {
    const text = "Our general insurance business had a good quarter, and our life and retirement business grew. Now moving to general insurance, first-quarter adjusted pre-tax income was $845 million, up $344 million year over year. Moving to issuer solutions, adjusted segment operating margin expanded 430 basis points to 39.5%. Our issuer solutions business grew.";
    const got = factsOf(text, "2025-Q1").map(pick);
    // A measure the company reports whole, said of the part, is left out; a segmentable one takes the part's name.
    expect(got.filter((f) => f.metric === "pretax_income")).toEqual([]);
    expect(got).toContainEqual(expect.objectContaining({ metric: "issuer_solutions_operating_margin", value: 39.5, scope: "issuer solutions" }));
  });
  it("leaves out a gross margin said after a kind of revenue in small letters: the line's or the company's, the words do not say", () => {
    const got = factsOf("Revenue from our service offerings rose, with service revenues of $50 million and gross margin of 40%.").map(pick);
    expect(got).toEqual([expect.objectContaining({ metric: "service_revenue", value: 50e6, scope: "service" })]);
  });
  it("leaves out a change of a measure per unit of any kind, and keeps the measure's own", () => {
    const got = factsOf("Revenue grew 4%, driven by a 19% increase in revenue per shipment. Europe net sales were up 14.7%, with an 11% increase in net sales per hectoliter.").map(pick);
    expect(got.map((f) => f.value).sort()).toEqual([14.7, 4]);
  });
  it("leaves out the base of a figure that is no fact, rather than pair it with an earlier measure of its unit", () => {
    const got = factsOf("Acme Tankers reported adjusted EBITDA of $132 million in the fourth quarter, up from $62 million in the same period of the prior year, and adjusted net income of $83 million, or $2.47 per share, compared to $14 million or $0.42 per share in the same period of the prior year.", "2025-Q4").map(pick);
    expect(got.map((f) => f.value)).toEqual([132e6, 62e6]);
  });
  it("leaves out a month's figure, and a dividend paid in a month of another quarter", () => {
    expect(factsOf("Our RevPAR was $100 in June. We paid a dividend of $1.50 in October.")).toEqual([]);
  });
  it("reads no change said of a measure the last sentence only named, with no fact of it", () => {
    expect(factsOf("Our annualized base rent per square foot was $19.43 and $19.38 by cash and straight-line basis. This represents a 0.5% increase on a cash basis.").filter((f) => f.kind === "change")).toEqual([]);
  });
  it("leaves out an item's effect on a measure, a sum of two measures, a recalled confidence, and a segment named as the company is", () => {
    expect(factsOf("The purchased intangible adjustment for EPS will increase to $0.66 for 2025.")).toEqual([]);
    expect(factsOf("We expect to invest over $1 billion in capital expenditures and research and development in 2025.")).toEqual([]);
    expect(factsOf("Earlier this year, we were very confident in our ability to deliver 9% revenue growth.")).toEqual([]);
    const packaging = factsOf("Now turning to our packaging segment. EBITDA, excluding special items in the second quarter of 2025 of $313 million with sales of $1.4 billion resulted in a margin of 22%.", "2025-Q2", "Packaging Corporation of America");
    expect(packaging.filter((f) => f.scope === "company")).toEqual([]);
  });
  it("leaves out a buyback authorized after the quarter, and one said since the end of a month that ends no quarter of the call", () => {
    expect(factsOf("Earlier this month, our Board authorized an additional $500 million for share repurchases.").filter((f) => f.metric === "share_repurchase")).toEqual([]);
    expect(factsOf("And since the end of July, we've spent an additional $140 million on buybacks.")).toEqual([]);
  });
  it("leaves out one amount said of two measures joined by 'and' (their sum), and keeps a rate said of two", () => {
    expect(factsOf("For the first half of 2025, total cash returned to shareholders through dividends, and share repurchases totaled just under $1.2 billion.")).toEqual([]);
    expect(factsOf("Our SG&A and R&D expenses for the second quarter were $34.6 million.")).toEqual([]);
    expect(factsOf("We ended the quarter with $54 million of cash and total debt of $1.21 billion.").map((f) => f.value)).toContain(54e6);
    expect(factsOf("Revenue and operating income were up 10% in the quarter.").map((f) => f.metric)).toContain("operating_income");
  });
  it("reads no measure restated under another measure's name ('depreciation and amortization, or adjusted EBITDA,')", () => {
    expect(factsOf("Our consolidated adjusted earnings before interest, taxes, depreciation and amortization, or adjusted EBITDA, of $48.7 million exceeded our guidance.").filter((f) => f.metric === "depreciation_and_amortization")).toEqual([]);
  });
  it("leaves out what the year's start earned, said later in the year (which part is meant is unsure)", () => {
    expect(factsOf("2025 started strong, earning $0.32 per share.", "2025-Q2")).toEqual([]);
  });
  it("leaves out a list of amounts a trailing span is said of after the list, and amounts held at a named business", () => {
    expect(factsOf("Example Co reported revenues of $2.38 billion, net income of $195.7 million and adjusted EBITDA of $435.3 million for the last 12 months ended June 30, 2025.")).toEqual([]);
    expect(factsOf("We maintained significant liquidity with cash and cash equivalents of $490 million, including cash of $155 million at Douglas Elliman and $108 million at Liggett.").map((f) => f.value)).toEqual([490e6]);
  });
  it("leaves out a flow a year was exited with, and an amount after 'This compares to' that names its own measure", () => {
    expect(factsOf("We exited 2024 with nearly $15 billion in global sales and have demonstrated the ability to continue to drive high growth.", "2025-Q1")).toEqual([]);
    expect(factsOf("Organic sales grew 9% in the quarter. That compares to a 22% decrease in weighted average market production.").map((f) => f.value)).toEqual([9]);
    expect(factsOf("We returned $275.3 million to shareholders during the quarter through dividends and the repurchase of 1.9 million shares.")).toEqual([]);
  });
  it("leaves out a dividend dated only by a paragraph on several quarters", () => {
    expect(factsOf("Year-to-date, revenue grew 9% to $900 million. Given our increased cash flow and confidence in continued growth, we are pleased to announce a dividend increase of 8.3%.", "2025-Q3").filter((f) => f.metric === "dividend")).toEqual([]);
  });
  it("leaves out what acquired businesses bring, said after the figure ('sales of $11.5 million in the two acquisitions')", () => {
    expect(factsOf("In the fourth quarter, we generated sales of roughly $11.5 million in the two acquisitions in the fourth quarter, and we had EBITDA of roughly 5.5 million.", "2025-Q4").filter((f) => f.metric === "revenue")).toEqual([]);
  });
  it("leaves out a company-wide measure a named segment is said to report, and what the next sentence compares the segment's figures with", () => {
    const got = factsOf("For the first quarter of 2025, the Fertilizer segment reported an operating loss of $14 million, a net loss of $25 million or $2.37 per common unit and EBITDA of $5 million. This is compared to first quarter 2024 operating losses of $5 million, a net loss of $21 million or $1.83 per common unit and EBITDA of $11 million.", "2025-Q1").map(pick);
    expect(got.filter((f) => f.scope === "company")).toEqual([]);
    expect(got).toContainEqual(expect.objectContaining({ metric: "fertilizer_operating_income", value: -14e6, scope: "Fertilizer" }));
  });
  it("leaves out what an offset leads to ('more than offset by a decline in paper tonnage, leading to a net $3 million reduction')", () => {
    expect(factsOf("Our average realized price was 20% higher than the prior year, which was more than offset by a decline in tonnage, leading to a net $3 million reduction in adjusted EBITDA.")).toEqual([]);
  });
  it("leaves out what the corporate division or the holding companies report", () => {
    const got = factsOf("This quarter also includes a debt extinguishment charge, which brought third quarter corporate results to a net loss of $169 million. From a liquidity standpoint, the holding companies currently have cash and investments of approximately $272 million.").map(pick);
    expect(got.filter((f) => f.scope === "company")).toEqual([]);
  });
  it.each<[string, string]>([
    ["an amount the board authorized for buybacks is no buyback", "As part of this plan, the board has authorized $1.5 billion of share repurchases."],
    ["an amount of buybacks still authorized is no buyback", "As a reminder, we still have nearly $50 million of share buybacks authorized."],
  ])("%s", (_why, text) => {
    expect(factsOf(text).filter((f) => f.metric === "share_repurchase")).toEqual([]);
  });
  it("leaves out what an outlook moved by, each figure of the list after 'by', and keeps the level it moved to", () => {
    expect(factsOf("We've raised our full year guidance ranges at the midpoint by $350 million in total revenue and $100 million in adjusted EBITDA, as we now expect stronger double-digit growth.")).toEqual([]);
    expect(factsOf("We are raising our revenue guidance by $50 million to $1.2 billion.").map(pick)).toEqual([expect.objectContaining({ metric: "revenue", period: "2025-FY", kind: "guidance", value: 1.2e9 })]);
    expect(factsOf("We have increased our free cash flow outlook by $65 million and now expect free cash flow of approximately $500 million for the full year.").map(pick)).toEqual([expect.objectContaining({ metric: "free_cash_flow", period: "2025-FY", kind: "guidance", value: 5e8 })]);
  });
  it("leaves out what the company is told it once expected, in an analyst's words, whoever the transcript gives them to", () => {
    expect(factsOf("So in 2015, you guys were expecting $3 billion sales in 2020.", "2020-Q4")).toEqual([]);
    expect(factsOf("You had guided to revenue of $2 billion for the year.", "2020-Q4")).toEqual([]);
  });
  it.each<[string, string]>([
    ["what would have been is no figure", "At the low end this would have represented EPS of less than $2 per share."],
    ["what a part would have reported is no figure", "They would have reported gross margin of more than 40% and record EBITDA margins of 28%."],
    ["what would have been seen is no change", "Adjusting for this, we would have seen adjusted operating profit margin expand by approximately 100 basis points."],
  ])("%s", (_why, text) => {
    expect(factsOf(text)).toEqual([]);
  });
  it("leaves out an unnamed margin after a sentence on a part named by one word with capitals inside ('FoodTech'), not after a surname-like one", () => {
    expect(factsOf("FoodTech revenue was $361 million, an increase of 19% year-over-year. Adjusted EBITDA margin for the quarter was 19%, operating margins of 14.3%.").map((f) => f.scope)).toEqual(["FoodTech", "FoodTech"]);
    expect(factsOf("McCann's net sales were up 7.5% in the quarter. Gross profit was $383.1 million for the quarter.").map((f) => f.scope)).toEqual(["McCann", "company"]);
  });
  it("leaves out what a part the sentence points back to ('this business') made, and cash paid or received in a deal", () => {
    expect(factsOf("During 2024, this business generated revenue of approximately $60 million.")).toEqual([]);
    expect(factsOf("We will harvest approximately $10 million in cash for 68% interest. We received $25 million in cash for the sale of the building.")).toEqual([]);
    expect(factsOf("We have $50 million in cash for acquisitions.").map((f) => f.metric)).toEqual(["cash_and_investments"]);
    expect(factsOf("So we used that $150 million of cash in the first quarter. That resulted in the receipt by the company of $17.1 million of cash in the quarter.")).toEqual([]);
  });
  it("reads a change the company was enabled to make, and the level it reached from another", () => {
    expect(factsOf("Lower operating expenses enabled the company to boost operating profit by 20% from $83 million to $100 million.").map((f) => [f.kind, f.value])).toEqual([["change", 20], ["actual", 100e6]]);
  });
  it("leaves out the sales of one kind of thing the company sells, and a total of another span than its per-share amount's", () => {
    expect(factsOf("We saw an 11% increase in the sales of industrial signaling equipment, with most of the improvement from new markets.")).toEqual([]);
    const got = factsOf("We paid a cash dividend of $0.15 per share during the second quarter for a total of $172 million in dividends for the year. We paid a dividend of $0.08 per share during the second quarter amounting to $4.8 million.").map(pick);
    expect(got.filter((f) => f.unit === "USD").map((f) => f.value)).toEqual([4.8e6]);
  });
  it("leaves out how far a figure fell short of the company's own estimates", () => {
    expect(factsOf("Our revenue was significantly above the year ago quarter, but our sales were approximately 5% lower for copper and 8% lower for gold relative to our recent estimates.").filter((f) => f.unit === "percent")).toEqual([]);
  });
  it("reads no change from a level said 'higher at'", () => {
    expect(factsOf("Adjusted EBITDA was modestly higher at $146.6 million in the quarter. In the Insurance segment however, adjusted operating income was significantly higher at $214 million.").filter((f) => f.kind === "change")).toEqual([]);
  });
  it("leaves out cash returned to shareholders as the cash the company holds", () => {
    expect(factsOf("As Billy mentioned, we returned more than $8.1 billion in cash last year to shareholders through dividends and share repurchases.").filter((f) => f.metric === "cash_and_investments")).toEqual([]);
  });
  it("leaves out changes against a quarter two years before, compared 'when you compare our third quarter performance to'", () => {
    expect(factsOf("When you compare our third quarter performance to Q3 2023, revenue is 28% higher and adjusted earnings per share is an outstanding 62% higher.", "2025-Q3")).toEqual([]);
  });
  it("leaves out a level said in percent of a quarter two or more years before", () => {
    expect(factsOf("In the quarter, group total revenues were 5% above the second quarter of 2022. Our net revenues were $1.4 billion, just 8% below the second quarter of 2023.").map(pick)).toEqual([expect.objectContaining({ metric: "revenue", kind: "actual", value: 1.4e9 })]);
  });
  it("reads adjusting items to a measure as no level of it", () => {
    const got = factsOf("In 2025, we delivered revenue of $3 billion. For the year, adjusting items to EBIT totaled $75 million.", "2025-Q4").map(pick);
    expect(got.map((f) => f.metric)).toEqual(["revenue"]);
  });
  it("reads cash from operations before working capital as no operating cash flow", () => {
    const got = factsOf("We generated about $2.3 billion of cash from operations before working capital for the first nine months of the year.", "2025-Q3").map(pick);
    expect(got.map((f) => f.metric)).toEqual(["operating_cash_flow_before_working_capital"]);
  });
  it.each<[string, string]>([
    ["earnings said without a per-share amount, and not as what the company reported, may be net or operating: no fact", "Earnings in the quarter were $100.2 million."],
    ["a sentence that opens on the bare measure right after one whose subject is a named division: the division's or the company's is unsure", "Our drilling and evaluation division revenue grew 4%, with increased activity across multiple regions. Operating margin of 11% was about flat sequentially."],
    ["a level 'of' the figure that the words after call a difference: unsure", "Highlights include total revenues of $329 million below the prior year period and our guidance."],
    ["what businesses sold or bought bring in revenue is theirs", "In the fourth quarter, we completed the sale of three businesses with combined 2025 revenues of approximately $135 million."],
    ["money allocated to buybacks, and the amounts under it, is a plan as often as a deed", "We have allocated $2 billion to share repurchases with core share repurchases of $1.5 billion."],
    ["an amount of EPS something is unfavorable by is an effect", "Foreign currency at today's rates is also unfavorable $0.10 of EPS."],
    ["a step of a bridge ('that relates to') is no change of the measure", "Next, you'll see a decrease in operating income of $6.8 million that relates to the change in the per megawatt hour revenue."],
    ["what an adjustment resulted in, a reduction of EPS, is its effect", "This required adjustment to the carrying value resulted in a reduction of net operating adjusted net income per share of $0.04 net of income taxes."],
    ["a sentence that opens on the measure of businesses named before is theirs", "Net revenue from these businesses collectively increased 12% in local currency and 24% in local currency, including Turner & Townsend, $284 million of net revenue in Q3."],
    ["a part named 'X and Other' reports its own net income and EPS", "For the first quarter of 2025, Enterprise and Other reported net income of $10 million or $0.02 per share."],
    ["an opening on a business named in small letters, however long its name, is a part", "In our high-performance compute and mission-critical solutions business, revenue was up 9% year over year, driven by a record number of new orders."],
    ["a change in FFO resulting from the contributions of acquisitions is their effect", "And a $0.02 per share increase in FFO resulting from the full quarter contributions of our recent acquisitions."],
    ["a figure the speaker adjusts for the moment ('if we exclude ...')", "Revenue growth was closer to 3% for the year, if we exclude sales from our Ladysmith operation."],
    ["revenue already in hand for a year is backlog, not revenue or an outlook of it", "That implies for fiscal 2026, $81 million of fiscal 2026 revenue is in hand, either converted during the first quarter or from current backlog."],
    ["a buyback program announced is no shares bought", "We announced the launch of three new development projects and we announced the $250 million share buyback."],
    ["free cash flow after debt service and dividend payments is what is left after dividends", "We generate $85 million of free cash flow after debt service and dividend payments."],
    ["what 'we earned' per share after turning to a named segment is the segment's", "Turning to our Kentucky regulated segment. We earned $0.59 per share in 2025, a $0.05 increase over our results one year ago."],
    ["shares bought from a day of the quarter 'through last Friday' span past the quarter's end: no quarter's figure", "From July 1 through last Friday, we repurchased 6.2 million shares of our common stock for just over $337 million."],
    ["a figure said of a list of measures is no figure of the last of them", "For the full year, we expect net interest income, noninterest income and noninterest expense to total $90 million to $110 million."],
    ["inventory in transit is a part of the inventory, no level of it", "At quarter end, we had $272 million of in-transit inventory, an increase of over 100% versus last year."],
    ["a change against a year two years back is no change of the year before ('Versus 2023,' opening the sentence, or 'Notably, on a two-year basis')", "Versus 2023, we grew sales 20%. Notably, on a two-year basis, we grew sales 18%."],
    ["cash returned to shareholders is no cash balance", "Additionally, we returned more than $8.1 billion in cash to shareholders through dividends and share repurchases."],
    ["a measure taken away from another is not the figure's subject", "Total debt net of cash of $252.8 million at quarter end compared to $143.2 million a year ago."],
    ["a five-year plan's figure is no year's", "We are focused on our five-year plan to achieve $50 billion in revenue."],
    ["signed-not-open NOI, restricted cash and client sweep cash are other measures", "We have signed, not open NOI of $20 million. We had $132 million of restricted cash. Client sweep cash of $1.1 billion moved to the bank."],
    ["a figure said with 'I think' is unsure", "I think our revenue was down 1% in the quarter."],
    ["a year a span runs through is no outlook's period ('ample runway for funding new investments through 2028')", "Today, we're pleased to announce a debt raise, contributing to our strong liquidity position, including cash from operations of over $1.2 billion, which gives us ample runway for funding new investments through 2028."],
    ["an amount the figures given 'do not include' is no level", "The foregoing amounts do not include approximately $33 million in capital expenditures for Topgolf in January and February."],
    ["an increment is no level ('an incremental $78 million in NOI from our developments', 'an incremental $3 billion to $4 billion in annual sales')", "We also had an incremental $78 million in NOI from our developments. We are targeting an incremental $3 billion to $4 billion in annual sales by the end of 2027."],
    ["debt coming due is no debt level", "We have $38 million of debt mature at the end of the quarter, borrowing at 1.97%. We also have $200 million of notes due in 2026."],
    ["dividends per share 'since initial public offering' are no period's", "And since initial public offering, the company has declared $64.33 in dividends per share."],
    ["a difference from guidance qualified by two words is no change ('$14 million below our previous implied guidance')", "Capital expenditures for the first quarter of fiscal '25 were $14 million below our previous implied guidance."],
    ["a difference from a projection or from what was expected is no level or change", "COVID response work contributed an estimated $460 million of revenue in the quarter, which was approximately $185 million higher than our projection for the quarter. We reported strength in our product revenue, which was approximately $50 million more than we would have expected."],
    ["a measure the company reports whole, said of the segment the sentence opens on, is the segment's", "Acme's Regulated Operations segment, which includes Minnesota Power and Superior Water, recorded net income of $154.4 million. Our corporate and other businesses, which includes BNI Energy and Acme Properties, recorded net income of $19.9 million."],
    ["what another party is expected to pay or earn is its figure ('expect that post IPO, our life unit will pay a dividend')", "We also expect that post IPO, our life unit will pay an annual dividend in the range of $400 million to $600 million. We expect our joint venture will generate EBITDA of $50 million next year."],
    ["the revenue of a business sold or to be sold is no level of revenue", "We expect to complete the disposition of approximately $1 billion in combustion revenue next year. We closed the sale of businesses with $300 million in revenue."],
    ["revenue pushed out of a quarter, or a level lower than expected, is no level", "It caused us to push about $150 million of revenue out of the quarter. Revenue came in approximately $10 million lower than expected. Revenue is almost $200 million higher than anticipated by us."],
    ["an opening 'with' clause gives the figures of the part the main clause speaks of", "With year-to-date organic bookings up over 80% and year-to-date organic revenue up over 30%, our Americas transport refrigeration business is significantly outperforming its markets."],
    ["a rule of thumb ('$1 of EPS for every $1 billion in revenue'), cash brought back or repatriated, cash rental rates and what one cause equates to are no levels or changes", "Our past decades have yielded $1 of EPS for every $1 billion in revenue. We brought back $24 million of offshore cash during the quarter. We expect that we will repatriate approximately $35 million in cash in fiscal 2025. Occupancy rose, with a 15.7% increase in cash rental rates on new leases. The reduction in industrial load equates to an earnings decrease of around $0.14 per share."],
    ["a business named by its own words as the sentence's subject is a part ('Our management and franchising business delivered')", "Our management and franchising business delivered combined operating income of $63 million. The legacy distribution business generated operating profit of $70 million."],
    ["a sentence whose subject is a part of the business gives the part's figure, of any measure ('segment', 'sector')", "Our global beauty segment generated revenue of $577 million in the quarter, an increase of about 1% compared to the prior year. The industrial sector had a 3.8% decrease in operating income in Q3."],
    ["an authorization to repurchase, or what is left of one, is no repurchase", "Our Board recently approved a new three year authorization to repurchase up to an additional $3 billion of our common shares. As of quarter end, we have remaining availability to repurchase up to an additional $454.9 million of common stock."],
    ["a revenue increase a rate settlement stipulates is no revenue change", "This settlement stipulates a 9.85% return on equity and a revenue increase of $9.25 million."],
    ["what moved a measure ('headwinds to revenue of', 'an impact to EPS of') is no level of it", "We estimate foreign exchange headwinds to revenue of approximately $60 million year on year. These items are an impact to second quarter EPS of $0.07 per diluted share."],
    ["a per-share amount of a measure with no per-share measure of its own is an impact ('a $0.19 per share increase in revenues')", "We saw a $0.19 per share increase in revenues from new rates in effect."],
    ["what a sale would result in is a hypothetical", "A sale of our position would result in a gain in excess of $30 million or in excess of $0.30 a share of FFO."],
    ["a move of the outlook at its midpoint is no change of the measure", "We raised our FFO guidance. This is an increase of $1 per share at the midpoint."],
    ["an amount taken out of an outlook is no level", "So we've removed approximately $10.5 million in hotel EBITDA or $0.08 per share of FFO from our Q3 outlook."],
    ["an earlier period's figure that does not say which period ('the previous dividend') has no period", "We raised the dividend. The previous dividend was $0.22 per share."],
    ["debt repaid is no debt level; the segments' sum is no company figure", "We identified the $3.5 billion of debt that we bought down with part of the proceeds. Our reportable segments had EBIT of $98 million compared to $81 million in the prior year."],
    ["revenue from one class of customers is no company figure", "We generated $7.7 billion in revenue from electric and gas utility customers last year."],
    ["a utility's sales are energy sold, though it never says 'rate base'", "Weather-normalized sales were approximately 1.5% lower than last year, though load growth in every customer class was strong."],
    ["a 'respectively' list told apart by parts gives no company figure", "Revenue in Europe and in Asia was up 5% and 7%, respectively."],
    ["an insurer's top line is premiums written, not revenue", "Gross premiums written grew 23% in the quarter. This marks the seventh consecutive quarter of 9% top line growth."],
    ["a change in a sentence opening on a comparison with two years before is no year-over-year change", "When compared to Q2 2023, organic revenue increased 13.1% for the total company. As compared to the second quarter of 2023, our sales growth drove a 19% increase in adjusted earnings per share."],
    ["a change of guidance over last year is no change of the measure", "That range now reflects a 28% increase in EPS guidance at the midpoint over last year."],
    ["inventory in millions without a sign may be tons or barrels", "Adjusted EBITDA was $100 million. We have 1.2 million in inventory."],
    ["a breakdown of a measure by part gives no company figure", "Gross capital expenditures of approximately $275 million in leasing and management services, $55 million in manufacturing, and $10 million in maintenance services."],
    ["an outlook the company raised is no result", "We've also increased revenue to $31.8 billion, up from our initial guide of $31.5 billion."],
    ["growth up to part of a month is no period's", "After posting strong results of over 40% revenue growth through mid-March, we've seen flat revenues in April and May."],
    ["a change 'since May of this year' is a span", "Since May of this year, we have reduced our SG&A by approximately 24%."],
    ["an impact a cause had on a measure is no change of it", "Negative forex reduced our revenue by $9 million, or 1%."],
    ["an amount said as 'in higher' or 'of lower' a measure is what it moved by, no level", "This outperformance includes straight-line upside of approximately $65 million and $77 million in higher pass-through revenue driven by fuel costs. We saw $20 million of higher revenue from pricing."],
    ["a total of the years since a year is no period's", "Since 2018, we have repurchased approximately $900 million of our common stock."],
    ["how far an outlook moved is no fact", "Lower costs offset the higher tax rate, leading to an increase in our adjusted EPS guidance of $0.35 at the midpoint. This enabled the increase in EPS guidance of $0.20 to $0.25."],
    ["a year more than two years before the call's is history", "In 2021, our revenue was up 11%. When I first started working here in 1996, we delivered just under $18 billion in revenue."],
    ["a balance on the day of the call is no quarter-end level", "After the acquisition and as of today, our total liquidity position remains strong at approximately $1.3 billion in cash."],
    ["a balance 'we sit here today with' is the call day's", "We sit here today with $1.3 billion of cash on hand."],
    ["cash interest expense is no interest expense", "Our cash interest expense was down $3.7 million as a result of our prior debt retirements."],
    ["a 'with' clause of a sentence about a part of the business", "The Marine segment also had a solid quarter with total sales growing 19.5%."],
    ["a 'with' clause of a sentence whose subject is no measure or company", "E-commerce is showing encouraging results with year-to-date sales up approximately 30%."],
    ["a figure of another noun (backlog is no revenue)", "Backlog grew 12% year over year."],
    ["a segment's figure as the company's", "The Industrial segment's operating income was $33 million."],
    ["a region's figure", "In Europe, revenue grew 4% in the quarter."],
    ["an impact on EPS", "Currency benefited third quarter results by $0.06 per diluted share."],
    ["an effect of acquisitions", "Acquisitions added $14 million of revenue in the quarter."],
    ["a difference from guidance", "Revenue came in $6 million above our guidance."],
    ["an amount moved out of a balance", "We repaid $13.8 million of debt in the quarter."],
    ["a balance sold is no level of it", "Receivables rose 4%, due to the additional sale of $300 million in receivables."],
    ["an amount canceled or deferred is no level", "We have canceled approximately $35 million in capex previously planned for the year."],
    ["one amount said of two measures is neither's", "Equity rose after share repurchases and dividends of $51 million in the quarter."],
    ["an authorization after the quarter is in no period the call reports", "Earlier this month our Board authorized an additional $500 million."],
    ["a class of debt is no total debt", "We entered into cap contracts on another $270 million of variable rate property debt, and collected $2.2 million of prior bad debt."],
    ["the company less a named part of it is no company figure", "Excluding North American Consumer Tissue, our organic sales were up 4%."],
    ["debt to be retired is no debt level", "We intend to make progress toward retiring an additional $5 billion of debt."],
    ["a part of a whole named before it", "Approximately $725 million of this cash was held outside the country."],
    ["a growth rate of part of the business", "Revenue grew 9% from our multifamily same-property portfolio."],
    ["an old outlook recalled", "That compares with our prior outlook of $4.40 to $5.20 for the year."],
    ["a hypothetical", "If demand holds, revenue would have been $5 million higher."],
    ["a multi-year aim", "We are targeting an operating margin of 20% by 2028."],
    ["an after-tax amount is no EPS", "Restructuring costs were $11 million in the quarter, or $8 million after-tax."],
    ["a volume is no money", "Production averaged 23 million cubic feet per day."],
    ["another party's figure", "Their sales were down 20% last year."],
    ["a span that is no fiscal period", "Over the last three quarters, we generated $210 million in operating cash flow."],
    ["a particular revenue the turn spoke of", "Late fees were waived. At the end of September, this revenue totaled approximately $1 million."],
    ["an average or excess of a balance is not its level", "An average excess cash position of approximately $343.3 million hurt the margin."],
    ["an amount of debt issued is no total debt", "With the issuance of $200 million of subordinated debt, our liquidity improved."],
    ["an illustration in dollars", "In other words, $100 of equity and $100 of debt against it."],
    ["cash used or generated is no cash balance", "Net working capital changes used $7 million of cash, and we generated $200 million of cash in the quarter."],
    ["a figure the level is compared with is not the level", "We spent on capital expenditures during the quarter, which was slightly more than the $4.4 million we used last year."],
    ["cash returned to shareholders is no cash balance", "In the quarter, we repurchased 4.5 million shares, returning $335 million in cash to shareholders."],
    ["a use of cash is no cash balance", "This is net of a use of cash of $6.8 million as we reduce the program."],
    ["cents are no amount of a company's revenue or income", "That includes an approximate $0.06 sequential increase in revenue and a $0.03 increase in net income."],
    ["the part of debt falling due is no debt level", "The company has $400 million of debt scheduled to mature next year."],
    ["a driver that offset another is no change of the measure", "Lower costs were partially offset by an increase in net income of $3 million due to timing."],
    ["one month's figure", "Revenue was $14 million in July, as traffic recovered."],
    ["a change against a budget", "Revenue is running 8% ahead of our original budget."],
    ["a recurring amount with no fiscal period", "$20 million of net income is something we can add each and every year."],
    ["a share of a margin is no margin", "We expect to earn about 65% of our gross margin in the first half of the year."],
    ["another holder's balance ('it had')", "The utility is well funded. As of June 30, it had $70 million in cash."],
    ["cash an acquisition used is no cash balance", "The acquisition of the plant utilized $310 million of cash."],
    ["a rate case's amount, recommended by a regulator's staff, is no revenue change", "Missouri PSC staff recommended a $4 million revenue increase, including a return on equity range of 9.25% to 9.75%."],
    ["a rate case's amount the company requested is no revenue change", "In March, we requested a $50 million increase in annual revenues."],
    ["a same-store pool written without its hyphen is no part's name", "Adjusted same store customer care gross profit declined 2% in the quarter compared to the prior year."],
    ["growth of a measure per unit is no growth of the measure", "We witnessed good organic growth of plus 5.4% in our net revenue per unit, driven by the weight of our new products in our mix."],
    ["an amount the company could carry is no level", "What it showed is we can support nearly $270 million in debt with zero cash earnings."],
    ["a change against pre-pandemic levels is no change of the period", "Compared to pre-pandemic levels, sales increased roughly 65%. Revenue was up 15% compared to pre-pandemic levels."],
    ["one amount two measures totaled is neither's", "On capital allocation, dividends and share repurchases totaled $2.2 billion."],
    ["a change against a year two or more back is no change of the period", "Revenue grew 12% versus 2023. Net sales declined 0.7% compared to the second quarter of 2022."],
    ["the net of other income and expense is no net income", "For the full-year adjusted other income and expense was a net income of $38 million, which was $8 million lower than the prior year."],
    ["a change on a two-year basis is no change of the period", "As for Taco Bell, system sales are up 15% on a two-year basis. On a two-year stack, net sales increased 21%."],
    ["free cash flow left after dividends is no free cash flow", "Year-to-date through September 30, we have retained approximately $57 million of free cash flow after dividends paid."],
    ["a figure of discontinued operations", "Net sales from discontinued operations were $140 million, and net income from discontinued operations was $12 million."],
    ["amounts offered as alternatives", "It now has a $40 million or $50 million backlog, and revenue of $300 million or $310 million."],
    ["another item's amount per share is no EPS", "We recorded LIFO income of $12.5 million or $0.15 of earnings per diluted share."],
    ["a cumulative amount since a launch", "We will have invested over $2 billion in capital expenditures since launching the program."],
    ["another entity's report", "Northwind Gas, as shown on slide 9, reported net income of $0.61 per share."],
    ["a subsidiary turned to, which reported", "Let me now turn to Northwind Power, which reported third quarter net income of $91 million or $0.05 per share."],
    ["'this segment' when the turn named none", "This segment had revenue of almost $3.2 billion in the quarter, up $95 million."],
    ["a regulator's allowed return is no company figure", "The commission approved new rates with an allowed base return on equity of 9.4%."],
    ["a balance struck after the quarter", "And post quarter end, we ended October with approximately $350 million of cash on our balance sheet."],
    ["debt to be refinanced is no debt level", "During the fourth quarter, we expect to refinance $177 million of debt."],
    ["an increment is no level", "The first $50 million of incremental EBITDA from the new plant arrives next year, and distributable earnings were $0.71 per share."],
    ["a ceiling is no figure", "Our outlook assumes revenue growth of up to 4% for the full year."],
    ["a balance that would be, pro forma", "Our pro forma cash balance would be about $250 million."],
    ["a sentence after one that opens on the years since a year, naming no period, is of that span", "Since the start of 2008, our portfolio amortized quickly. This has reduced our exposure, even though we repurchased $3.3 billion of shares and our free cash flow was $680 million."],
    ["new or additional revenue a rate review provides is an increment, not the level", "Our rate review will provide $6.5 million in new annual revenue."],
    ["how far the guidance moved is no change of the measure", "Our full year guidance for both GAAP and adjusted operating profit increased $65 million."],
    ["guidance said to move by as much as its new level is garbled", "We also initiated operating EPS guidance by $1.07 to $1.11, which at the midpoint equates to roughly 1% growth."],
    ["a rate case's amount named before it is no revenue", "Acme Gas filed a gas rate case on September 29th requesting a revenue increase of $115 million annually."],
    ["cash at the holding company is one part's cash", "We continue to target $450 million of cash at the holding company."],
    ["an expectation of the past is neither reported nor guided", "The acquired business was expected to deliver $100 million of free cash flow in its first year."],
    ["what a previous guidance implied is no guidance", "Our previous adjusted EPS guidance of $0.50 to $0.80 implied net income of $71 million to $113 million for 2025."],
    ["another entity's report after an opening on the quarter is not the company's", "During the quarter, Acme Securities generated $17.4 million of operating income."],
    ["cash deposited in escrow is set aside, not the company's cash", "We now have $2.5 billion of cash deposited in escrow to fund the acquisition."],
    ["a share of a change is neither the measure nor its change", "That is $1.10 or 91% of the increase in earnings per share."],
    ["where a bridge starts is said without its kind", "Slide 4 shows a bridge of adjusted earnings per share of $0.16 from the third quarter of last year to this year's third quarter of $0.21."],
    ["a settlement's increase of revenue is no change of the company's revenue", "The settlement includes an overall increase in revenues of $18.6 million to support investments in safety."],
    ["a change against the year before last ('versus LLY') is no year-over-year change", "Revenues were 19% higher versus LLY."],
    ["cash after an event still to come is no balance of a period", "After paying the special dividend, we will have $2.8 billion of cash on hand."],
    ["a sentence that opens on a measure per unit gives no figure of the measure", "On a per square foot basis, our revenues were up 4.7% sequentially."],
    ["a level the company means to reach, with no period said, is an aim", "Using this cash for debt repayment, we'll reduce our total debt to approximately $3 billion."],
    ["a trailing four-quarter figure is no fiscal period's", "Our trailing four-quarter operating income was about $3.7 billion."],
    ["a figure of the period compared with, said after 'when', is no outlook", "For the second quarter, we expect consolidated sales to increase in the low to mid-single digits compared to the first quarter when sales grew 9%."],
    ["a quarter an outlook named two sentences back does not date a figure that names none", "We expect fourth quarter marketing investment to be higher than last year. That reflects our brands. We continue to anticipate underlying operating income of $800 million."],
    ["structural debt is another measure than total debt", "Our current structural debt is approximately $6.5 billion."],
    ["after a sentence on a part of the business, 'the segment' is unsure", "Let me review our segments. Turning to Transportation, sales were up 20%. In sensors, we saw 20% organic growth. For the segment, adjusted operating margins expanded to 19.4%."],
    ["a growth over several years at a compound annual rate, or a change since two years before", "Adjusted net income grew from $29 million to $303 million at a compounded annual growth rate of 319%. Our Q3 ending inventory grew more than $3.5 billion since the end of Q3 2023."],
    ["what acquired businesses bring, or what something is expected 'to add', is no company figure", "For the year, we closed 23 transactions with approximately $105 million of annual revenue. For fiscal 2026, we expect it to add approximately $250 million in revenue."],
    ["a figure said to be the outlook's midpoint, in a turn that gives the outlook no period, is no fact of the quarter", "We are on track to deliver revenue growth of 10% at the midpoint of our guidance range."],
    ["a change measured against the company's own estimates is no change over a period", "Our revenue was approximately 8% lower relative to our recent estimates, primarily reflecting timing of shipments."],
    ["a revenue increase the company is seeking in a rate case is no revenue change", "We're seeking a modest revenue increase of $6.4 million."],
    ["a change against a year two before the call's, said 'over' a bare year, is no change of the year before", "Total revenue grew 52% over 2023, while gross profit increased 58% compared to 2023."],
    ["a sentence that opens 'As compared to 2023,' compares with that year", "As compared to 2023, net sales increased 13%."],
    ["a range of percentages whose second end the transcript wrote as money ('14% to $16') is neither end", "We continue to anticipate overall sales growth of 14% to $16 for the full year."],
    ["what is left of one measure after another is neither ('free cash flow after dividends of $1.3 billion')", "Our 2025 guidance implies a payout ratio in the low-60% range and free cash flow after dividends of $1.3 billion."],
    ["in a landlord's call (FFO, dispositions) the inventories spoken of are its tenants' and customers'", "Core FFO was $1.01 per share and dispositions totaled $200 million. While inventories have risen 3% from their trough, they have struggled to grow this year."],
    ["revenue growth in partnerships with others is a part's", "As we move toward that, we had more than 50% revenue growth this year in partnerships with AWS, Azure, and Salesforce."],
    ["another party's plan, its 'their' held by the period mention ('MPLX also announced their 2022 capital investment plan of $900 million')", "This morning, MPLX also announced their 2026 capital investment plan of $900 million."],
    ["an aim the company or a part is 'on track to' meet is no stated figure", "Despite the challenges in the market, we remain on track to deliver over $200 million in adjusted free cash flow. This asset is on track to generate nearly $700 million of free cash flow for the year."],
    ["a federal tax rate is another measure than the effective tax rate", "We project a federal tax rate of approximately 22.5% on a GAAP basis."],
    ["a comparison with a year two before, after another period mention ('in the second quarter of 2025 adjusted gross margin versus 2023')", "The 220 basis point improvement in the second quarter of 2025 adjusted gross margin versus 2023 is particularly impressive."],
    ["a clause that opens on a two-year stack after another clause compares over two years", "On a reported basis sales were up 21% and on a two-year stack organic sales were up 8.5%."],
    ["a change from the same quarter two years before is no change of the year before", "Slide 7 shows the consolidated sales increase of 8.9% from the same quarter two years prior. Sales increased 5% from the same quarter two years ago."],
    ["a part named in lower case as the sentence's subject ('the development segment generated') holds the figure, not the company", "On a segmented basis, the development segment generated net income of $2.9 million compared to $4.2 million last year."],
    ["cash set beside GAAP is a basis of rent spreads, no cash balance", "In fact, this was evident in our leasing spreads this quarter as we saw a cash increase of approximately 11%, along with a GAAP increase of 19%."],
    ["a span through a day or month that ends no period the call reports is no period's figure", "We've already completed $550 million in share repurchases through October 31. From October one through October 27, we repurchased approximately 1.5 million common shares for $108 million. And through the end of October, we've purchased around $29 million of our common stock."],
    ["a sentence that speaks of 'the segment' is on a segment, not the company", "For fiscal year 2026, the net income forecast is $870 million as the segment is expected to continue to benefit from a higher average portfolio."],
    ["percentage points of a money measure move its ratio to sales; a headwind's size is no level", "Expressed as a percentage of net sales, selling, general and administrative expenses improved by 0.1 percentage point to 9.7% for fiscal 2024. Overall, SG&A is now expected to be approximately a $40 million headwind for the year."],
    ["what the company projected before, and a dividend inside the group, are no facts", "Reflecting back on our original guidance in February, we were projecting at that time, $1 billion of free cash flow. Second, we paid a $150 million dividend from MGIC to our holding company."],
    ["an amount of two things joined by 'and' is neither's", "In fiscal year '25, we plan to invest about $90 million in operating and capital expenditures. At quarter end, we had $22 million in accrued rents and accounts receivable. We ended the quarter with approximately $3.4 billion of capital and liquidity at the holding company."],
    ["every figure of a 'when' clause on the period compared with is that period's, past its 'and'", "The consumer group also faced a challenging comparison to the prior-year period when sales increased 21.4% and adjusted EBIT increased 65.8%."],
    ["a change 'this' points back to, after a figure no fact was read of, is of nothing known", "All of this incremental production is expected to lead to $185 million to $200 million in revenue for our Gathering segment. This is an increase of approximately $50 million from last year."],
    ["recurring revenue is one line of the revenue, not the company's total", "Quarterly highlights include recurring revenue of $352 million or growth of 7% year-over-year. Year-to-date, recurring revenue growth of 14% versus the prior year."],
    ["a result of a span not yet over set beside the year's outlook is left out", "These results keep us on track to achieve our fiscal 2025 outlook. Earnings per share of $1.86 against our previous full year outlook range of $1.92 to $1.96."],
    ["capital spending in a sentence that opens on a state is the state's, not the company's", "In California, we have deferred our development program and therefore we are only currently forecasting to spend around $10 million in capex next year."],
  ])("%s", (_why, text) => {
    const vocabulary = factsOf(text).filter((f) => f.scope === "company" && (VOCABULARY.has(f.metric.replace(/_change$/, "")) || f.metric === "total_debt"));
    expect(vocabulary).toEqual([]);
  });

  it("leaves a change said in a clause of the base's own to the base", () => {
    expect(factsOf("Revenue was $500 million compared to $450 million last year, which was down 5% from the year before.").filter((f) => f.kind === "change")).toEqual([]);
  });

  it("reads a figure whose own noun phrase is an assumption as an outlook, never as the quarter's change", () => {
    expect(factsOf("Our 11.25% same-store revenue growth assumption is based upon occupancy averaging 95.8% for the remainder of the year.", "2025-Q3").filter((f) => f.kind !== "guidance")).toEqual([]);
  });

  it("reads millions without a sign as money only in a call that writes its amounts with one", () => {
    expect(factsOf("This quarter, we generated revenue of 3.15 billion.").filter((f) => f.metric === "revenue")).toEqual([]);
    expect(factsOf("This quarter, we generated revenue of 3.15 billion, and we repurchased 2.7 million shares for $300 million.").filter((f) => f.kind === "actual").map((f) => `${f.metric} ${f.value} ${f.unit}`))
      .toEqual(["revenue 3150000000 USD", "share_repurchase 300000000 USD"]);
  });

  it("gives a 'respectively' item that borrows a measure its own words, and none when its words name another measure", () => {
    const values = (text: string, metric: string) => factsOf(text).filter((f) => f.metric === metric).map((f) => `${f.scope} ${f.value}`);
    expect(values("Domestic and international sales grew 5% and 8%, respectively.", "international_revenue")).toEqual(["company 8"]);
    expect(values("Domestic and international sales grew 5% and 8%, respectively.", "domestic_revenue")).toEqual(["Domestic 5"]);
    expect(values("Segment profit and consolidated adjusted EBITDA were up 145% and 28%, respectively, versus the prior year.", "adjusted_ebitda")).toEqual(["company 28"]);
    expect(values("For the year, our expectations for net leasing and manufacturing capex is $200 million to $250 million and $45 million to $55 million, respectively.", "net_leasing_capex")).toEqual(["net leasing null"]);
  });

  it("leaves every figure of a 'respectively' list unread when its items cannot be told apart, rather than giving them to the nearest name", () => {
    const got = factsOf("We grew both revenue and adjusted EBITDA up 7%, and 8%, respectively, and we made progress.").map(pick);
    expect(got.filter((f) => f.value === 7 || f.value === 8)).toEqual([]);
  });

  it("reads a return on equity a utility asks for or its regulator allows as none it earned", () => {
    const got = factsOf("The filing seeks a return on equity of 10.25% and a 53.81% equity ratio. The commission also approved an ROE of 9.86% with rates effective as of January 23. The order recommends a $4.2 million rate increase on a 9.67% ROE.");
    expect(got.filter((f) => f.metric.endsWith("return_on_equity"))).toEqual([]);
  });

  it("reads no level in a sentence on the years since an event, an average balance, or a corresponding amount", () => {
    expect(factsOf("Since our IPO in 2017, we have doubled our revenues, while generating $1.4 billion of cash flow from operations.")).toEqual([]);
    expect(factsOf("We had an average of approximately $1.5 billion of cash at the Fed in the second quarter.")).toEqual([]);
    expect(factsOf("We sold a property in the Hamptons for $25 million. The corresponding cost of sales was $20 million.").filter((f) => /cost/.test(f.metric))).toEqual([]);
  });

  it("reads sales in kilowatt-hours or therms as volumes: no revenue of any scope", () => {
    expect(factsOf("Through the first nine months, total electric kilowatt hour sales increased 1.2% relative to 2024. Natural gas therm sales decreased 7.1%.")).toEqual([]);
  });

  it("leaves out what a sentence says of a figure left out as a part's (its change), keeping the whole's", () => {
    const got = factsOf("Revenue was $915 million and grew 14% over prior year. Later in the call we will discuss pricing. Revenue was $143 million and grew 2%.").map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "revenue", kind: "change", value: 14 }));
    expect(got.filter((f) => f.value === 143e6 || f.value === 2)).toEqual([]);
  });

  it("leaves out a change of a guided level said against the earlier outlook (a raise), keeping the level", () => {
    const got = factsOf("For the full year, we now expect adjusted EBITDA of $2.98 billion, an increase of 2% from our prior guidance.", "2025-Q3").map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "adjusted_ebitda", kind: "guidance", value: 2.98e9 }));
    expect(got.filter((f) => f.value === 2 || f.low === 2)).toEqual([]);
  });

  it("leaves out a list after longer-term expectations, and a result said to exceed guidance is no outlook", () => {
    const got = factsOf("For the full year, we expect revenue of $16.6 billion to $16.8 billion. Now, moving on to our longer-term expectations on Slide 20. Organic revenue growth of 1% to 3%; adjusted EBIT margin of approximately 10% to 11%.", "2025-Q4").map(pick);
    expect(got.filter((f) => f.low === 1 || f.low === 10)).toEqual([]);
    const result = factsOf("For the full year, we expect revenue of $16.6 billion to $16.8 billion. Adjusted EBITDA margins of 11.1% and operating margins of 10.5% exceeded guidance.").map(pick);
    expect(result.filter((f) => f.kind === "guidance" && (f.value === 11.1 || f.value === 10.5))).toEqual([]);
  });

  it("carries no measure to a figure that names its own", () => {
    const got = factsOf("Organic growth was strong. We delivered 28% growth in adjusted earnings per share.").map(pick);
    expect(got.filter((f) => f.metric === "organic_growth")).toEqual([]);
  });

  it("names a segment's figure by its segment, not the company's measure", () => {
    const [f] = factsOf("The Industrial segment's operating income was $33 million.");
    expect(f?.metric).not.toBe("operating_income");
    if (f) expect(f.scope).not.toBe("company");
  });

  it("reads a difference from a compared period as no base", () => {
    const got = factsOf("Operating income was $65 million, higher than the same period last year by $9 million.").map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "operating_income", value: 65e6, kind: "actual" }));
    expect(got.filter((f) => f.kind === "prior")).toEqual([]);
  });

  it("keeps what is left of the year out unless it is one fiscal period", () => {
    const text = "For the balance of 2025, we expect an effective tax rate of about 25%.";
    expect(factsOf(text, "2025-Q1").filter((f) => f.metric === "effective_tax_rate")).toEqual([]);
    expect(factsOf(text, "2025-Q3").map(pick)).toContainEqual(expect.objectContaining({ metric: "effective_tax_rate", period: "2025-Q4", kind: "guidance", value: 25 }));
  });

  it("reads a bare 'sales' as no revenue in a call on tenants' sales or policies sold", () => {
    const got = factsOf("Our tenants' sales rose 5% in the quarter. Total sales were up 4%. Revenue was $120 million.");
    expect(got.filter((f) => f.metric === "revenue").map(pick)).toEqual([expect.objectContaining({ value: 120e6, kind: "actual" })]);
  });

  it("reads a landlord's 'sales' as properties sold in a call on FFO and dispositions", () => {
    const got = factsOf("FFO was $1.85 per share. Given our disposition pipeline, we now expect sales for the year to total $175 million to $225 million. Rental revenue was $120 million.");
    expect(got.filter((f) => f.metric === "revenue")).toEqual([]);
    expect(factsOf("We expect sales for the year to total $175 million to $225 million.").filter((f) => f.metric === "revenue").map(pick)).toEqual([expect.objectContaining({ low: 175e6, high: 225e6 })]);
  });

  it("reads a utility's 'sales' as the energy it sells, no revenue", () => {
    const got = factsOf("Our rate base grew to $9 billion. Residential sales increased 5.3% on a weather-adjusted basis, and in the commercial customer class, sales decreased 5.5%. Operating revenues were $1.2 billion.");
    expect(got.filter((f) => f.metric.endsWith("revenue")).map(pick)).toEqual([expect.objectContaining({ metric: "revenue", value: 1.2e9 })]);
  });

  it("dates no level or change by the period a companion share is 'of'", () => {
    const got = factsOf("Our revenues recovered to $6.2 billion or 70% of 2023 levels.");
    expect(got.filter((f) => f.period.startsWith("2023") || f.kind === "change").map(pick)).toEqual([]);
  });

  it("keeps a midpoint beside its range out", () => {
    const got = factsOf("We expect revenue of $400 million to $420 million next quarter, a midpoint of $410 million.");
    expect(got.filter((f) => f.metric === "revenue").map(pick)).toEqual([expect.objectContaining({ low: 400e6, high: 420e6, kind: "guidance" })]);
  });
});

describe("figure pipeline: the segment a turn is on", () => {
  const figure = (facts: MetricFact[], value: number) => facts.filter((f) => f.value === value).map(pick);

  it("carries a segment the turn announced to the next sentences that name no scope", () => {
    const facts = factsOf("Turning to the Aerospace segment, revenue was $2.1 billion. Operating margin was 14%.");
    expect(figure(facts, 14)).toEqual([expect.objectContaining({ metric: "aerospace_operating_margin", scope: "Aerospace" })]);
  });

  it("carries a region whose results the turn announced", () => {
    const facts = factsOf("Turning to slide 10, I'll review our first quarter results for our Latin America region. Net sales increased 18%, led by strong demand across Brazil and Mexico. The region delivered very strong EBIT margins of 8.5%.");
    expect(figure(facts, 18)).toEqual([expect.objectContaining({ metric: "latin_america_revenue", scope: "Latin America" })]);
    expect(figure(facts, 8.5).filter((f) => f.scope === "company")).toEqual([]);
  });

  it("carries no segment named in passing: a name heading a sentence that is no heading, or a part's figure", () => {
    // "The G700 has over 1,400 test hours": a product heading a sentence inside the walk-through of a segment.
    const head = factsOf("Turning to the Aerospace segment, revenue was $2.1 billion. The G700 has over 1,400 test hours on the five test aircraft. Revenue of $2.48 billion is up 10.6% against the first quarter of 2024.");
    expect(figure(head, 2.48e9)).toEqual([]);
    expect(figure(head, 10.6)).toEqual([]);
    // "Drilling Solutions adjusted EBITDA increased 6%": the next sentences may be on another part (here the International one).
    const subject = factsOf("Drilling Solutions adjusted EBITDA increased sequentially by 6% to $24.8 million. This improvement reflects higher margins. Adjusted EBITDA increased by $1 million to $96.2 million.");
    expect(figure(subject, 24.8e6)).toEqual([expect.objectContaining({ scope: "Drilling Solutions" })]);
    expect(figure(subject, 96.2e6)).toEqual([]);
  });

  it("reads a figure-less sentence whose subject is a segment and whose verb says how its quarter went as a heading", () => {
    const facts = factsOf("Let me now turn to each segment's performance. Measurement & Control delivered a strong quarter. Revenue was up 11%.");
    expect(figure(facts, 11)).toEqual([expect.objectContaining({ metric: "measurement_and_control_revenue", scope: "Measurement & Control" })]);
  });

  it("reads announcements of the next part: a slide 'for a discussion of' it, a verbless 'And finally, X', 'let me address our X results'", () => {
    const slide = factsOf("Our backlog is very healthy. Please turn to Slide 5 for a discussion of the Engraving segment. Revenue decreased just under 1% year-over-year to approximately $37.9 million.");
    expect(figure(slide, 37.9e6)).toEqual([expect.objectContaining({ metric: "engraving_revenue", scope: "Engraving" })]);
    const lower = factsOf("Please turn to slide 9 for a review of our composites business. EBIT for the quarter was $56 million.");
    expect(figure(lower, 56e6)).toEqual([expect.objectContaining({ metric: "composites_operating_income", scope: "composites" })]);
    const listed = factsOf("Let me review our segments. Turning to the Spray segment, sales grew 3%. And finally, Home & Garden, which is slide 18. Organic sales declined 7%.");
    expect(figure(listed, -7)).toEqual([expect.objectContaining({ metric: "home_and_garden_organic_growth", scope: "Home & Garden" })]);
    const results = factsOf("Segment revenue increased 13% at Medical-Surgical Solutions. Next, let me address our international results. Adjusted operating profit increased 41% year-over-year to $163 million.");
    expect(figure(results, 163e6)).toEqual([expect.objectContaining({ metric: "international_operating_income", scope: "international" })]);
  });

  it("closes a walk-through at an announcement of the quarter's or the company's results", () => {
    const facts = factsOf("Finally, our CSMS business. Demand for field reps continues to be soft. Now against that backdrop, let's now review our third quarter results. Revenue for the third quarter came in at $2,786 million.", "2025-Q3");
    expect(figure(facts, 2786e6)).toEqual([expect.objectContaining({ metric: "revenue", scope: "company" })]);
    const results = factsOf("Next, let me address our financial results. Adjusted operating profit increased 41% year-over-year to $163 million.");
    expect(figure(results, 163e6)).toEqual([expect.objectContaining({ metric: "operating_income", scope: "company" })]);
  });

  it("keeps a quarter an outlook named for a run of outlook sentences with figures", () => {
    const facts = factsOf("Turning to the third quarter. Revenue is expected to be in the range of $3.3 billion to $3.5 billion. Core operating income is estimated to be $150 million. Core diluted earnings per share is estimated to be in the range of $0.90 to $1.10.");
    expect(facts.filter((f) => f.metric === "eps").map(pick)).toEqual([expect.objectContaining({ period: "2025-Q3", kind: "guidance", low: 0.9, high: 1.1 })]);
  });

  it("reads a span only in the figure's own clause, and a leverage ratio over the trailing year as the quarter's", () => {
    expect(figure(factsOf("Second-quarter capital expenditures were $394 million and approximately $700 million year to date."), 394e6)).toEqual([expect.objectContaining({ metric: "capex", period: "2025-Q2" })]);
    expect(figure(factsOf("Net leverage on December 31 was approximately 3.9 times our trailing 12-month adjusted EBITDA.", "2025-Q4"), 3.9)).toEqual([expect.objectContaining({ metric: "net_leverage", period: "2025-Q4" })]);
    expect(figure(factsOf("We also declared our usual quarterly dividend of $0.05 per share."), 0.05)).toEqual([expect.objectContaining({ metric: "dividend", scope: "company" })]);
  });

  it("starts a new paragraph when the walk-through moves from one named part to the next: the last part's span does not carry", () => {
    const facts = factsOf("Turning to the Marine segment, year-to-date sales were $5,612 million, up 37.7%. Turning to the Boat segment, sales of $201 million were up 12.3%.", "2025-Q3");
    expect(figure(facts, 5612e6)).toEqual([expect.objectContaining({ metric: "marine_revenue", period: "2025-9M" })]);
    expect(figure(facts, 201e6)).toEqual([expect.objectContaining({ metric: "boat_revenue", period: "2025-Q3" })]);
  });

  it("reads liquidity available under a credit line as a part of liquidity, and total liquidity that includes it as the balance", () => {
    expect(figure(factsOf("With respect to liquidity, at June 30, we had $160 million of available liquidity under our $400 million line of credit."), 160e6)).toEqual([]);
    expect(figure(factsOf("We ended the quarter with total liquidity of $1.7 billion when including available borrowing capacity under our revolving credit facility."), 1.7e9)).toEqual([expect.objectContaining({ metric: "liquidity", scope: "company" })]);
  });

  it("reads NOI of leases signed but not yet open as no NOI of the period", () => {
    expect(factsOf("We have on a combined basis $33 million of signed not-open NOI.").filter((f) => f.metric === "noi")).toEqual([]);
    expect(factsOf("The leasing volume widened our spread to 400 basis points with current sign not-open NOI of approximately $14 million.").filter((f) => f.metric === "noi")).toEqual([]);
  });

  it("reads a level to return to, with no period, as an aim, and keeps one the company will reach by a date", () => {
    expect(factsOf("We see return to $5 billion, $6 billion EBITDA in our Macao and Singapore markets.").filter((f) => f.metric === "ebitda")).toEqual([]);
    expect(figure(factsOf("We will reduce our total debt to $3 billion by the end of 2026."), 3e9)).toEqual([expect.objectContaining({ metric: "total_debt", kind: "guidance", period: "2026-Q4" })]);
  });

  it("opens no walk-through at segment results named as a cause", () => {
    const facts = factsOf("Our net income was $0.20 per share, mainly driven by our Logistics segment performance. Adjusted EBITDA came in at $70.6 million.");
    expect(figure(facts, 70.6e6)).toEqual([expect.objectContaining({ metric: "adjusted_ebitda", scope: "company" })]);
  });

  it("goes back to the sentence's own part after a cause clause a comma and 'with' close", () => {
    const facts = factsOf("Turning to Ground. Ground had a tough quarter. Express adjusted operating income increased by 27% year over year, driven by higher yields and a net fuel benefit, with adjusted operating margin increasing by 100 basis points to 5.8%.");
    expect(figure(facts, 5.8)).toEqual([expect.objectContaining({ metric: "express_operating_margin", scope: "Express" })]);
  });

  it("reads no participant as a part of the business, by any form of the first name", () => {
    const t = oneTurnCall("Adjusted EBITDA of $100 million was the highest first quarter in the company's history and while Jeff will discuss the details, I'm especially pleased that our operating profit growth of 25% outpaced our top line growth of 4%.");
    t.participants.push({ name: "Jeffrey Rutherford", role: "executive", organization: "Example Co", title: "CFO", aliases: [], turns: 0, anonymous: false });
    const facts = extractMetricFacts(t, { year: 2025, quarter: 1 }, true).facts;
    expect(facts.filter((f) => f.value === 25 || f.value === 4).map((f) => [f.metric, f.scope])).toEqual([["operating_income", "company"], ["revenue", "company"]]);
  });

  it("reads 'absolute' before a measure as saying nothing of whose it is", () => {
    const facts = factsOf("Our leading profitability driver Scent achieved an operating EBITDA margin increase of 170 basis points and absolute EBITDA growth of 20%.");
    expect(figure(facts, 20)).toEqual([expect.objectContaining({ metric: "scent_ebitda", scope: "Scent" })]);
  });
});

describe("figure pipeline: a turn's outlook", () => {
  it("leaves a segment walk-through at the guidance it announces, and dates it by the outlook, not by a loan's maturity", () => {
    const text = "Our Marine segment had sales of $300 million. We extended our credit agreement, which is now in effect through July of 2030. We are providing the following updated guidance for full year 2025. We now anticipate spending $90 million to $100 million on capital expenditures in the year.";
    const got = factsOf(text).map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "capex", period: "2025-FY", kind: "guidance", low: 90e6, high: 100e6, scope: "company" }));
  });
});

describe("figure pipeline: an outlook in a fourth-quarter call", () => {
  it.each<[string, string, Want[], string?]>([
    ["dates a first quarter named without its year in the next fiscal year", "For the first quarter, we expect revenue of $410 million to $430 million. We expect operating margin of 12% to 13%.", [
      { metric: "revenue", period: "2026-Q1", kind: "guidance", low: 410e6, high: 430e6 },
      { metric: "operating_margin", period: "2026-Q1", kind: "guidance", low: 12, high: 13 },
    ]],
    ["dates a figure compared with the year before as the call's year", "To begin, net sales rose 5% to $612 million as compared to $583 million in 2024.", [
      { metric: "revenue", period: "2025-FY", kind: "change", value: 5 },
      { metric: "revenue", period: "2025-FY", kind: "actual", value: 612e6 },
      { metric: "revenue", period: "2024-FY", kind: "prior", value: 583e6 },
    ]],
    ["dates 'the full year' of an outlook as the year ahead, and of a report as the year just ended", "We expect full year diluted earnings per share to be in the range of $7.30 to $8. As you will see, operating cash flow for the full year was up from $438 million to $699 million.", [
      { metric: "eps", period: "2026-FY", kind: "guidance", low: 7.3, high: 8 },
      { metric: "operating_cash_flow", period: "2025-FY", kind: "actual", value: 699e6 },
    ]],
    ["dates a base named by its measure a year before the level the sentence gave first", "Net income attributable to Acme Resorts was $127.9 million or $3.13 per diluted share for fiscal-year 2025, compared to net income of $98.8 million or $2.42 per diluted share in the prior fiscal year.", [
      { metric: "net_income", period: "2025-FY", kind: "actual", value: 127.9e6 },
      { metric: "eps", period: "2025-FY", kind: "actual", value: 3.13 },
      { metric: "net_income", period: "2024-FY", kind: "prior", value: 98.8e6 },
      { metric: "eps", period: "2024-FY", kind: "prior", value: 2.42 },
    ], "Acme Resorts"],
    ["a kind of revenue in small letters does not carry to a profit below the gross line of the same sentence; the gross margin beside it stays its own", "We expect ranges of approximately $3.1 billion to $3.2 billion in service revenues, $750 million to $900 million in adjusted operating income, and $925 million to $1.075 billion in adjusted EBITDA for 2026. We continue to expect subscription gross margins of 85% and an operating margin of 23.5% for 2026.", [
      { metric: "service_revenue", period: "2026-FY", kind: "guidance", low: 3.1e9, high: 3.2e9, scope: "service" },
      { metric: "operating_income", period: "2026-FY", kind: "guidance", low: 750e6, high: 900e6, scope: "company", basis: "non-GAAP" },
      { metric: "adjusted_ebitda", period: "2026-FY", kind: "guidance", low: 925e6, high: 1.075e9, scope: "company" },
      { metric: "subscription_gross_margin", period: "2026-FY", kind: "guidance", value: 85, scope: "subscription" },
      { metric: "operating_margin", period: "2026-FY", kind: "guidance", value: 23.5, scope: "company" },
    ]],
    ["dates every item of an outlook list by the period that ends it", "In the first quarter, we expect margins to improve. We expect revenue of $1.6 billion to $1.7 billion and adjusted EPS of $2.10 to $2.20 for fiscal 2026.", [
      { metric: "revenue", period: "2026-FY", kind: "guidance", low: 1.6e9, high: 1.7e9 },
      { metric: "eps", period: "2026-FY", kind: "guidance", low: 2.1, high: 2.2 },
    ]],
  ])("%s", (_why, text, want, company) => {
    const got = factsOf(text, "2025-Q4", company).map(pick);
    for (const w of want) expect(got).toContainEqual(expect.objectContaining(w));
  });
});

describe("figure pipeline: what every fact carries", () => {
  it("has a scope, a confidence between 0 and 1, and its sentence as the quote at its offsets", () => {
    const text = "Revenue was $412 million. Operating margin was 14.2% in the quarter.";
    const t = oneTurnCall(text);
    const { facts } = extractMetricFacts(t, { year: 2025, quarter: 1 }, true);
    expect(facts.length).toBe(2);
    for (const f of facts) {
      expect(f.scope).toBe("company");
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it("explains a dropped figure", () => {
    const { traces } = extractMetricFacts(oneTurnCall("Currency benefited results by $0.06 per share."), { year: 2025, quarter: 1 }, true);
    expect(traces[0]?.fact).toBeNull();
    expect(traces[0]?.dropped).toBeTruthy();
  });
});

describe("figure pipeline: the company's own name", () => {
  it("a company that calls itself by the end of its name ('Air Group' of 'Alaska Air Group') is no segment of itself", () => {
    const facts = factsOf("This morning, Air Group reported adjusted net income of $31 million.", "2025-Q4", "Alaska Air Group");
    expect(facts.map(pick)).toEqual([expect.objectContaining({ metric: "net_income", value: 31e6, scope: "company", basis: "non-GAAP" })]);
  });

  it("a segment the sentence opens on with 'On', and a pronoun for the part the last sentence named, give no company figure", () => {
    const facts = factsOf("On the Electric Transmission segment, we earned $0.39 per share in the first quarter of 2025, compared with $0.38 per share in the first quarter of 2024. So, by contrast, our Natural Gas Distribution segment showed a sharp increase in earnings. It earned $0.43 per share in the first quarter of 2025 compared with earnings of $0.26 per share in the first quarter of 2024.", "2025-Q1");
    expect(facts.filter((f) => f.scope === "company").map(pick)).toEqual([]);
  });

  it("'committed to achieving' a growth rate is an aim, not a period's figure", () => {
    expect(factsOf("However, as a company we remain committed to achieving annual revenue growth of 15% driven by both organic and synergistic M&A opportunities.", "2025-Q4").map(pick)).toEqual([]);
  });

  it("'By segment,' or 'By brand,' opens a breakdown by part: no part named 'By', no company figure", () => {
    const facts = factsOf("By brand, net sales increased 20% for Hollister, which includes Gilly Hicks, and 30% for Abercrombie, which includes kids. By segment, organic sales rose 10% in Consumer Tissue and 5% in Personal Care. Moving on to profitability. Adjusted gross profit increased 2%.", "2025-Q3");
    expect(facts.filter((f) => f.scope === "By" || /^by_/.test(f.metric) || (f.metric === "revenue" && f.value === 20))).toEqual([]);
  });

  it("the company's name with a time between it and 'reported' is the company reporting", () => {
    const facts = factsOf("For the third quarter of 2025, Stewart yesterday reported net income of $89 million and diluted earnings per share of $3.26.", "2025-Q3", "Stewart Information Services");
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ metric: "net_income", value: 89e6, scope: "company", basis: "GAAP" }));
  });

  it("its initials in capitals are the company, and what drives a same-store measure is same-store too", () => {
    const facts = factsOf("NRT's second quarter same-store NOI growth was 9.5%, driven by revenue growth of 8.1%. NRT's net income was $40 million.", "2025-Q2", "Northern Residential Trust");
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ metric: "same_store_noi", value: 9.5, scope: "company" }));
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ metric: "same_store_revenue", value: 8.1, scope: "company" }));
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ metric: "net_income", value: 40e6, scope: "company" }));
  });

  it("a later word of the company's name, as a heading, is the part of it that carries the name", () => {
    const facts = factsOf("Now to our segments. Markets Advisory revenue grew 20%. Turning to LaSalle. Revenue declined 17%, primarily on lower transaction fees.", "2025-Q2", "Jones Lang LaSalle Incorporated");
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ metric: "lasalle_revenue", value: -17, scope: "LaSalle" }));
    expect(facts.some((f) => f.scope === "company")).toBe(false);
  });

  it("an amount inside the opening that leaves it out is no fact; the measure after it is", () => {
    const facts = factsOf("Excluding the favorable impact from the change in working capital of $184 million, adjusted cash from operations was $1.9 billion.");
    expect(facts.map((f) => f.value)).toEqual([1.9e9]);
  });

  it("what is left out is no segment to walk through", () => {
    const facts = factsOf("Let me review our segments. Consumer sales rose 4%. Outside of Brazil and Argentina, we experienced soft results in Latin America. Moving on to profitability. Adjusted operating margin was 15%.");
    expect(facts.filter((f) => /outside/i.test(f.scope))).toEqual([]);
  });

  it("'moving on to the results for our X Group' opens a walk-through of X", () => {
    const facts = factsOf("Now moving on to the results for our Intelligent Spaces Group. Adjusted operating profit of $6 million increased approximately $2 million versus the prior year.");
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ value: 6e6, scope: "Intelligent Spaces Group" }));
    expect(facts.some((f) => f.scope === "company")).toBe(false);
  });
});

describe("figure pipeline: what a relative 'which' refers to", () => {
  it("'which represents growth of' is the growth of the figure before it, not of the last sentence's measure (and reading it never throws)", () => {
    const text = "For the third quarter, revenue is expected to be between $3.2 billion and $3.3 billion, which represents growth of 28% to 31%. Adjusted EBITDA is expected to be between $690 million and $715 million, which represents growth of 43% to 48%.";
    const facts = factsOf(text);
    expect(facts.filter((f) => f.unit === "percent" && f.metric === "revenue" && f.low === 43)).toEqual([]);
    expect(facts.map(pick)).toContainEqual(expect.objectContaining({ metric: "adjusted_ebitda", kind: "guidance", low: 690e6, high: 715e6 }));
  });
});

describe("figure pipeline: one company amount of a measure and period", () => {
  it("leaves out a company figure less than half another one of the same measure and period: a part's", () => {
    const facts = factsOf("In the second quarter, revenues rose 15% year over year to $1.1 billion. Looking down the slide, event driven revenues rose $5 million year-over-year to $73 million.");
    const revenue = facts.filter((f) => f.metric === "revenue" && f.kind === "actual" && f.scope === "company").map((f) => f.value);
    expect(revenue).toEqual([1.1e9]);
  });

  it("keeps two the speaker sets side by side in one sentence, and amounts within rounding", () => {
    const revenue = (text: string) => factsOf(text).filter((f) => f.metric === "revenue" && f.kind === "actual" && f.scope === "company").map((f) => f.value);
    expect(revenue("Consolidated revenue fell 4% to $4 billion, and fee revenue declined 7% to $1.4 billion.")).toEqual([4e9, 1.4e9]);
    expect(revenue("In Q2, we delivered revenues of $235 million. Q2 revenue improved 2.5% sequentially to $234.9 million.")).toEqual([235e6, 234.9e6]);
  });
});

describe("figure pipeline: one amount is not a quarter's and its year's", () => {
  const eps = (text: string, period: string) => factsOf(text, period).filter((f) => f.metric === "eps").map((f) => `${f.kind} ${f.period} ${f.value ?? `${f.low}..${f.high}`}${f.unit === "percent" ? "%" : ""}`);

  it("leaves out the echo whose period the sentence did not say, with its base and change", () => {
    expect(eps("Operating income was up 13% to $241 million, and our earnings per share grew 26% to $5.02. Full-year earnings per share was $5.02, a record for the company.", "2025-Q4"))
      .toEqual(["actual 2025-FY 5.02"]);
  });

  it("keeps the call's own quarter over a span carried from an earlier sentence when neither is said", () => {
    expect(eps("Our revenue was $1.9 billion and adjusted earnings per share of $1.48 compared to $1.20 in the prior-year period. Looking at the first half, revenue was $3.7 billion. Adjusted EPS was $1.48 per share versus $1.20 per share in the prior-year period, a 23% increase.", "2025-Q2"))
      .toEqual(["actual 2025-Q2 1.48", "prior 2024-Q2 1.2"]);
  });

  it("keeps both when each sentence says its period", () => {
    expect(eps("In the second quarter, adjusted EPS was $1.48. For the first six months, adjusted EPS was $1.48 as well.", "2025-Q2")).toEqual(["actual 2025-Q2 1.48", "actual 2025-H1 1.48"]);
  });
});

describe("figure pipeline: the outlook an outlook moved from", () => {
  it("leaves out the superseded outlook rather than calling it an earlier period's figure", () => {
    const facts = factsOf("We raised our full-year 2025 operating margin from 23.5% to 24.5%.").filter((f) => f.metric === "operating_margin");
    expect(facts.map((f) => `${f.period} ${f.kind} ${f.value}`)).toEqual(["2025-FY guidance 24.5"]);
  });
});

describe("figure pipeline: one figure said with its basis and without", () => {
  const eps = (text: string) => factsOf(text).filter((f) => f.metric === "eps").map((f) => `${f.kind} ${f.period} ${f.value} ${f.basis ?? "none"}`);

  it("keeps the figure where its basis is said, and leaves out its bare echo", () => {
    expect(eps("As you saw in this morning's press release, our second-quarter adjusted EPS of $1.10 was in line with consensus estimates. So while volume fell short, we still delivered our earnings of $1.10 within our range."))
      .toEqual(["actual 2025-Q2 1.1 non-GAAP"]);
  });

  it("keeps a bare figure no other sentence qualifies", () => {
    expect(eps("Adjusted EPS was $1.10 in the second quarter. We delivered earnings of $0.95 per share.")).toEqual(["actual 2025-Q2 1.1 non-GAAP", "actual 2025-Q2 0.95 none"]);
  });
});

describe("figure pipeline: volumes are no revenue", () => {
  it("unit sales are units sold, not the revenue of a business unit", () => {
    expect(factsOf("Our same-store used vehicle unit sales improved sequentially by 14%.").filter((f) => /revenue/.test(f.metric))).toEqual([]);
  });
});

describe("figure pipeline: rates per year", () => {
  it("a yearly rate of increase is no period's figure", () => {
    const text = "Building on the $220 million of revenue that we expect to achieve this year, our target is to have revenue increase by around $10 million per year.";
    expect(factsOf(text).filter((f) => f.value === 10e6)).toEqual([]);
  });
});

describe("figure pipeline: another company's dividend", () => {
  it("reads 'we ended the quarter with $X in <something else>' as no level of what the last sentence spoke of", () => {
    const got = factsOf("SG&A was $300 million. Turning now to our balance sheet, we ended the second quarter with $435 million in available capacity. We ended the quarter with $4 billion in cash.");
    expect(got.filter((f) => f.value === 435e6)).toEqual([]);
    expect(got.filter((f) => f.value === 4e9)).toEqual([expect.objectContaining({ metric: "cash_and_investments" })]);
  });

  it("reads a standing payout or leverage target with no period as no outlook for the turn's year", () => {
    const got = factsOf("For 2025, we expect EPS of $3.00 to $3.20. We continue to target a payout ratio of 65% to 70% of earnings. We are returning to our targeted leverage ratio of 2.25 to 2.5 times.");
    expect(got.filter((f) => /payout_ratio|leverage/.test(f.metric))).toEqual([]);
    expect(got.filter((f) => f.metric === "eps")).toEqual([expect.objectContaining({ period: "2025-FY", kind: "guidance", low: 3, high: 3.2 })]);
  });

  it("gives 'the previous dividend' no period: not said to be a year before, it is left out", () => {
    expect(factsOf("We declared a dividend of $0.27 per share, which represents an increase of 13.6% over the previous dividend of $0.22 per share.").filter((f) => f.value === 0.22)).toEqual([]);
  });

  it("a dividend another named company declared is not the company's", () => {
    const text = "Subsequent to quarter end, Albertsons declared a dividend of $0.10 per common share, and we expect to receive $4 million during the fourth quarter.";
    expect(factsOf(text).filter((f) => f.metric === "dividend")).toEqual([]);
  });

  it("dates a balance's growth rate in a paragraph on the full year at the year's end, as its level", () => {
    expect(factsOf("For the full year, net revenues were $8.2 billion. Inventory increased 14.8% from last year.", "2025-Q4").map((f) => [f.metric, f.period, f.kind])).toEqual([
      ["revenue", "2025-FY", "actual"],
      ["inventory", "2025-Q4", "change"],
    ]);
  });

  it("what was added is no level ('an additional $1.5 billion in net revenues'), but an additional authorization is the new one's amount", () => {
    // (What it grew to is the level: name-then-growing-to.)
    expect(factsOf("On the top line, these full year highlights include an additional $1.5 billion in net revenues, growing to over $8.2 billion.", "2025-Q4").map((f) => [f.metric, f.period, f.kind, f.value])).toEqual([["revenue", "2025-FY", "actual", 8.2e9]]);
    expect(factsOf("We now expect to make an additional $2 million of strategic investments in R&D for a total of $8 million this year.")).toEqual([]);
    expect(factsOf("Our board authorized an additional $100 million share repurchase program.").map((f) => [f.metric, f.value])).toEqual([["share_repurchase_authorization", 1e8]]);
  });

  it("reads a difference said two ways, in money 'or' in percent, as two changes; a level 'or' a difference as both", () => {
    expect(factsOf("SG&A was $17 million or 25% lower than the prior year.").map((f) => [f.metric, f.kind, f.value])).toEqual([["sg_and_a", "change", -17e6], ["sg_and_a", "change", -25]]);
    expect(factsOf("Sales were $2.06 billion or $279 million higher than the prior year.").map((f) => [f.metric, f.kind, f.value])).toEqual([["revenue", "actual", 2.06e9], ["revenue", "change", 2.79e8]]);
  });

  it("a speaker's announcement that they shift to a segment opens it ('... and I'll shift to the automotive segment.')", () => {
    expect(factsOf("Please turn to slide nine and I'll shift to the automotive segment. Sales were down 5% from the prior year.").map((f) => [f.metric, f.scope])).toEqual([["automotive_revenue", "automotive"]]);
  });

  it("reads a range opened by 'between' ('to be down between 7% and 12%'); an amount 'between' after a verb of change is by or to, so none", () => {
    expect(factsOf("For the full year, we expect our net sales to be down between 7% and 12% from the prior year.").map((f) => [f.metric, f.period, f.kind, f.low, f.high])).toEqual([["revenue", "2025-FY", "guidance", -12, -7]]);
    expect(factsOf("For the full year, we now expect diluted EPS to increase between $8.05 and $8.25.")).toEqual([]);
  });

  it("a turn to the next slide to review a segment opens the segment, not 'next slide to review our ...'", () => {
    expect(factsOf("Turning to the next slide to review our Life Insurance segment. Sales of $2.8 billion were up 52% year-over-year.").map((f) => [f.metric, f.scope])).toEqual([["life_insurance_revenue", "Life Insurance"], ["life_insurance_revenue", "Life Insurance"]]);
  });

  it("a region of the part the sentence's subject names is that part's region ('Endoscopy had U.S. organic sales growth of 6%')", () => {
    expect(factsOf("Endoscopy had U.S. organic sales growth of 6%, reflecting strong performances.").map((f) => [f.metric, f.scope])).toEqual([["endoscopy_u_s_organic_growth", "Endoscopy U.S."]]);
    expect(factsOf("U.S. organic sales growth was 6%.").map((f) => [f.metric, f.scope])).toEqual([["u_s_organic_growth", "U.S."]]);
  });

  it("a sentence that speaks of 'this segment' is on the segment the turn is on, or on one it does not name", () => {
    expect(factsOf("Operating margins of 11.2% were up 190 basis points from the prior year, due to the rightsizing of the cost structure in this segment.")).toEqual([]);
    expect(factsOf("Turning to the Compute segment. Operating margins of 11.2% were up 190 basis points, due to the rightsizing of the cost structure in this segment.").map((f) => [f.metric, f.scope])).toEqual([["compute_operating_margin", "Compute"], ["compute_operating_margin", "Compute"]]);
  });

  it("a balance read on a pro forma view is not one the company reports", () => {
    expect(factsOf("Pro forma for the merger, net debt to EBITDA is 6 times along with roughly $1 billion of liquidity.")).toEqual([]);
    expect(factsOf("Pro forma for the debt repayment in October, we had $4.1 billion of debt outstanding.")).toEqual([]);
    expect(factsOf("At quarter end we had $4.5 billion of debt outstanding.").map((f) => f.value)).toEqual([4.5e9]);
  });

  it("cash a named subsidiary had at the end of a period is not the company's", () => {
    expect(factsOf("At the end of Q1 2025, Acme Financial Services had approximately $1.7 billion in cash and cash equivalents on hand.").filter((f) => f.value === 1.7e9)).toEqual([]);
    expect(factsOf("At the end of Q1 2025, we had approximately $1.7 billion in cash and cash equivalents on hand.").filter((f) => f.value === 1.7e9)).toEqual([expect.objectContaining({ metric: "cash_and_investments", period: "2025-Q1" })]);
  });
});

describe("figure pipeline: charges joined to the measure's name", () => {
  it("another one-off charge joined by 'and' makes the figure their sum, no figure of either", () => {
    const text = "Altogether, we have raised our adjusted EPS guidance to $4.60 to $4.80 which excludes M&A and restructuring costs of $12 million to $14 million.";
    expect(factsOf(text).filter((f) => /restructuring/.test(f.metric))).toEqual([]);
    expect(factsOf("Restructuring costs were $4 million.").filter((f) => /restructuring/.test(f.metric)).map((f) => f.value)).toEqual([4e6]);
  });
});

describe("figure pipeline: answers to analysts", () => {
  /** A call whose prepared remarks are `remarks` and whose Q&A has `answer` from the same executive. */
  function withAnswer(remarks: string, answer: string): MetricFact[] {
    const t = oneTurnCall(`${remarks}\n${answer}`);
    t.call.fiscalYear = 2025;
    t.call.fiscalQuarter = 2;
    t.turns = [
      { index: 0, section: "presentation", speaker: "Ann Exec", text: remarks, start: 0, end: remarks.length, line: 1 },
      { index: 1, section: "qa", speaker: "Ann Exec", text: answer, start: remarks.length + 1, end: remarks.length + 1 + answer.length, line: 2 },
    ];
    return extractMetricFacts(t, { year: 2025, quarter: 2 }, true).facts;
  }

  it("leaves out a figure an answer gives with no period of its own, and keeps one its sentence dates", () => {
    const got = withAnswer("For the second quarter, we delivered $578 million in revenue.", "Today at $2.4 billion -- just roughly $2.4 billion of revenue, our Florida exposure is much less. We did buy back about $40 million of shares in Q2.");
    expect(got.filter((f) => f.metric === "revenue").map(pick)).toEqual([expect.objectContaining({ value: 578e6, period: "2025-Q2" })]);
    expect(got.filter((f) => f.metric === "share_repurchase").map(pick)).toEqual([expect.objectContaining({ value: 40e6, period: "2025-Q2" })]);
  });

  it("reads comparable sales that grow by a percentage as that percentage, as organic growth is, and a same-unit pool's revenue as the company's", () => {
    const got = factsOf("Comparable store sales increased 5.2% in the quarter. Same unit revenue for the quarter grew by 8.3% compared with last year.").map(pick);
    expect(got).toEqual([
      expect.objectContaining({ metric: "comparable_sales", kind: "actual", value: 5.2, unit: "percent", scope: "company" }),
      expect.objectContaining({ metric: "same_unit_revenue", kind: "change", value: 8.3, scope: "company" }),
    ]);
  });

  it("leaves out a landlord's tenants' comparable sales, lease comps, and comparable sales against a year two before", () => {
    expect(factsOf("We continue to see traffic at about 95% of pre-COVID traffic, but comparable tenant sales are exceeding pre-pandemic levels, with year-to-date comparable sales up 5%.")).toEqual([]);
    expect(factsOf("Recent lease comps are over 50% above our underwriting.")).toEqual([]);
    expect(factsOf("For the three months ended June 30, 2025, total same store sales increased 26% over 2023.")).toEqual([]);
  });

  it("reads the company's initials as the company ('LP' for Louisiana-Pacific, ticker LPX), no part of it", () => {
    const t = oneTurnCall("As a result, LP generated $1.3 billion in sales and $457 million of operating cash flow.");
    t.call.company = "Louisiana-Pacific Corporation";
    t.call.ticker = "LPX";
    t.call.fiscalYear = 2021;
    t.call.fiscalQuarter = 2;
    const got = extractMetricFacts(t, { year: 2021, quarter: 2 }, true).facts.map(pick);
    expect(got).toEqual([
      expect.objectContaining({ metric: "revenue", value: 1.3e9, scope: "company", period: "2021-Q2" }),
      expect.objectContaining({ metric: "operating_cash_flow", value: 457e6, scope: "company", period: "2021-Q2" }),
    ]);
  });

  it("reads no change from a base compared with, a difference from another measure, or a margin said beside an amount", () => {
    const got = factsOf("Fourth quarter sales decreased 9% in comparison to a 22% increase in the year ago quarter. Net income in the quarter was $290 million or approximately $1.7 billion lower than adjusted earnings. Gross profit for the quarter was $40.6 million or 25.5% with margins down from a year ago.").map(pick);
    expect(got.filter((f) => f.kind === "change")).toEqual([expect.objectContaining({ metric: "revenue", value: -9 })]);
  });

  it("reads a quarter's dividend, not the yearly rate said beside it ('$0.935 or $3.74 per share on an annualized basis')", () => {
    const got = factsOf("Earlier this month, the board of directors declared a dividend of $0.935 or $3.74 per share on an annualized basis, unchanged from the previous quarter.").map(pick);
    expect(got.filter((f) => f.metric === "dividend").map((f) => f.value)).toEqual([0.935]);
  });

  it("applies a call's 'non-GAAP unless otherwise noted' to its earnings measures, not to revenue, capital spending or dividends", () => {
    const got = factsOf("All figures discussed today are non-GAAP unless otherwise noted. Revenue was $500 million and EPS was $1.20. Capital expenditures were $40 million, and we paid dividends of $12 million.").map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "eps", value: 1.2, basis: "non-GAAP" }));
    for (const metric of ["revenue", "capex", "dividend"]) expect(got).toContainEqual(expect.objectContaining({ metric, basis: null }));
  });

  it("applies a call's 'references made on this call ... will be on an adjusted basis' and 'our comments will be on a non-GAAP basis' to its earnings measures", () => {
    for (const opening of ["Any references made on this call to 2024 or 2025 results will be on an adjusted basis, excluding after-tax, acquisition-related intangible amortization.", "Please note that during our discussion today, our comments will be on a non-GAAP basis, unless they are specifically called out as GAAP."]) {
      const got = factsOf(`${opening} EPS was $1.20 in the second quarter.`).map(pick);
      expect(got).toContainEqual(expect.objectContaining({ metric: "eps", value: 1.2, basis: "non-GAAP" }));
    }
  });

  it("reads a measure taken away ('less capital spending of') as reported", () => {
    const got = factsOf("Free cash flow for the first quarter was $195 million defined as cash flow from operating activities of $301 million, less capital spending of $106 million.").map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "capex", value: 106e6, basis: null }));
  });

  it("reads SG&A as the operating expenses of a call with a gross line that states no research and development amount, not of one that does, nor of one with no gross line", () => {
    expect(factsOf("Gross margin was 31%. Our R&D pipeline is the lifeblood of our business. SG&A was $145 million compared to $131 million in the prior year quarter.").map(pick)).toContainEqual(expect.objectContaining({ metric: "operating_expenses", value: 145e6 }));
    // (An agency's or a consultancy's SG&A sits beside its cost of services: no gross profit, so no total of its costs.)
    const noGross = factsOf("Salary and service costs fell 9%. SG&A was $145 million compared to $131 million in the prior year quarter.").map(pick);
    expect(noGross.filter((f) => f.metric === "operating_expenses")).toEqual([]);
    expect(noGross).toContainEqual(expect.objectContaining({ metric: "sg_and_a", value: 145e6 }));
    const withRnd = factsOf("R&D spending in the quarter of $129 million increased 6%. SG&A was $145 million compared to $131 million in the prior year quarter.").map(pick);
    expect(withRnd.filter((f) => f.metric === "operating_expenses")).toEqual([]);
    expect(withRnd).toContainEqual(expect.objectContaining({ metric: "sg_and_a", value: 145e6 }));
  });

  it("leaves out a figure compared with whose earlier period the words do not say, or of a measure the sentence does not speak of", () => {
    const got = factsOf("This compares to $14 million of net income. Our guidance range for adjusted earnings per share in 2025 is $3.17 to $3.22 compared to $3.05 of adjusted earnings per share in 2024. Quarterly net credit losses were negligible at $100,000 for the quarter compared to a $1.4 million net loss in the first quarter.", "2024-Q4").map(pick);
    expect(got.map((f) => `${f.metric} ${f.kind} ${f.value ?? f.low}`)).toEqual(["eps guidance 3.17"]);
  });

  it("leaves out a figure the speaker corrects at once ('10% -- 10.7%')", () => {
    const got = factsOf("In the fourth quarter, total sales were $35.7 billion, an increase of approximately $3.5 billion or 10% -- 10.7% from last year.", "2025-Q4").map(pick);
    expect(got.filter((f) => f.unit === "percent" && f.value === 10)).toEqual([]);
    expect(got).toContainEqual(expect.objectContaining({ metric: "revenue", value: 35.7e9 }));
  });
});

describe("figure pipeline: a call on a calendar of its own", () => {
  it("dates figures by the quarter's last day the call states: the call's quarter, the year before, and the months to it", async () => {
    const { extract } = await import("../../../src/extract/index.js");
    const t = oneTurnCall(
      "We reported net income of $11.2 million or $0.34 per diluted share for the three months ended January 31st, 2025, compared to $7.9 million or $0.24 per diluted share during the three months ended January 31st, 2024. " +
        "Cash provided by operating activities was $100.8 million for the 12 months ended October 31, 2024.",
    );
    const got = extract(t).metrics.map(pick);
    expect(got).toContainEqual(expect.objectContaining({ metric: "net_income", period: "2025-Q1", kind: "actual", value: 11.2e6 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: "net_income", period: "2024-Q1", kind: "prior", value: 7.9e6 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: "eps", period: "2024-Q1", kind: "prior", value: 0.24 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: "operating_cash_flow", period: "2024-FY", value: 100.8e6 }));
  });
});
