import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { companyFromGreeting } from "../../src/parse/call-company.js";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, sharedRoot } from "./shared-paths.js";

describe("company from the operator's greeting", () => {
  it.each([
    ["Welcome to the Harbor Mills Industries' second quarter call.", "Harbor Mills Industries"],
    ["Welcome to the K.L. Brandt first quarter call.", "K.L. Brandt"],
    ["Welcome to the 7G Labs third quarter earnings call.", "7G Labs"],
    ["Welcome to the Q3 2024 Fjord Pumps, Inc. Earnings Conference Call.", "Fjord Pumps, Inc."],
    ["Welcome to the Fourth Quarter 2023 Larkspur Realty Trust Earnings Call.", "Larkspur Realty Trust"],
    ["Welcome to Corbin's Companies first-quarter earnings call.", "Corbin's Companies"],
    ["Welcome to the Nordvik Financial second-quarter call.", "Nordvik Financial"],
    ["Welcome to the Nordvik first quarter financial results call.", "Nordvik"],
    ["Thank you for joining us today for Larkspur Realty Third Quarter 2024 Earnings Call.", "Larkspur Realty"],
    ["Welcome to the third quarter 2024 earnings discussion for Fjord Mortgage Trust.", "Fjord Mortgage Trust"],
    ["Welcome to your Q3 2024 Harbor Hotels Group, Inc. Earnings Conference Call.", "Harbor Hotels Group, Inc."],
    ["Welcome to the webcast entitled NXT Third Quarter Earnings.", "NXT"],
    ["Thank you for joining us on the Fjord Commercial Finance Year-End 2024 Earnings Call.", "Fjord Commercial Finance"],
    ["Welcome to the Larkspur Reports third quarter call.", "Larkspur"],
    ["I would like to welcome everyone to today's conference, Larkspur Power Group First Quarter 2025 Earnings Conference Call.", "Larkspur Power Group"],
    ["Welcome to the First Harbor Realty First Quarter Results Conference.", "First Harbor Realty"],
    ["Welcome to the First Harbor Realty 3Q 2025 Results Conference.", "First Harbor Realty"],
    ["Welcome to the First Quarter Harbor Realty Results Conference.", "Harbor Realty"],
    // A joint call of a company and one named after it is the first's; a name with "and" in it stays whole.
    ["Welcome to the Larkspur Energy and Larkspur Energy Partners fourth quarter call.", "Larkspur Energy"],
    ["Welcome to the Church and Dwight third quarter call.", "Church and Dwight"],
    ["Welcome to the 1st quarter earnings call.", null],
    ["Welcome to the quarterly earnings conference call.", null],
    ["Welcome to our analyst day. Our plan for FiberEdge runs through 2028.", null],
  ])("%s → %s", (greeting, company) => {
    expect(companyFromGreeting(greeting)).toBe(company);
  });

  it("keeps a name's own apostrophe when the text never writes it without one", () => {
    const speech = (s: string) => ({ speaker: "Operator", speech: s });
    const json = JSON.stringify({
      prepared_remarks: [
        speech("Welcome to Marlo's first quarter call."),
        { speaker: "Ann Lee", speech: "Thanks. Marlo's grew. Marlo's stores did well. Marlo's customers came back." },
      ],
      q_and_a: [],
      participants: ["Ann Lee -- Chief Executive Officer"],
    });
    expect(parseTranscript(json, { fileName: "MRL_q1_2021.json" }).call.company).toBe("Marlo's");
    const plainName = json.replace("Marlo's stores", "Marlo stores");
    expect(parseTranscript(plainName, { fileName: "MRL_q1_2021.json" }).call.company).toBe("Marlo");
  });
});

describe("fullest spelling of the company", () => {
  const call = (first: string, second: string) =>
    JSON.stringify({
      prepared_remarks: [
        { speaker: "Operator", speech: first },
        { speaker: "Ann Lee", speech: second },
      ],
      q_and_a: [],
      participants: ["Ann Lee -- Chief Executive Officer"],
    });
  it("a later greeting adds the legal form", () => {
    const t = parseTranscript(call("Welcome to the Harbor Mills first quarter call.", "I'd like to welcome you to the Harbor Mills Corporation call."), { fileName: "x.json" });
    expect(t.call.company).toBe("Harbor Mills Corporation");
  });
  it("a later greeting's extra words are taken only when the text repeats them", () => {
    const once = parseTranscript(call("Welcome to the Harbor Mills first quarter call.", "Welcome to the Harbor Mills Optics call."), { fileName: "x.json" });
    expect(once.call.company).toBe("Harbor Mills");
    const twice = parseTranscript(call("Welcome to the Harbor Mills first quarter call.", "Welcome to the Harbor Mills Optics call. Harbor Mills Optics grew."), { fileName: "x.json" });
    expect(twice.call.company).toBe("Harbor Mills Optics");
  });
});

describe.skipIf(!hasShared)("company names in real JSON transcripts (needs ../shared)", () => {
  it.each([
    ["AAN_q1_2021.json", "Aaron's Company"],
    ["DHI_q3_2021.json", "D.R. Horton"],
    ["MMM_q2_2021.json", "3M"],
    ["ABM_q2_2021.json", "ABM Industries"],
    ["LOW_q1_2021.json", "Lowe's Companies"],
    ["AKR_q3_2021.json", "Acadia Realty Trust"],
  ])("%s → %s", (file, company) => {
    const t = parseTranscript(readFileSync(path.join(sharedRoot, "corpus-large/json-2018-2022", file)), { fileName: file });
    expect(t.call.company).toBe(company);
  });

  it("GHL_q3_2021.json lists analysts as 'Name--Firm': they are analysts and each has a Q&A slot", () => {
    const t = parseTranscript(readFileSync(path.join(sharedRoot, "corpus-large/json-2018-2022/GHL_q3_2021.json")), { fileName: "GHL_q3_2021.json" });
    expect(t.exchanges.map((e) => [e.analyst, e.organization])).toEqual([
      ["Devin Patrick Ryan", "JMP Securities"],
      ["Michael C. Brown", "Keefe, Bruyette, & Woods, Inc."],
      ["James Edwin Yaro", "Goldman Sachs Group, Inc."],
    ]);
  });
});

describe("JSON participant lists", () => {
  it("a firm with the analyst's name glued on loses the name; a private investor is left to the Q&A", () => {
    const json = JSON.stringify({
      prepared_remarks: [
        { speaker: "Operator", speech: "Welcome to the Larkspur Networks first quarter call." },
        { speaker: "Ann Lee", speech: "Revenue grew 9%." },
      ],
      q_and_a: [
        { speaker: "Operator", speech: "Our first question comes from Raj Patel with Cobalt." },
        { speaker: "Raj Patel", speech: "What about margins?" },
        { speaker: "Ann Lee", speech: "Up." },
        { speaker: "Operator", speech: "Our next question comes from Jo Marsh, a private investor." },
        { speaker: "Jo Marsh", speech: "Any buyback?" },
        { speaker: "Ann Lee", speech: "Not this year." },
      ],
      participants: ["Ann Lee -- Chief Executive Officer", "Raj Patel--CobaltRaj Patel -- Analyst", "Jo Marsh--Private Investor"],
    });
    const t = parseTranscript(json, { fileName: "LRKN_q1_2026.json" });
    const byName = new Map(t.participants.map((p) => [p.name, p]));
    expect(byName.get("Raj Patel")?.organization).toBe("Cobalt");
    expect(byName.get("Jo Marsh")).toMatchObject({ role: "analyst", organization: null, title: "Private Investor" });
    expect(t.exchanges.map((e) => e.analyst)).toEqual(["Raj Patel", "Jo Marsh"]);
  });

  it("`Name--Firm` without an `-- Analyst` tail names a firm, not a title; `FirmAnalyst` glued is an analyst", async () => {
    const { readListedParticipant } = await import("../../src/parse/parse-json.js");
    expect(readListedParticipant("Raj Patel--Cobalt Capital Markets")).toMatchObject({ name: "Raj Patel", organization: "Cobalt Capital Markets", title: null, role: null });
    expect(readListedParticipant("Raj Patel--Cobalt SecuritiesAnalyst")).toMatchObject({ organization: "Cobalt Securities", title: "Analyst", role: "analyst" });
    expect(readListedParticipant("Ann Lee--Chief Financial Officer")).toMatchObject({ organization: null, title: "Chief Financial Officer", role: "executive" });
  });

  it("`Name--Title -- Title` is an officer's title in two pieces, not a firm and an analyst's title", async () => {
    const { readListedParticipant } = await import("../../src/parse/parse-json.js");
    expect(readListedParticipant("Ann Lee--Executive Vice President -- Chief Financial Officer")).toMatchObject({ organization: null, title: "Executive Vice President - Chief Financial Officer", role: "executive" });
    expect(readListedParticipant("Sue Ray--Senior Vice President -- Investor Relations")).toMatchObject({ organization: null, role: "executive" });
    // (An analyst, also with a misspelt tail, and an investor keep their firms.)
    expect(readListedParticipant("Raj Patel--Cobalt Securities -- Analyst")).toMatchObject({ organization: "Cobalt Securities", role: "analyst" });
    expect(readListedParticipant("Raj Patel--Cobalt Securities -- Anlayst")).toMatchObject({ organization: "Cobalt Securities", role: "analyst" });
    expect(readListedParticipant("Jo Marsh--Marsh Family Office -- Investor")).toMatchObject({ organization: "Marsh Family Office" });
  });

  it("says when the text's period differs from the file name's", () => {
    const text = [
      "Operator: Welcome to the Larkspur Networks fourth quarter 2025 results call.",
      "Ann Lee: Revenue grew.",
      "Operator: Our first question comes from Raj Patel with Cobalt.",
      "Raj Patel: What about margins?",
      "Ann Lee: Up.",
    ].join("\n");
    const t = parseTranscript(text, { fileName: "LRKN_q4_2026.txt" });
    expect([t.call.fiscalYear, t.call.fiscalQuarter, t.call.periodSource]).toEqual([2025, 4, "text"]);
    expect(t.diagnostics.map((d) => d.ruleId)).toContain("period-mismatch");
  });

  it.each([
    [
      "does not take a period the opening compares with for the call's own",
      ["Operator: Welcome to the Larkspur Networks Second Quarter Earnings Call.", "Ann Lee: Revenue grew 25% compared to the second quarter of 2024, and even versus Q2 2023 we grew 30%."],
      "LRKN_q2_2025.txt",
      [2025, 2, "filename"],
    ],
    [
      "does not take a period something will start in for the call's own",
      ["Operator: Welcome to the Larkspur Networks fourth quarter earnings conference call.", "Ann Lee: We will report our new segments starting in Q1 2026. Revenue grew."],
      "LRKN_q4_2025.txt",
      [2025, 4, "filename"],
    ],
    [
      "reads a call titled by its year as the year's fourth-quarter call",
      ["Operator: Good day and welcome to the Larkspur Networks Full Year 2024 Financial Results Call.", "Ann Lee: Revenue grew."],
      "larkspur.txt",
      [2024, 4, "text"],
    ],
    [
      "reads a call whose speaker opens on the year as the year's fourth-quarter call, over the file name",
      ["Operator: Welcome to the Larkspur Networks conference call.", "Ann Lee: Good morning. Let's start with full-year 2024. It was a year of growth, and we expect more in 2025."],
      "LRKN_q4_2025.txt",
      [2024, 4, "text"],
    ],
    [
      "takes the quarter the host dates by its last day over an operator's misspoken year, when the file name agrees",
      ["Operator: Hello, and welcome to the Larkspur Networks Q3 2022 Earnings Call.", "Joe Lee: Our Form 10-Q for the quarter ended September 30, 2024, was filed yesterday. Revenue grew."],
      "larkspur-networks-2024-q3.txt",
      [2024, 3, "text"],
    ],
    [
      "reads 'Third Quarter and Nine-Month 2021' as the third quarter of that year",
      ["Operator: Good morning, and welcome to the Larkspur Networks Third Quarter and Nine-Month 2024 Earnings Conference Call.", "Ann Lee: Our investor day is in the third quarter of 2026. Revenue grew."],
      "LRKN_q3_2024.txt",
      [2024, 3, "text"],
    ],
    [
      "does not take the period an outlook is for as the call's own",
      ["Operator: Welcome to the Larkspur Networks Third Quarter Earnings Call.", "Ann Lee: Today I will cover the quarter, and then our outlook for the fourth quarter and full year 2025. Revenue grew."],
      "LRKN_q3_2025.txt",
      [2025, 3, "filename"],
    ],
    [
      "reads a fourth-quarter call dated only by its file name, whose text gives that year's outlook and names no fourth quarter of it, as the year before's",
      ["Operator: Welcome to the Larkspur Networks Earnings Call.", "Ann Lee: Revenues in the quarter were $4 billion. Segment profit was down $57 million from the fourth quarter of 2023. We're projecting revenues of about $14 billion for Larkspur's 2025 financial guidance."],
      "LRKN_q4_2025.txt",
      [2024, 4, "text"],
    ],
    [
      "but keeps that year when the text names its fourth quarter too",
      ["Operator: Welcome to the Larkspur Networks Earnings Call.", "Ann Lee: Our fourth quarter of 2025 was strong, and we will update our 2025 guidance for the accounting change."],
      "LRKN_q4_2025.txt",
      [2025, 4, "text"],
    ],
    [
      "reads 'the year end conference call for 2024' as the year's fourth-quarter call",
      ["Operator: Welcome to the Larkspur Networks Fourth Quarter Earnings Results Conference Call.", "Ann Lee: Good morning. Welcome to the year end conference call for 2024. I will also comment on our outlook for the first quarter of 2025."],
      "LRKN_q4_2025.txt",
      [2024, 4, "text"],
    ],
    [
      "takes the quarter the operator names the call by over the file name's, in the file name's year when it is earlier",
      ["Operator: Good morning, and welcome to the Larkspur Networks Second Quarter Earnings Conference Call.", "Ann Lee: Revenue grew."],
      "LRKN_q4_2025.txt",
      [2025, 2, "filename"],
    ],
    [
      "and in the year before when the quarter it names is later than the file name's",
      ["Operator: Good morning, and welcome to the Larkspur Networks Fourth Quarter Earnings Conference Call.", "Ann Lee: Revenue grew."],
      "LRKN_q1_2025.txt",
      [2024, 4, "filename"],
    ],
    [
      "takes the quarter the operator names the call by ('Q4 Earnings Results') over another the opening states in passing",
      ["Operator: Welcome to the Larkspur Networks' Q4 Earnings Results Conference Call.", "Ann Lee: In the fourth quarter, we earned $88 million, compared with $101 million in the same quarter last year and $95 million in the third quarter of 2025."],
      "LRKN_q4_2025.txt",
      [2025, 4, "filename"],
    ],
    [
      "takes the file name's quarter in the year before the call's date over an operator's quarter that ended months before the call",
      ["Operator: Welcome to the Larkspur Networks Q3 2024 Earnings Conference Call. Today's date is February 6, 2025.", "Ann Lee: Results for the fourth quarter were strong."],
      "LRKN_q4_2025.txt",
      [2024, 4, "text"],
    ],
    [
      "and the opening's own statement of that quarter when it makes one",
      ["Operator: Welcome to the Larkspur Networks' Q1 Earnings Results call.", "Ann Lee: Net income was $95 million in the fourth quarter of 2025 and $80 million in the first quarter of 2026."],
      "LRKN_q2_2026.txt",
      [2026, 1, "text"],
    ],
  ] as const)("%s", (_why, opening, fileName, want) => {
    const text = [...opening, "Operator: Our first question comes from Raj Patel with Cobalt.", "Raj Patel: What about margins?", "Ann Lee: Up."].join("\n");
    const t = parseTranscript(text, { fileName });
    expect([t.call.fiscalYear, t.call.fiscalQuarter, t.call.periodSource]).toEqual(want);
  });

  it("when the opening misspeaks the year and the host corrects it, keeps the period the file name agrees with", () => {
    const text = [
      "Operator: Welcome to the Larkspur Networks Third Quarter 2023 Earnings Conference Call.",
      "Ann Lee: Thank you for joining Larkspur's Third Quarter 2025 Earnings Conference Call. Revenue grew.",
      "Operator: Our first question comes from Raj Patel with Cobalt.",
      "Raj Patel: What about margins?",
      "Ann Lee: Up.",
    ].join("\n");
    const corrected = parseTranscript(text, { fileName: "larkspur-networks-2025-q3.txt" });
    expect([corrected.call.fiscalYear, corrected.call.fiscalQuarter, corrected.call.periodSource]).toEqual([2025, 3, "text"]);
    // With no file name to side with, the first period said is kept.
    const first = parseTranscript(text, { fileName: "call.txt" });
    expect([first.call.fiscalYear, first.call.fiscalQuarter]).toEqual([2023, 3]);
  });
});
