import { describe, expect, it } from "vitest";
import { firmFromIntroduction } from "../../src/parse/analyst-firm.js";

describe("firmFromIntroduction", () => {
  it.each([
    ["Our next question comes from Maria Chen with Harbor Point Securities. Your line is open.", "Maria Chen", "Harbor Point Securities"],
    ["Next is Raj Patel of Cobalt. Please go ahead.", "Raj Patel", "Cobalt"],
    ["Our next question is from Seth Seifman with J.P. Morgan.", "Seth Seifman", "J.P. Morgan"],
    ["We go to Dana Wu from Raymond James & Associates, Inc. Your line is open.", "Dana Wu", "Raymond James & Associates"],
  ])("%s", (intro, analyst, firm) => {
    expect(firmFromIntroduction({ intro, analyst })).toBe(firm);
  });

  it("is null when the operator names no firm", () => {
    expect(firmFromIntroduction({ intro: "Next is Raj Patel. Please go ahead.", analyst: "Raj Patel" })).toBeNull();
  });
});
