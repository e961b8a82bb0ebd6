import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config/config.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../src/db/embedded.js";
import type { TestNeo4j } from "./support/neo4j-context.js";

/**
 * One real Neo4j for the whole integration run: NEO4J_URI when set, otherwise an embedded
 * instance in a fresh temporary directory, stopped (and its directory removed) in the teardown,
 * which vitest runs whether tests pass or fail. Should vitest itself die, the launcher sees its
 * stdin close and shuts down, so no java process outlives the run.
 *
 * NEO4J_URI is exported to the test workers as well, so code under test that reads the
 * configuration (loadConfig, openDatabase) uses this database and never starts another.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig(process.env);
  if (config.neo4j.uri !== undefined) {
    const external: TestNeo4j = {
      ...config.neo4j,
      uri: config.neo4j.uri,
      disposable: process.env["EARNINGS_GRAPH_TEST_ALLOW_RESET"] === "1",
    };
    project.provide("neo4j", external);
    return async () => undefined;
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-test-"));
  let embedded: EmbeddedNeo4j | undefined;
  const teardown = async () => {
    try {
      await embedded?.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  };
  try {
    const started = Date.now();
    embedded = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      heap: "512m",
      pageCache: "128m",
      startTimeoutMs: 240_000,
      java: config.embedded.java,
      onProgress: (message) => process.stderr.write(`[neo4j] ${message}\n`),
    });
    process.stderr.write(`[neo4j] test database ${embedded.uri} (Neo4j ${embedded.neo4jVersion}) ready in ${Date.now() - started} ms\n`);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env["NEO4J_URI"] = embedded.uri;
  delete process.env["NEO4J_USERNAME"];
  delete process.env["NEO4J_PASSWORD"];
  project.provide("neo4j", { uri: embedded.uri, disposable: true, dataDir });
  return teardown;
}
