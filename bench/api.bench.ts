/**
 * Query latency at scale: the dashboard operations of schema/examples.graphql over real HTTP,
 * measured twice in one run — once with a small graph (the samples plus SMALL calls of
 * ../shared/corpus-large) and once after the rest of CALLS calls are loaded — so the report is a
 * ratio (how latency grows with the graph), not an absolute figure on a shared, noisy machine.
 * A trivial `{ __typename }` request is the baseline of each round: HTTP + Apollo, no database.
 * Run: `npm run bench:api` (CALLS=n, default all ~1,526; SMALL=n, default 100; RUNS=n, default 30).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type OperationDefinitionNode } from "graphql";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/db/database.js";
import { startEmbeddedNeo4j } from "../src/db/embedded.js";
import { ingestPaths } from "../src/load/ingest.js";
import { startApiServer } from "../src/api/server.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(projectRoot, "../shared/corpus-large");
const examples = path.join(projectRoot, "examples");
const small = Number(process.env.SMALL ?? 100);
const runs = Number(process.env.RUNS ?? 30);

if (!existsSync(corpus)) {
  console.error(`bench:api needs ${corpus} (the shared corpus); it is not there.`);
  process.exit(2);
}

const files = readdirSync(corpus)
  .flatMap((dir) => readdirSync(path.join(corpus, dir)).map((f) => path.join(corpus, dir, f)))
  .sort();
const total = Math.min(files.length, Number(process.env.CALLS ?? files.length));
// Interleave the two subfolders deterministically so both sizes hold both layouts.
const ordered = [...files].sort((a, b) => hash(a) - hash(b)).slice(0, total);

const operationsText = readFileSync(path.join(projectRoot, "schema/examples.graphql"), "utf8");
const operations = parse(operationsText)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && d.operation === "query")
  .map((d) => d.name?.value ?? "anonymous")
  .filter((name) => name !== "NodeById");

const config = loadConfig();
const dataDir = mkdtempSync(path.join(tmpdir(), "earnings-graph-bench-api-"));
const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: config.embedded.heap, pageCache: config.embedded.pageCache });
const db = Database.connect({ uri: neo4j.uri });
const api = await startApiServer({ db, port: 0, apiKey: null, introspection: false, ingest: null });
try {
  await db.migrate();
  await ingestPaths(db, { paths: [examples, ...ordered.slice(0, small)], concurrency: 4 });
  const before = await measureRound();
  await ingestPaths(db, { paths: ordered.slice(small), concurrency: 4 });
  const after = await measureRound();

  const [counts] = await db.read("load/graph-counts");
  console.log(`bench:api — ${runs} runs per operation, Neo4j ${neo4j.neo4jVersion}`);
  console.log(`  small graph: samples + ${small} calls; large graph: samples + ${total} calls (${String(counts?.nodes)} nodes, ${String(counts?.relationshipTotal)} relationships)`);
  console.log(`  ${"operation".padEnd(20)} ${"small p50".padStart(10)} ${"large p50".padStart(10)} ${"large p95".padStart(10)} ${"growth".padStart(7)} ${"vs baseline".padStart(12)}`);
  for (const [name, small] of before) {
    const large = after.get(name)!;
    const base = after.get("baseline")!;
    console.log(
      `  ${name.padEnd(20)} ${ms(small.p50)} ${ms(large.p50)} ${ms(large.p95)} ${(large.p50 / small.p50).toFixed(2).padStart(6)}x ${(large.p50 / base.p50).toFixed(1).padStart(11)}x`,
    );
  }
} finally {
  await api.stop();
  await db.close();
  await neo4j.stop();
  if (process.env.KEEP !== "1") rmSync(dataDir, { recursive: true, force: true });
}

interface Latency {
  p50: number;
  p95: number;
}

/** Each operation RUNS times after two warm-up requests; the baseline request is measured the same way. */
async function measureRound(): Promise<Map<string, Latency>> {
  const results = new Map<string, Latency>();
  results.set("baseline", await measure({ query: "{ __typename }" }));
  for (const operationName of operations) {
    results.set(operationName, await measure({ query: operationsText, operationName }));
  }
  return results;
}

async function measure(body: { query: string; operationName?: string }): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors !== undefined) throw new Error(`${body.operationName ?? "baseline"} failed: ${JSON.stringify(json.errors)}`);
    if (i >= 2) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]! };
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`.padStart(10);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
