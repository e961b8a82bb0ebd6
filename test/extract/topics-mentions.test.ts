import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { Transcript } from "../../src/model/transcript.js";

/** A small call of our own writing: the company "Example Corp" and one analyst. */
function call(texts: string[]): Transcript {
  let text = "";
  const turns = texts.map((t, index) => {
    const start = text.length;
    text += `${t}\n`;
    return { index, section: "presentation" as const, speaker: index % 2 ? "Ann Analyst" : "Cy Cfo", text: t, start, end: start + t.length, line: index + 1 };
  });
  return {
    format: "plain", source: { name: null, sha256: "", bytes: text.length, encoding: "utf-8" }, text,
    call: { company: "Example Corp", ticker: null, fiscalYear: 2021, fiscalQuarter: 2, date: null, periodSource: null },
    participants: [
      { name: "Ann Analyst", role: "analyst", organization: "Some Bank", title: null, aliases: [], turns: 1, anonymous: false },
      { name: "Cy Cfo", role: "executive", organization: "Example Corp", title: "CFO", aliases: [], turns: 1, anonymous: false },
    ],
    turns, exchanges: [], diagnostics: [],
  };
}

const speech = [
  "In May we acquired Brindlewick, a maker of sensing modules, and we closed the Quorvane acquisition. OK, so the Zentrix platform grew.",
  "We're pleased. The impact was immaterial, maybe 49-ish percent of the prior level. Customers like Halvorsen Telecom keep buying the Zentrix platform.",
  "The test and simulation business did well and the FX effect was immaterial; we agreed to sell the test and simulation business to Marrowgate Tool Works. Brindlewick is doing well.",
  "OK. We're seeing the Zentrix platform win. It was immaterial again, 49-ish percent. The test and simulation business stays strong.",
];

describe("topics and mentioned organizations on our own sample call", () => {
  const e = extract(call(speech));
  const topicNames = new Set(e.topics.flatMap((t) => [t.name, ...t.aliases].map((n) => n.toLowerCase())));
  const orgs = e.mentions.organizations.map((o) => o.name);

  it("names companies by their context: acquired, 'X acquisition', customers like, sold to", () => {
    expect(orgs).toEqual(expect.arrayContaining(["Brindlewick", "Quorvane", "Halvorsen Telecom", "Marrowgate Tool Works"]));
  });

  it("counts a company wherever the call names it once its context showed it", () => {
    const b = e.mentions.organizations.find((o) => o.name === "Brindlewick");
    expect(b?.mentions).toEqual([0, 2]);
  });

  it("keeps contractions, interjections, hedged numbers and adjectives out of topics", () => {
    for (const junk of ["we're", "ok", "49-ish", "immaterial", "49-ish percent", "percent"]) expect(topicNames.has(junk)).toBe(false);
  });

  it("finds the product the call keeps returning to, with its variants", () => {
    expect([e.topics[0]?.name, ...(e.topics[0]?.aliases ?? [])]).toEqual(expect.arrayContaining(["Zentrix", "Zentrix platform"]));
  });

  it("finds an 'A and B head' phrase the call repeats", () => {
    expect(topicNames.has("test and simulation business")).toBe(true);
  });
});
