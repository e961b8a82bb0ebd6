import path from "node:path";
import { projectRoot } from "./project-root.js";

/**
 * Everything earnings-graph reads from the environment, validated. `loadConfig` is the only
 * place that reads environment variables; the rest of the program receives a `Config`.
 * An empty variable counts as unset.
 */
export interface Config {
  neo4j: {
    /** An existing Neo4j to use; when absent the embedded default is started or reused. */
    uri: string | undefined;
    username: string | undefined;
    password: string | undefined;
    /** Database name; the server's default database when absent. */
    database: string | undefined;
  };
  /** HTTP port of the GraphQL API. */
  port: number;
  /** Guards write operations; when absent, writes are refused. */
  apiKey: string | undefined;
  /** GraphQL introspection and the Apollo Sandbox landing page. */
  introspection: boolean;
  /** Answer repeated reads from memory until the graph changes (src/api/response-cache.ts). */
  responseCache: boolean;
  /** The project's data directory; the embedded Neo4j lives in `<dataDir>/neo4j`. */
  dataDir: string;
  embedded: EmbeddedConfig;
}

export interface EmbeddedConfig {
  /** Bolt port of the embedded Neo4j; 0 picks a free one. */
  port: number;
  /** JVM heap, as Java writes it (`512m`, `1g`). */
  heap: string;
  /** Neo4j page cache (`256m`, `1g`). */
  pageCache: string;
  startTimeoutMs: number;
  /** The `java` command: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on PATH. */
  java: string;
}

export type Env = Record<string, string | undefined>;

/** A bad environment variable; `variables` names every one that failed. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly variables: readonly string[],
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

export const DEFAULT_API_PORT = 4000;
/** Next to Neo4j's own 7687, so a locally installed Neo4j and the embedded one never collide. */
export const DEFAULT_EMBEDDED_BOLT_PORT = 17687;
/**
 * Heap and page cache together 1 GiB, the budget. The page cache holds the whole store of about
 * 1,500 calls (490 MiB): with 256m, bench:load did 19.9 calls/s, with 512m 22.6.
 */
export const DEFAULT_EMBEDDED_HEAP = "512m";
export const DEFAULT_EMBEDDED_PAGE_CACHE = "512m";
export const DEFAULT_START_TIMEOUT_SECONDS = 120;

/** Reads and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const errors: ConfigError[] = [];
  function valid<T>(read: () => T, fallback: T): T {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error);
      return fallback;
    }
  }
  const config: Config = {
    neo4j: {
      uri: valid(() => getValidNeo4jUri(env), undefined),
      username: valid(() => getValidNeo4jUsername(env), undefined),
      password: valid(() => getValidNeo4jPassword(env), undefined),
      database: valid(() => getValidNeo4jDatabase(env), undefined),
    },
    port: valid(() => getValidPort(env), DEFAULT_API_PORT),
    apiKey: valid(() => getValidApiKey(env), undefined),
    introspection: valid(() => getValidIntrospection(env), true),
    responseCache: valid(() => getValidResponseCache(env), true),
    dataDir: valid(() => getValidDataDir(env), ""),
    embedded: {
      port: valid(() => getValidEmbeddedPort(env), DEFAULT_EMBEDDED_BOLT_PORT),
      heap: valid(() => getValidEmbeddedHeap(env), DEFAULT_EMBEDDED_HEAP),
      pageCache: valid(() => getValidEmbeddedPageCache(env), DEFAULT_EMBEDDED_PAGE_CACHE),
      startTimeoutMs: valid(() => getValidStartTimeoutMs(env), DEFAULT_START_TIMEOUT_SECONDS * 1000),
      java: valid(() => getValidJava(env), "java"),
    },
  };
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) {
    throw new ConfigError(
      `${errors.length} environment variables are invalid:\n${errors.map((e) => `  - ${e.message}`).join("\n")}`,
      errors.flatMap((e) => e.variables),
    );
  }
  return config;
}

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

function invalid(name: string, expected: string, value: string): ConfigError {
  return new ConfigError(`${name} must be ${expected}, got ${JSON.stringify(value)}`, [name]);
}

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

export function getValidNeo4jUri(env: Env): string | undefined {
  const value = read(env, "NEO4J_URI");
  if (value === undefined) return undefined;
  const expected = `a Neo4j URI such as bolt://localhost:7687 or neo4j+s://host (scheme ${NEO4J_SCHEMES.join(", ")})`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid("NEO4J_URI", expected, value);
  }
  if (!NEO4J_SCHEMES.includes(url.protocol.slice(0, -1)) || url.hostname === "") {
    throw invalid("NEO4J_URI", expected, value);
  }
  return value;
}

export function getValidNeo4jUsername(env: Env): string | undefined {
  const value = read(env, "NEO4J_USERNAME");
  if (value !== undefined && value.trim() !== value) {
    throw invalid("NEO4J_USERNAME", "a user name without leading or trailing spaces", value);
  }
  if (value === undefined && read(env, "NEO4J_PASSWORD") !== undefined) return "neo4j";
  return value;
}

export function getValidNeo4jPassword(env: Env): string | undefined {
  return read(env, "NEO4J_PASSWORD");
}

/** Neo4j's rule for database names: 3 to 63 characters, a letter first, then letters, digits, `.`, `-`, `_`. */
export function getValidNeo4jDatabase(env: Env): string | undefined {
  const value = read(env, "NEO4J_DATABASE");
  if (value !== undefined && !/^[A-Za-z][A-Za-z0-9._-]{2,62}$/.test(value)) {
    throw invalid("NEO4J_DATABASE", "a database name of 3 to 63 letters, digits, '.', '-' or '_' starting with a letter", value);
  }
  return value;
}

export function getValidPort(env: Env): number {
  return readPort(env, "PORT", DEFAULT_API_PORT);
}

export function getValidEmbeddedPort(env: Env): number {
  return readPort(env, "EARNINGS_GRAPH_NEO4J_PORT", DEFAULT_EMBEDDED_BOLT_PORT);
}

function readPort(env: Env, name: string, fallback: number): number {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw invalid(name, "a port number from 0 to 65535 (0 picks a free port)", value);
  return port;
}

/** A short key would be guessable; a key with spaces is almost always a copy-paste slip. */
export function getValidApiKey(env: Env): string | undefined {
  const value = read(env, "EARNINGS_GRAPH_API_KEY");
  if (value !== undefined && (value.length < 8 || /\s/.test(value))) {
    throw new ConfigError(
      `EARNINGS_GRAPH_API_KEY must be at least 8 characters without spaces, got one of ${value.length} characters` +
        (/\s/.test(value) ? " containing whitespace" : ""),
      ["EARNINGS_GRAPH_API_KEY"],
    );
  }
  return value;
}

const TRUE_WORDS = ["true", "1", "yes", "on"];
const FALSE_WORDS = ["false", "0", "no", "off"];

export function getValidIntrospection(env: Env): boolean {
  return readSwitch(env, "EARNINGS_GRAPH_INTROSPECTION", true);
}

/** On by default: the graph changes only when a call is loaded, and the cache knows when that happened. */
export function getValidResponseCache(env: Env): boolean {
  return readSwitch(env, "EARNINGS_GRAPH_RESPONSE_CACHE", true);
}

function readSwitch(env: Env, name: string, fallback: boolean): boolean {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw invalid(name, `one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(", ")}`, value);
}

/** Relative paths are taken from the current directory, as a shell user expects. */
export function getValidDataDir(env: Env): string {
  const value = read(env, "EARNINGS_GRAPH_DATA_DIR");
  if (value === undefined) return path.join(projectRoot, ".data");
  if (value.includes("\0")) throw invalid("EARNINGS_GRAPH_DATA_DIR", "a directory path", value);
  return path.resolve(value);
}

export function getValidEmbeddedHeap(env: Env): string {
  return readMemory(env, "EARNINGS_GRAPH_NEO4J_HEAP", { fallback: DEFAULT_EMBEDDED_HEAP, minMiB: 128 });
}

export function getValidEmbeddedPageCache(env: Env): string {
  return readMemory(env, "EARNINGS_GRAPH_NEO4J_PAGECACHE", { fallback: DEFAULT_EMBEDDED_PAGE_CACHE, minMiB: 8 });
}

const UNIT_MIB: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };

function readMemory(env: Env, name: string, limits: { fallback: string; minMiB: number }): string {
  const value = read(env, name);
  if (value === undefined) return limits.fallback;
  const match = /^(\d+)([kmg])$/i.exec(value.trim());
  const mib = match ? Number(match[1]) * (UNIT_MIB[match[2]!.toLowerCase()] ?? Number.NaN) : Number.NaN;
  if (!match || !(mib >= limits.minMiB) || mib > 1024 * 1024) {
    throw invalid(name, `a size with a unit, k, m or g (like 512m or 2g), of at least ${limits.minMiB}m`, value);
  }
  return `${match[1]}${match[2]!.toLowerCase()}`;
}

export function getValidStartTimeoutMs(env: Env): number {
  const value = read(env, "EARNINGS_GRAPH_NEO4J_START_TIMEOUT");
  if (value === undefined) return DEFAULT_START_TIMEOUT_SECONDS * 1000;
  const seconds = /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(seconds >= 1)) throw invalid("EARNINGS_GRAPH_NEO4J_START_TIMEOUT", "a whole number of seconds, at least 1", value);
  return seconds * 1000;
}

export function getValidJava(env: Env): string {
  const home = read(env, "JAVA_HOME");
  return home === undefined ? "java" : path.join(home, "bin", "java");
}
