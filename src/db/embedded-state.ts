import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isLauncherAlive } from "./embedded-process.js";

/** What a running embedded Neo4j records in its own data directory, so other commands find it. */
export interface EmbeddedState {
  pid: number;
  port: number;
  uri: string;
  dataDir: string;
  neo4jVersion: string;
  startedAt: string;
  /** True when started by `db start` and meant to outlive the command that started it. */
  detached: boolean;
  /** The process that started it; an attached instance stops when that process ends. */
  ownerPid: number;
}

export const STATE_FILE_NAME = "earnings-graph-neo4j.json";

export function stateFile(dataDir: string): string {
  return path.join(dataDir, STATE_FILE_NAME);
}

export async function writeState(state: EmbeddedState): Promise<void> {
  const file = stateFile(state.dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temp, file);
}

/** Removes the state file only while it still describes `pid`, never a newer instance's. */
export async function removeState(dataDir: string, pid: number): Promise<void> {
  const state = await readState(dataDir);
  if (state?.pid === pid) await rm(stateFile(dataDir), { force: true });
}

export async function readState(dataDir: string): Promise<EmbeddedState | undefined> {
  let text: string;
  try {
    text = await readFile(stateFile(dataDir), "utf8");
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<EmbeddedState>;
    if (typeof value.pid !== "number" || typeof value.port !== "number" || typeof value.uri !== "string") return undefined;
    return value as EmbeddedState;
  } catch {
    return undefined;
  }
}

/** The recorded instance when its process is still the launcher for this directory; a stale file is removed. */
export async function readLiveState(dataDir: string): Promise<EmbeddedState | undefined> {
  const state = await readState(dataDir);
  if (state === undefined) return undefined;
  if (isLauncherAlive(state.pid, path.resolve(dataDir))) return state;
  await removeState(dataDir, state.pid);
  return undefined;
}
