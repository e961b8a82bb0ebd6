import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestTranscript } from "../../src/api/ingest-transcript.js";
import { startApiServer, type RunningApi } from "../../src/api/server.js";
import { Database } from "../../src/db/database.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded.js";
import { ingestPaths } from "../../src/load/ingest.js";
import { stoppedMessage } from "../../src/cli/ingest.command.js";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const examples = path.join(projectRoot, "examples");

/**
 * A database of this file's own, fresh, so that it can be migrated from nothing by two processes
 * at once and then stopped under a running API and a running ingest.
 */
describe("a fresh database, then a database that goes away", () => {
  let dataDir: string;
  let neo4j: EmbeddedNeo4j;
  let db: Database;
  let api: RunningApi;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-outage-"));
    neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: "256m", pageCache: "64m" });
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await db?.close();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("lets two ingests started at once on the fresh database both migrate it and load", async () => {
    const [a, b] = await Promise.all([
      cli(["ingest", path.join(examples, "larkspur-2024-q3.txt")], neo4j.uri),
      cli(["ingest", path.join(examples, "larkspur-2024-q4.txt")], neo4j.uri),
    ]);
    expect(a.stderr).not.toMatch(/AlreadyExists|failed/);
    expect(b.stderr).not.toMatch(/AlreadyExists|failed/);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toMatch(/loaded\s+1/);
    expect(b.stdout).toMatch(/loaded\s+1/);
  });

  it("migrates concurrently from many processes' worth of connections without an error", async () => {
    const dbs = Array.from({ length: 4 }, () => Database.connect({ uri: neo4j.uri }));
    try {
      await Promise.all(dbs.map((d) => d.migrate()));
    } finally {
      await Promise.all(dbs.map((d) => d.close()));
    }
  });

  it("stops ingest after 3 loads in a row fail to reach the database, and says what was loaded and how to resume", async () => {
    db = Database.connect({ uri: neo4j.uri });
    api = await startApiServer({ db, port: 0, apiKey: null, introspection: false, ingest: ingestTranscript, logger: { error: () => {} } });
    expect((await gql(api, "{ calls { totalCount } }")).data).toEqual({ calls: { totalCount: 2 } });
    expect((await fetch(`${api.url}health`)).status).toBe(200);
    let killedAt = 0;
    const summary = await ingestPaths(db, {
      paths: [examples],
      concurrency: 1,
      force: true,
      onProgress: (p) => {
        // kill -9, as a crash or an operator would: the next load finds nothing to talk to.
        if (p.outcome === "loaded" && killedAt === 0) {
          process.kill(neo4j.pid, "SIGKILL");
          killedAt = performance.now();
        }
      },
    });
    expect(summary.loaded).toBe(1);
    expect(summary.stopped?.reason).toBe("the database was unreachable for 3 loads in a row");
    expect(summary.failed.map((f) => f.code)).toEqual(["DATABASE_UNAVAILABLE", "DATABASE_UNAVAILABLE", "DATABASE_UNAVAILABLE"]);
    expect(summary.loaded + summary.failed.length + summary.notTried.length).toBe(summary.files);
    // Each of the three failed loads gives up after the driver's short retry window.
    expect(performance.now() - killedAt).toBeLessThan(20_000);
    expect(stoppedMessage(summary)).toMatch(
      new RegExp(`^earnings-graph: stopped: the database was unreachable for 3 loads in a row \\(.+\\)\\. Loaded 1 of ${summary.files} files .*Run the same command again once the database is back: it resumes, skipping what is loaded\\.$`),
    );
  });

  it("answers a read with DATABASE_UNAVAILABLE within 5 s once the database is gone", async () => {
    const started = performance.now();
    const response = await gql(api, "{ calls { totalCount } }");
    const elapsed = performance.now() - started;
    expect(response.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(response.errors?.[0]?.message).toMatch(/^The database is unavailable; try again later/);
    expect(elapsed).toBeLessThan(5_000);
  });

  it("reports it on /health within 1 s, with 503", async () => {
    const started = performance.now();
    const response = await fetch(`${api.url}health`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unavailable" });
  });

  it("fails a new ingest at once, naming the outage", async () => {
    const started = performance.now();
    const error = await ingestPaths(db, { paths: [examples], concurrency: 1 }).catch((e: unknown) => e);
    // The run begins by reading what is loaded: with the database gone, that fails at once.
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Neo4j is unavailable while (opening a transaction|running cypher\/load\/read-source-hashes\.cypher)/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

async function gql(api: RunningApi, query: string): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as never;
}

function cli(args: string[], uri: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "src", "cli", "main.ts"), ...args],
      { cwd: projectRoot, env: { ...process.env, NEO4J_URI: uri }, timeout: 180_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
