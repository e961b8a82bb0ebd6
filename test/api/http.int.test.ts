import { getIntrospectionQuery } from "../../src/api/graphql-js.js";
import { serverAudits } from "graphql-http";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/api/limits.js";
import { startTestApi, TEST_API_KEY, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";

// The HTTP surface and the safety limits, from both sides of each limit. None of this needs data.
describe("the API over HTTP", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it("passes every MUST audit of the GraphQL-over-HTTP suite (graphql-http serverAudits)", async () => {
    const failed: string[] = [];
    for (const audit of serverAudits({ url: `${t.api.url}graphql`, fetchFn: fetch })) {
      const result = await audit.fn();
      if (audit.name.startsWith("MUST") && result.status !== "ok") failed.push(`${audit.name}: ${"reason" in result ? result.reason : ""}`);
    }
    expect(failed).toEqual([]);
  });

  it("serves the Sandbox landing page to a browser at /", async () => {
    const response = await fetch(t.api.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it("answers Sandbox's introspection query within the limits", async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const response = await t.gql(query);
    expect(response.errors).toBeUndefined();
    expect((response.data as any).__schema.queryType.name).toBe("Query");
  });

  it("keeps CSRF prevention on: a simple-content-type POST without a preflight header is refused", async () => {
    const response = await fetch(t.api.url, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  describe("depth", () => {
    it(`passes at ${LIMITS.maxDepth} levels and refuses ${LIMITS.maxDepth + 1} with the limit in the message`, async () => {
      const chain = (n: number) => {
        // companies(1) nodes(2) then alternating calls(3) nodes(4) company(5) calls nodes company ... name
        const parts = ["companies", "nodes"];
        const cycle = ["calls", "nodes", "company"];
        while (parts.length < n - 1) parts.push(cycle[(parts.length - 2) % 3]!);
        const last = parts.at(-1);
        const leaf = last === "calls" ? "totalCount" : last === "nodes" ? "periodLabel" : "name";
        // One item per page, so the cost limit (which counts 20 for an absent `first`) stays out of it.
        const paged = new Set(["companies", "calls"]);
        return parts.reduceRight((inner, field) => `${field}${paged.has(field) ? "(first: 1)" : ""} { ${inner} }`, leaf);
      };
      const under = await t.gql(`{ ${chain(LIMITS.maxDepth)} }`);
      expect(under.errors).toBeUndefined();
      const over = await t.gql(`{ ${chain(LIMITS.maxDepth + 1)} }`);
      expect(over.status).toBe(400);
      expect(over.errors?.[0]?.message).toBe(`Query depth limit of ${LIMITS.maxDepth} exceeded, found ${LIMITS.maxDepth + 1}.`);
    });
  });

  it(`passes ${LIMITS.maxAliases} aliases and refuses ${LIMITS.maxAliases + 1}`, async () => {
    // graphql-armor allows aliases of __typename, so these alias a real field.
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: periods { label }`).join(" ")} }`;
    expect((await t.gql(aliases(LIMITS.maxAliases))).errors).toBeUndefined();
    const over = await t.gql(aliases(LIMITS.maxAliases + 1));
    expect(over.errors?.[0]?.message).toBe(`Aliases limit of ${LIMITS.maxAliases} exceeded, found ${LIMITS.maxAliases + 1}.`);
  });

  it(`refuses a query whose cost is over ${LIMITS.maxCost} and passes one just under`, async () => {
    // companies(first: F) { nodes { name } } costs (2 + 1.5 × (2 + 1.5 × 1)) × F = 7.25 F.
    const cost = (first: number) => first * 7.25;
    const fitting = Math.floor(LIMITS.maxCost / 7.25);
    const under = await t.gql(`{ companies(first: ${fitting}) { nodes { name } } }`);
    // Within the cost limit, the page-size rule is what answers.
    expect(under.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const over = await t.gql(`{ companies(first: ${fitting + 1}) { nodes { name } } }`);
    expect(over.errors?.[0]?.message).toMatch(`Query cost limit of ${LIMITS.maxCost} exceeded, found ${Math.ceil(cost(fitting + 1))} `);
    expect(over.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const multiplied = await t.gql(`{ companies(first: 100) { nodes { calls(first: 100) { nodes { turns(first: 100) { nodes { text } } } } } } }`);
    expect(multiplied.errors?.[0]?.message).toMatch(`Query cost limit of ${LIMITS.maxCost} exceeded`);
  });

  it(`passes ${LIMITS.maxTokens} tokens and refuses more`, async () => {
    // `{ nodes(ids: [` … `]) { id } }` is 12 tokens around the list (commas are not tokens).
    const tokens = (n: number) => `{ nodes(ids: [${Array.from({ length: n - 12 }, (_, i) => `"id${i}"`).join(", ")}]) { id } }`;
    const under = await t.gql(tokens(LIMITS.maxTokens));
    // Past the token limit, the field's own rule (at most 100 ids) is what answers.
    expect(under.errors?.[0]).toMatchObject({ message: `Expected at most 100 ids, found ${LIMITS.maxTokens - 12}`, extensions: { code: "BAD_USER_INPUT" } });
    const over = await t.gql(tokens(LIMITS.maxTokens + 1));
    expect(over.errors?.[0]?.message).toBe(`Token limit of ${LIMITS.maxTokens} exceeded: the document has more than ${LIMITS.maxTokens} tokens`);
  });

  it(`passes ${LIMITS.maxDirectives} directives and refuses more`, async () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => "... @include(if: true) { __typename }").join(" ")} }`;
    expect((await t.gql(directives(LIMITS.maxDirectives))).errors).toBeUndefined();
    const over = await t.gql(directives(LIMITS.maxDirectives + 1));
    expect(over.errors?.[0]?.message).toBe(`Directives limit of ${LIMITS.maxDirectives} exceeded, found ${LIMITS.maxDirectives + 1}.`);
  });

  it(`accepts a body of ${LIMITS.maxBodyBytes} bytes and refuses one byte more with 413`, async () => {
    const post = (bytes: number) => {
      const base = JSON.stringify({ query: "{ __typename }", variables: { pad: "" } });
      const body = base.replace('"pad":""', `"pad":"${"x".repeat(bytes - base.length)}"`);
      expect(Buffer.byteLength(body)).toBe(bytes);
      return fetch(t.api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    };
    const under = await post(LIMITS.maxBodyBytes);
    expect(under.status).toBe(200);
    const over = await post(LIMITS.maxBodyBytes + 1);
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({
      errors: [
        {
          message: `Expected a request body of at most ${LIMITS.maxBodyBytes} bytes, found ${LIMITS.maxBodyBytes + 1} or more`,
          extensions: { code: "REQUEST_TOO_LARGE" },
        },
      ],
    });
  });

  it("answers malformed requests with a clear 4xx and a stable code", async () => {
    const post = (body: string, contentType = "application/json") =>
      fetch(t.api.url, { method: "POST", headers: { "content-type": contentType }, body });
    const badJson = await post('{"query": ');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/^Expected a JSON request body, found invalid JSON/), extensions: { code: "BAD_REQUEST" } }] });
    const latin1 = await post('{"query":"{ __typename }"}', "application/json; charset=latin1");
    expect(latin1.status).toBe(415);
    const elsewhere = await fetch(`${t.api.url}nowhere`);
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
    expect((await fetch(`${t.api.url}health`)).status).toBe(200);
  });

  describe("the write path", () => {
    const fixture = resolve(projectRoot, "test/fixtures/parse/streetevents/larkspur-2024-q3.txt");
    const mutation = `mutation($text: String!, $fileName: String!) { ingestTranscript(text: $text, fileName: $fileName) {
      status turns facts call { companyName periodLabel turnCount } } }`;
    const variables = () => ({ text: readFileSync(fixture, "utf8"), fileName: "larkspur-2024-q3.txt" });

    it("is refused without the key, and with a wrong one, as UNAUTHENTICATED", async () => {
      const attempts: Record<string, string>[] = [{}, { "x-api-key": "wrong" }, { authorization: `Bearer ${TEST_API_KEY}x` }];
      for (const headers of attempts) {
        const response = await t.gql(mutation, variables(), headers);
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(response.errors?.[0]?.message).toMatch(/needs the API key/);
      }
    });

    it("loads a transcript with the key (x-api-key or Bearer)", async () => {
      const first = await t.gql(mutation, variables(), { "x-api-key": TEST_API_KEY });
      expect(first.errors).toBeUndefined();
      const result = (first.data as any).ingestTranscript;
      expect(["loaded", "unchanged"]).toContain(result.status);
      expect(result.call.companyName).toMatch(/Larkspur/);
      expect(result.call.turnCount).toBeGreaterThan(0);
      const again = await t.gql(mutation, variables(), { authorization: `Bearer ${TEST_API_KEY}` });
      expect((again.data as any).ingestTranscript.status).toBe("unchanged");
    });

    it("says why a text is not a transcript", async () => {
      const response = await t.gql(mutation, { text: "   ", fileName: "empty.txt" }, { "x-api-key": TEST_API_KEY });
      expect(response.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSCRIPT");
      expect(response.errors?.[0]?.message).toMatch(/empty\.txt/);
    });
  });
});

describe("the API with introspection off and no API key", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ introspection: false, apiKey: null });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it("refuses introspection and serves no landing page", async () => {
    const response = await t.gql(`{ __schema { queryType { name } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    const page = await fetch(t.api.url, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/sandbox/i);
  });

  it("switches writes off, saying so", async () => {
    const response = await t.gql(`mutation { ingestTranscript(text: "x", fileName: "x.txt") { status } }`, {}, { "x-api-key": "anything" });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.errors?.[0]?.message).toMatch(/no API key configured/);
  });
});
