import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive } from "../../src/db/embedded-process.js";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const bin = path.join(projectRoot, "bin/earnings-graph.js");

/** `earnings-graph db start|status|stop` as a person runs it, on a data directory of its own. */
describe("earnings-graph db", () => {
  let dataDir: string;
  let pid: number | undefined;
  const env = () => {
    const { NEO4J_URI: _uri, ...rest } = process.env;
    return { ...rest, EARNINGS_GRAPH_DATA_DIR: dataDir, EARNINGS_GRAPH_NEO4J_PORT: "0" };
  };
  const db = (...args: string[]) =>
    spawnSync(process.execPath, [bin, "db", ...args], { cwd: projectRoot, env: env(), encoding: "utf8", timeout: 200_000 });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-cli-"));
  });
  afterAll(async () => {
    if (pid !== undefined && isAlive(pid)) process.kill(pid, "SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  });

  it("start runs the database in the background and status describes it", () => {
    const start = db("start");
    expect(start.stderr).not.toMatch(/error/i);
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(/^started\n/);

    const status = db("status");
    expect(status.status).toBe(0);
    const neo4jDir = path.join(dataDir, "neo4j");
    expect(status.stdout).toContain(`data dir:  ${neo4jDir}`);
    expect(status.stdout).toMatch(/uri: +bolt:\/\/127\.0\.0\.1:\d+/);

    const json = JSON.parse(db("status", "--json").stdout) as { running: boolean; uri: string; port: number; pid: number; dataDir: string };
    expect(json).toMatchObject({ running: true, dataDir: neo4jDir, uri: `bolt://127.0.0.1:${json.port}` });
    expect(status.stdout).toContain(`pid:       ${json.pid}`);
    pid = json.pid;
    expect(isAlive(pid)).toBe(true);

    const again = db("start");
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^already running\n/);
    expect(again.stdout).toContain(`pid:       ${pid}`);
  });

  it("stop shuts it down and status then says it is not running", () => {
    const stop = db("stop");
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain(`stopped (pid ${pid}`);
    expect(isAlive(pid!)).toBe(false);

    const status = db("status");
    expect(status.status).toBe(1);
    expect(status.stdout).toContain("not running");
    expect(db("stop").stdout).toContain("not running");
  });

  it("start refuses when NEO4J_URI points elsewhere", () => {
    const result = spawnSync(process.execPath, [bin, "db", "start"], {
      cwd: projectRoot,
      env: { ...env(), NEO4J_URI: "bolt://db.example:7687" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("NEO4J_URI is set (bolt://db.example:7687)");
  });
});
