import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/load/ingest.js";
import { testNeo4j } from "../support/neo4j.js";
import { startTestApi, type TestApi } from "./api-harness.js";
import { corpusDir, hasCorpus, projectRoot } from "./paths.js";

// `npm run bench:peer` measures the project against @neo4j/graphql over the same database, and
// first checks that both answer every operation with the same rows. The benchmark runs outside
// the test suite, so a change that breaks either side (a renamed index the peer's type definitions
// name) would go unnoticed until someone measured: this runs its check, and only its check, on
// the real calls of ../shared/corpus in the test database.
describe.skipIf(!hasCorpus || testNeo4j().database !== undefined)("bench:peer's check that both sides answer the same", () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
    const summary = await ingestPaths(t.db, { paths: [corpusDir], concurrency: 2 });
    expect(summary.loaded + summary.unchanged).toBeGreaterThan(10);
    await t.db.write("health/await-search-index");
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it("finds every operation answered with the same rows by the project and the peer", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot, "bench/peer.bench.ts")], {
      cwd: projectRoot,
      env: { ...process.env, CHECK_ONLY: "1", NEO4J_URI: testNeo4j().uri, SUBJECTS: "1", MIN_TOPIC_TURNS: "5" },
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(run.stderr + run.stdout).toContain("identical data: every operation × subject answered the same rows by both sides");
    expect(run.status).toBe(0);
  }, 300_000);
});
