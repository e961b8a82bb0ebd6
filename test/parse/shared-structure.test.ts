import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Transcript } from "../../src/model/transcript.js";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, sharedRoot } from "./shared-paths.js";

/**
 * Structure-only golden files for real transcripts in ../shared: turn counts per section, the
 * participants (name, role, organization where the text states it, turn count), the Q&A order of
 * analysts and, for some, the line where each turn starts. Ours (./shared-structure/*.json) say how each number was checked against the text; the
 * hand-labelled gold files in ../shared/gold are read the same way. No transcript text is kept here.
 */
interface Structure {
  file?: string;
  format?: string;
  turnsTotal: number;
  sections: Record<string, { turns: number }>;
  participants: { name: string; role: string; organization?: string | null; turns?: number }[];
  qaOrder: string[];
  /** 1-based line where each turn's text starts, in order (ours only). */
  turnLines?: number[];
}

const GOLD_SOURCES: Record<string, string> = {
  "calix-2015-q2": "seed/calix-2015-q2.txt",
  "amphenol-2021-q1": "corpus/json/amphenol-2021-q1.json",
  "amphenol-2021-q2": "corpus/json/amphenol-2021-q2.json",
  "verizon-2018-q1": "corpus/seekingalpha/verizon-2018-q1.txt",
  "verizon-2018-q2": "corpus/seekingalpha/verizon-2018-q2.txt",
  "equinix-2022-q3": "corpus/streetevents/equinix-2022-q3.txt",
};

function cases(): [string, string, Structure][] {
  const ours = readdirSync(path.join(import.meta.dirname, "shared-structure")).map((f): [string, string, Structure] => {
    const s = JSON.parse(readFileSync(path.join(import.meta.dirname, "shared-structure", f), "utf-8")) as Structure;
    return [`ours: ${f}`, s.file!, s];
  });
  const gold = Object.entries(GOLD_SOURCES)
    .filter(([name]) => existsSync(path.join(sharedRoot, "gold", `${name}.json`)))
    .map(([name, file]): [string, string, Structure] => [`gold: ${name}`, file, JSON.parse(readFileSync(path.join(sharedRoot, "gold", `${name}.json`), "utf-8"))]);
  return [...ours, ...gold];
}

function structureOf(t: Transcript, expected: Structure) {
  const sections: Record<string, { turns: number }> = {};
  for (const turn of t.turns) sections[turn.section] = { turns: (sections[turn.section]?.turns ?? 0) + 1 };
  const byName = new Map(t.participants.map((p) => [p.name, p]));
  return {
    turnsTotal: t.turns.length,
    sections,
    participants: expected.participants.map((want) => {
      const p = byName.get(want.name);
      return {
        name: p?.name ?? `(missing) ${want.name}`,
        role: p?.role,
        ...(want.organization ? { organization: p?.organization } : {}),
        ...(want.turns !== undefined ? { turns: p?.turns } : {}),
      };
    }),
    qaOrder: t.exchanges.map((e) => e.analyst),
  };
}

describe.skipIf(!hasShared)("structure of real transcripts (needs ../shared)", () => {
  it.each(hasShared ? cases() : [])("%s", (_label, file, expected) => {
    const t = parseTranscript(readFileSync(path.join(sharedRoot, file)), { fileName: path.basename(file) });
    if (expected.format) expect(t.format).toBe(expected.format);
    const want = {
      turnsTotal: expected.turnsTotal,
      sections: expected.sections,
      participants: expected.participants.map(({ name, role, organization, turns }) => ({
        name,
        role,
        ...(organization ? { organization } : {}),
        ...(turns !== undefined ? { turns } : {}),
      })),
      qaOrder: expected.qaOrder ?? [],
    };
    expect(structureOf(t, expected)).toEqual(want);
    if (expected.turnLines) expect(t.turns.map((x) => x.line)).toEqual(expected.turnLines);
  });
});
