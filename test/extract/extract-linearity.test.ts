import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { MAX_SENTENCE_CHARS, splitSentences } from "../../src/extract/text/sentences.js";
import { oneTurnCall } from "./one-turn-call.js";

/*
 * Extraction time grows linearly with the text: 4 times the text (16 KB against 64 KB) may take at
 * most 5.5 times as long (linear is 4, quadratic 16; the margin is for the collector, which works
 * harder on the larger heap). Larger sizes read the same ratios at more of the test run's time: 512 KB; 64 KB against
 * 256 KB before 2026-12-06; 32 KB against 128 KB before 2026-12-07, 136 s of a unit run that took 190 s on a slow day
 * (16 KB against 64 KB: 52 s alone, ratios 3.0, 4.3, 2.9, 2.8 and 2.0). A ratio of two sizes measured side by side in one process, in CPU
 * time, not a time limit, so a busy machine slows both alike: the best of three rounds of each
 * size, each run from a collected heap. Each shape is text a hostile or broken input may hold:
 * figures strung together with lower-case sentence starts (one endless "sentence" to the splitter,
 * the shape that was quadratic: 64 KB took 1.6 s and 512 KB about two minutes), the same without
 * any punctuation, well-formed sentences, segment talk, and one endless word.
 */
const SHAPES = {
  "lower-case sentence starts": "revenue of $1.2 billion, up 5%. ",
  "no punctuation": "revenue of $1.2 billion up 5% gross margin 41% ",
  "well-formed sentences": "Revenue was $1.2 billion in the third quarter, up 5% from $1.1 billion a year ago. ",
  "segment talk": "In the industrial market sales of $300 million grew 12%, and our automotive segment was $200 million; ",
  // One "word" without end (a broken file's line of one character): the tagger's model tested each new token with a
  // pattern that backtracked over all of it, so 192 KB took 20 s.
  "one word without end": "x",
};

const SMALL = 16 * 1024;
const LARGE = 64 * 1024;

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/**
 * The best of `runs` CPU times (user + system) of extract over one turn of `text`, in ms: CPU
 * time, not wall time, so other processes on a busy machine do not count. A fast extraction is
 * timed over a batch of repeats (at least about 500 ms), so that a few milliseconds of noise do not
 * decide a ratio.
 */
function timeExtract(text: string, runs: number): number {
  const call = oneTurnCall(text);
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  collect();
  const first = cpu();
  extract(call);
  const once = cpu() - first;
  const batch = Math.max(1, Math.ceil(500 / Math.max(1, once)));
  // A slow size is timed by single runs, and this first one, from a collected heap too, is the first of them.
  let best = batch === 1 ? once : Number.POSITIVE_INFINITY;
  for (let i = batch === 1 ? 1 : 0; i < runs; i++) {
    collect();
    const started = cpu();
    for (let b = 0; b < batch; b++) extract(call);
    best = Math.min(best, (cpu() - started) / batch);
  }
  return best;
}

/** Runs extract over one turn of `text` until at least 500 ms of CPU time are spent (once, for a slow shape). */
function warm(text: string): void {
  const call = oneTurnCall(text);
  const started = process.cpuUsage();
  do extract(call);
  while (process.cpuUsage(started).user + process.cpuUsage(started).system < 500_000);
}

/**
 * A full collection before each timed run, not counted: each run starts from the same clean heap,
 * whatever the runs before it (or other tests of the process) left behind.
 */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

describe("extract on long, figure-heavy text", () => {
  for (const [shape, unit] of Object.entries(SHAPES)) {
    it(`grows at most linearly: ${shape}, 16 KB vs 64 KB`, { timeout: 180_000 }, () => {
      const small = repeatTo(unit, SMALL);
      const large = repeatTo(unit, LARGE);
      // Warm-up of at least half a second of CPU on each size: the JIT keeps speeding a fast shape up over its
      // first few hundred runs (one endless word: 5 ms a run at first, 2.5 ms once warm), so a size timed while
      // still warming reads slow and the ratio depends on which was warmer (a CI run read 10.8 on this linear shape).
      warm(small);
      warm(large);
      // Three rounds, small then large, and the best of each size: a burst of load on a shared machine slows a run,
      // never speeds one up.
      const rounds = [0, 1, 2].map(() => ({ s: timeExtract(small, 1), l: timeExtract(large, 1) }));
      const ratio = Math.min(...rounds.map((r) => r.l)) / Math.min(...rounds.map((r) => r.s));
      const said = rounds.map((r) => `${r.s.toFixed(1)} ms / ${r.l.toFixed(1)} ms`).join(", ");
      expect(ratio, `16 KB / 64 KB: ${said}`).toBeLessThanOrEqual(5.5); // 4 times the text: linear is 4, quadratic 16
    });
  }
});

describe("splitSentences on a run without sentence ends", () => {
  it("cuts it into pieces of at most MAX_SENTENCE_CHARS, after a period or at a space, losing no word", () => {
    const text = repeatTo("revenue of $1.2 billion, up 5%. ", 20_000) + "Then a real sentence.";
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // Every cut falls after "5%." (a period and a space), so each piece starts a figure phrase.
    for (const s of spans.slice(1, -1)) expect(text.slice(s.start, s.start + 8)).toBe("revenue ");
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    expect(spans.flatMap((s) => words(text.slice(s.start, s.end)))).toEqual(words(text));
  });

  it("cuts a run with no space at all at the maximum", () => {
    const text = "x".repeat(5_000);
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 2_000 },
      { start: 2_000, end: 4_000 },
      { start: 4_000, end: 5_000 },
    ]);
  });
});
