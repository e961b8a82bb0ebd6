/**
 * The graphs the query benchmarks run on, as prepared stores (prepared-store.ts):
 * - `corpus-large`: all of ../shared/corpus-large (about 1,526 calls), loaded by `ingestPaths`
 *   as `earnings-graph ingest` does;
 * - `corpus-large-x<N>`: that graph plus copies of the corpus's JSON calls under synthetic tickers
 *   until it holds about N calls: each file is read in place and parsed under a synthetic name
 *   (`GLW2_q2_2021.json` for the second copy of `GLW_q2_2021.json`; the ticker comes from the name)
 *   and loaded with `loadCall`. A copy's company is a new ticker; its analysts and topics are the
 *   same people and topics, so they gain calls the way a longer history would give them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../../src/extract/index.js";
import { ingestPaths } from "../../src/load/ingest.js";
import { loadCall } from "../../src/load/load-call.js";
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
    parameters: { calls, concurrency: CONCURRENCY, loader: "loadCall" },
    from: base,
    build: async (db) => {
      const copies = syntheticCopies(jsonDir, calls - base.calls);
      log(`  ${copies.length} synthetic-ticker copies to load`);
      const started = performance.now();
      let next = 0;
      let loaded = 0;
      // A pool of CONCURRENCY loads. Copies are taken file by file (GLW2, GLW3, … of one file in
      // a row), so loads in flight are of different companies and never wait on a company's lock.
      const worker = async () => {
        while (next < copies.length) {
          const copy = copies[next++]!;
          const transcript = parseTranscript(readFileSync(copy.file), { fileName: copy.name });
          await loadCall(db, { transcript, extraction: extract(transcript) }, { force: true });
          loaded += 1;
          if (loaded % 500 === 0 || loaded === copies.length) {
            log(`  ${loaded}/${copies.length} copies (${((loaded * 1000) / (performance.now() - started)).toFixed(1)} calls/s)`);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      await db.write("health/await-search-index");
    },
    log,
  });
}

interface Copy {
  file: string;
  /** The synthetic file name the copy is parsed under, e.g. GLW2_q2_2021.json. */
  name: string;
}

/**
 * `count` copies: `GLW<k>_q2_2021.json` for `GLW_q2_2021.json`, k = 2, 3, … (every file's k = 2
 * before any k = 3), of the files whose call takes its ticker from the file name (a ticker stated
 * in the text would put the copy on the original call). Returned file by file.
 */
function syntheticCopies(jsonDir: string, count: number): Copy[] {
  const usable = transcriptFiles(jsonDir).filter((file) => {
    const name = synthetic(path.basename(file), 2);
    if (name === null) return false;
    try {
      return parseTranscript(readFileSync(file), { fileName: name }).call.ticker === name.split("_")[0];
    } catch {
      return false;
    }
  });
  const copies: (Copy & { order: number })[] = [];
  for (let k = 2; copies.length < count && usable.length > 0; k++) {
    for (const [order, file] of usable.entries()) {
      const name = synthetic(path.basename(file), k);
      if (copies.length >= count) break;
      if (name !== null) copies.push({ file, name, order });
    }
  }
  return copies.sort((a, b) => a.order - b.order).map(({ file, name }) => ({ file, name }));
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
