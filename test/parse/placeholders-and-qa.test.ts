import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.js";
import { fixturesRoot, hasShared, sharedRoot } from "./shared-paths.js";

describe("placeholder speakers", () => {
  it("marks `Unidentified Analyst` and `Unknown Speaker` anonymous, and named people not", () => {
    const file = path.join(fixturesRoot, "speaker-log", "larkspur-2026-q3-placeholders.txt");
    const t = parseTranscript(readFileSync(file), { fileName: file });
    const anonymous = Object.fromEntries(t.participants.map((p) => [p.name, p.anonymous]));
    expect(anonymous).toEqual({
      Operator: false,
      "Priya Raman": false,
      "Unidentified Analyst": true,
      "Dana Whitfield": false,
      "Omar Haddad": false,
      "Thomas O'Keefe": false,
      "Unknown Speaker": true,
    });
  });

  it("numbered `Speaker 2` labels are anonymous too", () => {
    const text = "Speaker 1: Welcome to the Larkspur Networks results call.\nPriya Raman: Revenue grew.\nSpeaker 2: What about margins?\nPriya Raman: Up.\n";
    const t = parseTranscript(text, { fileName: "x.txt" });
    expect(t.participants.filter((p) => p.anonymous).map((p) => p.name).sort()).toEqual(["Speaker 1", "Speaker 2"]);
  });
});

describe("Q&A start without heading or operator", () => {
  it("a hand-over scheduled for later ('after our remarks we will open the line') does not start the Q&A", () => {
    const text = [
      "Elena Varga: Good afternoon. After our prepared remarks, we will open the line for questions.",
      "Priya Raman: Revenue was $66.0 million. Margin was 48%.",
      "Thomas O'Keefe: Cash was $90 million.",
    ].join("\n");
    const t = parseTranscript(text, { fileName: "x.txt" });
    expect(t.turns.map((x) => x.section)).toEqual(["presentation", "presentation", "presentation"]);
    expect(t.diagnostics.map((d) => d.ruleId)).not.toContain("qa-inferred");
  });

  it("a host's 'first question comes from' turn opens the Q&A when nothing else says", () => {
    const text = [
      "Elena Varga: Good afternoon and welcome.",
      "Priya Raman: Revenue was $66.0 million.",
      "Elena Varga: Our first question comes from Dana Whitfield at Harbor Point Securities.",
      "Dana Whitfield: How big is the backlog?",
      "Priya Raman: It doubled.",
    ].join("\n");
    const t = parseTranscript(text, { fileName: "x.txt" });
    expect(t.turns.map((x) => x.section)).toEqual(["presentation", "presentation", "qa", "qa", "qa"]);
    expect(t.participants.find((p) => p.name === "Dana Whitfield")?.role).toBe("analyst");
    expect(t.exchanges.map((e) => [e.analyst, e.turns])).toEqual([["Dana Whitfield", [3, 4]]]);
  });
});

describe.skipIf(!hasShared)("placeholders and Q&A start in real transcripts (needs ../shared)", () => {
  it("equinix-2022-q3: the 'Unidentified Analyst' is anonymous and asks in one slot", () => {
    const t = parseTranscript(readFileSync(path.join(sharedRoot, "corpus/streetevents/equinix-2022-q3.txt")), { fileName: "equinix-2022-q3.txt" });
    expect(t.participants.filter((p) => p.anonymous).map((p) => p.name)).toEqual(["Unidentified Analyst"]);
    expect(t.exchanges.filter((e) => e.analyst === "Unidentified Analyst")).toHaveLength(1);
  });

  it("mongodb-2026-q1: the Q&A starts at the operator's turn after the CFO hands over (line 164)", () => {
    const t = parseTranscript(readFileSync(path.join(sharedRoot, "corpus/motleyfool/mongodb-2026-q1.txt")), { fileName: "mongodb-2026-q1.txt" });
    const first = t.turns.find((x) => x.section === "qa");
    expect(first?.line).toBe(164);
    expect(t.turns.slice(first!.index).every((x) => x.section === "qa")).toBe(true);
  });
});

describe("roles of people who speak only in the Q&A", () => {
  it("someone the presentation names as joining for the Q&A is an executive", () => {
    const json = JSON.stringify({
      prepared_remarks: [
        { speaker: "Operator", speech: "Welcome to the Larkspur Networks first quarter call." },
        { speaker: "Elena Varga", speech: "Thanks. With me is Priya Raman; joining us for the Q&A will be Marcus Lindqvist, head of our optics group." },
        { speaker: "Priya Raman", speech: "Revenue grew 9%." },
      ],
      q_and_a: [
        { speaker: "Operator", speech: "Our first question comes from Raj Patel with Cobalt." },
        { speaker: "Raj Patel", speech: "How is optics doing?" },
        { speaker: "Priya Raman", speech: "Marcus?" },
        { speaker: "Marcus Lindqvist", speech: "Optics grew 20%." },
      ],
      participants: [],
    });
    const t = parseTranscript(json, { fileName: "LRKN_q1_2026.json" });
    expect(t.participants.find((p) => p.name === "Marcus Lindqvist")).toMatchObject({ role: "executive", organization: "Larkspur Networks" });
    expect(t.exchanges.map((e) => [e.analyst, e.turns])).toEqual([["Raj Patel", [4, 5, 6]]]);
  });
});
