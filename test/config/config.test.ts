import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEFAULT_EMBEDDED_BOLT_PORT,
  DEFAULT_EMBEDDED_HEAP,
  DEFAULT_EMBEDDED_PAGE_CACHE,
  loadConfig,
} from "../../src/config/config.js";
import { projectRoot } from "../../src/config/project-root.js";

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("has defaults for everything: embedded Neo4j, port 4000, writes refused, introspection on", () => {
    const config = loadConfig({});
    expect(config).toEqual({
      neo4j: { uri: undefined, username: undefined, password: undefined, database: undefined },
      port: 4000,
      apiKey: undefined,
      introspection: true,
      responseCache: true,
      dataDir: path.join(projectRoot, ".data"),
      embedded: {
        port: DEFAULT_EMBEDDED_BOLT_PORT,
        heap: DEFAULT_EMBEDDED_HEAP,
        pageCache: DEFAULT_EMBEDDED_PAGE_CACHE,
        startTimeoutMs: 120_000,
        java: "java",
      },
    });
  });

  it("keeps the default heap and page cache within about 1 GB together", () => {
    const mib = (size: string) => Number(size.slice(0, -1)) * (size.endsWith("g") ? 1024 : 1);
    expect(mib(DEFAULT_EMBEDDED_HEAP) + mib(DEFAULT_EMBEDDED_PAGE_CACHE)).toBeLessThanOrEqual(1024);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "earnings",
      PORT: "8080",
      EARNINGS_GRAPH_API_KEY: "k3y-of-enough-length",
      EARNINGS_GRAPH_INTROSPECTION: "off",
      EARNINGS_GRAPH_RESPONSE_CACHE: "off",
      EARNINGS_GRAPH_DATA_DIR: "/var/lib/earnings",
      EARNINGS_GRAPH_NEO4J_PORT: "0",
      EARNINGS_GRAPH_NEO4J_HEAP: "1G",
      EARNINGS_GRAPH_NEO4J_PAGECACHE: "2g",
      EARNINGS_GRAPH_NEO4J_START_TIMEOUT: "300",
      JAVA_HOME: "/opt/jdk-17",
    });
    expect(config).toEqual({
      neo4j: { uri: "neo4j+s://abc.databases.neo4j.io", username: "reader", password: "secret", database: "earnings" },
      port: 8080,
      apiKey: "k3y-of-enough-length",
      introspection: false,
      responseCache: false,
      dataDir: "/var/lib/earnings",
      embedded: { port: 0, heap: "1g", pageCache: "2g", startTimeoutMs: 300_000, java: "/opt/jdk-17/bin/java" },
    });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "", EARNINGS_GRAPH_API_KEY: "" })).toEqual(loadConfig({}));
  });

  it("defaults the user name to neo4j when only a password is given", () => {
    expect(loadConfig({ NEO4J_URI: "bolt://localhost:7687", NEO4J_PASSWORD: "pw" }).neo4j.username).toBe("neo4j");
  });

  it("resolves a relative data directory from the current directory", () => {
    expect(loadConfig({ EARNINGS_GRAPH_DATA_DIR: "tmp/data" }).dataDir).toBe(path.resolve("tmp/data"));
  });

  it.each([
    ["NEO4J_URI", "http://localhost:7474", 'NEO4J_URI must be a Neo4j URI such as bolt://localhost:7687 or neo4j+s://host (scheme neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc), got "http://localhost:7474"'],
    ["NEO4J_URI", "localhost:7687", 'got "localhost:7687"'],
    ["NEO4J_DATABASE", "my db", 'NEO4J_DATABASE must be a database name of 3 to 63 letters, digits, \'.\', \'-\' or \'_\' starting with a letter, got "my db"'],
    ["PORT", "80a", 'PORT must be a port number from 0 to 65535 (0 picks a free port), got "80a"'],
    ["PORT", "65536", 'PORT must be a port number from 0 to 65535 (0 picks a free port), got "65536"'],
    ["PORT", "-1", 'got "-1"'],
    ["EARNINGS_GRAPH_NEO4J_PORT", "7687.5", 'EARNINGS_GRAPH_NEO4J_PORT must be a port number from 0 to 65535 (0 picks a free port), got "7687.5"'],
    ["EARNINGS_GRAPH_INTROSPECTION", "maybe", 'EARNINGS_GRAPH_INTROSPECTION must be one of true, 1, yes, on, false, 0, no, off, got "maybe"'],
    ["EARNINGS_GRAPH_RESPONSE_CACHE", "sometimes", 'EARNINGS_GRAPH_RESPONSE_CACHE must be one of true, 1, yes, on, false, 0, no, off, got "sometimes"'],
    ["EARNINGS_GRAPH_NEO4J_HEAP", "512", 'EARNINGS_GRAPH_NEO4J_HEAP must be a size with a unit, k, m or g (like 512m or 2g), of at least 128m, got "512"'],
    ["EARNINGS_GRAPH_NEO4J_HEAP", "64m", 'of at least 128m, got "64m"'],
    ["EARNINGS_GRAPH_NEO4J_PAGECACHE", "lots", 'EARNINGS_GRAPH_NEO4J_PAGECACHE must be a size with a unit, k, m or g (like 512m or 2g), of at least 8m, got "lots"'],
    ["EARNINGS_GRAPH_NEO4J_START_TIMEOUT", "0", 'EARNINGS_GRAPH_NEO4J_START_TIMEOUT must be a whole number of seconds, at least 1, got "0"'],
  ])("rejects %s=%s, naming the variable and repeating the value", (name, value, message) => {
    const error = failure({ [name]: value });
    expect(error.variables).toEqual([name]);
    expect(error.message).toContain(message);
  });

  it("rejects a short API key without echoing the secret", () => {
    const error = failure({ EARNINGS_GRAPH_API_KEY: "abc" });
    expect(error.variables).toEqual(["EARNINGS_GRAPH_API_KEY"]);
    expect(error.message).toBe("EARNINGS_GRAPH_API_KEY must be at least 8 characters without spaces, got one of 3 characters");
  });

  it("reports every bad variable at once", () => {
    const error = failure({ PORT: "x", NEO4J_URI: "nope", EARNINGS_GRAPH_INTROSPECTION: "2" });
    expect(error.variables).toEqual(["NEO4J_URI", "PORT", "EARNINGS_GRAPH_INTROSPECTION"]);
    expect(error.message).toMatch(/^3 environment variables are invalid:\n {2}- NEO4J_URI must be/);
  });
});
