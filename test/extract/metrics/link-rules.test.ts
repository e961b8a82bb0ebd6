/**
 * Every link rule's examples, run through the whole figure pipeline on a one-turn call: the figure
 * is linked by that rule, to the subject and in the relation the example says — or, for an example
 * that says null, by no rule to any fact.
 */
import { describe, expect, it } from "vitest";
import { extractMetricFacts } from "../../../src/extract/metrics/metric-facts.js";
import { LINK_RULES } from "../../../src/extract/metrics/link-rules.js";
import { oneTurnCall } from "../one-turn-call.js";

const rows = LINK_RULES.flatMap((rule) => rule.examples.map((example) => ({ rule: rule.name, ...example })));

describe("link rules: every example", () => {
  it.each(rows)("$rule: $sentence", ({ rule, sentence, figure, expect: want }) => {
    const { traces } = extractMetricFacts(oneTurnCall(sentence), { year: 2025, quarter: 1 }, true);
    const trace = traces.find((t) => t.figure === figure);
    expect(trace, `no figure "${figure}" read`).toBeDefined();
    const link = trace!.steps.find((s) => s.stage === "link");
    if (want === null) {
      expect(link?.rule === rule && trace!.fact !== null).toBe(false);
      return;
    }
    expect(link?.rule).toBe(rule);
    expect(link?.note.startsWith(want.relation)).toBe(true);
    expect(link?.note.toLowerCase()).toContain(want.subject.toLowerCase());
  });

  it("gives every rule a name of its own, a description and at least one example", () => {
    expect(new Set(LINK_RULES.map((r) => r.name)).size).toBe(LINK_RULES.length);
    for (const r of LINK_RULES) {
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });
});
