import { describe, expect, it } from "vitest";
import { acrossCallsMentions } from "../../src/load/across-calls-topics.js";

const turn = (callId: string, n: number, text: string, topics: string[] = []) => ({ turnId: `${callId}#t${n}`, callId, text, topics });

describe("acrossCallsMentions", () => {
  it("counts in each call the topics other calls of the company found, singular or plural", () => {
    const rows = acrossCallsMentions([
      turn("q1", 0, "Olive Garden sales grew; Olive Garden remodels too.", ["topic:olive garden"]),
      turn("q2", 0, "At Olive Gardens across the country, dining rooms reopened."),
      turn("q2", 1, "Nothing about it here.", ["topic:dining room"]),
      turn("q1", 1, "The dining-room count rose."),
    ]);
    expect(rows).toEqual([
      { topicId: "topic:dining room", turns: [{ turnId: "q1#t1", count: 1 }] },
      { topicId: "topic:olive garden", turns: [{ turnId: "q2#t0", count: 1 }] },
    ]);
  });

  it("adds nothing to a call that found the topic itself, or for a company of one call", () => {
    expect(acrossCallsMentions([turn("q1", 0, "Olive Garden", ["topic:olive garden"]), turn("q1", 1, "Olive Garden again")])).toEqual([]);
  });

  it("gives the same rows in any order of turns", () => {
    const turns = [turn("a", 0, "COVID-19 hit; covid 19 again", ["topic:covid 19"]), turn("b", 0, "Covid-19 and COVID 19."), turn("c", 2, "no")];
    expect(acrossCallsMentions([...turns].reverse())).toEqual(acrossCallsMentions(turns));
  });
});
