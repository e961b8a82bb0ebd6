import { randomBytes } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import type { TestNeo4j } from "./neo4j-context.js";

export type { TestNeo4j } from "./neo4j-context.js";

/** The shared test database (see test/support/README.md). Only inside integration tests. */
export function testNeo4j(): TestNeo4j {
  return inject("neo4j");
}

/** A driver for the shared test database; close it in afterAll. */
export function openTestDriver(): Driver {
  const target = testNeo4j();
  const auth =
    target.username !== undefined ? neo4j.auth.basic(target.username, target.password ?? "") : undefined;
  return neo4j.driver(target.uri, auth);
}

/** Session options naming the test database (undefined means the server's default). */
export function testSessionConfig(): { database?: string } {
  const { database } = testNeo4j();
  return database === undefined ? {} : { database };
}

/**
 * A label no other test uses (`Test_<name>_<random>`), for tests that only need their own nodes:
 * create everything under it, then `deleteLabel` it in afterAll.
 */
export function uniqueTestLabel(name: string): string {
  return `Test_${name.replace(/[^A-Za-z0-9]/g, "_")}_${randomBytes(4).toString("hex")}`;
}

export async function deleteLabel(driver: Driver, label: string): Promise<void> {
  if (!/^[A-Za-z0-9_]+$/.test(label)) throw new Error(`Not a test label: ${JSON.stringify(label)}`);
  await driver.executeQuery(`MATCH (n:\`${label}\`) DETACH DELETE n`, {}, testSessionConfig());
}

/**
 * Deletes every node and relationship (constraints and indexes stay), for tests that assert on
 * the whole graph. Refuses a database the run does not own, so a NEO4J_URI pointing at real data
 * is never wiped by accident.
 */
export async function resetGraph(driver: Driver): Promise<void> {
  const target = testNeo4j();
  if (!target.disposable) {
    throw new Error(
      `resetGraph refuses to wipe ${target.uri}: it was given by NEO4J_URI, not started for the tests. ` +
        "Set EARNINGS_GRAPH_TEST_ALLOW_RESET=1 if that database is disposable.",
    );
  }
  for (;;) {
    const { records } = await driver.executeQuery(
      "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted",
      {},
      testSessionConfig(),
    );
    if (records[0]?.get("deleted").toNumber() === 0) return;
  }
}
