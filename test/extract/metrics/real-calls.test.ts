import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { parseTranscript } from "../../../src/parse/index.js";
import { hasShared, sharedRoot } from "../shared-paths.js";

/**
 * Whole real calls of corpus-large (read in place, never copied), for what a sentence alone cannot show: how a walk-through of
 * the parts of the business runs over the sentences of a turn.
 */
function metricsOf(file: string) {
  const full = path.join(sharedRoot, "corpus-large", file);
  return extract(parseTranscript(readFileSync(full), { fileName: path.basename(full) })).metrics;
}

describe.skipIf(!hasShared)("metric facts of whole real calls (needs ../shared)", () => {
  it("gives the margin on a page that a region heads to the region: 'Please turn to the next slide. In the Americas, ...'", () => {
    const facts = metricsOf("json-2018-2022/ACM_q1_2022.json");
    expect(facts.filter((f) => f.metric === "operating_margin" && f.value === 17.7)).toEqual([]);
    expect(facts).toContainEqual(expect.objectContaining({ metric: "americas_operating_margin", value: 17.7, scope: "Americas" }));
  });

  it("gives the sales of each end market a turn goes through to that market, none to the company", () => {
    const facts = metricsOf("json-2018-2022/APH_q2_2021.json");
    // "The commercial air market represented 2% of our sales in the quarter. Sales grew by 7% versus prior year, ..."
    expect(facts).toContainEqual(expect.objectContaining({ metric: "commercial_air_market_revenue", kind: "change", value: 7, scope: "commercial air market" }));
    expect(facts.filter((f) => f.scope === "company" && f.metric === "revenue" && f.kind === "change" && [7, 54, 26, 20, 5].includes(f.value ?? Number.NaN))).toEqual([]);
  });
});
