import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestText } from "../../src/load/ingest.js";
import { exampleOperations, hasReference, referenceTranscript, startTestApi, type TestApi } from "./api-harness.js";

const million = 1_000_000;

// The acceptance questions of the API, asked over HTTP of the real server with the reference
// transcript (Calix, 2015-Q2) loaded by the real load stage.
describe.skipIf(!hasReference)("the API over the reference call", () => {
  let t: TestApi;
  const examples = exampleOperations();

  beforeAll(async () => {
    t = await startTestApi();
    await ingestText(t.db, { text: readFileSync(referenceTranscript), fileName: "calix-2015-q2.txt" });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  async function run(name: string, variables: Record<string, unknown> = {}) {
    const operation = examples.get(name);
    if (operation === undefined) throw new Error(`Expected an operation ${name} in schema/examples.graphql, found none`);
    const response = await t.gql(operation, variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data!;
  }

  it("names the analysts who asked about CAF II", async () => {
    const { topic } = await t.gql(`{ topic(ref: "CAF II") { name askers { nodes { analyst { name } } } } }`).then((r) => r.data!);
    expect(topic).not.toBeNull();
    expect(topic.askers.nodes.map((a: any) => a.analyst.name).sort()).toEqual(["James Faucette", "Sanjiv Wadhwani", "Simon Leopold"]);
    const data = await run("Analysts", { topic: "CAF II", companies: ["Calix"] });
    expect(data.analysts.nodes.map((a: any) => a.analyst.name).sort()).toEqual(["James Faucette", "Sanjiv Wadhwani", "Simon Leopold"]);
    for (const { analyst } of data.analysts.nodes) {
      expect(analyst.topicsAskedAbout.nodes.map((x: any) => x.topic.name)).toContain("CAF II");
      expect(analyst.companiesCovered.nodes[0].company.name).toBe("Calix, Inc.");
    }
  });

  it("counts George Notter and James Faucette among the GigaCenter askers", async () => {
    const data = await run("TopicTrend", { topic: "GigaCenter" });
    const askers = data.topic.askers.nodes.map((a: any) => a.analyst.name);
    expect(askers).toEqual(expect.arrayContaining(["George Notter", "James Faucette"]));
    expect(data.topic.mentionsByPeriod.find((p: any) => p.periodLabel === "2015-Q2").turns).toBeGreaterThan(0);
    expect(data.topic.mentionsByCompany.nodes.map((c: any) => c.company.name)).toContain("Calix, Inc.");
    const calix = await run("TopicTrend", { topic: "GigaCenter", companies: ["Calix"] });
    expect(calix.topic.mentionsByPeriod.map((p: any) => p.periodLabel)).toEqual(["2015-Q2"]);
  });

  it("shows 2015-Q2 revenue of 99.1 million against guidance of 94 to 98 million, above and beat", async () => {
    const data = await run("MetricSeries", { company: "Calix", metric: "revenue" });
    const q2 = data.company.metricSeries.find((p: any) => p.periodLabel === "2015-Q2");
    expect(q2.actuals.map((f: any) => f.value)).toContain(99.1 * million);
    expect(q2.guidance).toContainEqual(expect.objectContaining({ low: 94 * million, high: 98 * million, unit: "USD" }));

    const card = await run("GuidanceScorecard", { companies: ["Calix"] });
    const outcome = card.guidanceScorecard.nodes.find(
      (o: any) => o.guidance.metricName === "revenue" && o.guidance.periodLabel === "2015-Q2" && o.resolved,
    );
    expect(outcome).toMatchObject({
      guidance: { low: 94 * million, high: 98 * million },
      actual: { value: 99.1 * million },
      position: "ABOVE",
      verdict: "BEAT",
      surprise: { absolute: 3.1 * million, rangeWidths: 3.1 / 4 },
    });
    expect(outcome.surprise.percent).toBeCloseTo((3.1 / 96) * 100, 6);
    expect(card.guidanceScorecard.totalCount).toBe(card.guidanceScorecard.nodes.length);
  });

  it("shows the 2015-Q3 revenue guidance of 107 to 111 million", async () => {
    const data = await run("MetricSeries", { company: "Calix", metric: "revenue" });
    const q3 = data.company.metricSeries.find((p: any) => p.periodLabel === "2015-Q3");
    expect(q3.guidance).toContainEqual(expect.objectContaining({ low: 107 * million, high: 111 * million }));
    expect(q3.actuals).toEqual([]);
  });

  it("gives Amitabh Passi of UBS two Q&A slots", async () => {
    const { data } = await t.gql(`{ analysts(filter: { name: "Amitabh Passi" }) { nodes { exchanges analyst { name firm { name } exchanges(first: 100) { nodes { index call { companyName periodLabel } } } } } } }`);
    const [{ analyst: passi }] = data!.analysts.nodes;
    expect(passi.firm.name).toBe("UBS");
    const calix = passi.exchanges.nodes.filter((x: any) => x.call.periodLabel === "2015-Q2" && x.call.companyName === "Calix, Inc.");
    expect(calix).toHaveLength(2);
  });

  it("finds Carl Russo's answer to Paul Silverstein when searching for vectoring", async () => {
    const data = await run("Search", { query: "vectoring", companies: ["Calix"], section: "QA" });
    const hits = data.searchTurns.edges.map((e: any) => e.node);
    const answer = hits.find((h: any) => h.turn.speakerName === "Carl Russo");
    expect(answer).toBeDefined();
    expect(answer.turn.exchange.analyst.name).toBe("Paul Silverstein");
    expect(answer.passage.toLowerCase()).toContain("vectoring");
    const [first] = answer.highlights;
    expect(answer.passage.slice(first.start, first.end).toLowerCase()).toBe("vectoring");
  });

  it("lists the top topics of the period", async () => {
    const data = await run("TopTopics", { from: "2015-Q2", to: "2015-Q2", companies: ["Calix"] });
    expect(data.topTopics.totalCount).toBeGreaterThan(0);
    expect(data.topTopics.nodes.map((n: any) => n.topic.name)).toEqual(expect.arrayContaining(["GigaCenter"]));
  });

  it("answers a call's participants with their roles, its Q&A slots and its facts", async () => {
    const data = await run("CallDetail", { companies: ["Calix"], period: "Q2 2015" });
    const [call] = data.calls.nodes;
    expect(call.turnCount).toBe(84);
    const roles = Object.fromEntries(call.participants.map((p: any) => [p.person.name, p.role]));
    expect(roles).toMatchObject({ "Carl Russo": "EXECUTIVE", "Paul Silverstein": "ANALYST", Operator: "OPERATOR" });
    expect(call.exchanges.map((x: any) => x.analystName)).toEqual([
      "Paul Silverstein",
      "Amitabh Passi",
      "Simon Leopold",
      "George Notter",
      "James Faucette",
      "Sanjiv Wadhwani",
      "Aaron Fogle",
      "Amitabh Passi",
    ]);
    expect(call.facts.nodes.length).toBeGreaterThan(0);
    expect(call.facts.nodes.every((f: any) => f.low !== undefined && f.scope === "company")).toBe(true);
    const leopold = call.exchanges.find((x: any) => x.analystName === "Simon Leopold");
    expect(leopold.topics.map((x: any) => x.topic.name)).toContain("CAF II");

    const { data: found } = await t.gql(`query($id: ID!) { node(id: $id) { __typename ... on Call { periodLabel company { name } } } }`, { id: call.id });
    expect(found!.node).toEqual({ __typename: "Call", periodLabel: "2015-Q2", company: { name: "Calix, Inc." } });
    const again = await run("NodeById", { id: call.id });
    expect(again.node.id).toBe(call.id);
  });

  it("walks companies, calls, Q&A slots, analysts and firms", async () => {
    const data = await run("CoverageNetwork", { first: 100 });
    const calix = data.companies.nodes.find((c: any) => c.name === "Calix, Inc.");
    const call = calix.calls.nodes.find((c: any) => c.periodLabel === "2015-Q2");
    expect(call.exchanges.find((x: any) => x.analyst.name === "Amitabh Passi").analyst.firm.name).toBe("UBS");
  });

  it("pages through a call's turns with cursors, counting them only when asked", async () => {
    const query = `query($after: String) { calls(filter: { companies: ["Calix"], period: { is: "2015-Q2" } }) { nodes { turns(first: 30, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { index } } } } }`;
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const response: { data?: any } = await t.gql(query, { after });
      const turns: any = response.data.calls.nodes[0].turns;
      expect(turns.totalCount).toBe(84);
      seen.push(...turns.nodes.map((n: any) => n.index));
      if (!turns.pageInfo.hasNextPage) break;
      after = turns.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 84 }, (_, i) => i));
  });

  it("refuses a page size over the maximum with a clear error", async () => {
    const response = await t.gql(`{ companies(first: 101) { nodes { name } } }`);
    expect(response.errors?.[0]).toMatchObject({
      message: 'Expected "first" to be an integer from 0 to 100, found 101',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
