import { describe, expect, it } from "vitest";
import { excerptWindows, findTerms, locateQuote, mergeRanges, queryWords, segments } from "../../web/src/lib/highlight.js";

describe("locateQuote", () => {
  const text = "Revenue was up. We saw revenues of $99.1 million. Again, revenues of $99.1 million.";

  it("finds a quote whose line break is a space in the turn", () => {
    const range = locateQuote(text, "revenues of $99.1\nmillion.", 20)!;
    expect(text.slice(range.start, range.end)).toBe("revenues of $99.1 million.");
    expect(range.start).toBe(23);
  });

  it("picks the occurrence nearest the offset the graph gives", () => {
    expect(locateQuote(text, "revenues of $99.1 million.", 70)!.start).toBe(57);
  });

  it("answers null when the words are not there", () => {
    expect(locateQuote(text, "gross margin of 51%", 0)).toBeNull();
    expect(locateQuote(text, "   ", 0)).toBeNull();
  });
});

describe("findTerms", () => {
  it("marks whole words, any case, the longest name first", () => {
    const text = "The CAF II program and caf ii, not CAF III or CAFII.";
    const found = findTerms(text, ["CAF II", "CAF II program"]).map((r) => text.slice(r.start, r.end));
    expect(found).toEqual(["CAF II program", "caf ii"]);
  });

  it("treats regular-expression characters in a name literally", () => {
    expect(findTerms("R&D and (R+D)", ["R+D", "R&D"]).length).toBe(2);
    expect(findTerms("anything", [" "])).toEqual([]);
  });
});

describe("segments", () => {
  it("cuts text into plain and marked pieces, merging overlaps and clipping out-of-range marks", () => {
    expect(segments("abcdefgh", [{ start: 2, end: 4 }, { start: 3, end: 5 }, { start: 7, end: 20 }])).toEqual([
      { text: "ab", marked: false },
      { text: "cde", marked: true },
      { text: "fg", marked: false },
      { text: "h", marked: true },
    ]);
    expect(mergeRanges([{ start: 5, end: 5 }])).toEqual([]);
  });

  it("splits a search into the words the API matches", () => {
    expect(queryWords('  "CAF II",  vectoring ')).toEqual(["CAF", "II", "vectoring"]);
  });
});

describe("excerptWindows", () => {
  const text = Array.from({ length: 100 }, (_, i) => `word${i}`).join(" ");

  it("shows the words around each mark, merging windows that meet, cut at word boundaries", () => {
    const first = text.indexOf("word10 ");
    const second = text.indexOf("word14 ");
    const far = text.indexOf("word90");
    const windows = excerptWindows(text, [{ start: first, end: first + 6 }, { start: second, end: second + 6 }, { start: far, end: far + 6 }], 20);
    expect(windows).toHaveLength(2);
    for (const window of windows) {
      expect(window.start === 0 || text[window.start - 1] === " ").toBe(true);
      expect(window.end === text.length || text[window.end] === " ").toBe(true);
    }
    expect(text.slice(windows[0]!.start, windows[0]!.end)).toContain("word10 word11 word12 word13 word14");
    expect(text.slice(windows[1]!.start, windows[1]!.end)).toContain("word90");
  });

  it("gives the opening of a text without marks, and the whole of a short one", () => {
    expect(excerptWindows(text, [], 30)[0]!.start).toBe(0);
    expect(excerptWindows("short text", [{ start: 0, end: 5 }], 200)).toEqual([{ start: 0, end: 10 }]);
  });
});
