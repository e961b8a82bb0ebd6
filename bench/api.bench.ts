/**
 * Query latency as the graph grows: the project's dashboard operations over real HTTP, on real
 * large companies, topics and analysts of ../shared/corpus-large, against two graphs in one run —
 * corpus-large (about 1,526 calls) and the same corpus plus synthetic-ticker copies of its JSON
 * calls (CALLS, default 10,000 calls; bench/support/corpora.ts) — each in its own embedded Neo4j
 * with its own `earnings-graph serve`, measured alternately, so the report is a ratio: how p50
 * grows with the graph. Both graphs are prepared stores, built once and reused while current.
 *
 * The operations: those of bench/peer/operations.ts (the project side of bench:peer) and every
 * query of schema/examples.graphql with its variables set to the same real subjects. A trivial
 * `{ __typename }` is the stack without the database.
 * Knobs: CALLS (size of the second graph, default 10000), RUNS (requests per operation, graph and
 * round, default 20; fewer when one operation takes over BUDGET seconds, default 30), ROUNDS (2), SUBJECTS (3, cycled through), WORD ("margin"), CACHE (off|on:
 * the project server's response cache, see bench:peer), ONLY (names as the report prints them,
 * comma-separated: `analystCoverage,examples:TopTopics`; a subset, since all 21 take long on a
 * busy machine). Run: `npm run bench:api`.
 */
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parse, type OperationDefinitionNode } from "graphql";
import { operations as peerOperations, type Subject } from "./peer/operations.js";
import { corpusLargeStore, syntheticStore } from "./support/corpora.js";
import { corpusLarge, projectRoot } from "./support/paths.js";
import { openStore, type PreparedStore } from "./support/prepared-store.js";
import { projectReadsCacheSwitch, RESPONSE_CACHE_VARIABLE, startProjectServer, type CacheMode, type RunningServer } from "./support/servers.js";
import { describeSubjects, pickSubjects } from "./support/subjects.js";

const targetCalls = Number(process.env.CALLS ?? 10_000);
const runs = Number(process.env.RUNS ?? 20);
const rounds = Number(process.env.ROUNDS ?? 2);
const budgetSeconds = Number(process.env.BUDGET ?? 30);
const subjectCount = Number(process.env.SUBJECTS ?? 3);
const word = process.env.WORD ?? "margin";
const cache = (process.env.CACHE ?? "off") as CacheMode;
const only = process.env.ONLY?.split(",").map((s) => s.trim()).filter((s) => s !== "");
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!existsSync(corpusLarge)) {
  console.error(`bench:api needs ${corpusLarge} (the shared corpus); it is not there.`);
  process.exit(2);
}
if (cache !== "off" && (cache !== "on" || !projectReadsCacheSwitch())) {
  console.error(`bench:api: CACHE must be off, or on once the server reads ${RESPONSE_CACHE_VARIABLE}; found ${JSON.stringify(cache)}`);
  process.exit(2);
}

/** The variables of each example operation, from a subject; examples not listed here are reported and skipped. */
const EXAMPLE_VARIABLES: Record<string, (s: Subject) => Record<string, unknown>> = {
  CompanyDashboard: (s) => ({ company: s.ticker, metric: "revenue", from: "2019-Q1", to: "2022-Q4" }),
  Pickers: () => ({ first: 50 }),
  MetricSeries: (s) => ({ company: s.ticker, metric: "revenue" }),
  MetricAcrossCompanies: (s) => ({ metric: "revenue", companies: [s.ticker], first: 10 }),
  GuidanceScorecard: (s) => ({ companies: [s.ticker], first: 50 }),
  GuidanceSummary: (s) => ({ companies: [s.ticker] }),
  FactsTable: (s) => ({ companies: [s.ticker], kind: "ACTUAL" }),
  TopicTrend: (s) => ({ topic: s.topicId }),
  TopTopics: (s) => ({ from: s.period, to: s.period, first: 10 }),
  Analysts: (s) => ({ topic: s.topicId, companies: [s.ticker] }),
  Search: (s) => ({ query: s.word, companies: [s.ticker], section: "QA" }),
  Calls: (s) => ({ companies: [s.ticker] }),
  CallDetail: (s) => ({ companies: [s.ticker], period: s.period }),
  CoverageNetwork: () => ({ first: 10 }),
};

interface Measured {
  name: string;
  query: string;
  operationName?: string;
  variables: (s: Subject) => Record<string, unknown>;
}

const examplesText = readFileSync(path.join(projectRoot, "schema/examples.graphql"), "utf8");
const exampleNames = parse(examplesText)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && d.operation === "query")
  .map((d) => d.name?.value ?? "");
const unmapped = exampleNames.filter((name) => EXAMPLE_VARIABLES[name] === undefined);
const all: Measured[] = [
  ...peerOperations.map((op) => ({ name: op.name, query: op.project.query, variables: op.project.variables })),
  ...exampleNames
    .filter((name) => EXAMPLE_VARIABLES[name] !== undefined)
    .map((name) => ({ name: `examples:${name}`, query: examplesText, operationName: name, variables: EXAMPLE_VARIABLES[name]! })),
];
const unknown = only?.filter((name) => !all.some((op) => op.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`bench:api: ONLY=${process.env.ONLY} names no operation: ${unknown.join(", ")}; operations: ${all.map((op) => op.name).join(", ")}`);
  process.exit(2);
}
const measured = only === undefined ? all : all.filter((op) => only.includes(op.name));

const small = await corpusLargeStore(log);
const large = await syntheticStore(small, targetCalls, log);
const graphs: { store: PreparedStore; stop: () => Promise<void>; server: RunningServer }[] = [];
try {
  let subjects: Subject[] = [];
  for (const store of [small, large]) {
    const { neo4j, db } = await openStore(store.home);
    if (store === small) subjects = await pickSubjects(db, { count: subjectCount, word });
    await db.close();
    const server = await startProjectServer({ label: `project-${store.calls}`, neo4jUri: neo4j.uri, cache });
    graphs.push({ store, server, stop: () => neo4j.stop() });
  }

  console.log(`bench:api — ${runs} requests per operation, graph and round, ${rounds} rounds, graphs alternating; response cache ${cache}`);
  console.log(`  graphs: ${graphs.map((g) => `${g.store.calls} calls (${g.store.name})`).join(" and ")}`);
  for (const line of describeSubjects(subjects)) console.log(line);
  if (unmapped.length > 0) console.log(`  not measured (no variables for real subjects in bench/api.bench.ts): ${unmapped.join(", ")}`);

  const latencies = new Map<string, number[]>();
  const loads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const op of measured) {
      const order = round % 2 === 0 ? graphs : [...graphs].reverse();
      for (const graph of order) {
        const key = `${op.name}\t${graph.store.calls}`;
        latencies.set(key, [...(latencies.get(key) ?? []), ...(await measure(graph.server.url, op, subjects))]);
        loads.push(loadavg()[0]!);
      }
    }
    log(`  round ${round + 1} of ${rounds} done (load average ${loadavg()[0]!.toFixed(1)})`);
  }

  const [a, b] = graphs.map((g) => g.store.calls) as [number, number];
  console.log(`\nlatency per operation, ms (sequential requests), and p50 growth from ${a} to ${b} calls`);
  console.log(`  ${"operation".padEnd(28)} ${`p50 @${a}`.padStart(11)} ${`p95 @${a}`.padStart(11)} ${`p50 @${b}`.padStart(11)} ${`p95 @${b}`.padStart(11)} ${"growth".padStart(7)} ${"samples".padStart(8)}`);
  for (const op of measured) {
    const samples = (calls: number) => latencies.get(`${op.name}\t${calls}`) ?? [];
    const [s, l] = [percentiles(samples(a)), percentiles(samples(b))];
    console.log(
      `  ${op.name.padEnd(28)} ${ms(s.p50)} ${ms(s.p95)} ${ms(l.p50)} ${ms(l.p95)} ${(l.p50 / s.p50).toFixed(2).padStart(6)}x ${`${samples(a).length}/${samples(b).length}`.padStart(8)}`,
    );
  }
  console.log(`  machine load average (1 min) during the runs: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`);
} finally {
  for (const graph of graphs) {
    await graph.server.stop();
    await graph.stop();
  }
}

/**
 * RUNS sequential requests cycling through the subjects, after one warm-up request per subject;
 * an operation slower than BUDGET seconds in all stops early, after at least one request per subject.
 */
async function measure(url: string, op: Measured, subjects: Subject[]): Promise<number[]> {
  const bodies = subjects.map((s) => JSON.stringify({ query: op.query, operationName: op.operationName, variables: op.variables(s) }));
  for (const body of bodies) await post(url, body, op.name);
  const times: number[] = [];
  const deadline = performance.now() + budgetSeconds * 1000;
  for (let i = 0; i < runs && (i < bodies.length || performance.now() < deadline); i++) {
    const started = performance.now();
    await post(url, bodies[i % bodies.length]!, op.name);
    times.push(performance.now() - started);
  }
  return times;
}

async function post(url: string, body: string, name: string): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await response.json()) as { errors?: unknown[] };
  if (json.errors !== undefined) throw new Error(`${name} failed: ${JSON.stringify(json.errors)}`);
}

function percentiles(values: number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

function ms(value: number): string {
  return `${value.toFixed(1)}`.padStart(11);
}
