/**
 * A long turn is tagged in pieces cut between sentences (src/extract/text/nlp.ts): the tags and
 * offsets must be those of tagging the whole text at once.
 */
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { tagText } from "../../src/extract/text/nlp.js";

const SENTENCES = [
  "Revenue for the second quarter was $412 million, up 8% from a year ago.",
  "In Europe, orders grew 12% as our Northstar platform won three new carriers.",
  "We expect adjusted EPS of $2.40 to $2.55 for the full year.",
  "Gross margin was 41.2%, up 80 basis points, driven by price and mix.",
  "Thanks, operator. Our first question comes from Raj Patel with Cobalt.",
];

describe("tagging a long turn in pieces", () => {
  it("gives the tokens, tags, offsets and sentences of tagging it whole", () => {
    let text = "";
    for (let i = 0; text.length < 50_000; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
    const got = tagText(text);
    const w = winkNLP(model, ["sbd", "pos"]);
    const doc = w.readDoc(text);
    const values = doc.tokens().out(w.its.value) as string[];
    const pos = doc.tokens().out(w.its.pos) as string[];
    expect(got.tokens.map((t) => t.text)).toEqual(values);
    expect(got.tokens.map((t) => t.pos)).toEqual(pos);
    for (const t of got.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(got.sentences.length).toBe(doc.sentences().length());
    for (const s of got.sentences) expect(got.tokens[s.first]!.start).toBe(s.start);
  });
});
