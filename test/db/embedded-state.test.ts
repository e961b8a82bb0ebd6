import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isAlive, isLauncherAlive } from "../../src/db/embedded-process.js";
import { type EmbeddedState, readLiveState, readState, removeState, stateFile, writeState } from "../../src/db/embedded-state.js";

describe("the embedded instance's state file", () => {
  let dataDir: string;
  const state = (pid: number): EmbeddedState => ({
    pid,
    port: 17687,
    uri: "bolt://127.0.0.1:17687",
    dataDir,
    neo4jVersion: "5.26.30",
    startedAt: new Date(0).toISOString(),
    detached: true,
    ownerPid: process.pid,
  });

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-state-"));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("round-trips what a start records", async () => {
    await writeState(state(12345));
    expect(await readState(dataDir)).toEqual(state(12345));
  });

  it("treats a live process that is not the launcher for this directory as stale, and removes the file", async () => {
    await writeState(state(process.pid));
    expect(isAlive(process.pid)).toBe(true);
    expect(isLauncherAlive(process.pid, dataDir)).toBe(false);
    expect(await readLiveState(dataDir)).toBeUndefined();
    expect(existsSync(stateFile(dataDir))).toBe(false);
  });

  it("treats an exited process as stale", async () => {
    const exited = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
    await writeState(state(exited));
    expect(await readLiveState(dataDir)).toBeUndefined();
    expect(existsSync(stateFile(dataDir))).toBe(false);
  });

  it("removes the file only for the pid it describes", async () => {
    await writeState(state(12345));
    await removeState(dataDir, 54321);
    expect(existsSync(stateFile(dataDir))).toBe(true);
    await removeState(dataDir, 12345);
    expect(existsSync(stateFile(dataDir))).toBe(false);
  });

  it("ignores a file that is not a state record", async () => {
    await writeState({ ...state(1), pid: "one" } as unknown as EmbeddedState);
    expect(await readState(dataDir)).toBeUndefined();
  });
});
