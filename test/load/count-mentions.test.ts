import { describe, expect, it } from "vitest";
import { countMentions } from "../../src/load/count-mentions.js";

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
