/**
 * Prepared databases for the query benchmarks. Loading corpus-large (1,526 calls) takes minutes,
 * so a benchmark builds its graph once into `.data/bench/<name>-<key>/` (BENCH_DATA_DIR to move
 * it) and reuses it while it is current: the key hashes the corpus files (path and contents: a
 * remount or copy that only touches mtimes keeps the store), the
 * code that decides what a load writes (src/parse, src/extract, src/load, src/model, src/db,
 * cypher/load, cypher/schema, neo4j/pom.xml, package-lock.json) and the builder's own parameters.
 * A directory is used only once its build finished (`prepared.json`); older builds of the same
 * name are deleted when a new one starts. BENCH_REBUILD=1 rebuilds anyway.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { Database } from "../../src/db/database.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded.js";
import { benchRead } from "./bench-cypher.js";
import { projectRoot } from "./paths.js";


const CODE_PATHS = ["src/parse", "src/extract", "src/load", "src/model", "src/db", "cypher/load", "cypher/schema", "neo4j/pom.xml", "package-lock.json"];
const MARKER = "prepared.json";

export interface PreparedStore {
  name: string;
  key: string;
  /** The Neo4j home (startEmbeddedNeo4j's dataDir). */
  home: string;
  calls: number;
  buildSeconds: number;
  builtAt: string;
  reused: boolean;
}

export interface PrepareOptions {
  name: string;
  /** Files and directories whose contents the graph is built from (fingerprinted by path and contents). */
  inputs: string[];
  /** Anything else the build depends on (counts, ticker suffixes). */
  parameters: Record<string, unknown>;
  /** Start from a copy of this store instead of an empty database. */
  from?: PreparedStore;
  /** Loads the graph into the running, migrated database. */
  build: (db: Database) => Promise<void>;
  log: (line: string) => void;
}

export function benchDataDir(): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? path.join(projectRoot, ".data/bench"));
}

/** The prepared store for `options`, built now unless a current one exists. */
export async function preparedStore(options: PrepareOptions): Promise<PreparedStore> {
  const key = hash([codeVersion(), fingerprint(options.inputs), JSON.stringify(options.parameters), options.from?.key ?? ""].join("\n"));
  const root = benchDataDir();
  const dir = path.join(root, `${options.name}-${key.slice(0, 16)}`);
  const marker = path.join(dir, MARKER);
  if (existsSync(marker) && process.env.BENCH_REBUILD !== "1") {
    const saved = JSON.parse(readFileSync(marker, "utf8")) as Omit<PreparedStore, "reused" | "home">;
    if (saved.key === key) {
      options.log(
        `Reusing the prepared database ${path.relative(projectRoot, dir)}: ${saved.calls} calls, built ${saved.builtAt} in ${saved.buildSeconds.toFixed(0)} s; ` +
          `it is current (same corpus and load code). BENCH_REBUILD=1 rebuilds it.`,
      );
      return { ...saved, home: path.join(dir, "neo4j"), reused: true };
    }
  }
  // BENCH_REUSE_STALE=1: a finished build of this name made by other load code is used as it is
  // (the server's migrations bring it up to date when it starts), for measuring a change to the
  // reads without building the graphs again; the report says so.
  // Only builds of this very name: `corpus-large-<key>`, not `corpus-large-x10000-<key>`.
  const sameName = new RegExp(`^${escapeRegExp(options.name)}-[0-9a-f]{16}$`);
  if (process.env.BENCH_REUSE_STALE === "1" && existsSync(root)) {
    const built = readdirSync(root).filter((d) => sameName.test(d) && existsSync(path.join(root, d, MARKER)));
    if (built.length === 1) {
      const dir = path.join(root, built[0]!);
      const saved = JSON.parse(readFileSync(path.join(dir, MARKER), "utf8")) as Omit<PreparedStore, "reused" | "home">;
      options.log(
        `Reusing the prepared database ${path.relative(projectRoot, dir)} though it is not current (BENCH_REUSE_STALE=1): ${saved.calls} calls, ` +
          `built ${saved.builtAt} by other load code; the server's migrations update it when it starts.`,
      );
      return { ...saved, home: path.join(dir, "neo4j"), reused: true };
    }
  }
  mkdirSync(root, { recursive: true });
  for (const old of readdirSync(root).filter((d) => sameName.test(d))) {
    options.log(`Deleting the out-of-date prepared database ${path.relative(projectRoot, path.join(root, old))}`);
    rmSync(path.join(root, old), { recursive: true, force: true });
  }
  const home = path.join(dir, "neo4j");
  if (options.from !== undefined) {
    options.log(`Copying ${options.from.name} (${options.from.calls} calls) to start ${options.name} from`);
    cpSync(options.from.home, home, { recursive: true, filter: (src) => !src.endsWith("earnings-graph-neo4j.json") });
  }
  options.log(`Preparing ${path.relative(projectRoot, dir)} (minutes; reused by later runs while corpus and load code stay the same)`);
  const started = performance.now();
  const { neo4j, db } = await openStore(home);
  let calls: number;
  try {
    await db.migrate();
    await options.build(db);
    calls = await callCount(db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
  const store: PreparedStore = {
    name: options.name,
    key,
    home,
    calls,
    buildSeconds: (performance.now() - started) / 1000,
    builtAt: new Date().toISOString(),
    reused: false,
  };
  const { home: _home, reused: _reused, ...saved } = store;
  writeFileSync(marker, `${JSON.stringify(saved, null, 2)}\n`);
  options.log(`Prepared ${options.name}: ${calls} calls in ${store.buildSeconds.toFixed(0)} s`);
  return store;
}

/** Starts the embedded Neo4j on a store (the configured heap and page cache, a free port). */
export async function openStore(home: string): Promise<{ neo4j: EmbeddedNeo4j; db: Database }> {
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j({ dataDir: home, port: 0, heap: config.embedded.heap, pageCache: config.embedded.pageCache });
  return { neo4j, db: Database.connect({ uri: neo4j.uri }) };
}

export async function callCount(db: Database): Promise<number> {
  const [row] = await benchRead(db, "call-count");
  return Number(row?.["calls"] ?? 0);
}

/** Every transcript file under `dir`, sorted. */
export function transcriptFiles(dir: string): string[] {
  return walk(dir).sort();
}

function codeVersion(): string {
  const h = createHash("sha256");
  for (const p of CODE_PATHS) {
    const full = path.join(projectRoot, p);
    if (!existsSync(full)) continue;
    for (const file of statSync(full).isDirectory() ? walk(full).sort() : [full]) {
      h.update(path.relative(projectRoot, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return h.digest("hex");
}

/** Path and contents of every input file (tens of MB hash in well under a second). */
function fingerprint(inputs: string[]): string {
  const h = createHash("sha256");
  for (const file of inputs.flatMap((input) => (statSync(input).isDirectory() ? walk(input).sort() : [input]))) {
    h.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return h.digest("hex");
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
