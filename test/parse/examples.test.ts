import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/parse/index.js";
import { projectRoot } from "./shared-paths.js";

/** The project's own sample calls (examples/) feed `npm start` and the README: they must parse fully. */
const EXAMPLES: [file: string, layout: string, quarter: string, presentation: number, qa: number, analysts: string[]][] = [
  ["larkspur-2024-q3.txt", "streetevents", "2024-Q3", 4, 19, ["Maria Chen", "Raj Patel", "Ellen Brooks", "Maria Chen"]],
  ["larkspur-2024-q4.txt", "streetevents2022", "2024-Q4", 4, 13, ["Maria Chen", "Raj Patel", "Unidentified Analyst"]],
  ["LRKN_q1_2025.json", "json", "2025-Q1", 4, 12, ["Raj Patel", "Ellen Brooks", "Maria Chen"]],
  ["larkspur-2025-q2.txt", "seekingalpha", "2025-Q2", 4, 12, ["Maria Chen", "Raj Patel", "Ellen Brooks"]],
];

describe("examples/", () => {
  it.each(EXAMPLES)("%s reads as %s, %s", (file, layout, quarter, presentation, qa, analysts) => {
    const t = parseTranscript(readFileSync(path.join(projectRoot, "examples", file)), { fileName: file });
    expect(t.format).toBe(layout);
    expect(`${t.call.fiscalYear}-Q${t.call.fiscalQuarter}`).toBe(quarter);
    expect(t.call.company).toMatch(/^Larkspur Networks/);
    expect(t.turns.filter((x) => x.section === "presentation")).toHaveLength(presentation);
    expect(t.turns.filter((x) => x.section === "qa")).toHaveLength(qa);
    expect(t.exchanges.map((e) => e.analyst)).toEqual(analysts);
    const tom = t.participants.find((p) => p.name === "Thomas O'Keefe");
    expect(tom).toMatchObject({ role: "executive", title: expect.stringMatching(/CFO|Chief Financial Officer/) });
    expect(t.participants.find((p) => p.name === "Maria Chen")?.organization).toMatch(/^Harbor Point Securities/);
  });
});
