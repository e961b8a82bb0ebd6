import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { PreparePool, PrepareTimeoutError } from "../../src/load/prepare-pool.js";
import { parseTranscript, TranscriptError } from "../../src/parse/index.js";

const sample = resolve(import.meta.dirname, "../../examples/larkspur-2024-q3.txt");

// A figure-heavy text with no sentence end the splitter knows: tens of MB of it take far longer
// than the budgets below, wherever it runs.
const slowText = `Ann Exec: ${"revenue of $1.2 billion, up 5%. ".repeat(700_000)}`;

describe("PreparePool: parse and extract in a worker thread, within a time budget", () => {
  // The default budget for ordinary transcripts (a busy machine may take seconds over a small one),
  // and a small one for the test that must run over it.
  const pool = new PreparePool();
  const strict = new PreparePool({ timeBudgetMs: 5_000 });
  afterAll(() => Promise.all([pool.close(), strict.close()]));

  it("gives what parse and extract give on the main thread", async () => {
    const bytes = readFileSync(sample);
    const prepared = await pool.prepare({ input: bytes, fileName: "larkspur-2024-q3.txt" });
    const transcript = parseTranscript(bytes, { fileName: "larkspur-2024-q3.txt" });
    expect(prepared.transcript).toEqual(transcript);
    expect(prepared.extraction).toEqual(extract(transcript));
  }, 60_000);

  it("passes the parser's error through, with its code, file and reason", async () => {
    const error = await pool.prepare({ input: "   ", fileName: "blank.txt" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error).toMatchObject({ code: "EMPTY_INPUT", file: "blank.txt", message: "blank.txt: input holds only whitespace [EMPTY_INPUT]" });
  }, 60_000);

  it("stops a transcript over its budget with an error naming the file and the budget, while the event loop stays free", async () => {
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 20);
    const started = performance.now();
    await strict.prepare({ input: "Ann Exec: Revenue was $1 million.", fileName: "warm.txt", format: "speaker-log" }); // started and warm
    const error = await strict.prepare({ input: slowText, fileName: "endless.txt", format: "speaker-log" }).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(error).toBeInstanceOf(PrepareTimeoutError);
    expect((error as Error).message).toBe(
      "endless.txt: parsing and extracting took longer than the 5 s time budget and was stopped (an unusually long or malformed text) [TIME_BUDGET_EXCEEDED]",
    );
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(ticks).toBeGreaterThan(20);
    expect(longestGap).toBeLessThan(1_000);
  }, 60_000);

  it("goes on with the next transcript after one was stopped", async () => {
    const prepared = await strict.prepare({ input: readFileSync(sample), fileName: "again.txt" });
    expect(prepared.transcript.turns.length).toBeGreaterThan(10);
  }, 60_000);
});
