import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Transcript } from "../../src/model/transcript.js";
import { parseTranscript } from "../../src/parse/index.js";
import { fixturesRoot } from "./shared-paths.js";

/**
 * Golden files: each sample transcript the project wrote itself (test/fixtures/parse/<layout>/)
 * sits next to `<name>.expected.json`, written by reading the transcript. The expected file holds
 * the call, participants, every turn (section, speaker, line, text), the exchanges and the
 * diagnostics' rule ids.
 */
function project(t: Transcript) {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    format: t.format,
    call: t.call,
    participants: t.participants.map(({ name, role, organization, title, turns }) => ({ name, role, organization, title, turns })).sort(byName),
    turns: t.turns.map(({ section, speaker, line, text }) => ({ section, speaker, line, text })),
    exchanges: t.exchanges.map(({ analyst, organization, turns }) => ({ analyst, organization, turns })),
    diagnostics: t.diagnostics.map((d) => d.ruleId),
  };
}

/** The source between a turn's offsets, as words: JSON escapes decoded, PDF layout tags dropped. */
function spokenWords(t: Transcript, start: number, end: number): string {
  const slice = t.text.slice(start, end);
  const decoded = t.format === "json" ? (JSON.parse(`"${slice}"`) as string) : slice.replace(/<(?:MULTISPACE|LINEBREAK|PAGE_BREAK)>/g, " ");
  return decoded.replace(/\s+/g, " ").trim();
}

const layouts = readdirSync(fixturesRoot, { withFileTypes: true }).filter((d) => d.isDirectory());

describe.each(layouts.map((d) => d.name))("golden fixtures: %s", (layout) => {
  const dir = path.join(fixturesRoot, layout);
  const inputs = readdirSync(dir).filter((f) => !f.endsWith(".expected.json") && !f.startsWith("."));

  it.each(inputs)("%s", (file) => {
    const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.(txt|json)$/, ".expected.json")), "utf-8"));
    const t = parseTranscript(readFileSync(path.join(dir, file)), { fileName: file });
    const got = project(t);
    expected.participants.sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name));
    expect(got).toEqual(expected);
  });

  it.each(inputs)("%s: every turn points back to its words in the source", (file) => {
    const t = parseTranscript(readFileSync(path.join(dir, file)), { fileName: file });
    const lines = t.text.split(/\r\n|\r|\n/);
    for (const turn of t.turns) {
      const words = spokenWords(t, turn.start, turn.end);
      expect(words.startsWith(turn.text.slice(0, 20))).toBe(true);
      expect(words.endsWith(turn.text.slice(-20))).toBe(true);
      expect(lines[turn.line - 1]).toContain(t.text.slice(turn.start, turn.start + 10).split(/\r|\n|</)[0]);
    }
  });
});
