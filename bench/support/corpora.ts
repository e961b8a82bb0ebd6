/**
 * The graphs the query benchmarks run on, as prepared stores (prepared-store.ts):
 * - `corpus-large`: all of ../shared/corpus-large (about 1,526 calls), loaded by `ingestPaths`
 *   as `earnings-graph ingest` does;
 * - `corpus-large-x<N>`: that graph plus copies of the corpus's JSON calls under synthetic tickers
 *   (`GLW2_q2_2021.json` for the second copy of `GLW_q2_2021.json`) until it holds about N calls.
 *   The copies are symbolic links in a temporary folder (the transcripts are used in place, never
 *   copied); their company is a new ticker, their analysts and topics are the same people and
 *   topics, so people and topics gain calls the way a longer history would give them.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestPaths } from "../../src/load/ingest.js";
import type { IngestProgress } from "../../src/load/load-result.js";
import { parseTranscript } from "../../src/parse/index.js";
import { corpusLarge } from "./paths.js";
import { preparedStore, transcriptFiles, type PreparedStore } from "./prepared-store.js";

const CONCURRENCY = 4;

export async function corpusLargeStore(log: (line: string) => void): Promise<PreparedStore> {
  return preparedStore({
    name: "corpus-large",
    inputs: [corpusLarge],
    parameters: { concurrency: CONCURRENCY },
    build: async (db) => {
      const summary = await ingestPaths(db, { paths: [corpusLarge], concurrency: CONCURRENCY, onProgress: progress(log) });
      log(`  loaded ${summary.loaded} calls in ${(summary.elapsedMs / 1000).toFixed(0)} s (${summary.failed.length} failed, ${summary.skipped.length} skipped)`);
    },
    log,
  });
}

/** `base` plus synthetic-ticker copies of corpus-large's JSON calls, up to about `calls` calls. */
export async function syntheticStore(base: PreparedStore, calls: number, log: (line: string) => void): Promise<PreparedStore> {
  const jsonDir = path.join(corpusLarge, "json-2018-2022");
  return preparedStore({
    name: `corpus-large-x${calls}`,
    inputs: [jsonDir],
    parameters: { calls, concurrency: CONCURRENCY },
    from: base,
    build: async (db) => {
      const linkDir = mkdtempSync(path.join(tmpdir(), "earnings-graph-bench-copies-"));
      try {
        const links = syntheticLinks(jsonDir, linkDir, calls - base.calls);
        log(`  ${links} synthetic-ticker copies to load (links in ${linkDir})`);
        // force: the copies hold the same bytes as calls already loaded, under another ticker.
        const summary = await ingestPaths(db, { paths: [linkDir], concurrency: CONCURRENCY, force: true, onProgress: progress(log) });
        log(`  loaded ${summary.loaded} calls in ${(summary.elapsedMs / 1000).toFixed(0)} s (${summary.failed.length} failed, ${summary.skipped.length} skipped)`);
      } finally {
        rmSync(linkDir, { recursive: true, force: true });
      }
    },
    log,
  });
}

/**
 * Links `GLW<k>_q2_2021.json` → `GLW_q2_2021.json` for k = 2, 3, … until `count` links exist,
 * for the files whose call takes its ticker from the file name (a ticker stated in the text would
 * put the copy on the original call).
 */
function syntheticLinks(jsonDir: string, linkDir: string, count: number): number {
  const usable = transcriptFiles(jsonDir).filter((file) => {
    const name = synthetic(path.basename(file), 2);
    if (name === null) return false;
    try {
      return parseTranscript(readFileSync(file), { fileName: name }).call.ticker === name.split("_")[0];
    } catch {
      return false;
    }
  });
  let made = 0;
  for (let k = 2; made < count && usable.length > 0; k++) {
    for (const file of usable) {
      if (made >= count) break;
      const name = synthetic(path.basename(file), k)!;
      symlinkSync(file, path.join(linkDir, name));
      made += 1;
    }
  }
  return made;
}

function synthetic(fileName: string, k: number): string | null {
  const m = /^([A-Z][A-Z0-9.]*)_(.*)$/.exec(fileName);
  if (m === null || m[1]!.length + String(k).length > 6) return null;
  return `${m[1]}${k}_${m[2]}`;
}

function progress(log: (line: string) => void): (p: IngestProgress) => void {
  let shown = 0;
  const started = performance.now();
  return (p) => {
    if (p.done - shown >= 500 || p.done === p.total) {
      shown = p.done;
      log(`  ${p.done}/${p.total} files (${((p.done * 1000) / (performance.now() - started)).toFixed(1)} files/s), ${p.failed} failed`);
    }
  };
}
