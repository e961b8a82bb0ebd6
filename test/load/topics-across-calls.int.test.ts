/**
 * A company's topics counted in every one of its calls: a call that names a topic another call of
 * the company found counts in the topic's trend, whichever call is loaded first. Calls written for
 * these tests (test/load/sample-call.ts), loaded into the real Neo4j.
 */
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { topicKey } from "../../src/extract/mentions/identity.js";
import { loadCall } from "../../src/load/load-call.js";
import { resetGraph, testSessionConfig } from "../support/neo4j.js";
import { useTestGraph } from "./graph-snapshot.js";
import { sampleCall } from "./sample-call.js";

let db: Database;
let driver: Driver;

useTestGraph((g) => ({ db, driver } = g), { emptyBeforeEach: true });

const LENS = `topic:${topicKey("lens platform")}`;

/** Q2 finds "Glint"; Q3 names Glint in its text but finds only "lens platform", which Q2 names too. */
function calls() {
  const q2 = sampleCall({ quarter: 2 });
  const q3 = sampleCall({ quarter: 3, variant: " Demand for the lens platform held." });
  q3.extraction.topics = [{ name: "lens platform", kind: "product", aliases: [], mentions: [1] }];
  return { q2, q3 };
}

async function mentions(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "MATCH (t:Turn)-[m:MENTIONS]->(n:Topic) RETURN t.id + ' ' + n.id + ' ' + toInteger(m.count) + ' ' + coalesce(m.acrossCalls, false) AS line",
    {},
    testSessionConfig(),
  );
  return records.map((r) => String(r.get("line"))).sort();
}

async function callsByPeriod(topicId: string): Promise<Record<string, number>> {
  const rows = await db.read("api/topic-by-period", { keys: [{ key: topicId, id: topicId, companyIds: null, fromOrd: null, toOrd: null, dateFrom: null, dateTo: null }] });
  return Object.fromEntries(rows.map((r) => [String(r.periodId), Number(r.calls)]));
}

describe("topics counted across a company's calls", () => {
  it("counts in each call the topics the company's other calls found, and mentionsByPeriod counts every call naming them", async () => {
    const { q2, q3 } = calls();
    await loadCall(db, q2);
    await loadCall(db, q3);
    expect(await callsByPeriod("topic:glint")).toEqual({ "period:2031-Q2": 1, "period:2031-Q3": 1 });
    expect(await callsByPeriod(LENS)).toEqual({ "period:2031-Q2": 1, "period:2031-Q3": 1 });
    // Q3's turn 5 says "Glint" four times ("Glint is ahead of Corvane Labs. Glint, Glint, Glint.").
    const lines = await mentions();
    expect(lines.filter((l) => l.includes("Q3#t5"))).toEqual(["call:ticker:LRKO:2031-Q3#t5 topic:glint 4 true"]);
  });

  it("gives the same mentions whichever call is loaded first", async () => {
    const { q2, q3 } = calls();
    await loadCall(db, q2);
    await loadCall(db, q3);
    const forward = await mentions();
    await resetGraph(driver);
    await loadCall(db, q3);
    await loadCall(db, q2);
    expect(await mentions()).toEqual(forward);
  });

  it("drops the counts of a topic no call finds any more, and the topic with them", async () => {
    const { q2, q3 } = calls();
    await loadCall(db, q2);
    await loadCall(db, q3);
    const changed = sampleCall({ quarter: 2, variant: " A new version." });
    changed.extraction.topics = [];
    await loadCall(db, changed);
    const after = await mentions();
    expect(after.filter((m) => m.includes("topic:glint"))).toEqual([]);
    const { records } = await driver.executeQuery("MATCH (n:Topic {id: 'topic:glint'}) RETURN count(n) AS n", {}, testSessionConfig());
    expect(Number(records[0]!.get("n"))).toBe(0);
    // Q3 still finds "lens platform", and the new Q2 still names it.
    expect(after.filter((l) => l.includes(LENS))).toEqual([`call:ticker:LRKO:2031-Q2#t1 ${LENS} 1 true`, `call:ticker:LRKO:2031-Q3#t1 ${LENS} 2 false`]);
  });
});
