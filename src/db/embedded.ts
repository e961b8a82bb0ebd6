import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { DEFAULT_EMBEDDED_HEAP, DEFAULT_EMBEDDED_PAGE_CACHE } from "../config/config.js";
import { cypher } from "./cypher.js";
import { resolveLauncherClasspath } from "./embedded-classpath.js";
import { EmbeddedNeo4jError } from "./embedded-errors.js";
import { launchAttached, launchDetached, type ReadyEvent } from "./embedded-launch.js";
import { LAUNCHER_CLASS, terminateProcess } from "./embedded-process.js";
import { removeState, writeState } from "./embedded-state.js";

export interface StartEmbeddedOptions {
  /** This instance's own directory (Neo4j's home: data/, logs/ and the state file). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** JVM heap, e.g. `512m`. */
  heap?: string | undefined;
  /** Neo4j page cache, e.g. `512m`. */
  pageCache?: string | undefined;
  /**
   * Outlive this process (`db start`): output goes to `<dataDir>/logs/launcher.log` and stdin is
   * not watched. Otherwise the database stops when this process ends, even when it is killed.
   */
  detached?: boolean | undefined;
  startTimeoutMs?: number | undefined;
  /** The java command; `java` on PATH by default. */
  java?: string | undefined;
  /** Progress notes for a person (the first Maven download takes minutes). */
  onProgress?: ((message: string) => void) | undefined;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  neo4jVersion: string;
  /** Shuts the database down cleanly (SIGTERM, then SIGKILL after 30 s); safe to call twice. */
  stop(): Promise<void>;
}

const NEO4J_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "neo4j");
const DEFAULT_START_TIMEOUT_MS = 120_000;

/**
 * JVM options Neo4j 5's own launcher adds on Java 17 (it opens these packages for its off-heap
 * page cache and Netty), plus a heap bound; `-XX:+ExitOnOutOfMemoryError` so a broken database
 * exits instead of limping.
 */
export function jvmOptions(heap: string): string[] {
  return [
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
  ];
}

/**
 * Starts Neo4j Community in its own JVM on `dataDir`, waits for the launcher's ready line and for
 * the driver to answer a query, and records the instance in `<dataDir>/earnings-graph-neo4j.json`.
 * Fails with an EmbeddedNeo4jError (PORT_IN_USE, STORE_LOCKED, …) instead of hanging.
 */
export async function startEmbeddedNeo4j(options: StartEmbeddedOptions): Promise<EmbeddedNeo4j> {
  const dataDir = path.resolve(options.dataDir);
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const { classpath } = await resolveLauncherClasspath({ neo4jDir: NEO4J_DIR, onProgress: options.onProgress });
  mkdirSync(path.join(dataDir, "logs"), { recursive: true });

  const detached = options.detached === true;
  const args = [
    ...jvmOptions(options.heap ?? DEFAULT_EMBEDDED_HEAP),
    "-cp",
    classpath,
    LAUNCHER_CLASS,
    "--home",
    dataDir,
    "--port",
    String(options.port ?? 0),
    "--pagecache",
    options.pageCache ?? DEFAULT_EMBEDDED_PAGE_CACHE,
    ...(detached ? [] : ["--watch-stdin"]),
  ];
  const java = options.java ?? "java";
  const deadline = Date.now() + timeoutMs;
  const launch = detached ? launchDetached({ java, args, dataDir }) : launchAttached(java, args);
  let ready: ReadyEvent;
  try {
    ready = await withDeadline(launch.ready, deadline, `the launcher's ready line (see ${path.join(dataDir, "logs")})`);
    await waitForBolt(ready.bolt, deadline);
  } catch (error) {
    launch.child.kill("SIGKILL");
    throw translateLaunchError(error, java);
  }
  launch.release();

  await writeState({
    pid: ready.pid,
    port: ready.port,
    uri: ready.bolt,
    dataDir,
    neo4jVersion: ready.neo4jVersion,
    startedAt: new Date().toISOString(),
    detached,
    ownerPid: process.pid,
  });
  let stopping: Promise<void> | undefined;
  return {
    uri: ready.bolt,
    port: ready.port,
    pid: ready.pid,
    dataDir,
    neo4jVersion: ready.neo4jVersion,
    stop: () => {
      stopping ??= terminateProcess(ready.pid).then(() => removeState(dataDir, ready.pid));
      return stopping;
    },
  };
}

async function withDeadline<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EmbeddedNeo4jError("START_TIMEOUT", `The embedded Neo4j did not start in time: waited for ${what}`)),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The ready line means Bolt is bound; this confirms a driver session can actually run a query. */
async function waitForBolt(uri: string, deadline: number): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
  try {
    for (;;) {
      try {
        await driver.executeQuery(cypher("health/ping"));
        return;
      } catch (error) {
        if (Date.now() >= deadline) {
          throw new EmbeddedNeo4jError("START_TIMEOUT", `The embedded Neo4j at ${uri} did not answer a query in time`, {
            cause: error,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

function translateLaunchError(error: unknown, java: string): unknown {
  if ((error as NodeJS.ErrnoException).code === "ENOENT") {
    return new EmbeddedNeo4jError(
      "JAVA_NOT_FOUND",
      `Java was not found ('${java}'): install Java 17+ (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j`,
    );
  }
  return error;
}
