import { isOutcome, resolveGuidance } from "../extract/metrics/resolve-guidance.js";

export { isOutcome };
import type { MetricFact } from "../model/facts.js";
import type { ResolutionRow } from "./call-graph.js";
import { periodProps } from "./graph-ids.js";

/** A metric fact as the load stage knows it: the fact, its node id and the call it belongs to. */
export interface PlacedFact {
  id: string;
  callId: string;
  callYear: number | null;
  callQuarter: number | null;
  /** Index in its call's extraction; orders facts of one call. */
  index: number;
  fact: MetricFact;
  /** Guidance its own call already resolved (the extraction's outcomes). */
  resolvedInCall: boolean;
}

export interface CrossCallResolution {
  resolutions: ResolutionRow[];
  /** Guidance of other calls resolved again here: their cross-call RESOLVED_BY are replaced. */
  reresolved: string[];
}

/**
 * Guidance resolved against actuals across one company's calls, in both directions: this call's
 * guidance against the others' actuals, and the others' guidance against this call's actuals
 * (with the others' actuals still competing). Each guidance fact is resolved from all the actuals
 * there are for its period, in an order that does not depend on which call was loaded first, so
 * any load order ends with the same RESOLVED_BY. Guidance its own call resolved is left alone.
 */
export function resolveAcrossCalls(input: { callId: string; mine: PlacedFact[]; others: PlacedFact[] }): CrossCallResolution {
  const { callId, mine, others } = input;
  const actuals = [...mine, ...others].filter((f) => isOutcome(f.fact));
  const myActualPeriods = new Set(mine.filter((f) => isOutcome(f.fact)).map((f) => f.fact.period));
  const guidance = [
    ...mine.filter((f) => f.fact.kind === "guidance"),
    ...others.filter((f) => f.fact.kind === "guidance" && myActualPeriods.has(f.fact.period)),
  ].filter((g) => g.fact.statedBy === "company" && !g.resolvedInCall);

  const resolutions: ResolutionRow[] = [];
  for (const g of guidance) {
    const candidates = actuals
      .filter((a) => a.callId !== g.callId && a.fact.period === g.fact.period && a.fact.metric === g.fact.metric)
      .sort(byPreferenceFor(g.fact.period));
    if (candidates.length === 0) continue;
    const [outcome] = resolveGuidance({ guidance: [g.fact], actuals: candidates.map((c) => c.fact) });
    const actual = outcome === undefined ? undefined : candidates[outcome.actual];
    if (outcome === undefined || actual === undefined) continue;
    resolutions.push({ guidanceId: g.id, actualId: actual.id, position: outcome.position, verdict: outcome.verdict });
  }
  const reresolved = guidance.filter((g) => g.callId !== callId).map((g) => g.id);
  return { resolutions, reresolved };
}

/**
 * The call that reports a period comes first (a quarter's own call; the fourth quarter's call for
 * the year and second half; the second quarter's for the first half), then the others, each in
 * call order and fact order, so the choice never depends on load order.
 */
function byPreferenceFor(period: string): (a: PlacedFact, b: PlacedFact) => number {
  const reporting = reportingQuarter(period);
  const rank = (f: PlacedFact): number =>
    reporting !== null && f.callYear === reporting.year && f.callQuarter === reporting.quarter ? 0 : 1;
  return (a, b) => rank(a) - rank(b) || compare(a.callId, b.callId) || a.index - b.index;
}

function reportingQuarter(period: string): { year: number; quarter: number } | null {
  const p = periodProps(period);
  if (p === null) return null;
  const year = p.fiscalYear;
  switch (p.kind) {
    case "quarter":
      return p.fiscalQuarter === null ? null : { year, quarter: p.fiscalQuarter };
    case "half":
      return p.half === null ? null : { year, quarter: p.half * 2 };
    case "year":
      return { year, quarter: 4 };
    case "ytd": {
      const months = Number(/-(\d+)M$/.exec(period)?.[1]);
      return months % 3 === 0 ? { year, quarter: months / 3 } : null;
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
