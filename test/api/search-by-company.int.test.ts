import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestText } from "../../src/load/ingest.js";
import type { Driver } from "neo4j-driver";
import { openTestDriver, resetGraph } from "../support/neo4j.js";
import { hasReference, referenceTranscript, startTestApi, type TestApi } from "./api-harness.js";
import { projectRoot } from "./paths.js";

// A search filtered by company asks the full-text index for the company's turns alone
// (cypher/schema/41-fulltext-turn-search.cypher). What it answers must be exactly what the same
// search over every company answers for those companies: the same turns, scores and order.
describe.skipIf(!hasReference)("searchTurns filtered by company", () => {
  let t: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    // Only these calls: the unfiltered search is the reference the filtered ones are held to.
    driver = openTestDriver();
    await resetGraph(driver);
    t = await startTestApi();
    await ingestText(t.db, { text: readFileSync(referenceTranscript), fileName: "calix-2015-q2.txt" });
    for (const name of ["larkspur-2024-q3.txt", "larkspur-2024-q4.txt"]) {
      await ingestText(t.db, { text: readFileSync(path.join(projectRoot, "examples", name)), fileName: name });
    }
    // The same JSON call under two tickers, one the other and more ("BF" and "BF.B").
    const json = readFileSync(path.join(projectRoot, "examples/LRKN_q1_2025.json"));
    await ingestText(t.db, { text: json, fileName: "BF_q1_2025.json" });
    await ingestText(t.db, { text: json, fileName: "BF.B_q1_2025.json" });
    await t.db.write("health/await-search-index");
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    if (driver !== undefined) {
      await resetGraph(driver);
      await driver.close();
    }
  });

  const search = `query($query: String!, $companies: [String!], $section: Section) {
    searchTurns(query: $query, filter: { companies: $companies, section: $section }, first: 100) {
      totalCount
      nodes { score turn { id section call { company { id name ticker } } } }
    }
  }`;

  async function hits(query: string, companies: string[] | null, section: string | null = null) {
    const response = await t.gql(search, { query, companies, section });
    expect(response.errors).toBeUndefined();
    const page = response.data!["searchTurns"];
    const nodes = page.nodes.map((n: any) => ({ id: n.turn.id, score: n.score, company: n.turn.call.company.id, ticker: n.turn.call.company.ticker, section: n.turn.section }));
    expect(page.totalCount).toBe(nodes.length);
    return nodes as { id: string; score: number; company: string; ticker: string | null; section: string }[];
  }

  it("answers, for one company or several, what the unfiltered search answers for them, in the same order with the same scores", async () => {
    for (const word of ["revenue", "quarter customers", "margin"]) {
      const everywhere = await hits(word, null);
      // Calix (no ticker in its text: an id from its name), Larkspur (LRKN), BF and BF.B.
      const companies = [...new Set(everywhere.map((h) => h.company))].sort();
      expect(companies).toHaveLength(4);
      expect(new Set(everywhere.map((h) => h.ticker))).toEqual(new Set([null, "LRKN", "BF", "BF.B"]));
      const [calix, larkspur, bf, bfB] = [null, "LRKN", "BF", "BF.B"].map((ticker) => everywhere.find((h) => h.ticker === ticker)!.company);
      for (const asked of [[calix!], [larkspur!], [bf!], [bfB!], [calix!, larkspur!], [bf!, larkspur!]]) {
        const filtered = await hits(word, asked);
        expect(filtered.length).toBeGreaterThan(0);
        expect(filtered).toEqual(everywhere.filter((h) => asked.includes(h.company)));
      }
      // By ticker (the statement that looks the references up itself) and by name (the companies
      // looked up first, then the search of their ids).
      expect(await hits(word, ["BF"])).toEqual(everywhere.filter((h) => h.company === bf));
      expect(await hits(word, ["Calix"])).toEqual(everywhere.filter((h) => h.company === calix));
      const qa = await hits(word, [larkspur!], "QA");
      expect(qa.length).toBeGreaterThan(0);
      expect(qa).toEqual(everywhere.filter((h) => h.company === larkspur && h.section === "QA"));
    }
  });
});
