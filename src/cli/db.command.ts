import { type Command, InvalidArgumentError } from "commander";
import { type Config, loadConfig } from "../config/config.js";
import { startEmbeddedNeo4j } from "../db/embedded.js";
import { terminateProcess } from "../db/embedded-process.js";
import { type EmbeddedState, readLiveState, removeState } from "../db/embedded-state.js";
import { embeddedDataDir } from "../db/ensure-database.js";

/**
 * `earnings-graph db start|stop|status`: the embedded-default Neo4j as a background service.
 * `start` runs it detached and records it in `<data dir>/neo4j/earnings-graph-neo4j.json`, where
 * every other command finds and reuses it; `stop` shuts it down; `status` exits 0 when it runs
 * and 1 when it does not.
 */
export function registerDbCommand(program: Command): void {
  const db = program
    .command("db")
    .description("the embedded Neo4j (used when NEO4J_URI is not set): start, stop, status");

  db.command("start")
    .description("start the embedded Neo4j in the background (keeps running until `db stop`)")
    .option("-p, --port <port>", "Bolt port on 127.0.0.1, 0 for a free one (default: EARNINGS_GRAPH_NEO4J_PORT or 17687)", parsePort)
    .action(async (options: { port?: number }) => {
      const config = loadConfig();
      refuseExternal(config, "start");
      const dataDir = embeddedDataDir(config.dataDir);
      const running = await readLiveState(dataDir);
      if (running !== undefined) {
        process.stdout.write(`already running\n${describe(running)}`);
        return;
      }
      process.stderr.write(`Starting the embedded Neo4j in ${dataDir} …\n`);
      await startEmbeddedNeo4j({
        dataDir,
        port: options.port ?? config.embedded.port,
        heap: config.embedded.heap,
        pageCache: config.embedded.pageCache,
        startTimeoutMs: config.embedded.startTimeoutMs,
        java: config.embedded.java,
        detached: true,
        onProgress: (message) => process.stderr.write(`${message}\n`),
      });
      const started = await readLiveState(dataDir);
      process.stdout.write(`started\n${started === undefined ? "" : describe(started)}`);
    });

  db.command("status")
    .description("print the embedded Neo4j's URI, port, data directory and pid (exit 1 when not running)")
    .option("--json", "print one JSON object")
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const dataDir = embeddedDataDir(config.dataDir);
      const running = config.neo4j.uri === undefined ? await readLiveState(dataDir) : undefined;
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify({ running: running !== undefined, external: config.neo4j.uri, dataDir, ...running })}\n`);
      } else if (config.neo4j.uri !== undefined) {
        process.stdout.write(`NEO4J_URI is set: earnings-graph uses ${config.neo4j.uri}; the embedded Neo4j is not used\n`);
      } else if (running !== undefined) {
        process.stdout.write(`running\n${describe(running)}`);
      } else {
        process.stdout.write(`not running (data directory ${dataDir})\n`);
      }
      if (running === undefined) process.exitCode = 1;
    });

  db.command("stop")
    .description("stop the embedded Neo4j (data is kept)")
    .action(async () => {
      const config = loadConfig();
      const dataDir = embeddedDataDir(config.dataDir);
      const running = await readLiveState(dataDir);
      if (running === undefined) {
        process.stdout.write(`not running (data directory ${dataDir})\n`);
        return;
      }
      await terminateProcess(running.pid);
      await removeState(dataDir, running.pid);
      process.stdout.write(`stopped (pid ${running.pid}, data kept in ${dataDir})\n`);
    });
}

function refuseExternal(config: Config, action: string): void {
  if (config.neo4j.uri !== undefined) {
    throw new Error(
      `NEO4J_URI is set (${config.neo4j.uri}), so earnings-graph uses that database and does not ${action} the embedded one; unset NEO4J_URI to use it`,
    );
  }
}

function describe(state: EmbeddedState): string {
  const mode = state.detached ? "detached (stop it with `earnings-graph db stop`)" : `attached to pid ${state.ownerPid}, stops with it`;
  return [
    `  uri:       ${state.uri}`,
    `  port:      ${state.port}`,
    `  data dir:  ${state.dataDir}`,
    `  pid:       ${state.pid}`,
    `  neo4j:     ${state.neo4jVersion}`,
    `  started:   ${state.startedAt}`,
    `  mode:      ${mode}`,
    "",
  ].join("\n");
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return port;
}
