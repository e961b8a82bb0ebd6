import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { cypher, cypherNames } from "../../src/db/cypher.js";
import { ingestText } from "../../src/load/ingest.js";
import { openTestDatabase } from "../load/graph-snapshot.js";
import { openTestDriver, resetGraph, testSessionConfig } from "../support/neo4j.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let db: Database;
let driver: Driver;

beforeAll(async () => {
  db = openTestDatabase();
  driver = openTestDriver();
  await resetGraph(driver);
});

afterAll(async () => {
  await resetGraph(driver);
  await db.close();
  await driver.close();
});

async function fullTextIndexes(): Promise<Map<string, { options: Record<string, unknown>; properties: string[] }>> {
  const session = driver.session(testSessionConfig());
  try {
    const result = await session.run("SHOW FULLTEXT INDEXES YIELD name, options, properties RETURN name, options, properties");
    return new Map(
      result.records.map((r) => [r.get("name") as string, { options: r.get("options") as Record<string, unknown>, properties: r.get("properties") as string[] }]),
    );
  } finally {
    await session.close();
  }
}

async function run(query: string, params: Record<string, unknown> = {}) {
  const session = driver.session(testSessionConfig());
  try {
    return (await session.run(query, params)).records;
  } finally {
    await session.close();
  }
}

describe("migrate: the full-text index over turn text", () => {
  it("replaces the full-text indexes of earlier versions with one eventually consistent index of text and company, and is safe to run again", async () => {
    // The per-transaction index of the first versions, then the text-only one after it (two
    // full-text indexes of the same property cannot be there at once).
    for (const earlier of ["turn_text", "turn_search"]) {
      await run("DROP INDEX turn_text_search IF EXISTS");
      await run(`CREATE FULLTEXT INDEX ${earlier} IF NOT EXISTS FOR (n:Turn) ON EACH [n.text]`);
      expect([...(await fullTextIndexes()).keys()]).toEqual([earlier]);
      await db.migrate();
      await db.migrate();
    }

    const indexes = await fullTextIndexes();
    expect(indexes.has("turn_text")).toBe(false);
    expect(indexes.has("turn_search")).toBe(false);
    const index = indexes.get("turn_text_search");
    expect(index?.properties).toEqual(["text", "companyId"]);
    expect((index?.options["indexConfig"] as Record<string, unknown>)["fulltext.eventually_consistent"]).toBe(true);
  });

  it("gives what was loaded before turns carried their company and mentions their sort keys both, so a search by company and a topic's turns find them", async () => {
    await resetGraph(driver);
    const text = readFileSync(path.join(projectRoot, "examples/larkspur-2024-q3.txt"));
    const result = await ingestText(db, { text, fileName: "larkspur-2024-q3.txt" });
    expect(result.status).toBe("loaded");
    const mentionOrder = async () =>
      (
        await run(
          `MATCH (t:Turn)-[m:MENTIONS]->(n:Topic)
           RETURN t.id AS turn, n.id AS topic, [m.topicId, m.callQuarter, m.callId, m.turnIndex] AS order ORDER BY turn, topic`,
        )
      ).map((r) => r.toObject());
    const written = await mentionOrder();
    expect(written.length).toBeGreaterThan(20);
    // Larkspur's 2024-Q3 call: its quarter as 2024 * 4 + 3 - 1.
    expect(written[0]!["order"]).toEqual([written[0]!["topic"], 8098, "call:ticker:LRKN:2024-Q3", expect.anything()]);
    // The graph as an earlier version left it: no Turn.companyId, no sort keys on the MENTIONS,
    // and the text-only index.
    await run("MATCH (t:Turn) REMOVE t.companyId");
    await run("MATCH (:Turn)-[m:MENTIONS]->(:Topic) REMOVE m.topicId, m.callQuarter, m.callId, m.turnIndex");
    await run("MATCH (m:Migration) DELETE m");
    await run("DROP INDEX turn_text_search IF EXISTS");
    await run("CREATE FULLTEXT INDEX turn_search IF NOT EXISTS FOR (n:Turn) ON EACH [n.text]");

    await db.migrate();
    await db.write("health/await-search-index");

    expect(await mentionOrder()).toEqual(written);
    const turns = await run("MATCH (c:Call)-[:HAS_TURN]->(t:Turn) RETURN c.companyId AS company, collect(DISTINCT t.companyId) AS turnCompanies, count(t) AS n");
    expect(turns).toHaveLength(1);
    expect(turns[0]!.get("company")).toMatch(/^company:/);
    expect(turns[0]!.get("turnCompanies")).toEqual([turns[0]!.get("company")]);
    const hits = await run(
      "CALL db.index.fulltext.queryNodes('turn_text_search', $query) YIELD node RETURN count(node) AS n",
      { query: `+text:Larkspur +(companyId:"${turns[0]!.get("company") as string}")^0` },
    );
    expect(hits[0]!.get("n").toNumber()).toBeGreaterThan(0);
    const elsewhere = await run(
      "CALL db.index.fulltext.queryNodes('turn_text_search', $query) YIELD node RETURN count(node) AS n",
      { query: '+text:Larkspur +(companyId:"company:ticker:NONE")^0' },
    );
    expect(elsewhere[0]!.get("n").toNumber()).toBe(0);
  });

  it("has what ingest loaded searchable when ingest returns", async () => {
    await resetGraph(driver);
    const text = readFileSync(path.join(projectRoot, "examples/larkspur-2024-q3.txt"));
    const result = await ingestText(db, { text, fileName: "larkspur-2024-q3.txt" });
    expect(result.status).toBe("loaded");
    const session = driver.session(testSessionConfig());
    try {
      const hits = await session.run("CALL db.index.fulltext.queryNodes('turn_text_search', 'text:Larkspur') YIELD node RETURN count(node) AS n");
      expect(hits.records[0]?.get("n").toNumber()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });

  it("runs each data migration once: recorded when it has run to the end, then skipped at every later start", async () => {
    await resetGraph(driver);
    const text = readFileSync(path.join(projectRoot, "examples/larkspur-2024-q3.txt"));
    expect((await ingestText(db, { text, fileName: "larkspur-2024-q3.txt" })).status).toBe("loaded");
    await db.migrate();
    const data = cypherNames("schema").filter((name) => cypher(name).startsWith("MATCH "));
    expect(data).toEqual(expect.arrayContaining(["schema/40-turn-company-id", "schema/42-mention-order", "schema/62-topic-name-from-key"]));
    const recorded = await run("MATCH (m:Migration) RETURN m.id AS id ORDER BY id");
    expect(recorded.map((r) => r.get("id"))).toEqual([...data].sort());
    // Recorded as done: not read again, so a turn without its company stays so.
    await run("MATCH (t:Turn) WITH t LIMIT 1 REMOVE t.companyId");
    await db.migrate();
    expect((await run("MATCH (t:Turn) WHERE t.companyId IS NULL RETURN count(t) AS n"))[0]!.get("n").toNumber()).toBe(1);
    expect((await run("MATCH (m:Migration) RETURN count(m) AS n"))[0]!.get("n").toNumber()).toBe(data.length);
  });
});
