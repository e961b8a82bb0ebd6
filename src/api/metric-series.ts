import type { NodeRow } from "./loaders.js";
import { compareKeys, type SortKey } from "./pagination.js";
import { comparePeriodLabels } from "./period-input.js";

/** The rule that picks one value per company and period, as the schema and README state it. */
export const HEADLINE_RULE =
  "The headline is one fact per company and period, picked from the facts that pass the filter (company scope and confidence 0.5 or more by default): " +
  "(1) ACTUAL facts; PRIOR facts (the figure as a later call recalls it) only when the period has no actual; " +
  "(2) the requested basis first, else GAAP or unstated before non-GAAP or constant currency; (3) a point value before a range; (4) higher confidence first; " +
  "(5) the latest statement: the fact of the most recent call (a restatement supersedes), and within one call the first time it is stated; " +
  "(6) the fact id, so the choice is deterministic. Guidance and changes never headline.";

export interface SeriesPoint {
  periodId: string;
  periodLabel: string;
  actuals: NodeRow[];
  guidance: NodeRow[];
  priors: NodeRow[];
  changes: NodeRow[];
  headline: NodeRow | null;
}

/**
 * Groups one metric's facts by period, oldest period first (quarters, then halves, year to date
 * and the year), and picks each period's headline (HEADLINE_RULE). `basis` is the basis asked for.
 */
export function metricSeries(facts: readonly NodeRow[], options: { basis?: string | null } = {}): SeriesPoint[] {
  const points = new Map<string, SeriesPoint>();
  for (const fact of facts) {
    const label = String(fact["period"]);
    let point = points.get(label);
    if (point === undefined) {
      point = { periodId: `period:${label}`, periodLabel: label, actuals: [], guidance: [], priors: [], changes: [], headline: null };
      points.set(label, point);
    }
    const kind = fact["kind"];
    const list = kind === "actual" ? point.actuals : kind === "guidance" ? point.guidance : kind === "prior" ? point.priors : point.changes;
    list.push(fact);
  }
  for (const point of points.values()) point.headline = headlineFact(point.actuals.length > 0 ? point.actuals : point.priors, options.basis ?? null);
  return [...points.values()].sort((a, b) => comparePeriodLabels(a.periodLabel, b.periodLabel));
}

/** The headline among one period's candidates (steps 2 to 6 of HEADLINE_RULE); null when there are none. */
export function headlineFact(candidates: readonly NodeRow[], basis: string | null): NodeRow | null {
  let best: { fact: NodeRow; key: SortKey } | null = null;
  for (const fact of candidates) {
    const key = headlineKey(fact, basis);
    if (best === null || compareKeys(key, best.key) < 0) best = { fact, key };
  }
  return best?.fact ?? null;
}

// Smaller is better, element by element.
function headlineKey(fact: NodeRow, basis: string | null): SortKey {
  const stated = (fact["basis"] as string | null | undefined) ?? null;
  const basisRank = basis !== null ? (stated === basis ? 0 : 1) : stated === null || stated === "GAAP" ? 0 : 1;
  const point = fact["value"] != null ? 0 : 1;
  const confidence = -Number(fact["confidence"] ?? 0);
  const callYear = Number(fact["callFiscalYear"] ?? -1);
  const callQuarter = Number(fact["callFiscalQuarter"] ?? 0);
  const callDate = String(fact["callDate"] ?? "");
  return [basisRank, point, confidence, -(callYear * 4 + callQuarter), callDate === "" ? 1 : 0, invert(callDate), Number(fact["turnIndex"] ?? 0), Number(fact["start"] ?? 0), fact.graphId];
}

// Later dates first: an ISO date turned into a number that sorts the other way.
function invert(isoDate: string): number {
  return isoDate === "" ? 0 : -Number(isoDate.replace(/-/g, ""));
}

/** A headline fact's value: its point value, or the midpoint of its range. */
export function factValue(fact: NodeRow | null): number | null {
  if (fact === null) return null;
  if (fact["value"] != null) return Number(fact["value"]);
  if (fact["low"] != null && fact["high"] != null) return (Number(fact["low"]) + Number(fact["high"])) / 2;
  return null;
}
