import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/load/ingest.js";
import { exampleOperations, sharedDir, startTestApi, type TestApi } from "./api-harness.js";

const largeJson = resolve(sharedDir, "corpus-large/json-2018-2022");
const truthDir = resolve(sharedDir, "gold/truth");
// Four companies of the truth set, every call of theirs in corpus-large (five each, 2019 to 2021).
const TICKERS = ["XYL", "DOV", "SKX", "MAN"];
// Loaded after the first page of a paging test, to show that a keyset cursor keeps its place.
const LATE_FILE = "GHL_q1_2021.json";

const inWindow = (label: string, from: string, to: string) => label >= from && label <= to;

// Every capability of issue 13 through its example operation in schema/examples.graphql, over HTTP
// of the real server, with real calls of ../shared/corpus-large loaded by the real load stage.
describe.skipIf(!existsSync(largeJson))("the dashboard operations over real calls of corpus-large", () => {
  let t: TestApi;
  const examples = exampleOperations();

  beforeAll(async () => {
    t = await startTestApi();
    const files = readdirSync(largeJson).filter((f) => TICKERS.some((ticker) => f.startsWith(`${ticker}_`)));
    expect(files.length).toBe(20);
    const summary = await ingestPaths(t.db, { paths: files.map((f) => resolve(largeJson, f)), concurrency: 2 });
    expect(summary.failed).toEqual([]);
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  async function run(name: string, variables: Record<string, unknown> = {}) {
    const operation = examples.get(name);
    if (operation === undefined) throw new Error(`Expected an operation ${name} in schema/examples.graphql, found none`);
    const response = await t.gql(operation, variables);
    expect(response.errors, name).toBeUndefined();
    return response.data as any;
  }

  it("windows: calls, facts, the scorecard, top topics and search all keep to a period window", async () => {
    const [from, to] = ["2020-Q4", "2021-Q2"];
    const { calls } = await run("Calls", { companies: TICKERS, from, to });
    expect(calls.nodes.length).toBeGreaterThan(5);
    expect(calls.nodes.every((c: any) => inWindow(c.periodLabel, from, to))).toBe(true);
    const all = await run("Calls", { companies: TICKERS });
    expect(all.calls.totalCount).toBe(20);
    expect(calls.totalCount).toBe(all.calls.nodes.filter((c: any) => inWindow(c.periodLabel, from, to)).length);

    const { facts } = await run("FactsTable", { companies: TICKERS, from: "2021-Q1", to: "2021-FY", kind: "GUIDANCE" });
    expect(facts.nodes.length).toBeGreaterThan(0);
    expect(facts.nodes.every((f: any) => f.periodLabel.startsWith("2021-"))).toBe(true);

    const card = await t.gql(`query($c: [String!]) { guidanceScorecard(filter: { companies: $c, period: { from: "2021-Q1", to: "2021-Q4", kind: QUARTER } }, first: 100) {
      nodes { guidance { periodLabel } } } }`, { c: TICKERS });
    expect(card.data!.guidanceScorecard.nodes.length).toBeGreaterThan(0);
    expect(card.data!.guidanceScorecard.nodes.every((n: any) => /^2021-Q[1-4]$/.test(n.guidance.periodLabel))).toBe(true);

    const { topTopics } = await run("TopTopics", { companies: TICKERS, from: "2021-Q1", to: "2021-Q1" });
    expect(topTopics.nodes.length).toBeGreaterThan(0);

    const search = await t.gql(`{ searchTurns(query: "guidance", filter: { period: { is: "Q1 2021" } }, first: 50) { nodes { turn { call { periodLabel } } } } }`);
    expect(search.data!.searchTurns.nodes.length).toBeGreaterThan(0);
    expect(search.data!.searchTurns.nodes.every((n: any) => n.turn.call.periodLabel === "2021-Q1")).toBe(true);
  });

  it("dates: calls of a date window, and none without a stated date", async () => {
    const dated = (await run("Calls", { companies: TICKERS })).calls.nodes.filter((c: any) => c.date !== null);
    const window = await run("Calls", { companies: TICKERS, dateFrom: "2020-01-01", dateTo: "2022-12-31" });
    expect(window.calls.nodes.map((c: any) => c.date).sort()).toEqual(dated.map((c: any) => c.date).sort());
  });

  it("one metric across companies: one headline value per company and period, latest value first", async () => {
    const { metricSeries } = await run("MetricAcrossCompanies", { metric: "Revenue", companies: TICKERS, first: 10 });
    expect(metricSeries.totalCount).toBe(TICKERS.length);
    const names = metricSeries.nodes.map((s: any) => s.company.name);
    expect(new Set(names).size).toBe(TICKERS.length);
    for (const series of metricSeries.nodes) {
      const labels = series.points.map((p: any) => p.periodLabel);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.every((l: string) => /-Q[1-4]$/.test(l))).toBe(true);
      for (const point of series.points) {
        if (point.headline === null) continue;
        // The headline is one of the point's own candidates.
        expect([...point.actuals, ...point.priors].map((f: any) => f.value)).toContain(point.value);
      }
    }
    const latest = metricSeries.nodes.map((s: any) => s.latest?.value ?? null);
    const known = latest.filter((v: number | null) => v !== null);
    expect(known).toEqual([...known].sort((a: number, b: number) => b - a));
    expect(latest.slice(known.length).every((v: number | null) => v === null)).toBe(true);
  });

  it("scorecard aggregates: counts that add up, rates, surprise, and the order asked for", async () => {
    const { guidanceSummary } = await run("GuidanceSummary", { companies: TICKERS, first: 100 });
    expect(guidanceSummary.nodes.length).toBeGreaterThan(3);
    for (const n of guidanceSummary.nodes) {
      expect(n.resolved + n.open).toBe(n.guided);
      expect(n.beat + n.met + n.missed).toBeLessThanOrEqual(n.resolved);
      if (n.beatRate !== null) expect(n.beatRate).toBeCloseTo(n.beat / (n.beat + n.met + n.missed), 12);
    }
    const rates = guidanceSummary.nodes.map((n: any) => n.beatRate).filter((r: number | null) => r !== null);
    expect(rates).toEqual([...rates].sort((a: number, b: number) => b - a));

    const byCompany = await t.gql(`query($c: [String!]) { guidanceSummary(filter: { companies: $c }, groupBy: [COMPANY]) { nodes { company { ticker } guided resolved } } }`, { c: TICKERS });
    const card = await t.gql(`query($c: [String!]) { guidanceScorecard(filter: { companies: $c }, first: 1) { totalCount } }`, { c: TICKERS });
    const guided = byCompany.data!.guidanceSummary.nodes.reduce((sum: number, n: any) => sum + n.guided, 0);
    expect(guided).toBe(card.data!.guidanceScorecard.totalCount);

    const bySurprise = await t.gql(`query($c: [String!]) { guidanceScorecard(filter: { companies: $c, resolved: true }, orderBy: { field: SURPRISE }, first: 100) {
      nodes { guidance { low high value } actual { value } surprise { percent rangeWidths } } } }`, { c: TICKERS });
    const outcomes = bySurprise.data!.guidanceScorecard.nodes;
    expect(outcomes.length).toBeGreaterThan(0);
    const percents = outcomes.map((o: any) => o.surprise.percent).filter((p: number | null) => p !== null);
    expect(percents).toEqual([...percents].sort((a: number, b: number) => b - a));
    for (const o of outcomes) {
      const mid = o.guidance.value ?? (o.guidance.low + o.guidance.high) / 2;
      if (mid !== 0) expect(o.surprise.percent).toBeCloseTo(((o.actual.value - mid) * 100) / Math.abs(mid), 6);
    }
  });

  it("a topic's trend per company, and the top topics of a window", async () => {
    const top = await t.gql(`query($c: [String!]) { topTopics(filter: { companies: $c }, orderBy: { field: COMPANIES }, first: 1) { nodes { topic { name } companies } } }`, { c: TICKERS });
    const [shared] = top.data!.topTopics.nodes;
    expect(shared.companies).toBeGreaterThan(1);
    const whole = await run("TopicTrend", { topic: shared.topic.name });
    const byCompany = whole.topic.mentionsByCompany.nodes;
    expect(byCompany.length).toBeGreaterThan(1);
    const first = await t.gql(`query($t: String!) { topic(ref: $t) { mentionsByCompany(first: 1) { nodes { company { id name } mentions } } } }`, { t: shared.topic.name });
    const [leader] = first.data!.topic.mentionsByCompany.nodes;
    const one = await run("TopicTrend", { topic: shared.topic.name, companies: [leader.company.id] });
    const perPeriod = one.topic.mentionsByPeriod;
    expect(perPeriod.reduce((sum: number, p: any) => sum + p.mentions, 0)).toBe(leader.mentions);
    const all = whole.topic.mentionsByPeriod.reduce((sum: number, p: any) => sum + p.mentions, 0);
    expect(all).toBeGreaterThan(leader.mentions);
  });

  it("analysts ranked by Q&A slots, overall and per company", async () => {
    const { analysts } = await run("Analysts", { topic: null, companies: TICKERS });
    expect(analysts.nodes.length).toBeGreaterThan(5);
    const slots = analysts.nodes.map((a: any) => a.exchanges);
    expect(slots).toEqual([...slots].sort((a: number, b: number) => b - a));
    expect(analysts.nodes.every((a: any) => a.calls >= 1 && a.companies >= 1)).toBe(true);

    const { company } = await run("CompanyDashboard", { company: "XYL", from: "2019-Q1", to: "2021-Q4" });
    const ranked = company.analysts.nodes;
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.map((a: any) => a.exchanges)).toEqual([...ranked.map((a: any) => a.exchanges)].sort((a: number, b: number) => b - a));
    expect(ranked.every((a: any) => a.calls <= 5)).toBe(true);
  });

  it("the catalog: a company's periods, the metrics known with unit and definition", async () => {
    const { company } = await run("CompanyDashboard", { company: "DOV", from: "2019-Q1", to: "2021-Q4" });
    const { calls } = await run("Calls", { companies: ["DOV"] });
    expect(calls.nodes).toHaveLength(5);
    expect(company.periods.map((p: any) => p.label)).toEqual(expect.arrayContaining(calls.nodes.map((c: any) => c.periodLabel)));
    const { metrics, periods, companies } = await run("Pickers", { first: 100 });
    expect(companies.nodes.map((c: any) => c.ticker)).toEqual(expect.arrayContaining(TICKERS));
    expect(periods.length).toBeGreaterThan(4);
    const revenue = metrics.nodes.find((m: any) => m.name === "revenue");
    expect(revenue).toMatchObject({ unit: "MONEY", higherIsBetter: true });
    // Xylem's five calls give revenue only as growth rates (labelled so in ../shared/gold/truth), so
    // three of the four companies state a revenue level.
    expect(revenue.companyCount).toBeGreaterThanOrEqual(TICKERS.length - 1);
    expect(revenue.companyCount).toBeLessThanOrEqual(companies.nodes.length);
    expect(metrics.nodes.every((m: any) => m.definition !== null)).toBe(true);
  });

  it("fact quality: every fact has a scope and a confidence, and the filters hold", async () => {
    const all = await run("FactsTable", { companies: TICKERS, kind: null, minConfidence: 0 });
    expect(all.facts.totalCount).toBeGreaterThan(100);
    for (const f of all.facts.nodes) {
      expect(f.scope).toBe("company");
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    const sure = await run("FactsTable", { companies: TICKERS, kind: null, minConfidence: 0.75 });
    expect(sure.facts.nodes.every((f: any) => f.confidence >= 0.75)).toBe(true);
    expect(sure.facts.totalCount).toBeLessThanOrEqual(all.facts.totalCount);
    const anyScope = await t.gql(`query($c: [String!]) { facts(filter: { companies: $c }) { totalCount } }`, { c: TICKERS });
    expect(anyScope.data!.facts.totalCount).toBeGreaterThanOrEqual(all.facts.totalCount);
  });

  it("the other example operations answer over these calls", async () => {
    const { company } = await run("MetricSeries", { company: "MAN", metric: "revenue" });
    expect(company.metricSeries.some((p: any) => p.value !== null)).toBe(true);
    const { guidanceScorecard } = await run("GuidanceScorecard", { companies: TICKERS, first: 100 });
    expect(guidanceScorecard.nodes.some((n: any) => n.resolved && n.surprise !== null)).toBe(true);
    const { searchTurns } = await run("Search", { query: "backlog", companies: TICKERS, section: "QA" });
    expect(searchTurns.edges.length).toBeGreaterThan(0);
    expect(searchTurns.edges.every((e: any) => e.node.turn.role !== null)).toBe(true);
    const { calls } = await run("Calls", { companies: ["DOV"] });
    const detail = await run("CallDetail", { companies: ["DOV"], period: calls.nodes[0].periodLabel });
    expect(detail.calls.nodes[0].exchanges.length).toBeGreaterThan(0);
    expect((await run("CoverageNetwork", { first: 100 })).companies.nodes.length).toBeGreaterThanOrEqual(TICKERS.length);
  });

  it("the scorecard across calls agrees with the labelled guidance outcomes of ../shared/gold/truth", async () => {
    // Each labelled pair: guidance given in one call, resolved in the next. Metric names fold growth
    // rates into their measure as the labels do ("revenue_growth" is the growth of "revenue"; organic growth is its own).
    const canon = (metric: string) => (metric.endsWith("_growth") && metric !== "organic_growth" ? metric.slice(0, -"_growth".length) : metric);
    const labelled = readdirSync(truthDir).filter((f) => TICKERS.some((ticker) => f.startsWith(`${ticker}_`)))
      .flatMap((f) => (JSON.parse(readFileSync(resolve(truthDir, f), "utf8")).guidanceOutcomes ?? []).map((o: any) => ({ ...o, ticker: f.split("_")[0] })));
    expect(labelled.length).toBeGreaterThanOrEqual(6);
    const found: string[] = [];
    for (const [ticker, period] of [...new Set(labelled.map((o: any) => `${o.ticker} ${o.period}`))].map((k: string) => k.split(" "))) {
      const card = await t.gql(`query($c: [String!], $p: String!) { guidanceScorecard(filter: { companies: $c, period: { is: $p }, resolved: true }, first: 100) {
        nodes { position verdict guidance { metricName low high value call { periodLabel } } actual { metricName value call { periodLabel } } } } }`, { c: [ticker], p: period });
      expect(card.errors).toBeUndefined();
      for (const n of card.data!.guidanceScorecard.nodes) {
        // Every outcome the graph resolves for a labelled period is one of the labelled ones, placed and judged as labelled.
        const label = labelled.find((o: any) => o.ticker === ticker && o.period === period && canon(o.metric) === canon(n.guidance.metricName));
        expect(label, `${ticker} ${period} ${n.guidance.metricName}: resolved, but no labelled outcome`).toBeDefined();
        expect({ position: n.position, verdict: n.verdict }, `${ticker} ${period} ${n.guidance.metricName}`).toEqual({ position: label.position.toUpperCase(), verdict: label.verdict.toUpperCase() });
        found.push(`${ticker} ${period} ${canon(n.guidance.metricName)}`);
      }
    }
    // The labels' weak cases (an operating-margin midpoint implied by a change in points) need not be found.
    expect(found.length).toBeGreaterThanOrEqual(labelled.filter((o: any) => !/\bweak\b/i.test(o.note ?? "")).length);
  });

  it("consistent lists: keyset cursors keep their place while calls are loaded", async () => {
    const page = (after: string | null) =>
      t.gql(`query($after: String) { calls(first: 7, after: $after, orderBy: { field: PERIOD, direction: ASC }) {
        nodes { id periodLabel } pageInfo { hasNextPage endCursor } } }`, { after });
    const first = (await page(null)).data!.calls;
    await ingestPaths(t.db, { paths: [resolve(largeJson, LATE_FILE)] });
    const seen = [...first.nodes];
    let after = first.pageInfo.endCursor;
    for (let i = 0; i < 20 && after !== null; i += 1) {
      const next = (await page(after)).data!.calls;
      seen.push(...next.nodes);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    const ids = seen.map((c: any) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const quarters = seen.map((c: any) => c.periodLabel ?? "");
    expect(quarters.filter((q: string) => q !== "")).toEqual([...quarters.filter((q: string) => q !== "")].sort());
    const wrong = await t.gql(`query($after: String) { calls(after: $after, orderBy: { field: DATE }) { totalCount } }`, { after: first.pageInfo.endCursor });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
