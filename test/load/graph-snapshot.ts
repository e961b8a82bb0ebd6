import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { Database } from "../../src/db/database.js";
import { extract } from "../../src/extract/index.js";
import { loadCall, type LoadOptions } from "../../src/load/load-call.js";
import type { LoadResult } from "../../src/load/load-result.js";
import type { Extraction } from "../../src/model/facts.js";
import type { Transcript } from "../../src/model/transcript.js";
import { parseTranscript } from "../../src/parse/index.js";
import { openTestDriver, resetGraph, testNeo4j, testSessionConfig } from "../support/neo4j.js";
import { sharedRoot } from "../extract/shared-paths.js";

/**
 * Real calls that share people, firms, topics and organizations: Acadia Realty's four (one
 * company over four quarters), Verizon's two and Amphenol's two, and calls of other companies for
 * the analysts and topics they share. Paths in ../shared (tests using them skip without it).
 */
export const SHARED_CALLS = [
  "corpus-large/json-2018-2022/AKR_q4_2020.json",
  "corpus-large/json-2018-2022/AKR_q2_2021.json",
  "corpus-large/json-2018-2022/AKR_q3_2021.json",
  "corpus-large/streetevents-2022-q3/acadia-realty-trust-2022-q3.txt",
  "corpus/seekingalpha/verizon-2018-q1.txt",
  "corpus/seekingalpha/verizon-2018-q2.txt",
  "corpus/json/amphenol-2021-q1.json",
  "corpus/json/amphenol-2021-q2.json",
  "corpus/streetevents/sba-communications-2022-q3.txt",
  "corpus/streetevents/uniti-group-2022-q3.txt",
].map((f) => path.join(sharedRoot, f));

export function openTestDatabase(): Database {
  const { uri, username, password, database } = testNeo4j();
  return Database.connect({ uri, username, password, database });
}

/**
 * A migrated test database and a driver for the tests of the file (or `describe`) that calls it,
 * handed to `opened`; the graph is emptied when they end and, with `emptyBeforeEach`, before each test.
 */
export function useTestGraph(opened: (graph: { db: Database; driver: Driver }) => void, { emptyBeforeEach = false } = {}): void {
  let db: Database;
  let driver: Driver;
  beforeAll(async () => {
    db = openTestDatabase();
    driver = openTestDriver();
    opened({ db, driver });
    await db.migrate();
  });
  afterAll(async () => {
    await resetGraph(driver);
    await db.close();
    await driver.close();
  });
  if (emptyBeforeEach) beforeEach(async () => resetGraph(driver));
}

export function readCall(file: string): { transcript: Transcript; extraction: Extraction } {
  const transcript = parseTranscript(readFileSync(file), { fileName: file });
  return { transcript, extraction: extract(transcript) };
}

export async function loadFile(db: Database, file: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadCall(db, readCall(file), options);
}

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  nodes: number;
  relationshipTotal: number;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read("load/graph-counts");
  return row as unknown as GraphCounts;
}

export async function duplicates(db: Database): Promise<{ nodeIds: string[]; relationships: string[] }> {
  const [row] = await db.read("load/duplicate-keys");
  return row as unknown as { nodeIds: string[]; relationships: string[] };
}

/**
 * Everything in the graph as sorted text lines (each node's labels and properties, each
 * relationship's ends, type and properties), minus load times, so two graphs compare exactly.
 */
export async function snapshot(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    {},
    testSessionConfig(),
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to",
    {},
    testSessionConfig(),
  );
  const lines = [
    ...nodes.records.map((r) => {
      const props = { ...(r.get("props") as Record<string, unknown>) };
      delete props.loadedAt;
      return `${String(r.get("labels"))} ${stable(props)}`;
    }),
    ...rels.records.map((r) => `${r.get("from")} -[${r.get("type")} ${stable(r.get("props"))}]-> ${r.get("to")}`),
  ];
  return lines.sort();
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if ("low" in o && "high" in o && Object.keys(o).length === 2) return `${String(o.high)}:${String(o.low)}`;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}
