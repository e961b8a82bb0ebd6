import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Transcript } from "../../src/model/transcript.js";
import { LAYOUTS } from "../../src/model/transcript.js";
import { foldWhitespace } from "../../src/parse/assemble-transcript.js";
import { parseTranscript, TranscriptError } from "../../src/parse/index.js";
import { fixturesRoot } from "./shared-paths.js";

/**
 * "Never crashes" claims: whatever the input (arbitrary text, bytes, mangled transcripts of every
 * layout, any --format), the parser returns a transcript or throws a TranscriptError, and returns
 * quickly. Timing is not asserted (benchmarks do that); a catastrophic regex would hang the run
 * into vitest's per-test timeout.
 */
function outcome(input: string | Uint8Array, format?: (typeof LAYOUTS)[number]): Transcript | TranscriptError {
  try {
    return parseTranscript(input, { fileName: "prop.txt", ...(format ? { format } : {}) });
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
}

function expectWellFormed(result: Transcript | TranscriptError): void {
  if (result instanceof TranscriptError) {
    expect(result.message).toContain("prop.txt");
    return;
  }
  for (const turn of result.turns) {
    expect(turn.start).toBeGreaterThanOrEqual(0);
    expect(turn.end).toBeLessThanOrEqual(result.text.length);
    expect(turn.start).toBeLessThanOrEqual(turn.end);
  }
}

const samples = ["streetevents", "streetevents2022", "seekingalpha", "motleyfool", "motleyfool2025", "json", "tagged-pdf", "callstreet", "speaker-log", "plain"].flatMap((layout) => {
  const dir = path.join(fixturesRoot, layout);
  const name = { streetevents: "larkspur-2024-q3.txt", streetevents2022: "larkspur-2024-q4.txt", seekingalpha: "larkspur-2025-q1.txt", motleyfool: "larkspur-2025-q2.txt", motleyfool2025: "larkspur-2026-q1.txt", json: "LRKN_q3_2025.json", "tagged-pdf": "larkspur-2025-q4.txt", callstreet: "larkspur-2025-q4.txt", "speaker-log": "larkspur-investor-day.txt", plain: "larkspur-2026-q3.txt" }[layout]!;
  return [readFileSync(path.join(dir, name), "latin1")];
});

/** Cut, duplicate, delete or insert at random places in a real sample. */
const mangled = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.oneof(fc.string(), fc.constantFrom("\n", "\r\n", " - ", "--", ":", "<LINEBREAK>", '"', "{", "Operator", "\u0000", " ".repeat(500)))), { maxLength: 6 }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, len, insert] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + insert + s.slice(i + len);
    }
    return s;
  });

describe("parser robustness (fast-check)", () => {
  it("arbitrary text gives a transcript or a TranscriptError", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), (s) => expectWellFormed(outcome(s))), { numRuns: 300 });
  });

  it("arbitrary bytes give a transcript or a TranscriptError", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => expectWellFormed(outcome(b))), { numRuns: 300 });
  });

  it("mangled transcripts of every layout, read as any layout, never throw anything else", () => {
    fc.assert(
      fc.property(mangled, fc.option(fc.constantFrom(...LAYOUTS), { nil: undefined }), (s, format) => expectWellFormed(outcome(s, format))),
      { numRuns: 400 },
    );
  });

  it("long lines and long runs of separators stay fast (no catastrophic backtracking)", () => {
    const hostile = [
      "a - ".repeat(20000),
      "A".repeat(100000) + ":",
      "Operator" + " ".repeat(50000) + "x",
      "John Smith -- " + "-".repeat(50000),
      `${"Q2 ".repeat(20000)}2015`,
      `{"prepared_remarks": [${'{"speaker": "A", "speech": "b"},'.repeat(5000)}{"speaker": "A", "speech": "b"}]}`,
      "<MULTISPACE> ".repeat(30000),
      ("Name Name\nCompany - Title\n" + "word ".repeat(40) + "\n \n").repeat(2000),
    ];
    for (const s of hostile) expectWellFormed(outcome(s));
  });
});

describe("foldWhitespace", () => {
  // Every character of JavaScript's \s, a few that are not, and letters.
  const spaces = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
  const others = ["a", "Z", "1", ".", "\u200b", "\u180e", "\u0085", "é", "\u2019"];
  const text = fc.array(fc.constantFrom(...spaces, ...others), { maxLength: 60 }).map((cs) => cs.join(""));

  it("is the trimmed text with each run of \\s as one space", () => {
    fc.assert(fc.property(text, (s) => {
      expect(foldWhitespace(s)).toBe(s.replace(/\s+/g, " ").trim());
    }), { numRuns: 2000 });
  });
});
