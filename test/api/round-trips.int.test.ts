import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/load/ingest.js";
import { startTestApi, type TestApi } from "./api-harness.js";
import { corpusDir, hasCorpus } from "./paths.js";

// calls(first: 10): the corpus has at most a few calls per company, and 50 × 50 calls with their
// exchanges is over the cost limit, which counts a variable page size by its value.
const nested = `query($first: Int!) {
  companies(first: $first) {
    totalCount
    nodes {
      name
      calls(first: 10) {
        nodes {
          periodLabel
          exchanges { index analyst { name firm { name } } }
        }
      }
    }
  }
}`;

// Per-request batching: the statements an operation sends depend on its shape, not on how many
// objects it returns.
describe.skipIf(!hasCorpus)("database round trips with ../shared/corpus loaded", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
    const summary = await ingestPaths(t.db, { paths: [corpusDir], concurrency: 2 });
    expect(summary.loaded + summary.unchanged).toBeGreaterThan(10);
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  async function roundTrips(first: number) {
    const before = t.db.statementCount;
    const response = await t.gql(nested, { first });
    expect(response.errors).toBeUndefined();
    return { trips: t.db.statementCount - before, data: response.data as any };
  }

  it("are the same for companies(first: 2) and companies(first: 50)", async () => {
    const few = await roundTrips(2);
    const many = await roundTrips(50);
    const count = (data: any) => {
      const calls = data.companies.nodes.flatMap((c: any) => c.calls.nodes);
      const exchanges = calls.flatMap((c: any) => c.exchanges);
      return { companies: data.companies.nodes.length, calls: calls.length, exchanges: exchanges.length };
    };
    expect(count(few.data).companies).toBe(2);
    expect(count(many.data).companies).toBeGreaterThan(5);
    expect(count(many.data).exchanges).toBeGreaterThan(count(few.data).exchanges);
    expect(many.trips).toBe(few.trips);
    // page + count, calls, exchanges, analysts, employers.
    expect(many.trips).toBe(6);
  });

  it("sorts companies by their number of calls and calls by period, both ways", async () => {
    const { data } = await t.gql(`{
      byCalls: companies(first: 100, orderBy: { field: CALLS, direction: DESC }) { nodes { name calls { totalCount } } }
      byName: companies(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { name } }
      oldest: calls(first: 100, orderBy: { field: PERIOD, direction: ASC }) { nodes { fiscalYear fiscalQuarter } }
    }`);
    const counts = data!.byCalls.nodes.map((c: any) => c.calls.totalCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(counts[0]).toBeGreaterThan(1);
    const names = data!.byName.nodes.map((c: any) => c.name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
    const periods = data!.oldest.nodes.filter((c: any) => c.fiscalYear !== null).map((c: any) => c.fiscalYear * 10 + (c.fiscalQuarter ?? 0));
    expect(periods).toEqual([...periods].sort((a: number, b: number) => a - b));
  });
});
