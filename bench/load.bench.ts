/**
 * End-to-end load throughput: every transcript in ../shared/corpus-large (about 1,526 calls) read,
 * parsed, extracted and loaded by `ingestPaths` into a FRESH embedded Neo4j (its own temporary
 * directory, the configured heap and page cache), as `earnings-graph ingest` does. Reports calls
 * per second, rows (nodes + relationships) written per second, the CPU each side spent per call,
 * the final node and relationship counts, and the store's size on disk. Target: 20 calls/s on
 * the 2-core machine.
 * Run: `npm run bench:load` (CONCURRENCY=n load transactions at once, default 2; BATCH=n calls per
 * transaction at most, default 16; LIMIT=n loads only the first n files, for quick comparisons;
 * WORKERS=n parse and extract worker threads, default one per core;
 * KEEP=1 keeps the database directory; CLI=1 then runs what users run, `earnings-graph ingest` of
 * the same files into another fresh embedded database, and reports its phases and CPU beside;
 * OLD_INDEXES=1 adds back the five dropped indexes; NO_FULLTEXT=1 measures without the full-text index; EARNINGS_GRAPH_NEO4J_HEAP / _PAGECACHE size
 * the embedded Neo4j, e.g. 2g and 1g).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/db/database.js";
import { startEmbeddedNeo4j } from "../src/db/embedded.js";
import { findTranscripts } from "../src/load/find-transcripts.js";
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, defaultWorkers, ingestPaths } from "../src/load/ingest.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(projectRoot, "../shared/corpus-large");
const concurrency = process.env.CONCURRENCY === undefined ? DEFAULT_CONCURRENCY : Number(process.env.CONCURRENCY);
const batchSize = process.env.BATCH === undefined ? DEFAULT_BATCH_SIZE : Number(process.env.BATCH);
const limit = process.env.LIMIT === undefined ? undefined : Number(process.env.LIMIT);
const workers = process.env.WORKERS === undefined ? defaultWorkers() : Number(process.env.WORKERS);

if (!existsSync(corpus)) {
  console.error(`bench:load needs ${corpus} (the shared corpus); it is not there.`);
  process.exit(2);
}

const OLD_INDEXES = ["load/bench-old-index-fact-call", "load/bench-old-index-fact-metric", "load/bench-old-index-fact-period", "load/bench-old-index-turn-call", "load/bench-old-index-exchange-call"];
const config = loadConfig();
const dataDir = mkdtempSync(path.join(tmpdir(), "earnings-graph-bench-load-"));
const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: config.embedded.heap, pageCache: config.embedded.pageCache });
const db = Database.connect({ uri: neo4j.uri });
try {
  await db.migrate();
  // OLD_INDEXES=1 puts back the indexes the 50-* migrations dropped, to measure what they cost.
  if (process.env.OLD_INDEXES === "1") for (const name of OLD_INDEXES) await db.write(name);
  // NO_FULLTEXT=1 drops the full-text index on turn text (the API's search needs it): a measurement only.
  if (process.env.NO_FULLTEXT === "1") await db.write("load/bench-drop-fulltext-turn-search");
  const loads: number[] = [];
  const sampler = setInterval(() => loads.push(loadavg()[0]!), 5000);
  const jvmBefore = processCpuMs(neo4j.pid);
  const nodeBefore = process.cpuUsage();
  let lastShown = 0;
  const found = await findTranscripts([corpus]);
  const paths = limit === undefined ? [corpus] : found.files.slice(0, limit);
  const summary = await ingestPaths(db, {
    paths,
    concurrency,
    batchSize,
    workers,
    onProgress: (p) => {
      if (p.done - lastShown >= 250 || p.done === p.total) {
        lastShown = p.done;
        process.stderr.write(`  ${p.done}/${p.total} files, ${p.facts} facts, ${p.failed} failed\n`);
      }
    },
  });
  clearInterval(sampler);
  const seconds = summary.elapsedMs / 1000;
  const nodeCpu = process.cpuUsage(nodeBefore);
  const jvmCpu = processCpuMs(neo4j.pid) - jvmBefore;
  const [counts] = await db.read("load/graph-counts");
  const calls = summary.loaded + summary.unchanged;
  const rows = summary.nodesCreated + summary.relationshipsCreated;

  console.log(`bench:load — ${summary.files} files from ${path.relative(projectRoot, corpus)}, concurrency ${concurrency}, batches of up to ${batchSize} calls, ${workers} parse and extract worker${workers === 1 ? "" : "s"}, Neo4j ${neo4j.neo4jVersion}`);
  console.log(
    `  indexes: ${process.env.OLD_INDEXES === "1" ? "with the five dropped ones put back (OLD_INDEXES=1)" : "current schema"}` +
      `${process.env.NO_FULLTEXT === "1" ? ", WITHOUT the full-text index (NO_FULLTEXT=1)" : ""}`,
  );
  console.log(`  Neo4j heap ${config.embedded.heap}, page cache ${config.embedded.pageCache} (EARNINGS_GRAPH_NEO4J_HEAP / _PAGECACHE)`);
  console.log(`  machine load average (1 min) during the run: mean ${mean(loads).toFixed(1)}, max ${Math.max(0, ...loads).toFixed(1)} (${loads.length} samples)`);
  console.log(`  loaded ${summary.loaded}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}, failed ${summary.failed.length}`);
  for (const f of summary.failed) console.log(`    failed ${f.file}${f.line === null ? "" : `:${f.line}`}: ${f.reason} [${f.code}]`);
  for (const s of summary.skipped) console.log(`    skipped ${path.relative(corpus, s.file)}: ${s.reason}`);
  console.log(`  ${seconds.toFixed(1)} s end to end: ${(calls / seconds).toFixed(1)} calls/s, ${Math.round(rows / seconds)} rows/s written`);
  console.log(`  rows written: ${summary.nodesCreated} nodes + ${summary.relationshipsCreated} relationships; ${summary.turns} turns, ${summary.facts} metric facts`);
  const nodeMs = (nodeCpu.user + nodeCpu.system) / 1000;
  console.log(`  CPU per call: Node ${(nodeMs / calls).toFixed(1)} ms, Neo4j ${(jvmCpu / calls).toFixed(1)} ms (Neo4j ${((100 * jvmCpu) / (jvmCpu + nodeMs)).toFixed(0)}% of the CPU; ${((nodeMs + jvmCpu) / 1000 / seconds).toFixed(2)} cores busy on average)`);
  const timings = db.statementTimings().filter((t) => t.statement.startsWith("load/") || t.statement === "commit");
  const timed = timings.reduce((sum, t) => sum + t.ms, 0);
  console.log(`  database time by statement (server time; a commit's wall time), per call: ${timings.map((t) => `${t.statement.replace(/^load\//, "")} ${(t.ms / calls).toFixed(1)} ms (${t.runs})`).join(", ")}; ${(timed / calls).toFixed(1)} ms in all`);
  console.log(`  graph: ${String(counts?.nodes)} nodes, ${String(counts?.relationshipTotal)} relationships`);
  console.log(`    nodes by label: ${JSON.stringify(counts?.labels)}`);
  console.log(`    relationships by type: ${JSON.stringify(counts?.relationships)}`);
  console.log(`  store on disk: ${(directoryBytes(path.join(dataDir, "data")) / 1024 / 1024).toFixed(1)} MiB (${path.join(dataDir, "data")})`);
} finally {
  await db.close();
  await neo4j.stop();
  if (process.env.KEEP !== "1") rmSync(dataDir, { recursive: true, force: true });
}

if (process.env.CLI === "1") await benchCli(limit === undefined ? [corpus] : (await findTranscripts([corpus])).files.slice(0, limit));

/**
 * `earnings-graph ingest` as a user runs it (bin/earnings-graph.js, a fresh data directory, so it
 * starts its own embedded Neo4j), timed by phase from its output: start-up until it says it starts
 * the database, the database's start and migrations until the first file is reported, the loads,
 * and the exit. CPU of the command's process (with its worker thread) and of its Neo4j, from /proc.
 */
async function benchCli(paths: string[]): Promise<void> {
  const cliData = mkdtempSync(path.join(tmpdir(), "earnings-graph-bench-cli-"));
  const started = performance.now();
  const at: Record<string, number> = {};
  const child = spawn(process.execPath, [path.join(projectRoot, "bin/earnings-graph.js"), "ingest", ...paths, "--concurrency", String(concurrency), "--batch-size", String(batchSize), "--workers", String(workers)], {
    env: { ...process.env, EARNINGS_GRAPH_DATA_DIR: cliData, EARNINGS_GRAPH_NEO4J_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let summaryLine = "";
  const seen = (text: string): void => {
    const now = performance.now() - started;
    if (at.starting === undefined && text.includes("Starting the embedded Neo4j")) at.starting = now;
    if (at.firstFile === undefined && /^\[1\//m.test(text)) at.firstFile = now;
    const summary = /^Ingested .*$/m.exec(text);
    if (summary !== null) {
      at.summary = now;
      summaryLine = summary[0];
    }
  };
  child.stdout.setEncoding("utf8").on("data", seen);
  child.stderr.setEncoding("utf8").on("data", seen);
  let nodeCpu = 0;
  let javaCpu = 0;
  let javaPid: number | undefined;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    nodeCpu = processCpuMs(child.pid) || nodeCpu;
    javaPid ??= childPids(child.pid).find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("java"));
    if (javaPid !== undefined) javaCpu = processCpuMs(javaPid) || javaCpu;
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(poll);
  const ended = performance.now() - started;
  rmSync(cliData, { recursive: true, force: true });
  const s = (ms: number | undefined): string => (ms === undefined ? "?" : `${(ms / 1000).toFixed(1)} s`);
  const files = paths.length === 1 ? "the corpus folder" : `${paths.length} files`;
  console.log(`earnings-graph ingest of ${files} into a fresh data directory (exit ${String(code)}), ${s(ended)} in all:`);
  console.log(`  ${summaryLine}`);
  console.log(
    `  phases: start-up ${s(at.starting)}, database start + migrations + first file ${s(diff(at.firstFile, at.starting))}, ` +
      `loads ${s(diff(at.summary, at.firstFile))}, exit ${s(diff(ended, at.summary))}`,
  );
  console.log(`  CPU: the command ${(nodeCpu / 1000).toFixed(1)} s, its Neo4j ${(javaCpu / 1000).toFixed(1)} s (sampled every 250 ms, start-up included)`);
  console.log(`  machine load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)}`);
}

function diff(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

/** The pids whose parent is `pid`, from /proc (Linux). */
function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === pid) children.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** CPU time (user + system) a process has used, from /proc (Linux); 0 where there is none. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const p = path.join(dir, name);
    const info = statSync(p);
    return sum + (info.isDirectory() ? directoryBytes(p) : info.size);
  }, 0);
}
