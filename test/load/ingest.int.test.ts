import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { ingestPaths, ingestText } from "../../src/load/ingest.js";
import type { IngestProgress } from "../../src/load/load-result.js";
import { TranscriptError } from "../../src/parse/index.js";
import { openTestDriver, resetGraph, testNeo4j } from "../support/neo4j.js";
import { duplicates, graphCounts, openTestDatabase, snapshot } from "./graph-snapshot.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sharedRoot = path.resolve(projectRoot, "../shared");
const hasShared = existsSync(path.join(sharedRoot, "corpus"));
const examples = path.join(projectRoot, "examples");

let db: Database;
let driver: Driver;
let scratch: string;

beforeAll(async () => {
  db = openTestDatabase();
  driver = openTestDriver();
  await db.migrate();
  await resetGraph(driver);
  scratch = mkdtempSync(path.join(tmpdir(), "eg-ingest-"));
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await resetGraph(driver);
  await db.close();
  await driver.close();
});

describe.skipIf(!hasShared)("ingestPaths on ../shared/corpus", () => {
  it("loads every transcript, and loading it again changes nothing and duplicates no key", async () => {
    await resetGraph(driver);
    const progress: IngestProgress[] = [];
    // Three files parsed and extracted at once, ahead of the loads.
    const first = await ingestPaths(db, { paths: [path.join(sharedRoot, "corpus")], concurrency: 4, workers: 3, onProgress: (p) => progress.push(p) });
    expect(first.failed).toEqual([]);
    expect(first.loaded + first.unchanged + first.skipped.filter((s) => s.reason.startsWith("same call")).length).toBe(first.files);
    expect(first.skipped.map((s) => path.basename(s.file))).toContain("SOURCES.tsv");
    expect(progress).toHaveLength(first.files);
    expect(progress.at(-1)).toMatchObject({ done: first.files, total: first.files });
    const counts = await graphCounts(db);
    expect(counts.labels.Call).toBe(first.loaded);
    expect(first.nodesCreated - first.nodesDeleted).toBe(counts.nodes);
    expect(first.relationshipsCreated - first.relationshipsDeleted).toBe(counts.relationshipTotal);
    const before = await snapshot(driver);

    const second = await ingestPaths(db, { paths: [path.join(sharedRoot, "corpus")], concurrency: 4 });
    expect(second).toMatchObject({ loaded: 0, unchanged: first.loaded, failed: [], nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphCounts(db)).toEqual(counts);
    expect(await snapshot(driver)).toEqual(before);
    expect(await duplicates(db)).toEqual({ nodeIds: [], relationships: [] });

    const forced = await ingestPaths(db, { paths: [path.join(sharedRoot, "corpus")], concurrency: 4, force: true });
    expect(forced.loaded).toBe(first.loaded);
    expect(await graphCounts(db)).toEqual(counts);
    expect(await duplicates(db)).toEqual({ nodeIds: [], relationships: [] });

    // Batched (several calls per transaction, the default) or one call per transaction, one at a
    // time, each file extracted before the next is read: the same graph, and the same files skipped
    // as holding a call another file holds.
    await resetGraph(driver);
    const single = await ingestPaths(db, { paths: [path.join(sharedRoot, "corpus")], concurrency: 1, batchSize: 1, workers: 1 });
    expect(single.loaded).toBe(first.loaded);
    expect(single.skipped).toEqual(first.skipped);
    expect(await snapshot(driver)).toEqual(before);
  });
});

describe("ingest of the project's own files", () => {
  it("reports a bad file with its reason and goes on with the others", async () => {
    await resetGraph(driver);
    const empty = path.join(scratch, "empty.txt");
    writeFileSync(empty, "");
    const summary = await ingestPaths(db, { paths: [empty, path.join(examples, "larkspur-2024-q3.txt"), path.join(scratch, "missing.txt")] });
    expect(summary.loaded).toBe(1);
    expect(summary.failed).toEqual([
      { file: path.join(scratch, "missing.txt"), line: null, code: "READ_FAILED", reason: "no such file or directory" },
      { file: empty, line: null, code: "EMPTY_INPUT", reason: "input is empty" },
    ]);
  });

  it("ingestText loads a text and refuses one that is not a transcript", async () => {
    await resetGraph(driver);
    const text = readFileSync(path.join(examples, "larkspur-2025-q2.txt"));
    const result = await ingestText(db, { text, fileName: "larkspur-2025-q2.txt" });
    expect(result.status).toBe("loaded");
    expect(result.turns).toBeGreaterThan(0);
    expect((await graphCounts(db)).labels.Turn).toBe(result.turns);
    expect((await ingestText(db, { text, fileName: "larkspur-2025-q2.txt" })).status).toBe("unchanged");
    await expect(ingestText(db, { text: "   \n" })).rejects.toBeInstanceOf(TranscriptError);
  });

  it("the ingest command exits 1 naming each failed file, and 2 on wrong usage", async () => {
    await resetGraph(driver);
    const dir = mkdtempSync(path.join(scratch, "cli-"));
    writeFileSync(path.join(dir, "broken.json"), "{ not json");
    writeFileSync(path.join(dir, "notes.tsv"), "a\tb\n");
    const run = await cli(["ingest", dir, path.join(examples, "larkspur-2024-q4.txt"), "--concurrency", "2"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/loaded\s+1/);
    expect(run.stdout).toMatch(/failed\s+1/);
    expect(run.stderr).toContain(`failed ${path.join(dir, "broken.json")}`);
    expect((await graphCounts(db)).labels.Call).toBe(1);

    const usage = await cli(["ingest", dir, "--concurrency", "0"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/concurrency/);
    const workers = await cli(["ingest", dir, "--workers", "many"]);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/workers.*expected a whole number from 1 to 32, found 'many'/);
    expect((await cli(["ingest"])).code).toBe(2);
  });
});

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password, database } = testNeo4j();
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri };
  if (username !== undefined) env.NEO4J_USERNAME = username;
  if (password !== undefined) env.NEO4J_PASSWORD = password;
  if (database !== undefined) env.NEO4J_DATABASE = database;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "src", "cli", "main.ts"), ...args],
      { cwd: projectRoot, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
