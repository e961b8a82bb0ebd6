import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { Transcript } from "../../src/model/transcript.js";

/** Speech made of the pieces extraction reacts to, shuffled into arbitrary text. */
const piece = fc.constantFrom(
  "revenue", "gross margin", "EPS", "operating expenses", "guidance", "expect", "between", "and", "to", "or", "of",
  "$", "$1", "$99.1 million", "negative $0.06", "49%", "49% to 50%", "1.15:1", "37 days", "4 times", "bps", "Q2", "Q3 of 2014",
  "last year's", "first half", "the quarter", "a year ago", "respectively", "per share", ".", ",", "--", "Mr.", "CAF II", "G.fast",
  "Aamir Hussain", "AT&T", "unless otherwise noted", "non-GAAP", "\n", " ", "'s",
);
const speech = fc.oneof(fc.array(piece, { maxLength: 60 }).map((p) => p.join(" ")), fc.string({ maxLength: 200 }));

function transcript(texts: string[], year: number | null, quarter: number | null): Transcript {
  let text = "";
  const turns = texts.map((t, index) => {
    const start = text.length;
    text += `${t}\n`;
    return { index, section: index % 2 ? ("qa" as const) : ("presentation" as const), speaker: index % 3 === 0 ? "Ann Analyst" : "Cy Cfo", text: t, start, end: start + t.length, line: index + 1 };
  });
  return {
    format: "plain", source: { name: null, sha256: "", bytes: text.length, encoding: "utf-8" }, text,
    call: { company: "Example Corp", ticker: null, fiscalYear: year, fiscalQuarter: quarter, date: null, periodSource: null },
    participants: [
      { name: "Ann Analyst", role: "analyst", organization: "Some Bank", title: null, aliases: [], turns: 1, anonymous: false },
      { name: "Cy Cfo", role: "executive", organization: "Example Corp", title: "CFO", aliases: [], turns: 1, anonymous: false },
    ],
    turns, exchanges: [], diagnostics: [],
  };
}

describe("extract", () => {
  it("never throws, and keeps its contracts, on arbitrary speech", () => {
    fc.assert(
      fc.property(fc.array(speech, { maxLength: 6 }), fc.option(fc.integer({ min: 1990, max: 2040 })), fc.option(fc.integer({ min: 1, max: 4 })), (texts, year, quarter) => {
        const t = transcript(texts, year, quarter);
        const e = extract(t);
        for (const m of e.metrics) {
          expect(t.text.slice(m.start, m.end)).toBe(m.quote);
          expect(m.statedBy === "analyst").toBe(m.speaker === "Ann Analyst");
        }
        for (const topic of e.topics) expect([...topic.mentions].sort((a, b) => a - b)).toEqual(topic.mentions);
      }),
      { numRuns: 300 },
    );
  });
});
