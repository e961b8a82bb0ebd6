import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchingPassage, MAX_SEARCH_WORDS, searchTerms, toLuceneQuery } from "../../src/api/search-text.js";

describe("toLuceneQuery", () => {
  it.each([
    ["vectoring", "+text:vectoring"],
    ["CAF II", "+text:CAF +text:II"],
    ["G.fast", "+text:G.fast"],
    ["NG-PON2", "+text:NG\\-PON2"],
    ["companyId:secret OR *", "+text:companyId\\:secret +text:or"],
    ['"broadband stimulus"', '+text:\\"broadband +text:stimulus\\"'],
    ["a AND b", "+text:a +text:and +text:b"],
    ["(x) [y] {z} ^~?/\\", "+text:\\(x\\) +text:\\[y\\] +text:\\{z\\}"],
  ])("escapes %j as %j, each word asked of the turn's text", (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });

  it("refuses text without a word, saying what it found", () => {
    expect(() => toLuceneQuery("  * ? ")).toThrow('Expected search text with at least one word, found "  * ? "');
  });

  it(`takes ${MAX_SEARCH_WORDS} words and refuses more`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    expect(toLuceneQuery(words(MAX_SEARCH_WORDS)).split(" ")).toHaveLength(MAX_SEARCH_WORDS);
    expect(() => toLuceneQuery(words(MAX_SEARCH_WORDS + 1))).toThrow(`Expected search text of at most ${MAX_SEARCH_WORDS} words, found ${MAX_SEARCH_WORDS + 1}`);
  });

  it("never lets a Lucene special character through unescaped", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        let query: string;
        try {
          query = toLuceneQuery(text);
        } catch {
          return;
        }
        const unescaped = query.replace(/\\./g, "").replace(/(^|\s)\+text:/g, "$1");
        expect(unescaped).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
      }),
    );
  });
});

describe("matchingPassage", () => {
  const text =
    "Thanks for the question. We shipped more systems this quarter. On vectoring, our customers keep deploying it widely. " +
    "That is all for now.";

  it("picks the sentence with the search words and highlights them", () => {
    const passage = matchingPassage({ text, query: "vectoring", maxLength: 60 });
    expect(passage.text).toBe("On vectoring, our customers keep deploying it widely.");
    expect(passage.start).toBe(text.indexOf("On vectoring"));
    expect(passage.highlights).toEqual([{ start: 3, end: 12 }]);
  });

  it("widens with neighbouring sentences up to the length", () => {
    const passage = matchingPassage({ text, query: "vectoring", maxLength: 200 });
    expect(passage.text).toContain("On vectoring");
    expect(passage.text.length).toBeLessThanOrEqual(200);
    expect(text.slice(passage.start, passage.start + passage.text.length)).toBe(passage.text);
  });

  it("matches whole words only", () => {
    expect(matchingPassage({ text: "Revectoring. Vectoring!", query: "vectoring", maxLength: 12 }).text).toBe("Vectoring!");
  });

  it("splits search text as Lucene does", () => {
    expect(searchTerms("CAF-II (phase 2)")).toEqual(["CAF", "II", "phase", "2"]);
  });
});
