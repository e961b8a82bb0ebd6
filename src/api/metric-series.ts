import type { NodeRow } from "./loaders.js";

interface SeriesPoint {
  periodId: string;
  periodLabel: string;
  actuals: NodeRow[];
  guidance: NodeRow[];
  priors: NodeRow[];
  changes: NodeRow[];
}

/** Groups one metric's facts by period, oldest period first (quarters, then halves, then the year). */
export function metricSeries(facts: readonly NodeRow[]): SeriesPoint[] {
  const points = new Map<string, SeriesPoint>();
  for (const fact of facts) {
    const label = String(fact["period"]);
    let point = points.get(label);
    if (point === undefined) {
      point = { periodId: `period:${label}`, periodLabel: label, actuals: [], guidance: [], priors: [], changes: [] };
      points.set(label, point);
    }
    const kind = fact["kind"];
    const list = kind === "actual" ? point.actuals : kind === "guidance" ? point.guidance : kind === "prior" ? point.priors : point.changes;
    list.push(fact);
  }
  return [...points.values()].sort((a, b) => periodOrder(a.periodLabel) - periodOrder(b.periodLabel) || a.periodLabel.localeCompare(b.periodLabel));
}

// Within a year: quarters (2015-Q2 → 2015.2), then halves (2015-H1 → 2015.6), year to date
// (2015-9M → 2015.809), the year (2015.9); labels outside the grammar go last.
function periodOrder(label: string): number {
  const match = /^(\d{4})-(?:Q([1-4])|H([12])|(\d{1,2})M|(FY))$/.exec(label);
  if (match === null) return Number.MAX_SAFE_INTEGER;
  const year = Number(match[1]);
  if (match[2] !== undefined) return year + Number(match[2]) / 10;
  if (match[3] !== undefined) return year + 0.5 + Number(match[3]) / 10;
  if (match[4] !== undefined) return year + 0.8 + Number(match[4]) / 1000;
  return year + 0.9;
}
