import { describe, expect, it } from "vitest";
import { T_BREAK, T_CAPITAL, T_SENTENCE_START, tokenize } from "../../src/extract/text/tokens.js";
import { words } from "../../src/extract/topics/topic-terms.js";
import { intern, lookup, wordOf } from "../../src/extract/text/vocabulary.js";

const lowers = (text: string) => words(text).map((w) => w.lower);

describe("shared tokenizer", () => {
  it.each([
    ["We're rolling out G.fast and NG-PON2 this year.", ["rolling", "g.fast", "ng-pon2"]],
    ["OK, so the CAF II money is 49-ish percent of it.", ["caf ii", "money", "percent"]],
    ["Customers like AT&T's network; they've said it's a 1.5x uplift over 2,000 units.", ["customers", "at&t", "network", "uplift", "units"]],
    ["The U.S. market and IT spend, the 1-year plan.", ["u.s", "market", "it", "spend", "plan"]],
    ["That’s a company’s GigaCenter.", ["company", "gigacenter"]],
  ])("%s", (text, expected) => {
    expect(lowers(text)).toEqual(expected);
  });

  it("marks capitals, sentence starts and phrase breaks", () => {
    const text = "Revenue grew. GigaCenter sales, mostly in Texas";
    const tk = tokenize([text]);
    const at = (w: string) => {
      for (let i = 0; i < tk.count; i++) if (text.slice(tk.start[i]!, tk.end[i]!) === w) return tk.flags[i]!;
      throw new Error(w);
    };
    expect(at("Revenue") & (T_CAPITAL | T_SENTENCE_START)).toBe(T_CAPITAL | T_SENTENCE_START);
    expect(at("GigaCenter") & T_SENTENCE_START).toBe(T_SENTENCE_START);
    expect(at("sales") & T_BREAK).toBe(0);
    expect(at("Texas") & T_BREAK).toBe(T_BREAK);
  });

  it("keeps one id per word whatever its case or apostrophe, and numbers tokens per turn", () => {
    const tk = tokenize(["Fios growth", "FIOS and fios"]);
    expect(tk.turnFirst[1]).toBe(2);
    expect(tk.count).toBe(4);
    expect(tk.id[0]).toBe(tk.id[2]);
    expect(tk.id[2]).toBe(tk.id[3]);
    expect(wordOf(tk.id[0]!)).toBe("fios");
    const id = intern("o'neil");
    expect(lookup("O’Neil")).toBe(id);
  });

  it("gives every word the id the vocabulary holds for it, before and after it forgets other calls' words", () => {
    const letters = (i: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join("");
    // 100,000 new short words: more than the vocabulary keeps across calls.
    const many = Array.from({ length: 100_000 }, (_, i) => `zq${letters(i)}`).join(" ");
    const sample = "Zqaaaa GigaCenter zqbbbb, the ZQCCCC subscribers and zqaaaab’s network";
    for (const texts of [[many, sample], [sample]]) {
      const tk = tokenize(texts);
      for (let i = 0; i < tk.count; i++) {
        const word = texts[tk.turn[i]!]!.slice(tk.start[i]!, tk.end[i]!);
        expect(tk.id[i], word).toBe(lookup(word));
      }
    }
  });

  it("never throws on odd input", () => {
    for (const s of ["", "’’’", "a.b.c.", "+++", "A+ B++", "\u0000\uffff", "x".repeat(5000), "I II III"]) expect(() => tokenize([s])).not.toThrow();
  });
});
