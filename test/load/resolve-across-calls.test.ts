import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MetricFact } from "../../src/model/facts.js";
import { resolveAcrossCalls, type PlacedFact } from "../../src/load/resolve-across-calls.js";

const fact = (f: Partial<MetricFact> & Pick<MetricFact, "metric" | "period" | "kind">): MetricFact => ({
  value: null,
  scope: "company",
  confidence: 1,
  low: null,
  high: null,
  unit: "USD",
  basis: null,
  statedBy: "company",
  speaker: null,
  turn: 0,
  quote: "",
  start: 0,
  end: 0,
  ...f,
});

const placed = (callId: string, quarter: number, index: number, f: MetricFact, resolvedInCall = false): PlacedFact => ({
  id: `${callId}#m${index}`,
  callId,
  callYear: 2021,
  callQuarter: quarter,
  index,
  fact: f,
  resolvedInCall,
});

const q1 = [
  placed("call:x:2021-Q1", 1, 0, fact({ metric: "revenue", period: "2021-Q1", kind: "actual", value: 100 })),
  placed("call:x:2021-Q1", 1, 1, fact({ metric: "revenue", period: "2021-Q2", kind: "guidance", low: 105, high: 110 })),
  placed("call:x:2021-Q1", 1, 2, fact({ metric: "operating_expenses", period: "2021-Q2", kind: "guidance", value: 40 })),
  placed("call:x:2021-Q1", 1, 3, fact({ metric: "revenue", period: "2021-FY", kind: "guidance", low: 400, high: 450 })),
];
const q2 = [
  placed("call:x:2021-Q2", 2, 0, fact({ metric: "revenue", period: "2021-Q2", kind: "actual", value: 112 })),
  placed("call:x:2021-Q2", 2, 1, fact({ metric: "operating_expenses", period: "2021-Q2", kind: "actual", value: 38 })),
  placed("call:x:2021-Q2", 2, 2, fact({ metric: "revenue", period: "2021-Q1", kind: "prior", value: 100 })),
];
const key = (r: { guidanceId: string; actualId: string; position: string; verdict: string | null }): string =>
  `${r.guidanceId}>${r.actualId}:${r.position}/${r.verdict}`;

describe("resolveAcrossCalls", () => {
  it("resolves earlier guidance with a later call's actuals, whichever call is loaded second", () => {
    const loadingQ2 = resolveAcrossCalls({ callId: "call:x:2021-Q2", mine: q2, others: q1 });
    const loadingQ1 = resolveAcrossCalls({ callId: "call:x:2021-Q1", mine: q1, others: q2 });
    const expected = ["call:x:2021-Q1#m1>call:x:2021-Q2#m0:above/beat", "call:x:2021-Q1#m2>call:x:2021-Q2#m1:below/beat"];
    expect(loadingQ2.resolutions.map(key).sort()).toEqual(expected);
    expect(loadingQ1.resolutions.map(key).sort()).toEqual(expected);
    expect(loadingQ2.reresolved.sort()).toEqual(["call:x:2021-Q1#m1", "call:x:2021-Q1#m2"]);
    expect(loadingQ1.reresolved).toEqual([]);
  });

  it("leaves guidance for a period no call reports unresolved (full-year guidance against quarters)", () => {
    const r = resolveAcrossCalls({ callId: "call:x:2021-Q2", mine: q2, others: q1 });
    expect(r.resolutions.some((x) => x.guidanceId === "call:x:2021-Q1#m3")).toBe(false);
  });

  it("leaves guidance that its own call resolved alone", () => {
    const own = q1.map((f) => (f.index === 1 ? { ...f, resolvedInCall: true } : f));
    const r = resolveAcrossCalls({ callId: "call:x:2021-Q2", mine: q2, others: own });
    expect(r.resolutions.some((x) => x.guidanceId === "call:x:2021-Q1#m1")).toBe(false);
  });

  it("prefers the actual of the call that reports the period, in any order of candidates", () => {
    const restated = placed("call:x:2021-Q3", 3, 0, fact({ metric: "revenue", period: "2021-Q2", kind: "actual", value: 104 }));
    fc.assert(
      fc.property(fc.shuffledSubarray([...q2, restated], { minLength: 4, maxLength: 4 }), (others) => {
        const r = resolveAcrossCalls({ callId: "call:x:2021-Q1", mine: q1, others });
        return r.resolutions.find((x) => x.guidanceId === "call:x:2021-Q1#m1")?.actualId === "call:x:2021-Q2#m0";
      }),
    );
  });
});
