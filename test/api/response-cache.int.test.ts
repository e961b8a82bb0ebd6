import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_HEADER } from "../../src/api/http-handler.js";
import { ingestPaths } from "../../src/load/ingest.js";
import { openTestDriver, resetGraph } from "../support/neo4j.js";
import { startTestApi, TEST_API_KEY, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";
import { testConnection } from "./test-connection.js";

const examples = resolve(projectRoot, "examples");
const calls = `query Calls($first: Int!) { calls(first: $first) { totalCount nodes { periodLabel } } }`;

/** `earnings-graph ingest <file>` in a process of its own, over the test database. */
function ingestInAnotherProcess(file: string): Promise<number | null> {
  const { uri, username, password, database } = testConnection();
  const child = spawn(process.execPath, ["--import", "tsx", resolve(projectRoot, "src/cli/main.ts"), "ingest", file], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username ?? "", NEO4J_PASSWORD: password ?? "", NEO4J_DATABASE: database ?? "" },
    stdio: "ignore",
  });
  return new Promise((done) => child.on("exit", (code) => done(code)));
}

// The response cache answers a repeated query from memory until a load changes the graph, in this
// process or any other; then the next request reads the graph again.
describe("the response cache", () => {
  let t: TestApi;

  beforeAll(async () => {
    const driver = openTestDriver();
    await resetGraph(driver);
    await driver.close();
    t = await startTestApi({ responseCache: true });
    const summary = await ingestPaths(t.db, { paths: [resolve(examples, "larkspur-2024-q3.txt"), resolve(examples, "larkspur-2024-q4.txt")] });
    expect(summary.failed).toEqual([]);
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  async function periods(): Promise<{ periods: string[]; cache: string | null; statements: number }> {
    const before = t.db.statementCount;
    const response = await t.post(calls, { first: 10 });
    expect(response.errors).toBeUndefined();
    const page = response.data!.calls;
    expect(page.totalCount).toBe(page.nodes.length);
    return {
      periods: page.nodes.map((c: { periodLabel: string }) => c.periodLabel),
      cache: response.headers.get(CACHE_HEADER),
      statements: t.db.statementCount - before,
    };
  }

  it("answers a repeated query from memory, with one state-token round trip", async () => {
    const first = await periods();
    expect(first).toMatchObject({ periods: ["2024-Q4", "2024-Q3"], cache: "miss" });
    expect(first.statements).toBeGreaterThan(1);
    const second = await periods();
    expect(second).toEqual({ periods: first.periods, cache: "hit", statements: 1 });
  });

  it("reads the graph again after a load by another process", async () => {
    expect((await periods()).cache).toBe("hit");
    expect(await ingestInAnotherProcess(resolve(examples, "larkspur-2025-q2.txt"))).toBe(0);
    const after = await periods();
    expect(after).toMatchObject({ periods: ["2025-Q2", "2024-Q4", "2024-Q3"], cache: "miss" });
    expect((await periods()).cache).toBe("hit");
  }, 120_000);

  it("reads the graph again after a load through the API's own mutation", async () => {
    expect((await periods()).cache).toBe("hit");
    const { readFileSync } = await import("node:fs");
    const ingested = await t.gql(
      `mutation($text: String!) { ingestTranscript(text: $text, fileName: "LRKN_q1_2025.json") { status } }`,
      { text: readFileSync(resolve(examples, "LRKN_q1_2025.json"), "utf8") },
      { "x-api-key": TEST_API_KEY },
    );
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data).toEqual({ ingestTranscript: { status: "loaded" } });
    const after = await periods();
    expect(after).toMatchObject({ periods: ["2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3"], cache: "miss" });
    expect((await periods()).cache).toBe("hit");
  }, 120_000);

  it("never keeps errors or mutations", async () => {
    const bad = `{ company(ref: "") { name } }`;
    for (let i = 0; i < 2; i++) {
      const response = await t.post(bad);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.headers.get(CACHE_HEADER)).toBe("miss");
    }
    const mutation = `mutation { ingestTranscript(text: "", fileName: "x.txt") { status } }`;
    expect((await t.post(mutation)).headers.get(CACHE_HEADER)).toBeNull();
  });
});
