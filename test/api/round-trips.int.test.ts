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
    // page + count, calls, then exchanges with their analysts and employers in one statement.
    expect(many.trips).toBe(4);
  });

  // The dashboard operations of bench/peer/operations.ts, each asked with a page of 1 and of 50:
  // the same statements either way, and as few as the table below says. A company named by name
  // costs two (the exact id/ticker lookup finds nothing, then the name search); by ticker, one.
  // `many` is the larger page (50 unless the cost limit, which counts each nested page at its full
  // size, needs a smaller one); `company: "guidance"` asks about the company with the most guidance.
  const dashboards: { name: string; statements: number; query: string; many?: number; company?: "guidance" | "ticker" }[] = [
    {
      name: "a company's calls with Q&A slots, askers, firms (ref by name, calls, slots with analysts and firms)",
      statements: 4,
      query: `query($company: String!, $first: Int!) {
        company(ref: $company) { calls(first: $first) { nodes { periodLabel exchanges { index analyst { name firm { name } } } } } }
      }`,
    },
    {
      name: "the guidance scorecard (ref by name, page with its count, calls and speakers)",
      statements: 3,
      company: "guidance",
      query: `query($company: String!, $first: Int!) {
        guidanceScorecard(filter: { companies: [$company] }, first: $first) {
          totalCount nodes { guidance { metricName speaker { name } call { periodLabel } } actual { value call { periodLabel } } }
        }
      }`,
    },
    {
      name: "a topic's turns (the topic by graph id with its page, count and calls in one statement)",
      statements: 1,
      query: `query($topic: String!, $first: Int!) {
        topic(ref: $topic) { turns(first: $first) { totalCount nodes { index speakerName call { periodLabel } } } }
      }`,
    },
    {
      name: "an analyst's coverage (the page with firm, coverage, calls and topics in one statement)",
      statements: 1,
      many: 20,
      query: `query($analyst: String!, $first: Int!) {
        analysts(filter: { name: $analyst }, first: $first) {
          nodes { analyst { name firm { name } companiesCovered(first: $first) { nodes { company { name } calls } }
            participations(first: $first) { nodes { role call { periodLabel } } } topicsAskedAbout(first: $first) { nodes { topic { name } } } } }
        }
      }`,
    },
    {
      name: "full-text search with passages (ref by name, page with its count, texts, calls)",
      statements: 5,
      query: `query($company: String!, $first: Int!) {
        searchTurns(query: "margin", filter: { companies: [$company] }, first: $first) { totalCount nodes { score passage turn { index call { periodLabel } } } }
      }`,
    },
    {
      name: "a call's detail (ref by name, page, then participants, slots with topics and turns, facts and topics in one)",
      statements: 4,
      query: `query($company: String!, $first: Int!) {
        calls(filter: { companies: [$company] }, first: $first) {
          nodes { participants { person { name } role } exchanges { index topics { topic { name } count } turns { index speakerName } }
            facts(first: $first) { nodes { metricName } } topics { topic { name } mentions } }
        }
      }`,
    },
    {
      name: "a call's detail by ticker (the page with the lookup, participants, slots, facts and topics in one statement)",
      statements: 1,
      company: "ticker",
      query: `query($company: String!, $first: Int!) {
        calls(filter: { companies: [$company] }, first: $first) {
          nodes { participants { person { name } role } exchanges { index topics { topic { name } count } turns { index speakerName } }
            facts(first: $first) { nodes { metricName } } topics { topic { name } mentions } }
        }
      }`,
    },
  ];

  it.each(dashboards)("$name: the same for a small page and a large one", async ({ query, statements, many: manyFirst = 50, company }) => {
    const subjects = await t.gql(`{
      topics(first: 1) { nodes { graphId } }
      analysts(first: 1, orderBy: { field: CALLS }) { nodes { analyst { name } } }
      guidanceScorecard(first: 100) { nodes { guidance { company { name } } } }
      verizon: company(ref: "Verizon") { ticker }
    }`);
    expect(subjects.errors).toBeUndefined();
    const guided = new Map<string, number>();
    for (const node of subjects.data!.guidanceScorecard.nodes) {
      const name = node.guidance.company?.name;
      if (typeof name === "string") guided.set(name, (guided.get(name) ?? 0) + 1);
    }
    const mostGuided = [...guided].sort((a, b) => b[1] - a[1])[0];
    if (company === "guidance") expect(mostGuided?.[1]).toBeGreaterThan(1);
    const variables = {
      company: company === "guidance" ? mostGuided![0] : company === "ticker" ? subjects.data!.verizon.ticker : "Verizon",
      topic: subjects.data!.topics.nodes[0].graphId,
      analyst: subjects.data!.analysts.nodes[0].analyst.name,
    };
    const trips = async (first: number) => {
      const before = t.db.statementCount;
      const response = await t.gql(query, { ...variables, first });
      expect(response.errors).toBeUndefined();
      return { trips: t.db.statementCount - before, size: JSON.stringify(response.data).length };
    };
    const few = await trips(1);
    const many = await trips(manyFirst);
    expect(many.size).toBeGreaterThan(few.size);
    expect(many.trips).toBe(few.trips);
    expect(many.trips).toBe(statements);
  });

  // The page statements that look a company up themselves (by graph id or ticker) answer what the
  // lookup followed by the page answers, and leave unknown companies and empty pages to it.
  it("answers a company's calls by ticker as by name, with one statement for a call's detail", async () => {
    const detail = `query($company: String!, $period: String) {
      calls(filter: { companies: [$company], period: { is: $period } }, first: 3) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id periodLabel participants { person { name } role } exchanges { index topics { topic { name } count } turns { index } }
          facts(first: 5) { nodes { metricName } } topics { topic { name } mentions } }
      }
    }`;
    const { data: found } = await t.gql(`{ company(ref: "Verizon") { graphId ticker } }`);
    const { graphId, ticker } = found!.company;
    expect(ticker).toMatch(/^[A-Z]+$/);
    const byName = await t.gql(detail, { company: "Verizon", period: null });
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.calls.nodes.length).toBeGreaterThan(0);
    for (const company of [ticker, graphId]) {
      const before = t.db.statementCount;
      const response = await t.gql(detail, { company, period: null });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(byName.data);
      // The page with its lists, then the count.
      expect(t.db.statementCount - before).toBe(2);
    }
    const empty = await t.gql(detail, { company: ticker, period: "1999-Q1" });
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.calls).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
    const unknown = await t.gql(detail, { company: "ZZZZQ", period: null });
    expect(unknown.errors?.[0]?.message).toMatch(/No company matches "ZZZZQ"/);
    expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
  });

  it("answers a company's calls, its scorecard, a search and a topic's turns by graph id or ticker as by name", async () => {
    const { data: found } = await t.gql(`{
      company(ref: "Verizon") { graphId ticker }
      topics(first: 1) { nodes { graphId id name } }
    }`);
    const { graphId, ticker } = found!.company;
    const topic = found!.topics.nodes[0];
    const companyCalls = `query($ref: String!) {
      company(ref: $ref) { name calls(first: 3) { totalCount pageInfo { endCursor } nodes { periodLabel exchanges { index analyst { name firm { name } } } } } }
    }`;
    const scorecard = `query($ref: String!) {
      guidanceScorecard(filter: { companies: [$ref] }, first: 5) { totalCount nodes { guidance { metricName speaker { name } call { periodLabel } } actual { value } } }
    }`;
    const topicTurns = `query($ref: String!, $first: Int) {
      topic(ref: $ref) { name turns(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { index speakerName call { periodLabel } } } }
    }`;
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const before = t.db.statementCount;
      const response = await t.gql(query, variables);
      expect(response.errors).toBeUndefined();
      return { data: response.data, trips: t.db.statementCount - before };
    };
    const callsByName = await ask(companyCalls, { ref: "Verizon" });
    expect(callsByName.data!.company.calls.nodes.length).toBeGreaterThan(0);
    const scorecardByName = await ask(scorecard, { ref: "Verizon" });
    expect(scorecardByName.data!.guidanceScorecard.nodes.length).toBeGreaterThan(0);
    const search = `query($ref: String!) {
      searchTurns(query: "network", filter: { companies: [$ref] }, first: 5) { totalCount nodes { score turn { index speakerName call { periodLabel } } } }
    }`;
    const searchByName = await ask(search, { ref: "Verizon" });
    expect(searchByName.data!.searchTurns.nodes.length).toBeGreaterThan(0);
    for (const ref of [ticker, graphId]) {
      const hits = await ask(search, { ref });
      expect(hits.data).toEqual(searchByName.data);
      // The lookup, the page with its count and the hits' calls in one statement.
      expect(hits.trips).toBe(1);
      const calls = await ask(companyCalls, { ref });
      expect(calls.data).toEqual(callsByName.data);
      // The company with its calls, their slots, analysts and firms in one statement.
      expect(calls.trips).toBe(1);
      // A later page: the slots read along (the newest calls') are not the page's; its loader reads them.
      const after = callsByName.data!.company.calls.pageInfo.endCursor;
      const later = `query($ref: String!, $after: String) { company(ref: $ref) { calls(first: 2, after: $after) { nodes { periodLabel exchanges { index analyst { name firm { name } } } } } } }`;
      expect((await t.gql(later, { ref, after })).data).toEqual((await t.gql(later, { ref: "Verizon", after })).data);
      const card = await ask(scorecard, { ref });
      expect(card.data).toEqual(scorecardByName.data);
      expect(card.trips).toBe(1);
    }
    for (const first of [null, 1, 100]) {
      const byName = await ask(topicTurns, { ref: topic.name, first });
      expect(byName.data!.topic.turns.nodes.length).toBeGreaterThan(0);
      for (const ref of [topic.graphId, topic.id]) {
        const byId = await ask(topicTurns, { ref, first });
        expect(byId.data).toEqual(byName.data);
        expect(byId.trips).toBe(1);
      }
    }
    // Nothing found by id or ticker: the usual lookups answer (null, or NOT_FOUND in a filter).
    expect((await ask(topicTurns, { ref: "topic:no-such-topic", first: 5 })).data).toEqual({ topic: null });
    expect((await ask(companyCalls, { ref: "ZZZZQ" })).data).toEqual({ company: null });
    const unknown = await t.gql(scorecard, { ref: "ZZZZQ" });
    expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
  });

  // analysts-named-with-activity-page.cypher leaves the topics' aliases out; Topic.aliases reads them.
  it("answers the aliases of an analyst's and a call's topics as the topics themselves have them", async () => {
    const { data } = await t.gql(`{ analysts(first: 1, orderBy: { field: CALLS }) { nodes { analyst { name } } } }`);
    const name = data!.analysts.nodes[0].analyst.name;
    const coverage = await t.gql(
      `query($name: String!) { analysts(filter: { name: $name }, first: 1) { nodes { analyst { firm { name } topicsAskedAbout(first: 100) { nodes { topic { id name aliases } } } } } } }`,
      { name },
    );
    expect(coverage.errors).toBeUndefined();
    const topics = coverage.data!.analysts.nodes[0].analyst.topicsAskedAbout.nodes.map((n: any) => n.topic);
    expect(topics.length).toBeGreaterThan(0);
    const { data: direct } = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Topic { id name aliases } } }`, {
      ids: topics.map((topic: any) => topic.id),
    });
    expect(topics).toEqual(direct!.nodes);
    expect(topics.some((topic: any) => topic.aliases.length > 0)).toBe(true);
    // A call's detail by ticker (calls-of-company-refs-with-content-page.cypher) leaves them out too.
    const { data: verizon } = await t.gql(`{ company(ref: "Verizon") { ticker } }`);
    const detail = await t.gql(
      `query($ticker: String!) { calls(filter: { companies: [$ticker] }, first: 5) { nodes { topics { topic { id name aliases } } exchanges { topics { topic { id name aliases } } } } } }`,
      { ticker: verizon!.company.ticker },
    );
    expect(detail.errors).toBeUndefined();
    const callTopics = detail.data!.calls.nodes.flatMap((c: any) => [...c.topics, ...c.exchanges.flatMap((x: any) => x.topics)].map((n: any) => n.topic));
    expect(callTopics.length).toBeGreaterThan(0);
    const { data: same } = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Topic { id name aliases } } }`, {
      ids: callTopics.slice(0, 100).map((topic: any) => topic.id),
    });
    expect(callTopics.slice(0, 100)).toEqual(same!.nodes);
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

  // topic-turns-page.cypher and topic-with-turns-page.cypher read and sort only the turns of the
  // calls that hold the page, and count only when totalCount is selected: every page, in both
  // directions, with and without a company filter, is the whole list sorted (read here straight
  // from Neo4j) cut at the cursor, and the count is the whole list's.
  it("pages a topic's turns as the whole list sorted, counting only when totalCount is selected", async () => {
    const { data } = await t.gql(`{ topics(first: 2) { nodes { graphId name } } }`);
    const sent: { name: string; params: Record<string, unknown> }[] = [];
    const queryWithState = t.db.queryWithState.bind(t.db);
    t.db.queryWithState = (name, params = {}) => {
      sent.push({ name, params });
      return queryWithState(name, params);
    };
    try {
      for (const topic of data!.topics.nodes) {
        const { records } = await t.db.driver.executeQuery(
          `MATCH (:Topic {id: $id})<-[:MENTIONS]-(t:Turn) MATCH (c:Call {id: t.callId})
           RETURN coalesce(c.fiscalYear * 4 + c.fiscalQuarter - 1, -1) AS quarter, c.id AS callId, c.companyId AS company, t.index AS index, t.id AS id`,
          { id: topic.graphId },
          { database: t.db.database },
        );
        const all = records.map((r) => ({ quarter: Number(r.get("quarter")), callId: r.get("callId") as string, company: r.get("company") as string, index: Number(r.get("index")), id: r.get("id") as string }));
        expect(all.length).toBeGreaterThan(20);
        // The API's TopicTurn order: the call's quarter, the call, then speaking order (a call reads
        // in speaking order whichever the direction).
        const byCall = (a: (typeof all)[0], b: (typeof all)[0]) => a.quarter - b.quarter || (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0);
        const ascending = [...all].sort((a, b) => byCall(a, b) || a.index - b.index).map((x) => x.id);
        const newestFirst = (a: (typeof all)[0], b: (typeof all)[0]) => byCall(b, a) || a.index - b.index;
        const descending = [...all].sort(newestFirst).map((x) => x.id);
        // The company by its graph id: a name may be shared by a company another test file loaded.
        const company = all[0]!.company;
        const ofCompany = all.filter((x) => x.company === company).sort(newestFirst).map((x) => x.id);
        const cases = [
          { expected: descending, direction: null, companies: null },
          { expected: ascending, direction: "ASC", companies: null },
          { expected: ofCompany, direction: null, companies: [company] },
        ];
        for (const { expected, direction, companies } of cases) {
          for (const withTotal of [true, false]) {
            const query = `query($ref: String!, $first: Int, $after: String, $orderBy: TopicTurnOrder, $filter: TopicActivityFilter) {
              topic(ref: $ref) { turns(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
                ${withTotal ? "totalCount" : ""} pageInfo { hasNextPage endCursor } nodes { graphId } } }
            }`;
            const seen: string[] = [];
            let after: string | null = null;
            for (let pages = 0; ; pages += 1) {
              expect(pages).toBeLessThan(200);
              sent.length = 0;
              const response: { data?: any; errors?: unknown } = await t.gql(query, {
                ref: topic.graphId,
                first: 7,
                after,
                orderBy: direction === null ? null : { field: "PERIOD", direction },
                filter: companies === null ? null : { companies },
              });
              expect(response.errors).toBeUndefined();
              const turns: any = response.data!.topic.turns;
              if (withTotal) expect(turns.totalCount).toBe(expected.length);
              // Whether the page statement counts is what the request selects.
              const page = sent.filter((s) => s.name.startsWith("api/topic-") && s.name.endsWith("turns-page"));
              expect(page).toHaveLength(1);
              expect((page[0]!.params["keys"] as { withTotal: boolean }[]).map((k) => k.withTotal)).toEqual([withTotal]);
              seen.push(...turns.nodes.map((n: any) => n.graphId));
              expect(turns.pageInfo.hasNextPage).toBe(seen.length < expected.length);
              if (!turns.pageInfo.hasNextPage) break;
              after = turns.pageInfo.endCursor;
            }
            expect(seen).toEqual(expected);
          }
        }
        // The first page read with the topic (topic-with-turns-page.cypher), with and without its count.
        const first = await t.gql(`query($ref: String!) { topic(ref: $ref) { turns(first: 100) { nodes { graphId } } } }`, { ref: topic.graphId });
        expect(first.data!.topic.turns.nodes.map((n: any) => n.graphId)).toEqual(descending.slice(0, 100));
        const counted = await t.gql(`query($ref: String!) { topic(ref: $ref) { turns(first: 100) { ...count nodes { graphId } } } } fragment count on TurnConnection { totalCount }`, {
          ref: topic.graphId,
        });
        expect(counted.data!.topic.turns).toEqual({ totalCount: descending.length, nodes: first.data!.topic.turns.nodes });
      }
    } finally {
      t.db.queryWithState = queryWithState;
    }
  });
});
