/**
 * The project's API against @neo4j/graphql, side by side over one database: corpus-large in an
 * embedded Neo4j (a prepared store, reused while current), the project's `earnings-graph serve`
 * and the peer (bench/peer/peer-server.ts: @neo4j/graphql 7 + Apollo Server 5 over type
 * definitions mirroring cypher/GRAPH.md) each in its own process, the dashboard operations of
 * bench/peer/operations.ts on real companies, topics and analysts of the corpus.
 *
 * 1. Identical data: every operation and subject is asked of both sides and the answers are
 *    compared row by row; any difference stops the benchmark before it times anything.
 * 2. Throughput: autocannon, CONNECTIONS connections for DURATION seconds per operation and side,
 *    the sides alternating (the order swaps every round), ROUNDS rounds; req/s are the mean over
 *    rounds, and each run reads the CPU that Neo4j and the server used per request.
 * 3. The report: req/s of each side, project/peer ratios, their geometric mean over the dashboard
 *    operations, and the machine's load average beside every figure.
 *
 * CACHE=off|on|off,on is the project server's response cache (EARNINGS_GRAPH_RESPONSE_CACHE).
 * Other knobs: DURATION (s, default 10), WARMUP (s per operation and side before the timed rounds,
 * untimed, default 3), CONNECTIONS (10), ROUNDS (2), SUBJECTS (3 companies/topics/analysts, cycled through by
 * each run), WORD ("margin", the search word), ONLY=name,name (a subset of operations),
 * CHECK_ONLY=1 (compare answers and stop), MIN_TOPIC_TURNS (fewest turns of a topic subject, default
 * 100; test/api/peer-check.int.test.ts runs the check on a small graph), NEO4J_URI (a database that already holds the graph, used
 * as it is: nothing is loaded; no authentication). Results are also written to bench/results/.
 * Run: `npm run bench:peer` (prefix `nice -n 10` on a shared machine).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Database } from "../src/db/database.js";
import { operations, type Operation, type Row, type Subject } from "./peer/operations.js";
import { corpusLargeStore } from "./support/corpora.js";
import { corpusLarge, projectRoot } from "./support/paths.js";
import { callCount, openStore } from "./support/prepared-store.js";
import {
  processCpuMs,
  projectReadsCacheSwitch,
  RESPONSE_CACHE_VARIABLE,
  startPeerServer,
  startProjectServer,
  type CacheMode,
  type RunningServer,
} from "./support/servers.js";
import { describeSubjects, pickSubjects } from "./support/subjects.js";

const duration = Number(process.env.DURATION ?? 10);
const warmup = Number(process.env.WARMUP ?? 3);
const connections = Number(process.env.CONNECTIONS ?? 10);
const rounds = Number(process.env.ROUNDS ?? 2);
const subjectCount = Number(process.env.SUBJECTS ?? 3);
const word = process.env.WORD ?? "margin";
const only = process.env.ONLY?.split(",").map((s) => s.trim());
const cacheModes = parseCacheModes(process.env.CACHE ?? "off");
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!existsSync(corpusLarge)) {
  console.error(`bench:peer needs ${corpusLarge} (the shared corpus); it is not there.`);
  process.exit(2);
}
if (cacheModes.includes("on") && !projectReadsCacheSwitch()) {
  console.error(
    `bench:peer: CACHE=on asks for the project's response cache, but the server does not read ${RESPONSE_CACHE_VARIABLE} yet ` +
      `(src/config/config.ts does not name it); only CACHE=off can be measured.`,
  );
  process.exit(2);
}
const selected = operations.filter((op) => only === undefined || only.includes(op.name));
if (selected.length === 0) {
  console.error(`bench:peer: ONLY=${process.env.ONLY} names no operation; operations: ${operations.map((o) => o.name).join(", ")}`);
  process.exit(2);
}

interface Side {
  label: string;
  kind: "project" | "peer";
  server: RunningServer;
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  neo4jCpuMsPerRequest: number;
  serverCpuMsPerRequest: number;
  failed: number;
  load: number;
}

// NEO4J_URI: a database that already holds the graph (nothing is loaded or started).
const external = process.env.NEO4J_URI;
const store = external === undefined ? await corpusLargeStore(log) : undefined;
const { neo4j, db } = store === undefined ? externalStore(external!) : await openStore(store.home);
const calls = await callCount(db);
const sides: Side[] = [];
let exitCode = 0;
try {
  const subjects = await pickSubjects(db, { count: subjectCount, word, minTopicTurns: Number(process.env.MIN_TOPIC_TURNS ?? 100) });
  for (const mode of cacheModes) {
    sides.push({ label: cacheModes.length === 1 && mode === "off" ? "project" : `project cache ${mode}`, kind: "project", server: await startProjectServer({ label: `project-cache-${mode}`, neo4jUri: neo4j.uri, cache: mode }) });
  }
  sides.push({ label: "peer", kind: "peer", server: await startPeerServer({ label: "peer", neo4jUri: neo4j.uri }) });

  console.log(`bench:peer — ${calls} calls ${store === undefined ? `in ${external}` : `of ${path.relative(projectRoot, corpusLarge)} in Neo4j ${neo4j.neo4jVersion}`}, ${connections} connections, ${duration} s per run, ${rounds} rounds, sides alternating`);
  for (const line of describeSubjects(subjects)) console.log(line);

  const mismatches = await checkIdentical(selected, subjects, sides);
  if (mismatches > 0) {
    console.log(`\n${mismatches} answers differ between the project and the peer: not timing anything until they agree.`);
    exitCode = 1;
  } else {
    console.log(`  identical data: every operation × subject answered the same rows by both sides`);
    if (process.env.CHECK_ONLY !== "1") await timeAll(selected, subjects, sides, calls);
  }
} finally {
  for (const side of sides) await side.server.stop();
  await db.close();
  await neo4j.stop();
}
process.exitCode = exitCode;

function externalStore(uri: string): { neo4j: { uri: string; pid: number; neo4jVersion: string; stop: () => Promise<void> }; db: Database } {
  // The server's CPU cannot be read from here: Neo4j ms/request shows as NaN.
  return { neo4j: { uri, pid: -1, neo4jVersion: "(external)", stop: async () => undefined }, db: Database.connect({ uri }) };
}

/** Asks every operation of both sides for every subject and compares the rows; returns how many differ. */
async function checkIdentical(ops: Operation[], subjects: Subject[], all: Side[]): Promise<number> {
  let mismatches = 0;
  const peer = all.find((s) => s.kind === "peer")!;
  for (const op of ops) {
    for (const [i, subject] of subjects.entries()) {
      const expected = op.peer.rows(await ask(peer.server.url, op.peer.query, op.peer.variables(subject), `${op.name} (peer)`));
      for (const side of all.filter((s) => s.kind === "project")) {
        const actual = op.project.rows(await ask(side.server.url, op.project.query, op.project.variables(subject), `${op.name} (${side.label})`));
        const difference = firstDifference(actual, expected);
        if (difference !== null) {
          mismatches += 1;
          console.log(`  DIFFERENT ${op.name}, subject ${i + 1}, ${side.label} vs peer: ${difference}`);
        } else {
          console.log(`  same      ${op.name}, subject ${i + 1}: ${actual.length} rows`);
        }
      }
    }
  }
  return mismatches;
}

async function timeAll(ops: Operation[], subjects: Subject[], all: Side[], calls: number): Promise<void> {
  // Untimed first: a freshly started Neo4j reads its store from disk and both servers compile
  // their code on the first requests; without this the side that runs first in round 1 pays it.
  if (warmup > 0) {
    for (const op of ops) for (const side of all) await timeOne(op, subjects, side, warmup);
    log(`  warmed up: every operation against every side for ${warmup} s, untimed`);
  }
  const runs = new Map<string, Run[]>();
  for (let round = 0; round < rounds; round++) {
    for (const op of ops) {
      // Alternate: each round starts with the next side, so no side always runs first (warm) or last.
      const order = all.map((_, i) => all[(i + round) % all.length]!);
      for (const side of order) {
        await settle(all);
        const run = await timeOne(op, subjects, side);
        const key = `${op.name}\t${side.label}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
        log(`  round ${round + 1} ${op.name.padEnd(18)} ${side.label.padEnd(20)} ${run.requestsPerSecond.toFixed(1).padStart(7)} req/s  p50 ${run.p50} ms  (load ${run.load.toFixed(1)})`);
      }
    }
  }

  const peer = all.find((s) => s.kind === "peer")!;
  const projects = all.filter((s) => s.kind === "project");
  const loads = [...runs.values()].flat().map((r) => r.load);
  console.log(`\nreq/s (mean of ${rounds} rounds; higher is better); CPU ms per request of Neo4j and of the server; load average (1 min) during the runs`);
  console.log(`  (project: earnings-graph serve${cacheModes.length === 1 && cacheModes[0] === "off" ? ", response cache off" : ""}; peer: @neo4j/graphql + Apollo Server)`);
  const header = ["operation", ...all.map((s) => `${s.label} req/s`), ...projects.map((s) => `${s.label}/peer`), ...all.map((s) => `Neo4j ms ${s.label}`), ...all.map((s) => `server ms ${s.label}`), "load avg"];
  const table: string[][] = [];
  const ratios = new Map<string, number[]>();
  for (const op of ops) {
    const mean = (side: Side, pick: (r: Run) => number) => average((runs.get(`${op.name}\t${side.label}`) ?? []).map(pick));
    const peerRps = mean(peer, (r) => r.requestsPerSecond);
    const row = [op.title];
    for (const side of all) row.push(mean(side, (r) => r.requestsPerSecond).toFixed(1));
    for (const side of projects) {
      const ratio = mean(side, (r) => r.requestsPerSecond) / peerRps;
      if (op.name !== "typename") ratios.set(side.label, [...(ratios.get(side.label) ?? []), ratio]);
      row.push(`${ratio.toFixed(2)}x`);
    }
    for (const side of all) row.push(mean(side, (r) => r.neo4jCpuMsPerRequest).toFixed(1));
    for (const side of all) row.push(mean(side, (r) => r.serverCpuMsPerRequest).toFixed(1));
    const opLoads = all.flatMap((side) => (runs.get(`${op.name}\t${side.label}`) ?? []).map((r) => r.load));
    row.push(`${Math.min(...opLoads).toFixed(1)}-${Math.max(...opLoads).toFixed(1)}`);
    table.push(row);
    const failed = all.reduce((n, side) => n + (runs.get(`${op.name}\t${side.label}`) ?? []).reduce((m, r) => m + r.failed, 0), 0);
    if (failed > 0) console.log(`  WARNING: ${failed} failed requests (errors, timeouts, non-2xx or GraphQL errors) in ${op.name}`);
  }
  printTable(header, table);
  for (const [label, values] of ratios) {
    const geomean = Math.exp(average(values.map(Math.log)));
    console.log(`  ${label} / peer, geometric mean over the ${values.length} dashboard operations: ${geomean.toFixed(2)}x; lowest ${Math.min(...values).toFixed(2)}x`);
  }
  console.log(`  machine load average (1 min) during the timed runs: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`);

  const resultsDir = path.join(projectRoot, "bench/results");
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `peer-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ calls, duration, connections, rounds, cacheModes, subjects, runs: Object.fromEntries(runs) }, null, 2)}\n`);
  console.log(`  raw runs: ${path.relative(projectRoot, file)}`);
}

/**
 * Waits until Neo4j and the servers are idle (under a tenth of a core over half a second, 60 s at
 * most): requests still running when a run ends (slower than its duration or autocannon's 10 s
 * timeout) would otherwise take CPU from the next run, which is often the other side's.
 */
async function settle(all: Side[]): Promise<void> {
  const pids = [neo4j.pid, ...all.map((s) => s.server.pid)].filter((pid) => pid > 0);
  const cpu = () => pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = cpu();
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (cpu() - before < 50 || Date.now() > deadline || Number.isNaN(before)) return;
  }
}

/** One autocannon run of one operation against one side, cycling through the subjects. */
async function timeOne(op: Operation, subjects: Subject[], side: Side, seconds = duration): Promise<Run> {
  const variant = side.kind === "peer" ? op.peer : op.project;
  let graphqlErrors = 0;
  const requests = subjects.map((subject) => ({
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: variant.query, variables: variant.variables(subject) }),
    onResponse: (_status: number, body: string) => {
      if (body.includes('"errors":')) graphqlErrors += 1;
    },
  }));
  const neo4jBefore = processCpuMs(neo4j.pid);
  const serverBefore = processCpuMs(side.server.pid);
  const result = await autocannon({ url: side.server.url, connections, duration: seconds, requests });
  const total = result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    neo4jCpuMsPerRequest: (processCpuMs(neo4j.pid) - neo4jBefore) / Math.max(1, total),
    serverCpuMsPerRequest: (processCpuMs(side.server.pid) - serverBefore) / Math.max(1, total),
    failed: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    load: loadavg()[0]!,
  };
}

async function ask(url: string, query: string, variables: Record<string, unknown>, what: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors !== undefined || json.data === undefined) throw new Error(`${what} failed (HTTP ${response.status}): ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** The first row where two answers differ, described; null when they are identical. */
function firstDifference(actual: Row[], expected: Row[]): string | null {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const a = JSON.stringify(actual[i] ?? null);
    const e = JSON.stringify(expected[i] ?? null);
    if (a !== e) return `row ${i + 1} of ${actual.length} (project) / ${expected.length} (peer):\n      project ${a}\n      peer    ${e}`;
  }
  return null;
}

function parseCacheModes(value: string): CacheMode[] {
  const modes = value.split(",").map((m) => m.trim());
  if (modes.length === 0 || modes.some((m) => m !== "off" && m !== "on")) {
    console.error(`bench:peer: CACHE must be off, on or off,on; found ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return [...new Set(modes)] as CacheMode[];
}

function average(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
