import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { EmbeddedNeo4jError, type EmbeddedNeo4jErrorCode } from "./embedded-errors.js";

/** The launcher's ready line (neo4j/src/main/java/earningsgraph/Launcher.java). */
export interface ReadyEvent {
  event: "ready";
  bolt: string;
  port: number;
  pid: number;
  neo4jVersion: string;
}

/** A launcher process on its way up: `ready` settles with its ready line or its error line. */
export interface Launch {
  child: ChildProcess;
  ready: Promise<ReadyEvent>;
  /** Lets this process exit without waiting for the database. */
  release(): void;
}

/** Output through pipes; stdin stays open so the launcher can watch for this process ending. */
export function launchAttached(java: string, args: string[]): Launch {
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

/** Output goes to `<dataDir>/logs/launcher.log`, where the ready line is picked up by polling. */
export function launchDetached({ java, args, dataDir }: { java: string; args: string[]; dataDir: string }): Launch {
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
