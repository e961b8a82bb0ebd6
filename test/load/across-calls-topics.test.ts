import { describe, expect, it } from "vitest";
import { acrossCallsChange, acrossCallsMentions } from "../../src/load/across-calls-topics.js";

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

describe("acrossCallsChange", () => {
  const held = (callId: string, n: number, across: { topicId: string; count: number }[]) => ({ turnId: `${callId}#t${n}`, callId, across });

  it("writes only what differs from what the graph holds, and names the other calls it touches with their topics", () => {
    const change = acrossCallsChange(
      [
        held("q1", 0, [{ topicId: "topic:olive garden", count: 1 }]),
        held("q1", 1, [{ topicId: "topic:dining room", count: 2 }]),
        held("q2", 0, []),
        held("q3", 0, []),
      ],
      [
        // Kept as held: nothing to write, q1 not touched by it.
        { topicId: "topic:olive garden", turns: [{ turnId: "q1#t0", count: 1 }] },
        // Its count changed: removed and added again.
        { topicId: "topic:dining room", turns: [{ turnId: "q1#t1", count: 3 }] },
        // New in q2 (touched) and in q3, the loaded call (counted whole by the load, so no scope).
        { topicId: "topic:covid 19", turns: [{ turnId: "q2#t0", count: 1 }, { turnId: "q3#t0", count: 2 }] },
      ],
      "q3",
    );
    expect(change.removed).toEqual([{ turnId: "q1#t1", topicId: "topic:dining room" }]);
    expect(change.rows).toEqual([
      { topicId: "topic:dining room", turns: [{ turnId: "q1#t1", count: 3 }] },
      { topicId: "topic:covid 19", turns: [{ turnId: "q2#t0", count: 1 }, { turnId: "q3#t0", count: 2 }] },
    ]);
    expect(change.scopes).toEqual([
      { callId: "q1", topics: ["topic:dining room"] },
      { callId: "q2", topics: ["topic:covid 19"] },
    ]);
  });

  it("removes what no longer holds and changes nothing when all still holds", () => {
    const before = [held("a", 0, [{ topicId: "topic:x", count: 1 }]), held("b", 0, [])];
    expect(acrossCallsChange(before, [], "b")).toEqual({ removed: [{ turnId: "a#t0", topicId: "topic:x" }], rows: [], scopes: [{ callId: "a", topics: ["topic:x"] }] });
    expect(acrossCallsChange(before, [{ topicId: "topic:x", turns: [{ turnId: "a#t0", count: 1 }] }], "b")).toEqual({ removed: [], rows: [], scopes: [] });
  });
});
