import { describe, expect, it } from "vitest";
import { countKeyMentions, countMentions } from "../../src/load/count-mentions.js";

describe("countMentions", () => {
  it("counts whole-word occurrences of any name, case-insensitively", () => {
    expect(countMentions("SDN here, sdn there; SDNs no; ISDN no.", ["SDN"])).toBe(2);
  });

  it("counts a longer alias once, not also as the shorter name inside it", () => {
    expect(countMentions("CAF II funds and CAF I funds", ["CAF I", "CAF II"])).toBe(2);
  });

  it("takes names with punctuation literally", () => {
    expect(countMentions("G.fast and Gxfast; AT&T and AT&T.", ["G.fast", "AT&T"])).toBe(3);
  });

  it("is 0 for no names or no match", () => {
    expect(countMentions("nothing", [])).toBe(0);
    expect(countMentions("nothing", [" "])).toBe(0);
    expect(countMentions("nothing", ["else"])).toBe(0);
  });
});

describe("countKeyMentions", () => {
  it.each([
    ["Dining rooms and a dining room; dining-room", "dining room", 3],
    ["e-commerce and E commerce, not ecommerce", "e commerce", 2],
    ["Our lens platform and the LENS PLATFORMS", "len platform", 2],
    ["categories and a category", "category", 2],
    ["G.fast, not gxfast; CAF II but not CAF III", "g.fast", 1],
    ["CAF II but not CAF III", "caf ii", 1],
    ["Olive Garden's sales at Olive Gardens", "olive garden", 2],
  ])("%s: %s × %i", (text, key, n) => {
    expect(countKeyMentions(text, key)).toBe(n);
  });
});
