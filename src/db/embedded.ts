import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { resolveLauncherClasspath } from "./embedded-classpath.js";
import { EmbeddedNeo4jError, type EmbeddedNeo4jErrorCode } from "./embedded-errors.js";
import { LAUNCHER_CLASS, terminateProcess } from "./embedded-process.js";
import { removeState, writeState } from "./embedded-state.js";

export interface StartEmbeddedOptions {
  /** This instance's own directory (Neo4j's home: data/, logs/ and the state file). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** JVM heap, e.g. `512m`. */
  heap?: string | undefined;
  /** Neo4j page cache, e.g. `256m`. */
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

interface ReadyEvent {
  event: "ready";
  bolt: string;
  port: number;
  pid: number;
  neo4jVersion: string;
}

const NEO4J_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "neo4j");
const DEFAULT_START_TIMEOUT_MS = 120_000;
/** Liveness probe run through the driver before a start counts as done. */
const LIVENESS_QUERY = "RETURN 1 AS ok";

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
    ...jvmOptions(options.heap ?? "512m"),
    "-cp",
    classpath,
    LAUNCHER_CLASS,
    "--home",
    dataDir,
    "--port",
    String(options.port ?? 0),
    "--pagecache",
    options.pageCache ?? "256m",
    ...(detached ? [] : ["--watch-stdin"]),
  ];
  const java = options.java ?? "java";
  const deadline = Date.now() + timeoutMs;
  const launch = detached ? launchDetached(java, args, dataDir) : launchAttached(java, args);
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

interface Launch {
  child: ChildProcess;
  ready: Promise<ReadyEvent>;
  /** Lets this process exit without waiting for the database. */
  release(): void;
}

function launchAttached(java: string, args: string[]): Launch {
  const child = spawn(java, args, { stdio: ["pipe", "pipe", "pipe"] });
  const stderr = keepTail(child);
  const ready = new Promise<ReadyEvent>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const event = parseEvent(line);
      if (event?.event === "ready") resolve(event as unknown as ReadyEvent);
      if (event?.event === "error") reject(launcherError(event));
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => reject(exitedError(code ?? signal, stderr())));
  });
  return {
    child,
    ready,
    release: () => {
      // The pipes stay open (closing stdin would stop the database) but no longer hold the event loop.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void })?.unref?.();
    },
  };
}

function launchDetached(java: string, args: string[], dataDir: string): Launch {
  const logFile = path.join(dataDir, "logs", "launcher.log");
  const fd = openSync(logFile, "a");
  const startOffset = fstatSync(fd).size;
  const child = spawn(java, args, { stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  let settled = false;
  const ready = new Promise<ReadyEvent>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      // The exit can overtake the polling below; the launcher's last words are in the log.
      const written = readFileSync(logFile, "utf8").slice(startOffset);
      const failure = written.split("\n").map(parseEvent).find((event) => event?.event === "error");
      reject(failure ? launcherError(failure) : exitedError(code ?? signal, `${written.trim().slice(-4000)}\n(${logFile})`));
    });
    followEvents({ file: logFile, offset: startOffset, until: () => settled || child.exitCode !== null }, (event) => {
      if (event.event === "ready" && event.pid === child.pid) resolve(event as unknown as ReadyEvent);
      if (event.event === "error") reject(launcherError(event));
    }).catch(reject);
  }).finally(() => {
    settled = true;
  });
  return { child, ready, release: () => child.unref() };
}

/** Reads the JSON event lines appended to `file` after `offset` until `until()` says stop. */
async function followEvents(
  from: { file: string; offset: number; until: () => boolean },
  onEvent: (event: Record<string, unknown>) => void,
): Promise<void> {
  let offset = from.offset;
  const handle = await open(from.file, "r");
  try {
    let pending = "";
    while (!from.until()) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(65536), position: offset });
      if (bytesRead > 0) {
        offset += bytesRead;
        pending += buffer.subarray(0, bytesRead).toString("utf8");
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          const event = parseEvent(line);
          if (event !== undefined) onEvent(event);
        }
      } else {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await handle.close();
  }
}

function parseEvent(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{"event":')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function launcherError(event: Record<string, unknown>): EmbeddedNeo4jError {
  const code = String(event["code"]) as EmbeddedNeo4jErrorCode;
  return new EmbeddedNeo4jError(code, String(event["message"]));
}

function exitedError(status: number | string | null, detail: string): EmbeddedNeo4jError {
  if (/UnsupportedClassVersionError/.test(detail)) {
    return new EmbeddedNeo4jError("JAVA_TOO_OLD", `Neo4j 5 needs Java 17 or newer; this java is older:\n${detail}`);
  }
  return new EmbeddedNeo4jError("EXITED", `The embedded Neo4j exited while starting (status ${status}):\n${detail}`);
}

function keepTail(child: ChildProcess): () => string {
  let tail = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  });
  return () => tail.trim();
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
        await driver.executeQuery(LIVENESS_QUERY);
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
