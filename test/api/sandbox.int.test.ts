import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "../../src/api/graphql-js.js";
import { ingestPaths } from "../../src/load/ingest.js";
import { SANDBOX_OPERATION, sandboxInitialState } from "../../src/api/sandbox.js";
import { exampleOperations, startTestApi, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";

// Apollo Sandbox on the landing page, ready to play: an example operation and its variables
// preloaded, and Sandbox's telemetry off.
describe("the Sandbox landing page", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it("preloads an example operation of schema/examples.graphql with its variables' defaults", () => {
    const initial = sandboxInitialState();
    expect(initial).not.toBeNull();
    expect(parse(initial!.document).definitions).toHaveLength(1);
    expect(initial!.document).toBe(exampleOperations().get(SANDBOX_OPERATION));
    expect(initial!.variables).toMatchObject({ company: "Larkspur", metric: "revenue" });
  });

  it("serves Sandbox with that operation, its variables and telemetry off", async () => {
    const response = await fetch(t.api.url, { headers: { accept: "text/html" } });
    const html = await response.text();
    const config = /var embeddedSandboxConfig = (\{.*?\});\n/s.exec(html);
    expect(config).not.toBeNull();
    const parsed = JSON.parse(config![1]!) as { runTelemetry: boolean; initialState: { document: string; variables: Record<string, unknown>; includeCookies: boolean } };
    expect(parsed.runTelemetry).toBe(false);
    expect(parsed.initialState.includeCookies).toBe(false);
    expect(parsed.initialState.document).toBe(sandboxInitialState()!.document);
    expect(parsed.initialState.variables).toEqual(sandboxInitialState()!.variables);
  });

  it("answers the preloaded operation as Sandbox would send it, over the samples npm start loads", async () => {
    const summary = await ingestPaths(t.db, { paths: [resolve(projectRoot, "examples")] });
    expect(summary.failed).toEqual([]);
    const initial = sandboxInitialState()!;
    const response = await t.gql(initial.document, initial.variables);
    expect(response.errors).toBeUndefined();
    expect((response.data as any).company.metricSeries.length).toBeGreaterThan(0);
  });
});
