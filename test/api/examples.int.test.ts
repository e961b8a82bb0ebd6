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
      expect.arrayContaining([
        "CompanyDashboard",
        "Pickers",
        "MetricSeries",
        "MetricAcrossCompanies",
        "GuidanceScorecard",
        "GuidanceSummary",
        "FactsTable",
        "TopicTrend",
        "TopTopics",
        "Analysts",
        "Search",
        "Calls",
        "IngestTranscript",
      ]),
    );
  });

  it("CompanyDashboard: periods, metrics, the headline series, the scorecard by metric, topics and analysts of one company", async () => {
    const data = await run("CompanyDashboard");
    const { company } = data;
    expect(company.periods.length).toBeGreaterThan(1);
    expect(company.metrics.map((m: any) => m.metric.name)).toContain("revenue");
    const withValue = company.metricSeries.filter((p: any) => p.value !== null);
    expect(withValue.length).toBeGreaterThan(0);
    for (const point of withValue) expect(point.headline.value ?? null).not.toBeNull();
    const revenue = data.guidanceSummary.nodes.find((n: any) => n.metric.name === "revenue");
    expect(revenue.resolved).toBeGreaterThan(0);
    expect(revenue.beat + revenue.met + revenue.missed).toBeLessThanOrEqual(revenue.resolved);
    expect(data.topTopics.nodes.length).toBeGreaterThan(0);
    expect(company.analysts.nodes.length).toBeGreaterThan(0);
  });

  it("Pickers: companies, quarters and the metric catalog with units and definitions", async () => {
    const data = await run("Pickers");
    expect(data.companies.nodes.length).toBeGreaterThan(0);
    expect(data.periods.every((p: any) => /^\d{4}-Q[1-4]$/.test(p.label))).toBe(true);
    const revenue = data.metrics.nodes.find((m: any) => m.name === "revenue");
    expect(revenue).toMatchObject({ unit: "MONEY", higherIsBetter: true, aliases: expect.arrayContaining(["sales"]) });
    expect(revenue.definition).toMatch(/revenue/i);
    expect(revenue.factCount).toBeGreaterThan(0);
  });

  it("MetricAcrossCompanies: one headline per company and period, latest value first", async () => {
    const { metricSeries } = await run("MetricAcrossCompanies");
    expect(metricSeries.nodes.length).toBeGreaterThan(0);
    for (const series of metricSeries.nodes) {
      const labels = series.points.map((p: any) => p.periodLabel);
      expect(new Set(labels).size).toBe(labels.length);
      for (const point of series.points) if (point.value !== null) expect(point.headline).not.toBeNull();
    }
    const latest = metricSeries.nodes.map((s: any) => s.latest?.value).filter((v: any) => v != null);
    expect(latest).toEqual([...latest].sort((a: number, b: number) => b - a));
  });

  it("GuidanceSummary and FactsTable: counts that add up, and facts of one kind in a window", async () => {
    const { guidanceSummary } = await run("GuidanceSummary", { companies: ["Larkspur"] });
    expect(guidanceSummary.nodes.length).toBeGreaterThan(0);
    for (const n of guidanceSummary.nodes) {
      expect(n.resolved + n.open).toBe(n.guided);
      if (n.beatRate !== null) expect(n.beatRate + n.metRate + n.missRate).toBeCloseTo(1, 9);
    }
    const { facts } = await run("FactsTable", { from: "2025-Q1", to: "2025-Q2" });
    expect(facts.nodes.length).toBeGreaterThan(0);
    expect(facts.nodes.every((f: any) => ["2025-Q1", "2025-Q2", "2025-H1"].includes(f.periodLabel) && f.scope === "company")).toBe(true);
  });

  it("Calls: a window of periods, oldest first", async () => {
    const { calls } = await run("Calls", { companies: ["Larkspur", "LRKN"], from: "2024-Q4", to: "2025-Q2" });
    expect(calls.nodes.map((c: any) => c.periodLabel)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
    expect(calls.nodes.every((c: any) => !c.sourceName.includes("/"))).toBe(true);
  });

  it("MetricSeries: actuals and guidance side by side", async () => {
    const { company } = await run("MetricSeries", { company: "LRKN" }); // by ticker: other test files leave other Larkspurs in the shared database
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
    expect(topic.askers.nodes.length).toBeGreaterThan(0);
  });

  it("TopTopics, Analysts, Search, CallDetail and CoverageNetwork return data", async () => {
    expect((await run("TopTopics")).topTopics.nodes.length).toBeGreaterThan(0);
    const analysts = (await run("Analysts")).analysts.nodes;
    expect(analysts.length).toBeGreaterThan(0);
    expect(analysts.every((a: any) => a.analyst.topicsAskedAbout.nodes.length > 0)).toBe(true);
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
