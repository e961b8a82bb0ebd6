import { describe, expect, it } from "vitest";
import { dateFromGreeting, dateFromText, periodFromFileName, periodFromText, tickerFromFileName } from "../../src/parse/call-period.js";
import { decodeSource } from "../../src/parse/decode-source.js";
import { findPerson, matchNames } from "../../src/parse/person-names.js";
import { sameOrganization } from "../../src/parse/participant-roles.js";
import { cleanSpeakerLabel } from "../../src/parse/speaker-label.js";
import { parseTranscript, TranscriptError } from "../../src/parse/index.js";

describe("person names", () => {
  it.each([
    ["Tom Dinges", "tom dinges", "exact"],
    ["Mr. Craig Lampo", "Craig Lampo", "exact"],
    ["George A. Notter", "George Notter", "initials"],
    ["Charles J. Meyers", "Charles Meyers", "initials"],
    ["Ahmed Sami Badri", "Ahmed Badri", "first-last"],
    ["Bill Grant", "William Grant", "nickname"],
    ["Jim Suva", "James Suva", "nickname"],
    ["J. Smith", "John Smith", "initial"],
    ['Julian E. ("JAY") Whitehurst', "Jay Whitehurst", "exact"],
    ['Earl C. "Duke" Austin, Jr.', "Duke Austin", "exact"],
  ])("%s and %s name one person (%s)", (a, b, tier) => {
    expect(matchNames(a, b)).toBe(tier);
  });

  it.each([
    ["John Smith", "Jane Smith"],
    ["Craig Lampo", "Craig Hettenbach"],
    ["Operator", "Oscar Operator"],
  ])("%s and %s stay two people", (a, b) => {
    expect(matchNames(a, b)).toBeNull();
  });

  it("does not merge when two candidates match equally well", () => {
    const people = [{ name: "John Smith" }, { name: "Jane Smith" }];
    expect(findPerson("J. Smith", people, (p) => [p.name])).toBeNull();
    expect(findPerson("Jane Smith", people, (p) => [p.name])).toBe(people[1]);
  });

  it("treats spellings of one company as one organization, and different firms as different", () => {
    expect(sameOrganization("Calix, Inc.", "Calix")).toBe(true);
    expect(sameOrganization("Equinix Inc", "Equinix, Inc.")).toBe(true);
    expect(sameOrganization("Morgan Stanley", "Morgan Stanley, Research Division")).toBe(true);
    expect(sameOrganization("Bank of America", "Bank of Montreal")).toBe(false);
  });
});

describe("speaker labels", () => {
  it.each([
    ["Paul Zimbardo[Phonetic]", "Paul Zimbardo"],
    ["Kevin Fischbeck,", "Kevin Fischbeck"],
    ["Steven Fisher `", "Steven Fisher"],
    ["f David Strauss", "David Strauss"],
    ["de la Cruz", "de la Cruz"],
    ["Dana Whitfield with", "Dana Whitfield"],
    ["Omar filling", "Omar"],
    ["Victoria de la Huerga", "Victoria de la Huerga"],
    ["Unidentified analyst", "Unidentified analyst"],
  ])("%j is read as %j", (label, name) => {
    expect(cleanSpeakerLabel(label)).toBe(name);
  });
});

describe("call period and date", () => {
  it.each([
    ["welcome to the Calix second-quarter 2015 earnings conference call", 2015, 2],
    ["Verizon Communications (NYSE:VZ) Q1 2018 Earnings Conference Call", 2018, 1],
    ["the Microsoft Fiscal Year 2018 Fourth Quarter Earnings Conference Call", 2018, 4],
    ["Welcome to the Q3 fiscal-year 2021 ResMed earnings conference call", 2021, 3],
    ["1Q23 FINANCIAL RESULTS", 2023, 1],
    ["our fiscal first quarter ending March 31st, 2024", 2024, 1],
    ["the Larkspur fourth quarter and full year 2024 call", 2024, 4],
    ["welcome to the Larkspur fourth quarter and full fiscal year 2024 conference call", 2024, 4],
    ["we reported fourth quarter and 2024 results", 2024, 4],
    ["the Larkspur Fourth Quarter and Year-End 2024 Earnings Conference Call", 2024, 4],
    ["our fourth-quarter and year-end 2024 results conference call", 2024, 4],
    ["MongoDB, Inc.'s Q1 FY2026 Earnings Conference Call", 2026, 1],
  ])("%s → %i Q%i", (text, fiscalYear, fiscalQuarter) => {
    expect(periodFromText(text)).toEqual({ fiscalYear, fiscalQuarter });
  });

  it("takes the earliest statement, so a greeting beats later comparisons", () => {
    expect(periodFromText("the second-quarter 2015 call. Versus Q2 2014, revenue grew.")).toEqual({ fiscalYear: 2015, fiscalQuarter: 2 });
  });

  it("says nothing when nothing is stated", () => {
    expect(periodFromText("Thank you for joining us today.")).toBeNull();
    expect(dateFromText("no date here")).toBeNull();
  });

  it("reads period and ticker from file names", () => {
    expect(periodFromFileName("GLW_q2_2021.json")).toEqual({ fiscalYear: 2021, fiscalQuarter: 2 });
    expect(periodFromFileName("data/calix-2015-q2.txt")).toEqual({ fiscalYear: 2015, fiscalQuarter: 2 });
    expect(periodFromFileName("Q3 2022 Equinix Inc Earnings Call.txt")).toEqual({ fiscalYear: 2022, fiscalQuarter: 3 });
    expect(periodFromFileName("notes.txt")).toBeNull();
    expect(tickerFromFileName("GLW_q2_2021.json")).toBe("GLW");
    expect(tickerFromFileName("calix-2015-q2.txt")).toBeNull();
  });

  it("takes the call date from the operator only when the greeting states it as today's", () => {
    expect(dateFromGreeting("As a reminder, this call is being recorded today, February 26, 2020.")).toBe("2020-02-26");
    expect(dateFromGreeting("this conference is being recorded on Wednesday, October 20, 2021.")).toBe("2021-10-20");
    expect(dateFromGreeting("our Form 10-K filed on February 18, 2022")).toBeNull();
  });

  it("reads dates in the ways transcripts write them", () => {
    expect(dateFromText("April 24, 2018  8:30 AM ET")).toBe("2018-04-24");
    expect(dateFromText("EVENT DATE/TIME: JULY 28, 2015 / 8:30PM GMT")).toBe("2015-07-28");
    expect(dateFromText("CallNov 06, 2024,7:00 a.m. ET".replace("CallNov", "Call Nov"))).toBe("2024-11-06");
    expect(dateFromText("10-Feb-2026")).toBe("2026-02-10");
  });
});

describe("decoding bytes", () => {
  const decode = (bytes: Uint8Array | string) => decodeSource(bytes, { file: "x.txt", maxBytes: 1000 });

  it("drops a UTF-8 BOM and keeps CRLF so offsets match the file", () => {
    const { text, source } = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Hi\r\nthere")]));
    expect(text).toBe("Hi\r\nthere");
    expect(source.encoding).toBe("utf-8");
  });

  it("reads bytes that are not UTF-8 as Windows-1252 (curly quotes, dashes, ellipsis)", () => {
    const { text, source } = decode(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x85, 0x20, 0x80]));
    expect(text).toBe("“A” – … €");
    expect(source.encoding).toBe("windows-1252");
  });

  it.each([
    ["", "EMPTY_INPUT"],
    [" \n\t ", "EMPTY_INPUT"],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), "BINARY_INPUT"],
    ["%PDF-1.4\n%âãÏÓ", "PDF_INPUT"],
    ["<!DOCTYPE html>\n<html><body>Q2 call</body></html>", "HTML_INPUT"],
    ["x".repeat(1001), "INPUT_TOO_LARGE"],
  ])("refuses %j with %s", (input, code) => {
    expect(() => decode(input)).toThrow(expect.objectContaining({ code }));
  });
});

describe("parseTranscript errors", () => {
  it("names the file, the line and the reason", () => {
    const error = (() => {
      try {
        parseTranscript('{\n  "prepared_remarks": [\n    {"speaker": "Operator", "speech": "Hel', { fileName: "GLW_q2_2021.json" });
      } catch (e) {
        return e;
      }
    })() as TranscriptError;
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error.code).toBe("MALFORMED_JSON");
    expect(error.file).toBe("GLW_q2_2021.json");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^GLW_q2_2021\.json:3: JSON ends before it is complete/);
  });

  it.each([
    ['{"transcript": "hello"}', "UNSUPPORTED_JSON"],
    ['{"prepared_remarks": [{"speaker": 1}]}', "UNSUPPORTED_JSON"],
    ["[1, 2, 3]", "UNSUPPORTED_JSON"],
    ["just a few words", "UNRECOGNIZED_LAYOUT"],
  ])("%j fails with %s", (input, code) => {
    expect(() => parseTranscript(input, { fileName: "in.txt" })).toThrow(expect.objectContaining({ code }));
  });

  it("checks its options", () => {
    expect(() => parseTranscript("x", { format: "pdf" as never })).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => parseTranscript("x", { maxBytes: -1 })).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
  });

  it("reports a layout forced by `format` that finds no turns", () => {
    expect(() => parseTranscript("Operator: hello there\nJane Roe: hi", { format: "streetevents", fileName: "log.txt" })).toThrow(
      expect.objectContaining({ code: "NO_TURNS", message: expect.stringContaining("log.txt: read as streetevents but found no turns") }),
    );
  });
});

describe("Q&A exchanges", () => {
  const log = [
    "Operator: Welcome to the Acme Q1 2024 earnings call.",
    "Jane Roe (Acme, CEO): Revenue grew 4%.",
    "Operator: Our first question comes from Maria Chen with Harbor Point.",
    "Maria Chen: Hello? Can you hear me?",
    "Operator: Your line is open.",
    "Maria Chen: Thanks. Why did revenue grow?",
    "Jane Roe: Demand.",
    "Operator: Next question comes from Raj Patel with Cobalt Capital Markets.",
    "Raj Patel: What about margins?",
    "Jane Roe: Stable.",
    "Operator: Maria Chen has a follow-up.",
    "Maria Chen: And pricing?",
    "Jane Roe: Firm.",
  ].join("\n");

  it("keeps an operator aside inside the slot, and gives a returning analyst a new slot", () => {
    const t = parseTranscript(log, { fileName: "acme.txt" });
    expect(t.exchanges.map((e) => [e.analyst, e.turns])).toEqual([
      ["Maria Chen", [3, 5, 6]],
      ["Raj Patel", [8, 9]],
      ["Maria Chen", [11, 12]],
    ]);
  });
});
