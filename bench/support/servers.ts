/**
 * The GraphQL servers a query benchmark measures, each in its own Node process (so the load
 * generator in the benchmark's process takes no CPU from them, and each one's CPU can be read):
 * the project's `earnings-graph serve` and the peer (bench/peer/peer-server.ts), both over the
 * Neo4j at `neo4jUri`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "./paths.js";

/**
 * The project server's response-cache switch. The cache does not exist yet (issue 12); the
 * benchmark passes the mode to the server in this variable, and `on` is refused until the
 * server's configuration reads it (src/config/config.ts names it).
 */
export const RESPONSE_CACHE_VARIABLE = "EARNINGS_GRAPH_RESPONSE_CACHE";
export type CacheMode = "off" | "on";

export interface RunningServer {
  label: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function projectReadsCacheSwitch(): boolean {
  return readFileSync(path.join(projectRoot, "src/config/config.ts"), "utf8").includes(RESPONSE_CACHE_VARIABLE);
}

export function startProjectServer(options: { label: string; neo4jUri: string; cache: CacheMode }): Promise<RunningServer> {
  return startServer({
    label: options.label,
    args: ["--import", "tsx", path.join(projectRoot, "src/cli/main.ts"), "serve", "--port", "0"],
    env: {
      NEO4J_URI: options.neo4jUri,
      [RESPONSE_CACHE_VARIABLE]: options.cache,
      EARNINGS_GRAPH_INTROSPECTION: "false",
      // Never used with NEO4J_URI set; a directory of its own all the same.
      EARNINGS_GRAPH_DATA_DIR: path.join(tmpdir(), "earnings-graph-bench-serve"),
    },
    ready: /GraphQL API ready at (http:\/\/\S+)/,
  });
}

export function startPeerServer(options: { label: string; neo4jUri: string }): Promise<RunningServer> {
  return startServer({
    label: options.label,
    args: ["--import", "tsx", path.join(projectRoot, "bench/peer/peer-server.ts")],
    env: { NEO4J_URI: options.neo4jUri, PORT: "0" },
    ready: /peer ready at (http:\/\/\S+)/,
  });
}

const READY_TIMEOUT_MS = 120_000;

// Servers must not outlive the benchmark, however it ends (an error, Ctrl-C, kill).
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

function startServer(options: { label: string; args: string[]; env: Record<string, string>; ready: RegExp }): Promise<RunningServer> {
  const child = spawn(process.execPath, options.args, {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "inherit", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`${options.label} did not start in ${READY_TIMEOUT_MS / 1000} s:\n${output}`)), READY_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    child.once("exit", (code) => fail(new Error(`${options.label} exited with ${String(code)} before it was ready:\n${output}`)));
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const m = options.ready.exec(output);
      if (m !== null) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        // Later output (errors the server logs) goes to our stderr, marked.
        child.stderr!.removeAllListeners("data");
        child.stderr!.on("data", (more: Buffer) => process.stderr.write(`[${options.label}] ${more.toString()}`));
        resolve({ label: options.label, url: m[1]!.replace("localhost", "127.0.0.1"), pid: child.pid!, stop: () => stopChild(child) });
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}
