import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { ingestTranscript } from "../api/ingest-transcript.js";
import { startApiServer } from "../api/server.js";
import { loadConfig, type Config } from "../config/config.js";
import { projectRoot } from "../config/project-root.js";
import { Database } from "../db/database.js";
import { ensureDatabase, type DatabaseConnection } from "../db/ensure-database.js";
import { ingestPaths } from "../load/ingest.js";

/** The project's own sample transcripts, loaded by `start` into an empty graph. */
export const SAMPLES_DIR = path.join(projectRoot, "examples");

export interface RunApiOptions {
  /** Overrides PORT. */
  port?: number | undefined;
  /** Load the samples from examples/ when the graph holds no call (what `start` does). */
  loadSamplesWhenEmpty: boolean;
  log?: (line: string) => void;
}

/**
 * Runs the API until SIGINT or SIGTERM: opens the configured Neo4j (or the embedded default,
 * reusing one already running, else starting one that lives as long as this process),
 * applies the schema, optionally loads the samples, serves, and on a signal stops the server,
 * closes the driver and stops the embedded database if it started it.
 */
export async function runApi(options: RunApiOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const config = loadConfig();
  const { db, connection } = await openDatabase(config, log);
  const stops: (() => Promise<void>)[] = [() => db.close(), () => connection.close()];
  try {
    await db.migrate();
    if (options.loadSamplesWhenEmpty) await loadSamplesIfEmpty(db, log);
    const api = await startApiServer({
      db,
      port: options.port ?? config.port,
      apiKey: config.apiKey ?? null,
      introspection: config.introspection,
      ingest: ingestTranscript,
    });
    stops.unshift(() => api.stop());
    log(readyLine(api.port, config.introspection));
    log(`Dashboard at http://localhost:${api.port}/dashboard`);
    if (config.apiKey === undefined) log("Writes are off: set EARNINGS_GRAPH_API_KEY to allow the ingestTranscript mutation");
    await untilSignal();
    log("Shutting down");
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => log(`While shutting down: ${String(error)}`));
  }
}

/** The start-up line: Apollo Sandbox is offered only while introspection (and the landing page) is on. */
export function readyLine(port: number, introspection: boolean): string {
  return introspection
    ? `GraphQL API ready at http://localhost:${port}/ (open it in a browser for Apollo Sandbox)`
    : `GraphQL API ready at http://localhost:${port}/ (introspection and the Sandbox landing page are off)`;
}

async function openDatabase(config: Config, log: (line: string) => void): Promise<{ db: Database; connection: DatabaseConnection }> {
  const connection = await ensureDatabase(config, { onProgress: log });
  if (connection.origin === "embedded-started") log(`Started the embedded Neo4j at ${connection.uri}`);
  if (connection.origin === "embedded-running") log(`Using the embedded Neo4j already running at ${connection.uri}`);
  const db = Database.connect(connection);
  try {
    await db.ping();
  } catch (error) {
    await db.close();
    await connection.close();
    throw error;
  }
  return { db, connection };
}

async function loadSamplesIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  const [row] = await db.read("api/graph-counts");
  if (Number(row?.["calls"] ?? 0) > 0) return;
  log(`The graph is empty: loading the sample calls from ${SAMPLES_DIR}`);
  const summary = await ingestPaths(db, { paths: [SAMPLES_DIR] });
  log(`Loaded ${summary.loaded} sample calls (${summary.facts} facts)${summary.failed.length > 0 ? `, ${summary.failed.length} failed` : ""}`);
  for (const failure of summary.failed) log(`  ${failure.file}: ${failure.reason}`);
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      resolve();
    };
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`Expected a port from 0 to 65535, found ${JSON.stringify(value)}`);
  return port;
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("Serve the GraphQL API (Apollo Sandbox on the landing page) over the configured Neo4j")
    .option("-p, --port <port>", "HTTP port (default: PORT, else 4000)", parsePort)
    .action(async (options: { port?: number }) => {
      await runApi({ port: options.port, loadSamplesWhenEmpty: false });
    });
}
