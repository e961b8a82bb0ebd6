import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths, ingestText } from "../../src/load/ingest.js";
import { toGlobalId } from "../../src/api/global-id.js";
import { corpusDir, hasCorpus, hasReference, referenceTranscript, sharedDir, startTestApi, type TestApi } from "./api-harness.js";

const largeJson = resolve(sharedDir, "corpus-large/json-2018-2022");

// A speaker-less call that names no company anywhere: written for this test.
const NAMELESS_CALL = [
  "Good afternoon and thank you for joining the conference call. Revenue for the quarter grew eleven percent,",
  "and gross margin improved as the zephyrine product line shipped in volume. Our outlook for the next quarter",
  "calls for revenue between forty and forty two million dollars. Operating expenses were flat and analysts",
  "asked about the zephyrine ramp, the backlog and the margin outlook. We expect fiscal results to improve as",
  "volumes grow. Thank you for your questions. This concludes the call, and we look forward to talking again",
  "next quarter about results, guidance and the outlook for the year ahead.",
].join(" ");

// The defects of issue 13, each asked the way a dashboard builder ran into it, over HTTP of the real server.
describe.skipIf(!hasReference)("API defects a dashboard builder ran into", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
    await ingestText(t.db, { text: readFileSync(referenceTranscript), fileName: "calix-2015-q2.txt" });
    await ingestText(t.db, { text: NAMELESS_CALL, fileName: "nameless-call.txt" });
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  it("refuses an empty company reference instead of answering some company", async () => {
    for (const ref of ["", "   "]) {
      const response = await t.gql(`query($ref: String!) { company(ref: $ref) { name } }`, { ref });
      expect(response.errors?.[0]).toMatchObject({
        message: `Expected a company reference (ticker, name, alias, graph id or global id), found ${JSON.stringify(ref)}`,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
  });

  it("answers an unknown company, topic or metric in a filter with NOT_FOUND naming it", async () => {
    const cases: [string, string][] = [
      [`{ calls(filter: { companies: ["Nonesuch Widgets"] }) { totalCount } }`, `No company matches "Nonesuch Widgets"`],
      [`{ analysts(filter: { topic: "Quantum Basket Weaving" }) { totalCount } }`, `No topic matches "Quantum Basket Weaving"`],
      [`{ guidanceScorecard(filter: { metrics: ["widget_velocity"] }) { totalCount } }`, `No metric matches "widget_velocity"`],
      [`{ company(ref: "Calix") { metricSeries(metric: "widget_velocity") { periodLabel } } }`, `No metric matches "widget_velocity"`],
      [`{ searchTurns(query: "vectoring", filter: { companies: ["Nonesuch Widgets"] }) { totalCount } }`, `No company matches "Nonesuch Widgets"`],
      [`{ topTopics(filter: { companies: ["Nonesuch Widgets"] }) { totalCount } }`, `No company matches "Nonesuch Widgets"`],
    ];
    for (const [query, message] of cases) {
      const response = await t.gql(query);
      expect(response.errors?.[0]?.extensions?.code, query).toBe("NOT_FOUND");
      expect(response.errors?.[0]?.message, query).toContain(message);
    }
  });

  it("matches metric names without case and by alias", async () => {
    const series = async (metric: string) => {
      const response = await t.gql(`query($m: String!) { company(ref: "Calix") { metricSeries(metric: $m) { periodLabel actuals { value } } } }`, { m: metric });
      expect(response.errors).toBeUndefined();
      return response.data!.company.metricSeries;
    };
    const revenue = await series("revenue");
    expect(revenue.length).toBeGreaterThan(0);
    expect(await series("Revenue")).toEqual(revenue);
    expect(await series("sales")).toEqual(revenue);
    expect(await series("Gross Margin")).toEqual(await series("gross_margin"));
  });

  it("validates and normalises period filters", async () => {
    const calls = (period: string) =>
      t.gql(`query($p: String!) { calls(filter: { companies: ["Calix"], period: { is: $p } }) { totalCount nodes { periodLabel } } }`, { p: period });
    for (const form of ["2015-Q2", "2015-q2", "Q2 2015", "2015Q2", "q2-2015"]) {
      const response = await calls(form);
      expect(response.errors, form).toBeUndefined();
      expect(response.data!.calls.totalCount, form).toBe(1);
      expect(response.data!.calls.nodes[0].periodLabel).toBe("2015-Q2");
    }
    for (const bad of ["2015-Q9", "Q2", "summer 2015", "2015-H3"]) {
      const response = await calls(bad);
      expect(response.errors?.[0]?.extensions?.code, bad).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toBe(
        `Expected a fiscal period such as 2015-Q2, Q2 2015, 2015Q2, FY2015, 2015-FY, 2015-H1, H1 2015 or 2015-9M, found ${JSON.stringify(bad)}`,
      );
    }
  });

  it("lists and finds a call whose company is unknown", async () => {
    const { data } = await t.gql(`{ calls(first: 100) { nodes { companyName sourceName company { name } } } }`);
    const nameless = data!.calls.nodes.find((c: any) => c.sourceName === "nameless-call.txt");
    expect(nameless).toMatchObject({ companyName: null, company: null });
    const search = await t.gql(`{ searchTurns(query: "zephyrine") { totalCount nodes { turn { call { sourceName } } } } }`);
    expect(search.errors).toBeUndefined();
    expect(search.data!.searchTurns.nodes.map((n: any) => n.turn.call.sourceName)).toContain("nameless-call.txt");
  });

  it.skipIf(!hasCorpus)("takes a plain-text call's company from its opening (Arista Networks)", async () => {
    await ingestPaths(t.db, { paths: [resolve(corpusDir, "plain/arista-networks-2024-q1.txt")] });
    const { data } = await t.gql(`{ searchTurns(query: "Arista", first: 5) { nodes { turn { call { companyName company { name } periodLabel } } } } }`);
    const calls = data!.searchTurns.nodes.map((n: any) => n.turn.call);
    expect(calls).toContainEqual({ companyName: "Arista Networks", company: { name: "Arista Networks" }, periodLabel: "2024-Q1" });
  });

  it("answers nodes(ids:) item by item: a malformed id is null with its own error", async () => {
    const { data: calls } = await t.gql(`{ calls(filter: { companies: ["Calix"] }) { nodes { id } } }`);
    const good = calls!.calls.nodes[0].id;
    const missing = toGlobalId("Company", "company:no-such-company");
    const response = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [good, "not-an-id", missing] });
    expect(response.data).toEqual({ nodes: [{ id: good }, null, null] });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ["nodes", 1], extensions: { code: "BAD_USER_INPUT" } });
  });

  it("exposes the source file's base name, not the path given at ingest", async () => {
    const { data } = await t.gql(`{ calls(filter: { companies: ["Calix"] }) { nodes { sourceName } } }`);
    expect(data!.calls.nodes[0].sourceName).toBe("calix-2015-q2.txt");
    if (!hasCorpus) return;
    await ingestPaths(t.db, { paths: [resolve(corpusDir, "json/corning-2021-q2.json")] });
    const corning = await t.gql(`{ calls(filter: { companies: ["Corning"] }) { nodes { sourceName } } }`);
    expect(corning.data!.calls.nodes.map((c: any) => c.sourceName)).toEqual(["corning-2021-q2.json"]);
  });

  it.skipIf(!hasCorpus)("fills a JSON call's date where its opening states it", async () => {
    const files = ["PWR_q3_2021.json", "WCN_q2_2021.json", "AKR_q2_2021.json"].map((f) => resolve(largeJson, f));
    await ingestPaths(t.db, { paths: files });
    const { data } = await t.gql(`{ calls(filter: { companies: ["PWR", "WCN", "AKR"] }) { nodes { ticker date format } } }`);
    const dates = Object.fromEntries(data!.calls.nodes.map((c: any) => [c.ticker, c.date]));
    expect(dates).toEqual({ PWR: "2021-11-04", WCN: "2021-08-05", AKR: "2021-07-29" });
  });
});
