import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/text/sentences.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("sentence splitting", () => {
  it.each<[string, string[]]>([
    // Titles, initials and abbreviations inside a sentence do not end it.
    ["We thank Mr. Alvarez and Dr. Brandt. They joined in May.", ["We thank Mr. Alvarez and Dr. Brandt.", "They joined in May."]],
    ["Margins rose approx. 2 points vs. last year. Costs fell.", ["Margins rose approx. 2 points vs. last year.", "Costs fell."]],
    ["Sales in the U.S. were up 5% and U.K. sales were flat.", ["Sales in the U.S. were up 5% and U.K. sales were flat."]],
    ["Our partner is John Q. Public of Westbrook Co. Holdings.", ["Our partner is John Q. Public of Westbrook Co. Holdings."]],
    // An abbreviation that may close a sentence does so before a word that opens one.
    ["Demand was strongest in the U.S. We expect that to continue.", ["Demand was strongest in the U.S.", "We expect that to continue."]],
    ["We sold the unit to Harlow Inc. The proceeds were $40 million.", ["We sold the unit to Harlow Inc.", "The proceeds were $40 million."]],
    ["We compete with U.S. Steel in that market.", ["We compete with U.S. Steel in that market."]],
    ["Revenue was $5.2 million. Gross margin was 41%!", ["Revenue was $5.2 million.", "Gross margin was 41%!"]],
    // A letter after "&" ends a name ("P&L", "Q&A"), not an initial.
    ["Now turning to the rest of the P&L. Fourth quarter gross margin was 55%.", ["Now turning to the rest of the P&L.", "Fourth quarter gross margin was 55%."]],
    // So does a letter after a digit ("5.2x", "the low 4s").
    ["We now expect to exit the year at 5.2x. Our Board declared a dividend of $0.62 per share.", ["We now expect to exit the year at 5.2x.", "Our Board declared a dividend of $0.62 per share."]],
    // And a letter after a digit and a hyphen: a filing's name ("10-Q"), no initial.
    ["We direct you to our most recent Form 10-K and 10-Q. For the second quarter, we delivered earnings of $100.2 million.", ["We direct you to our most recent Form 10-K and 10-Q.", "For the second quarter, we delivered earnings of $100.2 million."]],
  ])("%s", (text, want) => {
    expect(split(text)).toEqual(want);
  });
});
