import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/load/ingest.js";
import { exampleOperations, startTestApi, TEST_API_KEY, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";

// What `npm start` gives a new user: the project's own sample calls (examples/), and every example
// operation of schema/examples.graphql (the README's) answering with data as written.
describe("the example operations over the project's sample calls", () => {
  let t: TestApi;
  const examples = exampleOperations();

  beforeAll(async () => {
    t = await startTestApi();
    const summary = await ingestPaths(t.db, { paths: [resolve(projectRoot, "examples")] });
    expect(summary.failed).toEqual([]);
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  async function run(name: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>) {
    const response = await t.gql(examples.get(name)!, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data as any;
  }

  it("has an example for each dashboard need", () => {
    expect([...examples.keys()]).toEqual(
      expect.arrayContaining(["MetricSeries", "GuidanceScorecard", "TopicTrend", "TopTopics", "Analysts", "Search", "IngestTranscript"]),
    );
  });

  it("MetricSeries: actuals and guidance side by side", async () => {
    const { company } = await run("MetricSeries");
    expect(company.metricSeries.some((p: any) => p.actuals.length > 0 && p.guidance.length > 0)).toBe(true);
  });

  it("GuidanceScorecard: guidance resolved to actuals with verdicts", async () => {
    const { guidanceScorecard } = await run("GuidanceScorecard");
    const resolved = guidanceScorecard.nodes.filter((n: any) => n.resolved);
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((n: any) => n.actual !== null && n.position !== null)).toBe(true);
  });

  it("TopicTrend: a topic over several periods", async () => {
    const { topic } = await run("TopicTrend");
    expect(topic.mentionsByPeriod.length).toBeGreaterThan(1);
    expect(topic.askers.length).toBeGreaterThan(0);
  });

  it("TopTopics, Analysts, Search, CallDetail and CoverageNetwork return data", async () => {
    expect((await run("TopTopics")).topTopics.nodes.length).toBeGreaterThan(0);
    const analysts = (await run("Analysts")).analysts.nodes;
    expect(analysts.length).toBeGreaterThan(0);
    expect(analysts.every((a: any) => a.topicsAskedAbout.length > 0)).toBe(true);
    expect((await run("Search")).searchTurns.edges.length).toBeGreaterThan(0);
    const [call] = (await run("CallDetail")).calls.nodes;
    expect(call.exchanges.length).toBeGreaterThan(0);
    expect((await run("NodeById", { id: call.id })).node.id).toBe(call.id);
    expect((await run("CoverageNetwork")).companies.nodes.length).toBeGreaterThan(0);
  });

  it("IngestTranscript: loads a transcript with the API key", async () => {
    const text = readFileSync(resolve(projectRoot, "examples/larkspur-2024-q3.txt"), "utf8");
    const { ingestTranscript } = await run("IngestTranscript", { text, fileName: "larkspur-2024-q3.txt" }, { "x-api-key": TEST_API_KEY });
    expect(ingestTranscript.status).toBe("unchanged");
    expect(ingestTranscript.call.periodLabel).toBe("2024-Q3");
  });
});
