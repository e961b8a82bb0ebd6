import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded.js";
import { EmbeddedNeo4jError } from "../../src/db/embedded-errors.js";
import { isAlive, waitForExit } from "../../src/db/embedded-process.js";
import { readLiveState, stateFile } from "../../src/db/embedded-state.js";
import { embeddedDataDir, ensureDatabase } from "../../src/db/ensure-database.js";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * One embedded instance owned by a separate Node process (as `earnings-graph serve` would own
 * it), then everything that must go right or fail clearly around it: reuse, a second instance on
 * the same directory, a taken port, the owner dying, and a restart that keeps the data.
 */
describe("embedded Neo4j lifecycle", () => {
  let dataDir: string;
  let holder: ChildProcess | undefined;
  let first: { uri: string; origin: string; pid: number };
  const config = () =>
    loadConfig({ ...process.env, NEO4J_URI: undefined, EARNINGS_GRAPH_DATA_DIR: dataDir, EARNINGS_GRAPH_NEO4J_PORT: "0" });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-lifecycle-"));
    holder = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "test/support/hold-embedded.ts"), dataDir], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    first = await new Promise((resolve, reject) => {
      createInterface({ input: holder!.stdout! }).once("line", (line) => resolve(JSON.parse(line)));
      holder!.once("exit", (code) => reject(new Error(`hold-embedded exited with ${code}`)));
    });
  });

  afterAll(async () => {
    holder?.kill("SIGKILL");
    const state = await readLiveState(embeddedDataDir(dataDir));
    if (state !== undefined) process.kill(state.pid, "SIGKILL");
    if (first?.pid !== undefined) await waitForExit(first.pid, 30_000);
    await rm(dataDir, { recursive: true, force: true });
  });

  it("starts in <data dir>/neo4j and records pid and port there", async () => {
    expect(first.origin).toBe("embedded-started");
    const state = await readLiveState(embeddedDataDir(dataDir));
    expect(state).toMatchObject({ pid: first.pid, uri: first.uri, dataDir: embeddedDataDir(dataDir), detached: false });
    expect(first.uri).toBe(`bolt://127.0.0.1:${state?.port}`);
  });

  it("is reused, not started twice, by the next ensureDatabase", async () => {
    const again = await ensureDatabase(config());
    expect(again.origin).toBe("embedded-running");
    expect(again.uri).toBe(first.uri);
    await again.close();
    expect(isAlive(first.pid)).toBe(true);
  });

  it("refuses a second instance on the same data directory with a clear message, quickly", async () => {
    const started = Date.now();
    const error = await startEmbeddedNeo4j({ dataDir: embeddedDataDir(dataDir), port: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedNeo4jError);
    expect((error as EmbeddedNeo4jError).code).toBe("STORE_LOCKED");
    expect((error as Error).message).toContain(`The data directory ${embeddedDataDir(dataDir)} is in use by another Neo4j instance`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("refuses a port that is taken with a clear message", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    const otherDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-port-"));
    try {
      const error = await startEmbeddedNeo4j({ dataDir: otherDir, port }).catch((e: unknown) => e);
      expect((error as EmbeddedNeo4jError).code).toBe("PORT_IN_USE");
      expect((error as Error).message).toContain(`Bolt port 127.0.0.1:${port} is already in use`);
    } finally {
      server.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it("stops by itself when the process that started it dies, and a restart keeps the data", async () => {
    const driver = neo4j.driver(first.uri);
    await driver.executeQuery("CREATE (:LifecycleProbe {id: $id})", { id: "kept" });
    await driver.close();

    holder!.kill("SIGKILL");
    expect(await waitForExit(first.pid, 60_000)).toBe(true);

    const restarted = await ensureDatabase(config());
    try {
      expect(restarted.origin).toBe("embedded-started");
      const again = neo4j.driver(restarted.uri);
      const { records } = await again.executeQuery("MATCH (p:LifecycleProbe) RETURN p.id AS id");
      await again.close();
      expect(records.map((r) => r.get("id"))).toEqual(["kept"]);
    } finally {
      await restarted.close();
    }
    expect(isAlive(restarted.embedded!.pid)).toBe(false);
    expect(existsSync(stateFile(embeddedDataDir(dataDir)))).toBe(false);
  });
});
