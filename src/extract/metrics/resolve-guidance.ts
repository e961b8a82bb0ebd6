/**
 * Guidance against what was reported: a pure function of facts, so the extract stage applies it
 * within one call and the load stage across calls (the guidance of one call, the actuals of a
 * later one), whichever order the calls arrive in.
 */
import type { GuidanceOutcome, MetricFact, Position, Verdict } from "../../model/facts.js";
import { metricDefinition } from "./lexicon.js";

export interface ResolveGuidanceInput {
  /** Facts of the guiding call; only company facts of kind `guidance` are used. */
  guidance: readonly MetricFact[];
  /** Facts of the reporting call; only company facts of kind `actual` (or growth rates, see `isOutcome`) are used. */
  actuals: readonly MetricFact[];
}

/** Relative tolerance within which a point guidance counts as met. */
const POINT_TOLERANCE = 0.005;

/*
 * A guidance fact is resolved by the first actual that has the same metric, period and unit and
 * a compatible basis (equal, or either unstated); an actual with the same stated basis is
 * preferred. Position: below/above the range, or within it (ends included); a point guidance is
 * "within" when the actual is within 1.0% of it. Verdict follows the metric's direction
 * (revenue: higher is better; operating expenses: lower is better); null when it has none.
 */
/**
 * What a guidance can be resolved by: a reported level, or the reported growth rate of a measure that is
 * no percentage ("revenue grew 6%", kind change in percent, against "revenue growth of 4% to 6%").
 */
export function isOutcome(f: Pick<MetricFact, "kind" | "metric" | "unit">): boolean {
  if (f.kind === "actual") return true;
  return f.kind === "change" && f.unit === "percent" && metricDefinition(f.metric)?.family !== "percent";
}

export function resolveGuidance({ guidance, actuals }: ResolveGuidanceInput): GuidanceOutcome[] {
  const byKey = new Map<string, number[]>();
  actuals.forEach((a, i) => {
    if (!isOutcome(a) || a.statedBy !== "company" || a.value === null) return;
    const key = `${a.metric}|${a.period}|${a.unit}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const out: GuidanceOutcome[] = [];
  guidance.forEach((g, gi) => {
    if (g.kind !== "guidance" || g.statedBy !== "company") return;
    const candidates = byKey.get(`${g.metric}|${g.period}|${g.unit}`) ?? [];
    const same = candidates.find((i) => g.basis !== null && actuals[i]!.basis === g.basis);
    const compatible = candidates.find((i) => g.basis === null || actuals[i]!.basis === null || actuals[i]!.basis === g.basis);
    const ai = same ?? compatible;
    if (ai === undefined) return;
    const actual = actuals[ai]!.value!;
    const position = positionOf(g, actual);
    if (!position) return;
    out.push({ metric: g.metric, period: g.period, guidance: gi, actual: ai, position, verdict: verdictOf(g.metric, position) });
  });
  return out;
}

function positionOf(g: MetricFact, actual: number): Position | null {
  if (g.low !== null && g.high !== null) {
    if (actual < g.low) return "below";
    if (actual > g.high) return "above";
    return "within";
  }
  if (g.value === null) return null;
  const tol = Math.abs(g.value) * POINT_TOLERANCE;
  if (actual < g.value - tol) return "below";
  if (actual > g.value + tol) return "above";
  return "within";
}

export function verdictOf(metric: string, position: Position): Verdict | null {
  const better = metricDefinition(metric)?.higherIsBetter;
  if (better === null || better === undefined) return null;
  if (position === "within") return "met";
  return (position === "above") === better ? "beat" : "missed";
}
