/**
 * Words read from wink's tagged tokens (src/extract/text/tokens.ts): each glue rule with the
 * sentences it is for. Sentences written for this test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagText } from "../../src/extract/text/nlp.js";
import { readWords, type Word } from "../../src/extract/text/tokens.js";

const read = (text: string): Word[] => readWords(text, tagText(text));
const texts = (text: string) => read(text).map((w) => w.text);

describe("readWords", () => {
  it.each([
    ["hyphen compounds", "We sell Wi-Fi gear and same-restaurant sales grew.", ["Wi-Fi", "same-restaurant"]],
    ["a dotted initial before lower-case letters", "Our G.fast trials started.", ["G.fast"]],
    ["a number before a few letters (not a quantity: \"4K\" may be 4,000)", "The 5G and 3D rollout.", ["5G", "3D"]],
    ["a Roman numeral after a name", "CAF II and CAF I funds arrived.", ["CAF II", "CAF I"]],
    ["a small number after a product-like name", "iPhone 15 sales and Wi-Fi 6 routers.", ["iPhone 15", "Wi-Fi 6"]],
    ["one capital after a name", "Deliveries of the Model Y rose.", ["Model Y"]],
    ["a name without its prefix", "Our non-Olive Garden brands and pre-COVID levels.", ["Olive", "COVID"]],
  ])("glues %s", (_rule, text, expected) => {
    expect(texts(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ["CAF I think it is fine.", "CAF I"],
    ["Revenue in March 15 days later.", "March 15"],
    ["Slide 9 shows it.", "Slide 9"],
    ["The iPhone 15% of sales.", "iPhone 15"],
  ])("does not glue in %s", (text, not) => {
    expect(texts(text)).not.toContain(not);
  });

  it("marks contractions, with or without the apostrophe, and possessives", () => {
    const ws = read("We're sure weve seen it. Ill say that Thats fine, and Olive Garden's sales grew.");
    const by = (t: string) => ws.find((w) => w.text === t)!;
    for (const c of ["We're", "weve", "Ill", "Thats"]) expect(by(c).contraction, c).toBe(true);
    expect(by("Garden").possessive).toBe(true);
    expect(by("sales").contraction).toBe(false);
  });

  it("marks sentence starts and breaks, and keeps every word's offsets", () => {
    const text = "Revenue grew. GigaCenter sales, mostly in Texas";
    const ws = read(text);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
    const by = (t: string) => ws.find((w) => w.text === t)!;
    expect(by("Revenue").sentenceStart).toBe(true);
    expect(by("GigaCenter").sentenceStart).toBe(true);
    expect(by("sales").breakBefore).toBe(false);
    expect(by("mostly").breakBefore).toBe(true);
  });

  it("calls acronyms and product-like spellings coined", () => {
    const ws = read("The SDN, NG-PON2 and GigaCenter gear, not the U.S. market.");
    const coined = ws.filter((w) => w.coined).map((w) => w.text);
    expect(coined).toEqual(["SDN", "NG-PON2", "GigaCenter"]);
  });

  it("calls a name of Mc or O' a name as written, not coined ('McKenna', 'O'Brien')", () => {
    const ws = read("Thanks to Marty McKenna and Pat O'Brien for the GigaCenter update.");
    expect(ws.filter((w) => w.coined).map((w) => w.text)).toEqual(["GigaCenter"]);
  });

  it("never throws and keeps offsets on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      for (const w of read(s)) expect(s.slice(w.start, w.end)).toBe(w.text);
    }), { numRuns: 300 });
  });
});
