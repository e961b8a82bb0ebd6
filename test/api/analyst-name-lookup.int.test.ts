import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../../src/db/cypher.js";
import { ingestText } from "../../src/load/ingest.js";
import { openTestDriver, resetGraph, testSessionConfig } from "../support/neo4j.js";
import { startTestApi, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";

// The analyst name filter seeks Person.nameLower through the text index person_name_lower
// (cypher/schema/60-62). A graph loaded before the property existed gets it from the migration.
describe("the analyst name look-up", () => {
  let t: TestApi;
  let driver: Driver;

  const run = async (statement: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(statement, params, testSessionConfig());
  const indexes = async () =>
    new Map((await run("SHOW INDEXES YIELD name, type RETURN name, type")).records.map((r) => [r.get("name") as string, r.get("type") as string]));
  const analysts = async (name: string) => {
    const response = await t.gql(
      `query($name: String!) { analysts(filter: { name: $name }, first: 10) { totalCount nodes { analyst { name firm { name } companiesCovered { nodes { company { name } } } participations { nodes { role } } } } } }`,
      { name },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.analysts as { totalCount: number; nodes: { analyst: { name: string; firm: { name: string } | null } }[] };
  };

  beforeAll(async () => {
    driver = openTestDriver();
    await resetGraph(driver);
    t = await startTestApi();
    for (const file of ["larkspur-2024-q3.txt", "larkspur-2024-q4.txt"]) {
      const result = await ingestText(t.db, { text: readFileSync(path.join(projectRoot, "examples", file)), fileName: file });
      expect(result.status).toBe("loaded");
    }
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    if (driver !== undefined) {
      await resetGraph(driver);
      await driver.close();
    }
  });

  it("is written by every load: each person's nameLower is its name lower-cased", async () => {
    const { records } = await run("MATCH (p:Person) RETURN p.name AS name, p.nameLower AS lower");
    expect(records.length).toBeGreaterThan(5);
    for (const r of records) expect(r.get("lower")).toBe((r.get("name") as string).toLowerCase());
  });

  it("finds names loaded before the migration, and the migration is safe to run again", async () => {
    // The graph as an earlier version left it: people without nameLower.
    await run("MATCH (p:Person) REMOVE p.nameLower");
    await run("MATCH (m:Migration) DELETE m");
    expect((await analysts("maria")).totalCount).toBe(0);

    await t.db.migrate();
    await t.db.migrate();

    const { records } = await run("MATCH (p:Person) RETURN count(p) AS people, count(p.nameLower) AS lowered");
    expect(records[0]!.get("lowered").toNumber()).toBe(records[0]!.get("people").toNumber());
    const found = await indexes();
    expect(found.get("person_name_lower")).toBe("TEXT");
    expect(found.get("person_name")).toBe("RANGE");
    // Run once more by itself, the data migration sets nothing.
    const again = await run(cypher("schema/60-person-name-lower"));
    expect(again.summary.counters.updates().propertiesSet).toBe(0);

    const maria = await analysts("maria");
    expect(maria.nodes.map((n) => n.analyst.name)).toEqual(["Maria Chen"]);
    expect(maria.nodes[0]!.analyst.firm?.name).toMatch(/Harbor Point/);
  });

  it("is case-insensitive and matches any part of the name", async () => {
    const expected = (await analysts("Maria Chen")).nodes.map((n) => n.analyst.name);
    expect(expected).toEqual(["Maria Chen"]);
    for (const spelling of ["MARIA CHEN", "maria chen", "mArIa", "CHEN", "ia ch"]) {
      expect((await analysts(spelling)).nodes.map((n) => n.analyst.name), spelling).toEqual(expected);
    }
    expect((await analysts("no such analyst")).totalCount).toBe(0);
  });

  // src/api/name-matches.ts: whom a name matched, kept until a write commits.
  it("remembers whom a name matches until the graph changes, and then searches again", async () => {
    const trips = async (name: string) => {
      const before = t.db.statementCount;
      const found = await analysts(name);
      return { names: found.nodes.map((n) => n.analyst.name), trips: t.db.statementCount - before };
    };
    const first = await trips("maria chen");
    expect(first.names).toEqual(["Maria Chen"]);
    // Asked again: the people by id, the same answer, still one statement for the page.
    const again = await trips("maria chen");
    expect(again).toEqual(first);
    // A write from elsewhere: another analyst whose name contains the one asked for.
    await run(
      `MATCH (c:Call) WITH c ORDER BY c.id LIMIT 1
       CREATE (:Person {id: 'person:maria chenoweth', name: 'Maria Chenoweth', nameLower: 'maria chenoweth'})-[:PARTICIPATED_IN {role: 'analyst'}]->(c)`,
    );
    try {
      const after = await trips("maria chen");
      expect(after.names).toEqual(["Maria Chen", "Maria Chenoweth"]);
      // The remembered people were read in another state: read again by name.
      expect(after.trips).toBe(first.trips + 1);
      expect(await trips("maria chen")).toEqual({ ...after, trips: first.trips });
    } finally {
      await run(`MATCH (p:Person {id: 'person:maria chenoweth'}) DETACH DELETE p`);
    }
    expect((await trips("maria chen")).names).toEqual(["Maria Chen"]);
  });

  it("reads the same page by id as by name: the statements differ only in the look-up", () => {
    const after = (text: string, lookUp: string) => text.slice(text.indexOf(lookUp) + lookUp.length);
    const byName = after(cypher("api/analysts-named-with-activity-page"), "MATCH (p:Person)\nUSING TEXT INDEX p:Person(nameLower)\nWHERE p.nameLower CONTAINS toLower($name)\n");
    const byIds = after(cypher("api/analysts-by-ids-with-activity-page"), "MATCH (p:Person)\nWHERE p.id IN $personIds\n");
    expect(byIds.length).toBeGreaterThan(1000);
    expect(byIds).toBe(byName);
  });

  it("is an index seek on person_name_lower, not a scan of every person", async () => {
    const { summary } = await run(
      `PROFILE MATCH (p:Person) USING TEXT INDEX p:Person(nameLower) WHERE p.nameLower CONTAINS toLower($name) RETURN p.id`,
      { name: "Maria" },
    );
    const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType,
      ...plan.children.flatMap((c) => operators(c as never)),
    ];
    const used = operators(summary.profile as never).join(" ");
    expect(used).toMatch(/NodeIndexContainsScan/);
    expect(used).not.toMatch(/NodeByLabelScan|NodeIndexScan@/);
    // The statements the API runs carry the same look-up.
    for (const name of ["api/analysts-named-page", "api/analysts-named-count", "api/analysts-named-with-activity-page"]) {
      expect(cypher(name)).toContain("USING TEXT INDEX p:Person(nameLower)\nWHERE p.nameLower CONTAINS toLower($name)");
    }
  });
});
