/**
 * The larger fuzz run of test/parse/fuzz-mutations.test.ts: real transcripts (examples/,
 * ../shared/corpus and ../shared/corpus-large) mutated by fast-check, each parsed and extracted;
 * reports anything thrown but the parser's TranscriptError and any input over the time budget.
 *
 *   npm run fuzz                      # 3,000 runs, seed 15
 *   RUNS=20000 SEED=7 npm run fuzz    # more, another seed
 *   BUDGET_MS=2000 npm run fuzz       # a stricter budget
 *   SEED=15 REPLAY_PATH=2393 npm run fuzz   # run again the input a failure names
 *
 * Exit status 1 when any input failed. Each failure names the file and the mutations; rerun with
 * the printed seed and path to reproduce it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { mutatedTranscript, parseAndExtract, transcriptFiles } from "../test/support/transcript-mutations.js";

const root = path.resolve(import.meta.dirname, "..");
const shared = path.resolve(root, "../shared");
const runs = Number(process.env.RUNS ?? 3_000);
const seed = Number(process.env.SEED ?? 15);
const budgetMs = Number(process.env.BUDGET_MS ?? 10_000);

const dirs = [path.join(root, "examples"), path.join(shared, "corpus"), path.join(shared, "corpus-large")].filter((d) => existsSync(d));
const files = transcriptFiles(dirs);
process.stderr.write(`fuzz: ${runs} runs, seed ${seed}, budget ${budgetMs} ms, ${files.length} files from ${dirs.join(", ")}\n`);

const kinds = { transcript: 0, refused: 0 };
let slowest = { ms: 0, what: "" };
let done = 0;
const started = performance.now();
const result = fc.check(
  fc.property(mutatedTranscript(files), (input) => {
    const outcome = parseAndExtract(input);
    kinds[outcome.kind] += 1;
    done += 1;
    if (done % 250 === 0) process.stderr.write(`  ${done}/${runs}, slowest ${slowest.ms.toFixed(0)} ms\n`);
    if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, what: `${path.relative(root, input.file)}: ${input.mutation}` };
    if (outcome.ms > budgetMs) throw new Error(`over the ${budgetMs} ms budget (${outcome.ms.toFixed(0)} ms): ${input.file}, ${input.mutation}`);
  }),
  { seed, numRuns: runs, endOnFailure: true, ...(process.env.REPLAY_PATH ? { path: process.env.REPLAY_PATH } : {}) },
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `${done} inputs in ${seconds} s: ${kinds.transcript} parsed and extracted, ${kinds.refused} refused with TranscriptError; ` +
    `slowest ${slowest.ms.toFixed(0)} ms (${slowest.what})\n`,
);
if (result.failed) {
  process.stdout.write(`FAILED (seed ${result.seed}, path ${result.counterexamplePath}): ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write("no untyped exception, no input over the budget\n");
}
