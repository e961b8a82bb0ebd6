/**
 * The floor under the metric extractor's truth: the 12 exhaustively labelled real calls of
 * ../shared/gold/truth, scored as ../shared/tools/score-truth.py scores them (the same rule, in
 * scripts/truth-score.ts). Skipped when ../shared is absent. A change that trades truth for
 * anything else fails here with the false and missed facts listed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describe as describeFact, labelFiles, readLabel, scoreCall, total, type CallScore } from "../../scripts/truth-score.js";
import { extract } from "../../src/extract/index.js";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, sharedRoot } from "./shared-paths.js";

describe.skipIf(!hasShared)("metric facts on the exhaustively labelled truth set (needs ../shared)", () => {
  const scores: CallScore[] = hasShared
    ? labelFiles(path.join(sharedRoot, "gold/truth")).map((file) => {
        const { label, transcript } = readLabel(file, sharedRoot);
        return scoreCall(path.basename(file), label, extract(parseTranscript(readFileSync(transcript), { fileName: transcript })));
      })
    : [];
  const t = total(scores);

  it("reads twelve labelled calls", () => {
    expect(scores.length).toBe(12);
    expect(t.facts).toBeGreaterThan(150);
  });

  it("is at least 90% precise: a wrong fact is worse than a missing one", () => {
    const wrong = scores.flatMap((s) => s.falseFacts.map((f) => `${s.name}: ${describeFact(f.fact)} [${f.why}] ${f.fact.quote.slice(0, 90)}`));
    expect(t.precision, wrong.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("finds at least 85% of the labelled facts", () => {
    const missing = scores.flatMap((s) => s.missing.map((g) => `${s.name}: ${describeFact(g)}`));
    expect(t.recall, missing.join("\n")).toBeGreaterThanOrEqual(0.85);
  });

  it("finds the actual of every labelled guidance pair it can", () => {
    expect(t.pairActuals / Math.max(1, t.pairs)).toBeGreaterThanOrEqual(0.8);
  });
});
