/**
 * Parse throughput over ../shared/corpus-large on one core: files are read into memory first, then
 * parsed in a loop, so the figure is the parser's, not the disk's. Run: `npm run bench:parse`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseTranscript } from "../src/parse/index.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(projectRoot, "../shared/corpus-large");
const rounds = Number(process.env.ROUNDS ?? 3);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

let dirs: string[];
try {
  dirs = readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => statSync(d).isDirectory());
} catch {
  console.error(`bench:parse needs ${corpus} (the shared corpus); it is not there.`);
  process.exit(2);
}

const results: { set: string; files: number; megabytes: number; mbPerSecond: number; failures: number }[] = [];
let allBytes = 0;
let allMs = 0;
for (const dir of dirs) {
  const inputs = filesUnder(dir).map((file) => ({ file, bytes: readFileSync(file) }));
  const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  let failures = 0;
  for (const { file, bytes: b } of inputs) {
    try {
      parseTranscript(b, { fileName: path.basename(file) });
    } catch {
      failures++;
    }
  }
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const { file, bytes: b } of inputs) {
      try {
        parseTranscript(b, { fileName: path.basename(file) });
      } catch {
        // counted in the warm-up pass
      }
    }
    times.push(performance.now() - t0);
  }
  const best = Math.min(...times);
  allBytes += bytes;
  allMs += best;
  results.push({ set: path.basename(dir), files: inputs.length, megabytes: +(bytes / 1e6).toFixed(1), mbPerSecond: +(bytes / 1e6 / (best / 1000)).toFixed(1), failures });
}
console.table(results);
const overall = allBytes / 1e6 / (allMs / 1000);
console.log(`parse throughput over corpus-large: ${overall.toFixed(1)} MB/s (best of ${rounds} rounds, one core; target >= 20 MB/s)`);
