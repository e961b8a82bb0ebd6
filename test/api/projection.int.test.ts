import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Row } from "../../src/db/database.js";
import { ingestText } from "../../src/load/ingest.js";
import { openTestDriver, resetGraph, testSessionConfig } from "../support/neo4j.js";
import { startTestApi, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";

// A call's detail and an analyst's coverage read only the properties the request selects
// (src/api/projection.ts): the rows the database answers are recorded and searched for what was
// not asked for (a turn's text, a fact's quote, a call's source hash).
describe("per-selection projections", () => {
  let t: TestApi;
  let driver: Driver;
  let graphId: string;
  let texts: string[];
  let quotes: string[];
  let sourceHash: string;

  beforeAll(async () => {
    driver = openTestDriver();
    await resetGraph(driver);
    t = await startTestApi();
    const file = "larkspur-2024-q3.txt";
    const result = await ingestText(t.db, { text: readFileSync(path.join(projectRoot, "examples", file)), fileName: file });
    expect(result.status).toBe("loaded");
    const { records } = await driver.executeQuery(
      `MATCH (c:Call)-[:HAS_EXCHANGE]->(:Exchange)-[:INCLUDES]->(t:Turn)
       WITH c, collect(DISTINCT t.text) AS texts
       OPTIONAL MATCH (c)-[:HAS_FACT]->(f:MetricFact)
       RETURN c.companyId AS company, c.sourceHash AS hash, texts, collect(f.quote) AS quotes`,
      {},
      testSessionConfig(),
    );
    graphId = records[0]!.get("company") as string;
    sourceHash = records[0]!.get("hash") as string;
    // Long enough not to occur by chance in other properties.
    texts = (records[0]!.get("texts") as string[]).filter((x) => x.length > 40);
    quotes = (records[0]!.get("quotes") as string[]).filter((x) => x.length > 40);
    expect(texts.length).toBeGreaterThan(2);
    expect(quotes.length).toBeGreaterThan(0);
  }, 240_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.close();
    if (driver !== undefined) {
      await resetGraph(driver);
      await driver.close();
    }
  });

  /** Runs an operation and returns its data with the JSON of every row the database answered. */
  async function answered(query: string, variables: Record<string, unknown>) {
    const rows: Row[][] = [];
    // db.query runs db.queryWithState, which the analysts' page also calls itself (name-matches.ts).
    const query_ = t.db.queryWithState.bind(t.db);
    const spy = vi.spyOn(t.db, "queryWithState").mockImplementation(async (statement, params) => {
      const result = await query_(statement, params);
      rows.push(result.rows);
      return result;
    });
    try {
      const response = await t.gql(query, variables);
      expect(response.errors).toBeUndefined();
      return { data: response.data!, read: JSON.stringify(rows), statements: rows.length };
    } finally {
      spy.mockRestore();
    }
  }

  const detail = (turnFields: string, factFields: string, callFields = "periodLabel") => `query($company: String!) {
    calls(filter: { companies: [$company] }, first: 1) {
      nodes { ${callFields} participants { person { name } role } exchanges { index turns { ${turnFields} } }
        facts(first: 100) { nodes { ${factFields} } } topics { topic { name } mentions } }
    }
  }`;

  it("leaves a turn's text, a fact's quote and unselected call properties out of a call's detail", async () => {
    // By graph id: the page statement reads the detail; by name: the lookup, the page, then call-content.
    for (const company of [graphId, "Larkspur"]) {
      const { data, read } = await answered(detail("index speakerName", "metricName low high unit"), { company });
      const call = data.calls.nodes[0];
      expect(call.exchanges.flatMap((x: any) => x.turns).length).toBeGreaterThan(2);
      expect(call.facts.nodes.length).toBeGreaterThan(0);
      for (const text of texts) expect(read).not.toContain(text);
      for (const quote of quotes) expect(read).not.toContain(quote);
      // The call itself comes projected from the statement that reads the detail along with the
      // page (by graph id or ticker); a page found by name reads whole calls (calls-of-companies-page).
      if (company === graphId) expect(read).not.toContain(sourceHash);
    }
  });

  it("reads them when they are selected, in the same statements", async () => {
    for (const company of [graphId, "Larkspur"]) {
      const without = await answered(detail("index", "metricName"), { company });
      const { data, read, statements } = await answered(detail("index text", "metricName quote", "periodLabel sourceHash"), { company });
      expect(statements).toBe(without.statements);
      const call = data.calls.nodes[0];
      expect(call.sourceHash).toBe(sourceHash);
      const answeredTexts: string[] = call.exchanges.flatMap((x: any) => x.turns.map((turn: any) => turn.text));
      expect(answeredTexts.filter((x) => x.length > 40).sort()).toEqual([...texts].sort());
      for (const text of texts) expect(read).toContain(JSON.stringify(text).slice(1, -1));
      expect(call.facts.nodes.map((f: any) => f.quote)).toEqual(expect.arrayContaining(quotes));
    }
  });

  it("answers the same either way as the statements that read whole nodes", async () => {
    // The same call's lists through the loaders that read whole nodes (no two lists selected together).
    const projected = (await answered(detail("index speakerName section role start end line", "metricName periodLabel value low high unit kind basis"), { company: graphId })).data;
    const call = projected.calls.nodes[0];
    const single = async (selection: string) => (await t.gql(`query($company: String!) { calls(filter: { companies: [$company] }, first: 1) { nodes { ${selection} } } }`, { company: graphId })).data!.calls.nodes[0];
    expect((await single("exchanges { index turns { index speakerName section role start end line } }")).exchanges).toEqual(call.exchanges);
    expect((await single("facts(first: 100) { nodes { metricName periodLabel value low high unit kind basis } }")).facts).toEqual(call.facts);
    expect((await single("participants { person { name } role }")).participants).toEqual(call.participants);
    expect((await single("topics { topic { name } mentions }")).topics).toEqual(call.topics);
  });

  it("reads an analyst's coverage without the properties it does not show", async () => {
    const coverage = `query($name: String!) {
      analysts(filter: { name: $name }, first: 1) {
        nodes { analyst { name firm { name } companiesCovered { nodes { company { name } calls } }
          participations { nodes { role call { companyName periodLabel } } } topicsAskedAbout { nodes { topic { name } exchanges } } } }
      }
    }`;
    const { data, read, statements } = await answered(coverage, { name: "maria chen" });
    const analyst = data.analysts.nodes[0].analyst;
    expect(analyst.name).toBe("Maria Chen");
    expect(analyst.participations.nodes[0].call.periodLabel).toBe("2024-Q3");
    expect(analyst.companiesCovered.nodes.length).toBe(1);
    expect(statements).toBe(1);
    expect(read).not.toContain(sourceHash);
    // With the call's hash selected, the same statement brings it.
    const withHash = await answered(coverage.replace("companyName periodLabel", "companyName periodLabel sourceHash"), { name: "maria chen" });
    expect(withHash.data.analysts.nodes[0].analyst.participations.nodes[0].call.sourceHash).toBe(sourceHash);
    expect(withHash.statements).toBe(1);
  });

  it("reads the first page of an analyst's topics and one more when their count is not asked for", async () => {
    const coverage = (first: number, count: string) => `query($name: String!) {
      analysts(filter: { name: $name }, first: 1) {
        nodes { analyst { companiesCovered { nodes { calls } }
          topicsAskedAbout(first: ${first}) { nodes { topic { name } exchanges mentions } pageInfo { hasNextPage } ${count} } } }
      }
    }`;
    const asked = (answer: { data: any }) => answer.data.analysts.nodes[0].analyst.topicsAskedAbout;
    const topicsRead = (answer: { read: string }) => (JSON.parse(answer.read)[0][0].topics as unknown[]).length;
    for (const first of [0, 1]) {
      const cut = await answered(coverage(first, ""), { name: "maria chen" });
      const whole = await answered(coverage(first, "totalCount"), { name: "maria chen" });
      const total: number = asked(whole).totalCount;
      expect(total).toBeGreaterThan(1);
      expect(topicsRead(whole)).toBe(total);
      expect(topicsRead(cut)).toBe(Math.min(first + 1, total));
      expect(asked(cut).nodes).toEqual(asked(whole).nodes);
      expect(asked(cut).pageInfo.hasNextPage).toBe(total > first);
      expect([cut.statements, whole.statements]).toEqual([1, 1]);
    }
  });

  it("reads only the facts of the kind a call's one facts list asks for, along with the page", async () => {
    const detailWith = (facts: string) => `query($company: String!) {
      calls(filter: { companies: [$company] }, first: 1) { nodes { participants { role } ${facts} } }
    }`;
    const kinded = await answered(detailWith("facts(filter: { kind: ACTUAL }, first: 100) { nodes { metricName kind } }"), { company: graphId });
    const all = await answered(detailWith("facts(first: 100) { nodes { metricName kind } }"), { company: graphId });
    const facts = (answer: { data: any }): { kind: string }[] => answer.data.calls.nodes[0].facts.nodes;
    const factsRead = (answer: { read: string }) => (JSON.parse(answer.read)[0][0].facts as unknown[]).length;
    expect(facts(kinded).length).toBeGreaterThan(0);
    expect(facts(kinded)).toEqual(facts(all).filter((f) => f.kind === "ACTUAL"));
    expect(factsRead(kinded)).toBe(facts(kinded).length);
    expect(factsRead(all)).toBe(facts(all).length);
    expect(factsRead(all)).toBeGreaterThan(factsRead(kinded));
    expect([kinded.statements, all.statements]).toEqual([1, 1]);
  });

  // Last: it loads two more calls of Maria Chen's (the tests above count on one call in the graph).
  it("reads the first page of an analyst's calls joined and one more, in the list's order, unless Person.calls reads them too", async () => {
    for (const file of ["larkspur-2024-q4.txt", "larkspur-2025-q2.txt"]) {
      const result = await ingestText(t.db, { text: readFileSync(path.join(projectRoot, "examples", file)), fileName: file });
      expect(result.status).toBe("loaded");
    }
    const coverage = (first: number, more: string) => `query($name: String!) {
      analysts(filter: { name: $name }, first: 1) {
        nodes { analyst { companiesCovered { nodes { calls } }
          participations(first: ${first}) { nodes { role title call { periodLabel } } pageInfo { hasNextPage } } ${more} } }
      }
    }`;
    const joined = (answer: { data: any }) => answer.data.analysts.nodes[0].analyst.participations;
    const callsRead = (answer: { read: string }) => (JSON.parse(answer.read)[0][0].participations as unknown[]).length;
    const whole = await answered(coverage(10, ""), { name: "maria chen" });
    const total: number = joined(whole).nodes.length;
    expect(total).toBe(3);
    expect(joined(whole).nodes.map((p: any) => p.call.periodLabel)).toEqual(["2025-Q2", "2024-Q4", "2024-Q3"]);
    for (const first of [0, 1, 2]) {
      const cut = await answered(coverage(first, ""), { name: "maria chen" });
      expect(callsRead(cut)).toBe(first + 1);
      expect(joined(cut).nodes).toEqual(joined(whole).nodes.slice(0, first));
      expect(joined(cut).pageInfo.hasNextPage).toBe(true);
      // Person.calls shares the list: read whole.
      const withCalls = await answered(coverage(first, "calls(first: 10) { nodes { periodLabel } }"), { name: "maria chen" });
      expect(callsRead(withCalls)).toBe(total);
      expect(joined(withCalls).nodes).toEqual(joined(cut).nodes);
      expect(withCalls.data.analysts.nodes[0].analyst.calls.nodes.length).toBe(total);
      expect([cut.statements, withCalls.statements]).toEqual([1, 1]);
    }
    // The participation's properties it does not select (organization, turns) are not read.
    const rel = (JSON.parse(whole.read)[0][0].participations as { rel: unknown[] }[])[0]!.rel;
    expect(rel.length).toBe(2);
  });
});
