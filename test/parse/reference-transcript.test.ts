import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, sharedRoot } from "./shared-paths.js";

interface GoldParticipant {
  name: string;
  role: string;
  organization: string | null;
  title: string | null;
  turns: number;
}

interface Gold {
  turnsTotal: number;
  sections: { presentation: { turns: number }; qa: { turns: number } };
  participants: GoldParticipant[];
  qaOrder: string[];
}

// Needs ../shared (the reference transcript and its hand-labelled gold file).
describe.skipIf(!hasShared)("reference transcript (calix-2015-q2, StreetEvents)", () => {
  const file = path.join(sharedRoot, "seed", "calix-2015-q2.txt");
  // Read lazily: describe bodies run while collecting, even when the suite is skipped.
  let loaded: { gold: Gold; t: ReturnType<typeof parseTranscript> } | undefined;
  const load = () =>
    (loaded ??= {
      gold: JSON.parse(readFileSync(path.join(sharedRoot, "gold", "calix-2015-q2.json"), "utf-8")),
      t: parseTranscript(readFileSync(file), { fileName: "calix-2015-q2.txt" }),
    });

  it("reads the layout and the call the text states, inventing no date", () => {
    const { gold, t } = load();
    expect(t.format).toBe("streetevents");
    expect(t.call).toMatchObject({ company: "Calix, Inc.", fiscalYear: 2015, fiscalQuarter: 2, date: null, periodSource: "text" });
  });

  it("finds 84 turns: 5 in the presentation, 79 in the Q&A", () => {
    const { gold, t } = load();
    expect(t.turns).toHaveLength(gold.turnsTotal);
    expect(t.turns.filter((x) => x.section === "presentation")).toHaveLength(gold.sections.presentation.turns);
    expect(t.turns.filter((x) => x.section === "qa")).toHaveLength(gold.sections.qa.turns);
  });

  it("has the 11 participants with role, organization, title and turn count", () => {
    const { gold, t } = load();
    const got = t.participants.map(({ name, role, organization, title, turns }) => ({ name, role, organization, title, turns }));
    expect(new Set(got.map((p) => JSON.stringify(p)))).toEqual(new Set(gold.participants.map((p: GoldParticipant) => JSON.stringify(p))));
  });

  it("orders the Q&A slots as the operator introduces the analysts", () => {
    const { gold, t } = load();
    expect(t.exchanges.map((e) => e.analyst)).toEqual(gold.qaOrder);
  });

  it("treats page-break lines that start with a space as speaker lines", () => {
    const { gold, t } = load();
    const lines = readFileSync(file, "utf-8").split("\n");
    for (const n of [165, 349, 393, 436, 480, 569, 613]) {
      expect(lines[n - 1]).toMatch(/^ \S/);
      const next = t.turns.find((x) => x.line > n);
      expect(next?.speaker).toBe(lines[n - 1]!.trim().split(" - ")[0]);
    }
  });

  it("keeps offsets into the source: each turn's text is its slice with whitespace folded", () => {
    const { gold, t } = load();
    for (const turn of t.turns) {
      expect(t.text.slice(turn.start, turn.end).replace(/\s+/g, " ").trim()).toBe(turn.text);
      expect(t.text.split("\n")[turn.line - 1]!.trim().length).toBeGreaterThan(0);
    }
  });

  it("keeps the operator's turns out of the answers of each slot", () => {
    const { gold, t } = load();
    for (const e of t.exchanges) {
      expect(t.turns[e.turns[0]!]!.speaker).toBe(e.analyst);
      for (const i of e.turns) expect(t.turns[i]!.speaker).not.toBe("Operator");
    }
  });
});
