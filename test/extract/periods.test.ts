import { describe, expect, it } from "vitest";
import { findPeriods, periodLabel, quarterEndOf, resolveMention } from "../../src/extract/text/periods.js";

const call = { year: 2015, quarter: 2 };

describe("findPeriods", () => {
  const rows: [string, string, string][] = [
    ["Q2", "Q2", "2015-Q2"],
    ["and through June, our business generated", "through June", "2015-H1"],
    ["through the end of June 2015, we", "through the end of June 2015", "2015-H1"],
    ["in Q3 of 2014", "Q3 of 2014", "2014-Q3"],
    ["from Q2 2014's $79.3 million", "Q2 2014's", "2014-Q2"],
    ["from Q1's $97.8 million figure", "Q1's", "2015-Q1"],
    ["than last year's second-quarter level of $98 million", "last year's second-quarter", "2014-Q2"],
    ["up from last year's Q3 level of 44.8%", "last year's Q3", "2014-Q3"],
    ["First-half 2015 revenues", "First-half 2015", "2015-H1"],
    ["versus 2014's first-half number of 46.9%", "2014's first-half", "2014-H1"],
    ["for the half versus", "the half", "2015-H1"],
    ["revenues for the quarter were", "the quarter", "2015-Q2"],
    ["the same quarter a year ago", "the same quarter a year ago", "2014-Q2"],
    ["from 4Q 2014 to 2Q 2015", "4Q 2014", "2014-Q4"],
    ["in 2Q15", "2Q15", "2015-Q2"],
    ["Q2'14", "Q2'14", "2014-Q2"],
    ["the fourth quarter of fiscal 2021", "the fourth quarter of fiscal 2021", "2021-Q4"],
    ["For quarter four 2015, our expectations are", "quarter four 2015", "2015-Q4"],
    ["For the fiscal '14 first quarter, free cash flow was", "fiscal '14 first quarter", "2014-Q1"],
    ["In quarter three, we continue to see", "quarter three", "2015-Q3"],
    ["We expect 2015 non-GAAP diluted EPS will be between", "2015", "2015-FY"],
    ["for fiscal 2018", "fiscal 2018", "2018-FY"],
    ["FY2019 outlook", "FY2019", "2019-FY"],
    ["our 2018 guidance range", "our 2018", "2018-FY"],
    ["we view it as a 2016 and beyond effect", "", ""],
    ["35% over just six years ago", "six years ago", "2009-FY"],
    ["for the full year", "full year", "2015-FY"],
    ["For fiscal '14, we delivered", "fiscal '14", "2014-FY"],
    ["by fiscal year '18", "fiscal year '18", "2018-FY"],
    ["a full year 20% increase", "full year", "2015-FY"],
    ["full-year 15 to 20 basis points", "full-year", "2015-FY"],
    ["over the first half of 2015", "the first half of 2015", "2015-H1"],
    ["the second half", "the second half", "2015-H2"],
    ["next quarter", "next quarter", "2015-Q3"],
    ["last quarter", "last quarter", "2015-Q1"],
    ["our revenue this past quarter totaled", "this past quarter", "2015-Q2"],
    ["year-to-date", "year-to-date", "2015-H1"],
    ["compared to the first quarter of last year", "the first quarter of last year", "2014-Q1"],
    ["looking forward to the second half of this fiscal year, we expect", "the second half of this fiscal year", "2015-H2"],
    ["versus the fourth quarter of last fiscal year", "the fourth quarter of last fiscal year", "2014-Q4"],
    ["During the first quarter last year, we recorded a loss", "the first quarter last year", "2014-Q1"],
    ["the first half this year", "the first half this year", "2015-H1"],
    ["we ended last year with", "last year", "2014-FY"],
    ["from $3 million at the end of the prior year", "prior year", "2014-FY"],
    ["versus last year-end", "last year-end", "2014-FY"],
    ["2016 full year revenue", "2016 full year", "2016-FY"],
    ["capital expenditures were $42.5 million for the full 2014 year", "full 2014 year", "2014-FY"],
    ["revenue for the first six months of the year was", "the first six months of the year", "2015-H1"],
    ["over the prior year's first six months revenue of $500 million", "prior year's first six months", "2014-H1"],
    ["for the first nine months of last year", "the first nine months of last year", "2014-9M"],
    ["the first three months of 2016", "the first three months of 2016", "2016-Q1"],
    ["the first three months after launch", "", ""],
    ["In the three-month period, we earned $0.10 per share", "the three-month period", "2015-Q2"],
    ["in the same three-month period as before", "", ""],
    ["to generate cash during the final quarter of the year", "the final quarter of the year", "2015-Q4"],
    ["the second quarter of the year was the strongest", "the second quarter of the year", "2015-Q2"],
    ["we expect the company's fiscal 2016 to reflect higher deliveries", "fiscal 2016", "2016-FY"],
    ["capital expenditures in the year to support growth", "the year", "2015-FY"],
    ["through the first three quarters of 2015, net income", "the first three quarters of 2015", "2015-9M"],
    ["in the first two quarters of the year", "the first two quarters of the year", "2015-H1"],
    ["revenue for the full year ended December 31, 2014, was", "the full year ended December 31, 2014", "2014-FY"],
    ["revenue for the June quarter was $770 million", "the June quarter", "2015-Q2"],
    ["cash from operations was $355.8 million for the 12 months ended December 31, 2014.", "the 12 months ended December 31, 2014", "2014-FY"],
    // (Through a quarter with its year said: that year's months to the quarter's end; a year before the call's, too.)
    ["Through the second quarter of 2015, our cash flow from operations was", "Through the second quarter of 2015", "2015-H1"],
    ["through the second quarter of 2014, cash flow was", "through the second quarter of 2014", "2014-H1"],
  ];
  it.each(rows)("%s", (text, phrase, label) => {
    const found = findPeriods(text, call);
    if (!phrase) {
      expect(found).toEqual([]);
      return;
    }
    const m = found.find((f) => text.slice(f.start, f.end) === phrase);
    expect(m, `${phrase} in ${JSON.stringify(found.map((f) => text.slice(f.start, f.end)))}`).toBeDefined();
    expect(periodLabel(resolveMention(m!, { year: 2015, part: "Q2" }))).toBe(label);
  });

  it("resolves 'last year's' against the period under discussion", () => {
    const text = "from last year's $183.8 million level";
    const [m] = findPeriods(text, call);
    expect(m!.relation).toBe("yearAgo");
    expect(periodLabel(resolveMention(m!, { year: 2015, part: "H1" }))).toBe("2014-H1");
  });

  it("does not read 'this year-over-year' as the fiscal year, nor tiers and product names as quarters", () => {
    expect(findPeriods("this year-over-year increase", call)).toEqual([]);
    expect(findPeriods("tier 2 and NG-PON2", call)).toEqual([]);
    // ("the same quarter two years prior": a count after "quarter" is no quarter's number.)
    expect(findPeriods("from the same quarter two years prior", call)).toEqual([]);
    // ("through the end of July", in a second-quarter call: a month that ends no quarter of the call's names no period.)
    expect(findPeriods("through the end of July, we bought", call)).toEqual([]);
  });
});

describe("a calendar of the call's own", () => {
  it("learns the last day of the call's quarter from the latest 'quarter ended' date the call states", () => {
    const text = "Net sales were $267 million for the three months ended January 31st, 2022, compared to $230 million for the three months ended January 31, 2021.";
    expect(quarterEndOf(text, { year: 2022, quarter: 1 })).toEqual({ year: 2022, month: 1 });
    // A 52-53-week year's quarter ends on a Saturday near the month's end.
    expect(quarterEndOf("our first quarter ended October 2, 2021", { year: 2022, quarter: 1 })).toEqual({ year: 2021, month: 9 });
  });
  it("learns it from results said of the quarter by its last month when no date is said ('Group revenue for the December quarter was')", () => {
    expect(quarterEndOf("Group revenue for the December quarter was $895 million. Our gross margin in the December quarter, compared", { year: 2022, quarter: 2 })).toEqual({ year: 2021, month: 12 });
    expect(quarterEndOf("Revenue for the June quarter was $770 million.", { year: 2020, quarter: 4 })).toEqual({ year: 2020, month: 6 });
    // (Not from months that disagree, nor from one that ends no quarter.)
    expect(quarterEndOf("Revenue for the June quarter was $770 million. Sales in the September quarter rose 4%.", { year: 2020, quarter: 4 })).toBeUndefined();
    expect(quarterEndOf("Revenue for the May quarter was $770 million.", { year: 2020, quarter: 4 })).toBeUndefined();
  });
  it("learns nothing from the calendar quarter's end, a quarter 'ending' ahead, a mid-month date or a year far from the call's", () => {
    expect(quarterEndOf("the quarter ended June 30, 2022", { year: 2022, quarter: 2 })).toBeUndefined();
    expect(quarterEndOf("for the quarter ending March 31, 2023, we expect", { year: 2022, quarter: 4 })).toBeUndefined();
    expect(quarterEndOf("the quarter ended January 15, 2022", { year: 2022, quarter: 1 })).toBeUndefined();
    expect(quarterEndOf("the quarter ended January 31, 2019", { year: 2022, quarter: 1 })).toBeUndefined();
  });
  it("reads dates against it: the quarter, the same quarter a year before, the last year's end, and the months to the quarter's end", () => {
    const call = { year: 2021, quarter: 2, end: { year: 2021, month: 4 } };
    const read = (text: string) => findPeriods(text, call).map((m) => `${text.slice(m.start, m.end)} = ${periodLabel(m.period)}`);
    expect(read("for the three months ended April 30, 2021")).toEqual(["the three months ended April 30, 2021 = 2021-Q2"]);
    expect(read("for the three months ended April 30, 2020")).toEqual(["the three months ended April 30, 2020 = 2020-Q2"]);
    expect(read("at October 31, 2020")).toEqual(["at October 31, 2020 = 2020-FY"]);
    expect(read("at January 31, 2021")).toEqual(["at January 31, 2021 = 2021-Q1"]);
    expect(read("for the six months ended April 30, 2021")).toEqual(["the six months ended April 30, 2021 = 2021-H1"]);
    expect(read("at March 31, 2021")).toEqual([]);
  });
});

