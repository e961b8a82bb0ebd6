/**
 * A Topic's name in the graph is a spelling of the topic itself, never a word a call merged into
 * it: one call's extraction put "relief" among supply chain's aliases, and the shortest-spelling
 * rule then named the topic "relief" in every call (760 mentions in the first 400 calls of
 * corpus-large), "capital allocation" "buyback", "Olive Garden" "Olive". Calls written for these
 * tests (test/load/sample-call.ts), loaded into the real Neo4j in both orders.
 */
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { loadCall } from "../../src/load/load-call.js";
import { resetGraph, testSessionConfig } from "../support/neo4j.js";
import { useTestGraph } from "./graph-snapshot.js";
import { sampleCall } from "./sample-call.js";

let db: Database;
let driver: Driver;

useTestGraph((g) => ({ db, driver } = g), { emptyBeforeEach: true });

function calls() {
  const q2 = sampleCall({ quarter: 2 });
  q2.extraction.topics = [
    { name: "supply chain", kind: "theme", aliases: ["supply chains", "relief"], mentions: [1] },
    { name: "Olive Garden", kind: "product", aliases: ["Olive"], mentions: [1] },
  ];
  const q3 = sampleCall({ quarter: 3 });
  q3.extraction.topics = [
    { name: "Supply Chain", kind: "theme", aliases: ["supply-chain"], mentions: [1] },
    { name: "Olive Garden", kind: "product", aliases: ["Garden", "Olive Garden's"], mentions: [1] },
  ];
  return [q2, q3];
}

async function topics(): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery("MATCH (n:Topic) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id", {}, testSessionConfig());
  return records.map((r) => r.toObject());
}

describe("a topic's name in the graph", () => {
  it("is the shortest spelling of the topic itself, whatever the calls merged into it and whichever is loaded first", async () => {
    const [q2, q3] = calls();
    await loadCall(db, q2!);
    await loadCall(db, q3!);
    const forward = await topics();
    expect(forward).toEqual([
      { id: "topic:olive garden", name: "Olive Garden", aliases: ["Garden", "Olive", "Olive Garden's"] },
      { id: "topic:supply chain", name: "Supply Chain", aliases: ["relief", "supply chain", "supply chains", "supply-chain"] },
    ]);
    await resetGraph(driver);
    await loadCall(db, q3!);
    await loadCall(db, q2!);
    expect(await topics()).toEqual(forward);
  });

  it("is mended by a migration on graphs loaded before, where a spelling of the topic is its key in other case", async () => {
    const [q2] = calls();
    await loadCall(db, q2!);
    const loaded = await topics();
    // As an earlier version left it: named by a merged word, no `names`.
    await driver.executeQuery(
      "MATCH (n:Topic {id: 'topic:supply chain'}) SET n.name = 'relief', n.aliases = ['supply chain', 'supply chains'] REMOVE n.names",
      {},
      testSessionConfig(),
    );
    await driver.executeQuery("MATCH (m:Migration) DELETE m", {}, testSessionConfig());
    await db.migrate();
    expect(await topics()).toEqual(loaded);
    expect(loaded.find((t) => t["id"] === "topic:supply chain")).toEqual({ id: "topic:supply chain", name: "supply chain", aliases: ["relief", "supply chains"] });
    await db.migrate();
    expect(await topics()).toEqual(loaded);
  });
});
