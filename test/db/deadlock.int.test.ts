import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Tx } from "../../src/db/database.js";
import { openTestDatabase } from "../load/graph-snapshot.js";
import { openTestDriver, testSessionConfig } from "../support/neo4j.js";

// Two loads that take the same two companies' locks in opposite orders deadlock; Neo4j aborts
// one of them with DeadlockDetected (a transient error), and the write must be run again, not
// fail (issue 15: a transient deadlock failed a file).
describe("a write transaction that deadlocks", () => {
  let db: Database;
  let driver: Driver;
  const prefix = "test-deadlock";

  beforeAll(async () => {
    db = openTestDatabase();
    driver = openTestDriver();
    // Existing nodes, so that each transaction's first statement takes a plain write lock.
    await driver.executeQuery(
      "UNWIND $ids AS id MERGE (:Company {id: id})",
      { ids: [`company:${prefix}-a`, `company:${prefix}-b`] },
      testSessionConfig(),
    );
  });

  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: `company:${prefix}` }, testSessionConfig());
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: `call:${prefix}` }, testSessionConfig());
    await db.close();
    await driver.close();
  });

  // lock-call merges and write-locks the Company, then the Call.
  const lock = (tx: Tx, company: string, call: string) =>
    tx.run("load/lock-call", { callId: `call:${prefix}-${call}`, batch: { companies: [{ id: `company:${prefix}-${company}`, name: company, ticker: null, aliases: [] }] } });

  it("is run again and both writes commit", async () => {
    let firstLocks = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    const attempts = { one: 0, two: 0 };
    const write = (name: "one" | "two", first: string, second: string) =>
      db.writeTx(async (tx) => {
        attempts[name] += 1;
        await lock(tx, first, name);
        if (attempts[name] === 1) {
          firstLocks += 1;
          if (firstLocks === 2) release();
          await bothHoldOne;
        }
        await lock(tx, second, name);
        return name;
      });
    const results = await Promise.all([write("one", "a", "b"), write("two", "b", "a")]);
    expect(results).toEqual(["one", "two"]);
    // One of the two was the deadlock's victim and ran again.
    expect(attempts.one + attempts.two).toBeGreaterThanOrEqual(3);
  });
});
