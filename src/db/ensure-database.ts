import path from "node:path";
import type { ConnectionSettings } from "./database.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./embedded.js";
import { EmbeddedNeo4jError } from "./embedded-errors.js";
import { isAlive, waitForExit } from "./embedded-process.js";
import { type EmbeddedState, readLiveState, removeState } from "./embedded-state.js";

/** The part of the configuration that decides which Neo4j to use; `Config` satisfies it. */
export interface DatabaseChoice {
  neo4j: {
    uri: string | undefined;
    username: string | undefined;
    password: string | undefined;
    database: string | undefined;
  };
  dataDir: string;
  embedded: { port: number; heap: string; pageCache: string; startTimeoutMs: number; java: string };
}

export interface DatabaseConnection extends ConnectionSettings {
  /**
   * `external`: NEO4J_URI; `embedded-running`: an embedded instance already running for the data
   * directory (`db start`, or another process); `embedded-started`: started by this call.
   */
  origin: "external" | "embedded-running" | "embedded-started";
  /** Set for `embedded-started`. */
  embedded?: EmbeddedNeo4j | undefined;
  /** Stops the embedded instance when this call started it; otherwise does nothing. */
  close(): Promise<void>;
}

/** The embedded Neo4j's own directory inside the project's data directory. */
export function embeddedDataDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), "neo4j");
}

/** An instance still finishing its shutdown holds the store lock for a moment; wait that long at most. */
const SHUTDOWN_WAIT_MS = 30_000;

/**
 * Decides which Neo4j to use: NEO4J_URI when set (nothing is started), else the embedded instance
 * recorded as running in `<dataDir>/neo4j`, else a new embedded instance there. A new instance is
 * attached to this process: it stops on `close()`, and in any case when this process ends.
 */
export async function ensureDatabase(
  choice: DatabaseChoice,
  options: { onProgress?: ((message: string) => void) | undefined } = {},
): Promise<DatabaseConnection> {
  const { uri, username, password, database } = choice.neo4j;
  if (uri !== undefined) {
    return { uri, username, password, database, origin: "external", close: async () => undefined };
  }
  const dataDir = embeddedDataDir(choice.dataDir);
  const start = () =>
    startEmbeddedNeo4j({
      dataDir,
      port: choice.embedded.port,
      heap: choice.embedded.heap,
      pageCache: choice.embedded.pageCache,
      startTimeoutMs: choice.embedded.startTimeoutMs,
      java: choice.embedded.java,
      onProgress: options.onProgress,
    });
  const deadline = Date.now() + SHUTDOWN_WAIT_MS;
  for (;;) {
    const running = await usableInstance(dataDir);
    if (running !== undefined) {
      return { uri: running.uri, database, origin: "embedded-running", close: async () => undefined };
    }
    try {
      options.onProgress?.(`Starting the embedded Neo4j in ${dataDir}`);
      const embedded = await start();
      return { uri: embedded.uri, database, origin: "embedded-started", embedded, close: () => embedded.stop() };
    } catch (error) {
      // Another process is starting one right now, or an old one is still shutting down:
      // wait for it to be ready or gone.
      if (!(error instanceof EmbeddedNeo4jError && error.code === "STORE_LOCKED") || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/**
 * The recorded instance, unless it is attached to a process that has ended: that one saw its
 * stdin close and is shutting down, so wait for it to finish instead of connecting to it.
 */
async function usableInstance(dataDir: string): Promise<EmbeddedState | undefined> {
  const state = await readLiveState(dataDir);
  if (state === undefined || state.detached || isAlive(state.ownerPid)) return state;
  await waitForExit(state.pid, SHUTDOWN_WAIT_MS);
  await removeState(dataDir, state.pid);
  return undefined;
}
