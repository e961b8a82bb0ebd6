/**
 * How mentioned organizations are named: "&" abbreviations that are business vocabulary are not
 * organizations, and a firm whose name ends in "'s" keeps it. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { Transcript } from "../../src/model/transcript.js";

function call(texts: string[]): Transcript {
  let text = "";
  const turns = texts.map((t, index) => {
    const start = text.length;
    text += `${t}\n`;
    return { index, section: "presentation" as const, speaker: "Cy Cfo", text: t, start, end: start + t.length, line: index + 1 };
  });
  return {
    format: "plain", source: { name: null, sha256: "", bytes: text.length, encoding: "utf-8" }, text,
    call: { company: "Example Corp", ticker: null, fiscalYear: 2021, fiscalQuarter: 2, date: null, periodSource: null },
    participants: [{ name: "Cy Cfo", role: "executive", organization: "Example Corp", title: "CFO", aliases: [], turns: texts.length, anonymous: false }],
    turns, exchanges: [], diagnostics: [],
  };
}

const orgsOf = (texts: string[]) => extract(call(texts)).mentions.organizations.map((o) => o.name);

describe("mentioned organizations: '&' abbreviations and names ending in 's", () => {
  it("reads business abbreviations with '&' as vocabulary, not as organizations", () => {
    const orgs = orgsOf([
      "Our R&D spending rose while M&A stayed quiet, and PP&E grew with the plant.",
      "We track the S&P 500 closely. Our FP&A team rebuilt the model. We closed two M&As and more M&A-related work is ahead.",
    ]);
    for (const word of ["R&D", "M&A", "PP&E", "S&P", "FP&A", "M&As", "M&A-related"]) expect(orgs).not.toContain(word);
  });

  it("keeps a company written with '&', and S&P followed by a name", () => {
    const orgs = orgsOf([
      "Customers like AT&T keep buying, and AT&T is expanding its fiber build.",
      "We were pleased that S&P Global raised our rating this quarter.",
    ]);
    expect(orgs).toEqual(expect.arrayContaining(["AT&T", "S&P Global"]));
  });

  it("names a firm whose every mention ends in 's with it, and a possessive owner without it", () => {
    const orgs = orgsOf([
      "In May we acquired Brindlewick, a maker of sensing modules. Brindlewick's margins are strong.",
      "Moody's upgraded our rating, and we thank Moody's and the other agencies.",
    ]);
    expect(orgs).toContain("Moody's");
    expect(orgs).not.toContain("Moody");
    expect(orgs).toContain("Brindlewick");
    expect(orgs).not.toContain("Brindlewick's");
  });
});

describe("mentioned organizations: measures, pronouns and places are none; whole names are kept", () => {
  it("reads measures, contractions and places as no organization", () => {
    const orgs = orgsOf([
      "EBITDAre rose and RevPAR grew while SSG&A fell; GAAP EPS was up. Im sure Ive said so in Maui and in Brazil.",
      "EBITDAre again, RevPAR again, and our Brazilian customers in Maui.",
    ]);
    for (const word of ["EBITDAre", "RevPAR", "SSG&A", "GAAP EPS", "GAAP", "Im", "Ive", "Maui", "Brazilian"]) expect(orgs).not.toContain(word);
  });

  it("keeps a name whole: a number word and 'of' inside it", () => {
    const orgs = orgsOf([
      "We signed a management agreement with Four Seasons, and the Department of Justice closed its review.",
      "Four Seasons opened two hotels. The Department of Justice said nothing more.",
    ]);
    expect(orgs).toEqual(expect.arrayContaining(["Four Seasons", "Department of Justice"]));
    expect(orgs).not.toContain("Seasons");
  });
});

describe("mentioned organizations: what the call calls its own, verbs, and short forms", () => {
  it("reads a name the call calls a brand or product as no organization", () => {
    const orgs = orgsOf([
      "The acquisition of the Quillmark Suites brand in 2018 paid off, and we acquired Roofstack too.",
      "The Quillmark Suites brand grew again.",
    ]);
    expect(orgs).not.toContain("Quillmark Suites");
    expect(orgs).toContain("Roofstack");
  });

  it("reads a verb opening a sentence as no organization, whatever follows", () => {
    expect(orgsOf(["Good morning. Listen, the engineering business in the UK is small."])).not.toContain("Listen");
  });

  it("counts a name's first word as that name", () => {
    const found = extract(call(["We signed agreements with new partners such as Penn National Gaming.", "Members earn points at these Penn properties."])).mentions.organizations;
    expect(found.map((o) => o.name)).toEqual(["Penn National Gaming"]);
    expect(found[0]!.aliases).toContain("Penn");
  });
});

describe("mentioned people: a role stands next to the name", () => {
  const peopleOf = (texts: string[]) => extract(call(texts)).mentions.people.map((p) => p.name);

  it("reads no person from a role said elsewhere in a long sentence, nor from 'as I just said'", () => {
    expect(peopleOf([
      "As I just said, last quarter we introduced Zephyr Advanced, which gives enterprises every capability they need to run their containers securely at scale, and our chief technology officer expects more adoption.",
      "At Greyrock Creek, we are lowering our cash cost and all in sustaining cash cost guidance for the year, and our chief financial officer is going to speak more about that in a minute.",
    ])).toEqual([]);
  });

  it("reads a person whose name a role or a spoken word stands next to", () => {
    expect(peopleOf([
      "And I'm delighted to announce Tolvar Quenby will be joining the group from March 1 and assuming the position of EVP.",
      "I think it was Ardel Vostrik, who said that streaming competed with sleep.",
    ])).toEqual(["Tolvar Quenby", "Ardel Vostrik"]);
  });
});

describe("a brand named after a person", () => {
  const texts = [
    "Turning now to Kate Vellmor. The brand made progress in the quarter. At Kate Vellmor, our new handbag collection sold well.",
    "We are reaching the core Kate Vellmor consumer, and our Kate Vellmor community keeps growing. Kate Vellmor remains on the right path.",
    "I think it was Ardel Vostrik, who said that streaming competed with sleep.",
  ];

  it("is no person where the call says it where a business is ('at Kate Vellmor', 'our Kate Vellmor community'), and a person spoken of as one stays one", () => {
    const people = extract(call(texts)).mentions.people.map((p) => p.name);
    expect(people).not.toContain("Kate Vellmor");
    expect(people).toContain("Ardel Vostrik");
  });

  it("is a topic of the call", () => {
    expect(extract(call(texts)).topics.map((t) => t.name)).toContain("Kate Vellmor");
  });
});
