import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
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

async function fullTextIndexes(): Promise<Map<string, Record<string, unknown>>> {
  const session = driver.session(testSessionConfig());
  try {
    const result = await session.run("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options");
    return new Map(result.records.map((r) => [r.get("name") as string, r.get("options") as Record<string, unknown>]));
  } finally {
    await session.close();
  }
}

describe("migrate: the full-text index over turn text", () => {
  it("replaces the per-transaction index of earlier versions with an eventually consistent one, and is safe to run again", async () => {
    const session = driver.session(testSessionConfig());
    try {
      await session.run("DROP INDEX turn_search IF EXISTS");
      await session.run("CREATE FULLTEXT INDEX turn_text IF NOT EXISTS FOR (n:Turn) ON EACH [n.text]");
    } finally {
      await session.close();
    }
    expect([...(await fullTextIndexes()).keys()]).toContain("turn_text");

    await db.migrate();
    await db.migrate();

    const indexes = await fullTextIndexes();
    expect(indexes.has("turn_text")).toBe(false);
    const config = indexes.get("turn_search")?.indexConfig as Record<string, unknown> | undefined;
    expect(config?.["fulltext.eventually_consistent"]).toBe(true);
  });

  it("has what ingest loaded searchable when ingest returns", async () => {
    const text = readFileSync(path.join(projectRoot, "examples/larkspur-2024-q3.txt"));
    const result = await ingestText(db, { text, fileName: "larkspur-2024-q3.txt" });
    expect(result.status).toBe("loaded");
    const session = driver.session(testSessionConfig());
    try {
      const hits = await session.run("CALL db.index.fulltext.queryNodes('turn_search', 'Larkspur') YIELD node RETURN count(node) AS n");
      expect(hits.records[0]?.get("n").toNumber()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
