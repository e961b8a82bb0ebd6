import { auditServer } from "graphql-http";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/api/limits.js";
import { startTestApi, TEST_API_KEY, type TestApi } from "./api-harness.js";

// What a hostile or careless client sends, and what it gets: limits that bind whatever the
// variables, syntax errors as client errors, a clean 413. None of it needs data.
describe("the API under abuse", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  describe("the cost limit", () => {
    // The bomb of issue 15: page sizes passed as variables, which graphql-armor's cost rule did
    // not read (each `first: $n` counted 1), so this ran and returned 83 MB in 52 s.
    const bomb = `query Bomb($n: Int) { ${Array.from(
      { length: 15 },
      (_, i) => `a${i}: searchTurns(query: "the", first: $n) { nodes { turn { call { turns(first: $n) { nodes { text } } } } } }`,
    ).join(" ")} }`;

    it("refuses the variable-`first` bomb before running it, naming the limit", async () => {
      const started = performance.now();
      const response = await t.gql(bomb, { n: 100 });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.message).toMatch(new RegExp(`^Query cost limit of ${LIMITS.maxCost} exceeded, found \\d+ `));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "cost", max: LIMITS.maxCost });
    });

    it("costs a variable page size by its value, and an absent one by the default page size", async () => {
      // companies(first: F) { nodes { name } } costs (2 + 1.5 × (2 + 1.5 × 1)) × F = 7.25 F.
      const query = "query($n: Int) { companies(first: $n) { nodes { name } } }";
      const fitting = Math.floor(LIMITS.maxCost / 7.25);
      // Under the cost limit, the page-size rule is what answers (at most 100).
      expect((await t.gql(query, { n: fitting })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const over = await t.gql(query, { n: fitting + 1 });
      expect(over.errors?.[0]?.message).toMatch(`found ${Math.ceil((fitting + 1) * 7.25)} `);
      // Costs are remembered per document and variables: asked again, each answers as the first time.
      expect((await t.gql(query, { n: fitting + 1 })).errors?.[0]?.message).toBe(over.errors?.[0]?.message);
      expect((await t.gql(query, { n: 3 })).errors).toBeUndefined();
      // Without `first`, a connection returns 20 items, and is costed so: 20 × 20 × 20 turns.
      const nested = await t.gql("{ companies { nodes { calls { nodes { turns { nodes { text } } } } } } }");
      expect(nested.errors?.[0]?.extensions).toMatchObject({ limit: "cost" });
      // A default in the operation counts as the value.
      const defaulted = await t.gql("query($n: Int = 40000) { companies(first: $n) { nodes { name } } }");
      expect(defaulted.errors?.[0]?.extensions).toMatchObject({ limit: "cost" });
    });

    it("leaves variables that do not fit their types to Apollo's own error", async () => {
      const response = await t.gql("query($n: Int!) { companies(first: $n) { nodes { name } } }", { n: "many" });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toMatch(/\$n/);
    });
  });

  describe("syntax errors and the token limit", () => {
    it("answers a syntax error with 400 GRAPHQL_PARSE_FAILED and graphql-js's message", async () => {
      const response = await t.gql("{ companies { nodes { name } ");
      expect(response.status).toBe(400);
      expect(response.errors?.[0]).toMatchObject({ message: "Syntax Error: Expected Name, found <EOF>.", extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    });

    it("answers it with 200 to a client that accepts only application/json, as the GraphQL-over-HTTP spec says", async () => {
      const response = await fetch(t.api.url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: "{" }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "GRAPHQL_PARSE_FAILED" } }] });
    });

    it("refuses a document over the token limit with an error that names the limit", async () => {
      const response = await t.gql(`{ ${"__typename ".repeat(LIMITS.maxTokens + 1)}}`);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.message).toBe(`Token limit of ${LIMITS.maxTokens} exceeded: the document has more than ${LIMITS.maxTokens} tokens`);
      expect(response.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "tokens", max: LIMITS.maxTokens });
    });

    it("passes graphql-http's audit with no error and no warning", async () => {
      const results = await auditServer({ url: `${t.api.url}graphql`, fetchFn: fetch });
      const problems = results.filter((r) => r.status === "error" || r.status === "warn").map((r) => `${r.status} ${r.name}: ${"reason" in r ? r.reason : ""}`);
      expect(problems).toEqual([]);
    });
  });

  for (const declared of [true, false]) {
    it(`answers a body over the limit with 413 and no connection reset, to a client still sending it (${declared ? "with" : "without"} content-length)`, async () => {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const total = LIMITS.maxBodyBytes + 11 * 1024 * 1024;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (declared) headers["content-length"] = String(total);
      const socketErrors: string[] = [];
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(t.api.url, { method: "POST", headers }, (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          // The client goes on sending until the server has read (and dropped) the rest; a reset
          // would show as an error on the request after the answer.
          res.on("end", () => req.once("close", () => resolve({ status: res.statusCode ?? 0, body: text })));
          res.on("error", reject);
        });
        req.on("error", (error: NodeJS.ErrnoException) => socketErrors.push(error.code ?? error.message));
        let sent = 0;
        const write = () => {
          while (sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once("drain", write);
          }
          req.end();
        };
        write();
      });
      expect(socketErrors).toEqual([]);
      expect(status).toBe(413);
      expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: "REQUEST_TOO_LARGE" } }] });
    });
  }

  it("answers /health within 1 s while a 1 MB figure-heavy transcript is being ingested", async () => {
    // The shape that blocked /health (issue 15: a 256 KB ingestTranscript blocked it for 23 s), at 1 MB: 6,000 figures, four
    // times the density of the calls in corpus/ (1,500 a megabyte); parsing and extracting it alone takes 3.5 s on this 2-core
    // machine. (A megabyte of nothing but figures, 66,000, took 22 s alone and 30 s in this test, the edge of the 30 s time
    // budget: CI failed on it; 15,400 figures still took 18 s of the test on a slow day.)
    const sentences = "Revenue was $1.2 billion, up 5%. We continued to invest in our network, our products and our people across every region this quarter, and our teams executed well against a demanding backdrop. Customers in every end market told us the same story about supply, labor and the pace of their own projects, and we expect that to continue. ";
    const text = `Ann Exec: ${sentences.repeat(3_000)}`;
    expect(text.length).toBeGreaterThan(990_000);
    const mutation = `mutation($text: String!) { ingestTranscript(text: $text, fileName: "figures.txt", format: "speaker-log") { status turns } }`;
    let done = false;
    const ingest = t.gql(mutation, { text }, { "x-api-key": TEST_API_KEY }).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${t.api.url}health`);
      latencies.push(performance.now() - started);
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await ingest;
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ ingestTranscript: { status: "loaded", turns: 1 } });
    expect(latencies.length).toBeGreaterThan(3);
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  });

  it("reports the database's state on /health", async () => {
    const response = await fetch(`${t.api.url}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });
});
