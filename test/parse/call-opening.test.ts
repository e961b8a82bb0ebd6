import { describe, expect, it } from "vitest";
import { companyFromAnnouncement } from "../../src/parse/call-company.js";
import { dateFromGreeting } from "../../src/parse/call-period.js";
import { parseTranscript } from "../../src/parse/index.js";

// What a call's opening states about the call when no greeting or title does: the company that
// issued the results release, and the date given as today's. Sentences written for these tests.
describe("company from the results announcement in a speaker-less opening", () => {
  it.each([
    ["This afternoon, Fjord Networks issued a press release announcing its results.", "Fjord Networks"],
    ["Earlier today Harbor Mills Industries issued a news release with our results.", "Harbor Mills Industries"],
    ["After the close, Nordvik released its earnings release for the quarter.", "Nordvik"],
    ["Yesterday we issued a press release with our results.", null],
    ["Good afternoon. The company issued a press release today.", null],
    ["Thank you for joining us on the call today.", null],
  ])("%s → %s", (opening, company) => {
    expect(companyFromAnnouncement(opening)).toBe(company);
  });

  it("names the company of a plain-text call whose greeting does not", () => {
    const text = [
      "And this call is being recorded. Ms. Ann Lee, Director of Investor Relations, you may begin.",
      "Thank you, operator. This afternoon, Fjord Networks issued a press release announcing the results for its",
      "fiscal first quarter. Revenue for the quarter grew, gross margin improved and our outlook calls for revenue",
      "growth next quarter as well. We will take questions from analysts after the prepared remarks, and the",
      "results, guidance and outlook are in the release. Thank you.",
    ].join(" ");
    const transcript = parseTranscript(text, { fileName: "fjord.txt" });
    expect(transcript.format).toBe("plain");
    expect(transcript.call.company).toBe("Fjord Networks");
  });
});

describe("call date stated as today's in the opening", () => {
  it.each([
    ["Please note that this call speaks only as of today's date, November 4, 2021.", "2021-11-04"],
    ["Today is Thursday, July 29, 2021, and with me are our CEO and CFO.", "2021-07-29"],
    ["statements speak only as of the date of this call, July 29, 2021 and the company", "2021-07-29"],
    ["A replay of this call will be available until May 6, 2021.", null],
  ])("%s → %s", (sentence, date) => {
    expect(dateFromGreeting(sentence)).toBe(date);
  });

  it("takes a JSON call's date from the host's turn after the operator's greeting", () => {
    const speech = (speaker: string, text: string) => ({ speaker, speech: text });
    const json = JSON.stringify({
      prepared_remarks: [
        speech("Operator", "Welcome to the Harbor Mills first quarter call. I would now like to turn the call over to Ann Lee."),
        speech("Ann Lee", "Thanks. Our remarks speak only as of today, May 5, 2021, and we undertake no duty to update them. Revenue grew."),
      ],
      q_and_a: [],
      participants: ["Ann Lee -- Investor Relations"],
    });
    expect(parseTranscript(json, { fileName: "HML_q1_2021.json" }).call.date).toBe("2021-05-05");
  });
});

describe("call period from the year a greeting names the call by", () => {
  const speech = (speaker: string, text: string) => ({ speaker, speech: text });
  const call = (greeting: string, host: string) => JSON.stringify({
    prepared_remarks: [speech("Operator", greeting), speech("Ann Lee", `${host} Revenue grew and margins improved in every segment.`)],
    q_and_a: [],
    participants: ["Ann Lee -- Chief Financial Officer"],
  });

  it.each<[string, string, string, string, [number, number]]>([
    ["takes the greeting's year over the file name's for a call named by its year", "Welcome to the Harbor Mills 2019 Earnings Conference call.", "We are here to review our fourth quarter and annual results.", "HML_q4_2020.json", [2019, 4]],
    ["keeps the file name's quarter when the greeting names only the year", "Welcome to the Harbor Mills 2021 earnings call.", "Thanks for joining us.", "HML_q2_2021.json", [2021, 2]],
    ["takes 'our third quarter results for fiscal year 2021' over a year-ago quarter named after it", "Welcome to the Harbor Mills Third Quarter Earnings Call.", "We welcome you to review our third quarter results for fiscal year 2021. Our comparisons are helped by the effect the pandemic had on our fiscal 2020 third quarter.", "HML_q3_2021.json", [2021, 3]],
    ["reads a year that follows a quarter as part of a period, not as the call's name", "Welcome to the Harbor Mills Third Quarter 2020 Earnings Call.", "Thanks for joining us.", "HML_q3_2020.json", [2020, 3]],
    ["of a fourth quarter said with two years (greeting and host), takes the one whose next year the call gives an outlook for, over the file name's", "Welcome to the Harbor Mills fourth-quarter 2019 financial results conference call.", "Thanks for joining Harbor Mills' fourth-quarter 2020 financial results call. The fourth quarter of 2019 ended a strong year. Turning to our 2020 outlook, we expect growth.", "HML_q4_2020.json", [2019, 4]],
    ["keeps the file name's fourth quarter when the call gives no outlook for either next year", "Welcome to the Harbor Mills fourth-quarter 2019 financial results conference call.", "Thanks for joining Harbor Mills' fourth-quarter 2020 financial results call. We were in line with our 2020 guidance.", "HML_q4_2020.json", [2020, 4]],
  ])("%s", (_why, greeting, host, fileName, period) => {
    const t = parseTranscript(call(greeting, host), { fileName });
    expect([t.call.fiscalYear, t.call.fiscalQuarter]).toEqual(period);
  });
});
