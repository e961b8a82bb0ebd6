import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasShared, projectRoot, sharedRoot } from "../extract/shared-paths.js";
import { mutatedTranscript, parseAndExtract, transcriptFiles } from "../support/transcript-mutations.js";

/**
 * Real transcripts, mutated (truncated, bytes inserted, lines shuffled or duplicated, long lines,
 * nested JSON, NUL bytes, UTF-16): parse and extract never throw anything but the parser's typed
 * error, and no input takes longer than the budget. A seeded run sized to finish well under a
 * minute; `npm run fuzz` runs a larger one.
 */
const BUDGET_MS = 10_000;
/**
 * Inputs past half a megabyte (a 54 KB one-line transcript duplicated 105 times is 5.7 MB; real calls
 * are under 200 KB) get the time that reading them at 0.05 MB/s takes: the check is that no input
 * makes the work grow faster than its size (a quadratic path takes minutes), whatever the machine's
 * load; how fast extraction reads is measured in `npm run bench:extract`. (At 0.25 MB/s, until
 * 2026-12-07, the 5.7 MB input failed CI: it took 26 s of CPU on a quiet machine that day, 31 s on a
 * busy one, where the budget was 23 s; and a duplicated 1.1 MB one took 7.4 s. At 0.05 MB/s they have
 * 114 s and 22 s.)
 */
const BYTES_PER_MS = 50;
const budgetOf = (bytes: number) => Math.max(BUDGET_MS, bytes / BYTES_PER_MS);
const RUNS = 150;

const files = transcriptFiles([path.join(projectRoot, "examples"), ...(hasShared ? [path.join(sharedRoot, "corpus")] : [])]);

describe("parse and extract over mutated real transcripts", () => {
  it(`throw only TranscriptError and stay within ${BUDGET_MS / 1000} s (past half a megabyte, 0.05 MB/s), over ${RUNS} seeded mutations`, { timeout: 120_000 }, () => {
    let slowest = { share: 0, what: "" };
    const kinds = { transcript: 0, refused: 0 };
    fc.assert(
      fc.property(mutatedTranscript(files), (input) => {
        const outcome = parseAndExtract(input);
        kinds[outcome.kind] += 1;
        const budget = budgetOf(input.bytes.length);
        if (outcome.ms / budget > slowest.share) slowest = { share: outcome.ms / budget, what: `${input.file}: ${input.mutation}` };
        expect(outcome.ms, `${input.file}: ${input.mutation} (${input.bytes.length} bytes)`).toBeLessThan(budget);
      }),
      { seed: 15, numRuns: RUNS, endOnFailure: true },
    );
    // Both outcomes occur: the mutations neither always break nor never break the input.
    expect(kinds.transcript).toBeGreaterThan(0);
    expect(kinds.refused).toBeGreaterThan(0);
    expect(slowest.share, slowest.what).toBeLessThan(1);
  });
});
