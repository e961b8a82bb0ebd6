import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestText } from "../../src/load/ingest.js";
import { startTestApi, type TestApi } from "./api-harness.js";

// A call written for this test: EPS and a per-share dividend, dividends paid in millions, and growth reported and in constant currency.
const CALL = [
  "Brindlewood Instruments, Inc. Q2 2025 Earnings Call",
  "",
  "Operator: Welcome to the Brindlewood Instruments second quarter 2025 earnings call.",
  "",
  "Ann Marlowe (Chief Financial Officer): Revenue for the second quarter was $412 million. Revenue grew 9%, or 11% in constant currency.",
  "Diluted EPS was $0.64 in the quarter. We paid $36 million in dividends, and the board declared a quarterly dividend of $0.25 per share.",
  "",
  "Operator: This concludes the call.",
].join("\n");

describe("facts' units and bases over the API", () => {
  let t: TestApi;
  const factsOf = async (filter: string) => {
    const answer = await t.gql(`{ calls(filter: { companies: ["Brindlewood Instruments"] }, first: 1) { nodes { facts(${filter}first: 100) { nodes { metricName value unit kind basis } } } } }`);
    expect(answer.errors).toBeUndefined();
    return (answer.data as any).calls.nodes[0].facts.nodes as { metricName: string; value: number; unit: string; kind: string; basis: string | null }[];
  };

  beforeAll(async () => {
    t = await startTestApi();
    await ingestText(t.db, { text: CALL, fileName: "brindlewood-2025-q2.txt" });
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  it("gives per-share measures a per-share unit and amounts their currency", async () => {
    const facts = await factsOf("");
    expect(facts).toContainEqual(expect.objectContaining({ metricName: "eps", value: 0.64, unit: "USD/share" }));
    expect(facts).toContainEqual(expect.objectContaining({ metricName: "dividend", value: 0.25, unit: "USD/share" }));
    expect(facts).toContainEqual(expect.objectContaining({ metricName: "dividend", value: 36e6, unit: "USD" }));
    expect(facts).toContainEqual(expect.objectContaining({ metricName: "revenue", value: 412e6, unit: "USD" }));
  });

  it("answers growth at constant currency as CONSTANT_CURRENCY, and filters by it", async () => {
    const facts = await factsOf("");
    expect(facts).toContainEqual(expect.objectContaining({ metricName: "revenue", kind: "CHANGE", value: 11, basis: "CONSTANT_CURRENCY" }));
    expect(facts).toContainEqual(expect.objectContaining({ metricName: "revenue", kind: "CHANGE", value: 9, basis: null }));
    const constant = await factsOf("filter: { basis: CONSTANT_CURRENCY }, ");
    expect(constant.filter((f) => f.basis !== null).map((f) => f.value)).toEqual([11]);
  });
});
