/**
 * Every scope rule's examples, run through the whole figure pipeline on a one-turn call of
 * "Example Co": the figure's fact has the scope the example says, or no fact when it says null.
 */
import { describe, expect, it } from "vitest";
import { extractMetricFacts } from "../../../src/extract/metrics/metric-facts.js";
import { judgeScope, SCOPE_RULES } from "../../../src/extract/metrics/scope-words.js";
import { oneTurnCall } from "../one-turn-call.js";

const rows = SCOPE_RULES.flatMap((rule) => rule.examples.map((example) => ({ rule: rule.name, ...example })));

describe("scope rules: every example", () => {
  it.each(rows)("$rule: $sentence", ({ rule, sentence, figure, scope, company }) => {
    const call = oneTurnCall(sentence);
    if (company) call.call.company = company;
    const { traces } = extractMetricFacts(call, { year: 2025, quarter: 1 }, true);
    const trace = traces.find((t) => t.figure === figure);
    expect(trace, `no figure "${figure}" read`).toBeDefined();
    expect(trace!.fact?.scope ?? null).toBe(scope);
    // The example is this rule's: its scope step (or its drop) names the rule.
    expect(trace!.steps.filter((s) => s.stage === "scope").map((s) => s.rule)).toContain(rule);
  });

  it("gives every rule a name of its own, a description and an example (here or below)", () => {
    expect(new Set(SCOPE_RULES.map((r) => r.name)).size).toBe(SCOPE_RULES.length);
    for (const r of SCOPE_RULES) expect(r.description.length).toBeGreaterThan(20);
    const unitRules = new Set(cases.map(([, want]) => ("drop" in want ? want.drop : want.rule)));
    for (const r of SCOPE_RULES) expect(r.examples.length > 0 || unitRules.has(r.name), r.name).toBe(true);
  });
});

const names = ["example co", "example", "exco"];
const cases: [string, { drop: string } | { scope: string; basis: string | null; rule: string | null }][] = [
    ["Several", { drop: "determiner" }],
    ["Q3 Power", { drop: "time-word" }],
    ["FPL's third quarter retail", { drop: "time-word" }],
    ["segment performance. sealing technologies", { scope: "sealing technologies", basis: null, rule: "sentence-break" }],
    ["segment performance.", { drop: "sentence-break" }],
    ["P&L.", { drop: "sentence-break" }],
    ["U.S.", { scope: "U.S.", basis: null, rule: null }],
    ["U.S. key dermatology", { scope: "U.S. key dermatology", basis: null, rule: null }],
    ["Other segment reported pre-tax", { drop: "verb-word" }],
    ["credit facility", { drop: "debt-instrument" }],
    ["MonotaRO daily", { drop: "measure-qualifier" }],
    ["comparable basis", { scope: "company", basis: "non-GAAP", rule: "basis-qualifier" }],
    ["constant currency", { scope: "company", basis: "constant currency", rule: "basis-qualifier" }],
    ["substantial", { scope: "company", basis: null, rule: "plain-qualifier" }],
    ["effective", { drop: "measure-qualifier" }],
    ["foreign exchange", { drop: "currency-effect" }],
    ["Within the North American", { scope: "North American", basis: null, rule: "opening-words" }],
    ["EXCO", { scope: "company", basis: null, rule: "company-name" }],
    // Parts of the business stay as written.
    ["Water Systems", { scope: "Water Systems", basis: null, rule: null }],
    ["storage rental", { scope: "storage rental", basis: null, rule: null }],
    ["Home sale", { scope: "Home sale", basis: null, rule: null }],
    ["Other", { scope: "Other", basis: null, rule: null }],
    ["First Data", { scope: "First Data", basis: null, rule: null }],
    ["CORE", { scope: "CORE", basis: null, rule: null }],
];

describe("judgeScope", () => {
  it.each(cases)("%s", (scope, want) => {
    const got = judgeScope(scope, names);
    if ("drop" in want) expect("drop" in got ? got.drop : got).toBe(want.drop);
    else expect(got).toEqual(want);
  });
});
