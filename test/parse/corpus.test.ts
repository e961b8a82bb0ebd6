import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Layout, Transcript } from "../../src/model/transcript.js";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, sharedRoot } from "./shared-paths.js";

/** Every file under the shared corpora parses; per layout, turns, speakers and sections come out. */

const CORPUS_LAYOUTS: Record<string, Layout[]> = {
  streetevents: ["streetevents2022"],
  seekingalpha: ["seekingalpha"],
  motleyfool: ["motleyfool", "motleyfool2025"],
  json: ["json"],
  plain: ["plain"],
  other: ["tagged-pdf"],
};

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f)).map((f) => path.join(dir, f)) : [];
}

function parseFile(file: string): Transcript {
  return parseTranscript(readFileSync(file), { fileName: path.basename(file) });
}

/**
 * Invariants every transcript keeps, whatever its layout; returns what is broken (plain checks, not
 * one `expect` per turn, so two thousand calls check in seconds).
 */
function inconsistencies(t: Transcript): string[] {
  const problems: string[] = [];
  const names = new Set(t.participants.map((p) => p.name));
  let previousEnd = 0;
  for (const turn of t.turns) {
    if (turn.start < previousEnd || turn.end <= turn.start || turn.end > t.text.length) problems.push(`turn ${turn.index}: offsets ${turn.start}-${turn.end}`);
    if (turn.text.length === 0) problems.push(`turn ${turn.index}: empty text`);
    if (turn.speaker !== null && !names.has(turn.speaker)) problems.push(`turn ${turn.index}: speaker ${turn.speaker} is no participant`);
    previousEnd = turn.end;
  }
  const spoken = t.participants.reduce((n, p) => n + p.turns, 0);
  if (spoken !== t.turns.filter((x) => x.speaker !== null).length) problems.push("participants' turn counts do not add up");
  const roles = new Map(t.participants.map((p) => [p.name, p.role]));
  for (const e of t.exchanges) {
    if (roles.get(e.analyst) !== "analyst" || t.turns[e.turns[0]!]?.speaker !== e.analyst) problems.push(`exchange ${e.index} does not open with its analyst`);
    for (const i of e.turns) {
      if (t.turns[i]?.section !== "qa" || roles.get(t.turns[i]!.speaker!) === "operator") problems.push(`exchange ${e.index} holds turn ${i}`);
    }
  }
  return problems;
}

describe.skipIf(!hasShared)("shared corpus (needs ../shared)", () => {
  for (const [dir, layouts] of Object.entries(CORPUS_LAYOUTS)) {
    it.each(files(path.join(sharedRoot, "corpus", dir)).map((f) => [path.basename(f), f]))(`${dir}/%s`, (_name, file) => {
      const t = parseFile(file);
      expect(layouts).toContain(t.format);
      expect(inconsistencies(t)).toEqual([]);
      if (t.format === "plain") {
        expect(t.turns.map((x) => x.section)).toEqual(["unattributed"]);
        expect(t.diagnostics.map((d) => d.ruleId)).toContain("no-speakers");
      } else {
        expect(t.turns.some((x) => x.section === "presentation")).toBe(true);
        expect(t.turns.some((x) => x.section === "qa")).toBe(true);
        if (t.participants.some((p) => p.role === "analyst")) expect(t.exchanges.length).toBeGreaterThan(0);
        expect(t.participants.some((p) => p.role === "executive")).toBe(true);
      }
      if (t.format === "motleyfool2025") {
        const start = t.text.search(/^Full Conference Call Transcript\s*$/m);
        expect(t.turns[0]!.start).toBeGreaterThan(start);
      }
    });
  }
});

const isMarker = (speaker: string) => /^(?:questions?\s*(?:and|&)\s*answers?|contents|prepared remarks)\s*:?$/i.test(speaker.trim());
const ends = (speaker: string) => /^(?:duration\s*:.*|call participants\s*:?)$/i.test(speaker.trim());

/**
 * For each JSON call: one turn per non-empty `speech` entry, leaving out the `Duration: N minutes`
 * trailer, table-of-contents entries used as section markers, and what follows `Call participants:`;
 * every speaker is a participant; the Q&A holds at least the `q_and_a` entries.
 */
function jsonTurnProblems(file: string): string[] {
  const doc = JSON.parse(readFileSync(file, "utf-8")) as Record<string, { speaker: string; speech: string }[]>;
  let expected = 0;
  let qaAtLeast = 0;
  let ended = false;
  for (const key of ["prepared_remarks", "q_and_a"]) {
    for (const e of doc[key] ?? []) {
      if (ended || ends(e.speaker)) {
        ended = true;
        continue;
      }
      if (e.speech.trim() === "" || (isMarker(e.speaker) && e.speech.trim() === "")) continue;
      expected++;
      if (key === "q_and_a") qaAtLeast++;
    }
  }
  const t = parseFile(file);
  const problems = inconsistencies(t);
  if (t.format !== "json") problems.push(`read as ${t.format}`);
  if (t.turns.length !== expected) problems.push(`${t.turns.length} turns, expected ${expected}`);
  if (t.turns.filter((x) => x.section === "qa").length < qaAtLeast) problems.push("fewer Q&A turns than q_and_a entries");
  if (t.turns.some((x) => x.speaker === null || /^duration/i.test(x.speaker))) problems.push("a turn without a real speaker");
  return problems.map((p) => `${path.basename(file)}: ${p}`);
}

describe.skipIf(!hasShared)("corpus-large (needs ../shared)", () => {
  const jsonFiles = [...files(path.join(sharedRoot, "corpus-large", "json-2018-2022")), ...files(path.join(sharedRoot, "corpus", "json"))];
  it(`every JSON call (${jsonFiles.length}) has one turn per spoken entry and consistent speakers`, () => {
    expect(jsonFiles.flatMap(jsonTurnProblems)).toEqual([]);
  }, 60_000);

  const se2022 = files(path.join(sharedRoot, "corpus-large", "streetevents-2022-q3"));
  it(`every StreetEvents 2022 call (${se2022.length}) reads its participant lists, sections and turns`, () => {
    for (const file of se2022) {
      const name = path.basename(file);
      const source = readFileSync(file, "utf-8");
      const t = parseFile(file);
      try {
        expect(t.format).toBe("streetevents2022");
        expect(inconsistencies(t)).toEqual([]);
        expect(t.turns.some((x) => x.section === "presentation")).toBe(true);
        if (/^QUESTIONS AND ANSWERS\s*$/m.test(source)) expect(t.exchanges.length).toBeGreaterThan(0);
        else expect(t.turns.every((x) => x.section === "presentation")).toBe(true);
        const disclaimer = source.search(/^DISCLAIMER\s*$/m);
        if (disclaimer !== -1) expect(t.turns.at(-1)!.end).toBeLessThan(disclaimer);
        expect(t.call.company).not.toBeNull();
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
  }, 30_000);
});
