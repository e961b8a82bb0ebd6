/**
 * From a company's metric series as the API returns it to what the chart draws: the API's headline
 * fact per period (an actual, else a later call's recollection of the figure) and the guidance
 * ranges, in the unit most of the series' facts are in.
 */

export interface SeriesFact {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  basis: string | null;
  call: { periodLabel: string | null } | null;
}

export interface SeriesPeriod {
  periodLabel: string;
  period: { kind: string } | null;
  headline: (SeriesFact & { kind: string }) | null;
  actuals: SeriesFact[];
  guidance: SeriesFact[];
  priors: SeriesFact[];
}

export type PeriodKind = "QUARTER" | "HALF" | "YEAR" | "YTD" | "OTHER";

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  QUARTER: "Quarters",
  HALF: "Halves",
  YEAR: "Years",
  YTD: "Year to date",
  OTHER: "Other",
};

export interface ChartPoint {
  periodLabel: string;
  /** The headline figure: the period's actual, else a later call's recollection of it. */
  headline: { fact: SeriesFact; value: number; source: "actual" | "prior" } | null;
  /** Guidance given for the period, in the chart's unit. */
  guidance: SeriesFact[];
}

export interface ChartSeries {
  unit: string | null;
  points: ChartPoint[];
  /** Facts left out because they are in another unit than the series' (e.g. growth in percent). */
  otherUnitFacts: number;
}

export function kindOf(period: SeriesPeriod): PeriodKind {
  const kind = period.period?.kind;
  return kind === "QUARTER" || kind === "HALF" || kind === "YEAR" || kind === "YTD" ? kind : "OTHER";
}

/** Period kinds present in the series, most periods first (quarters first on a tie). */
export function periodKinds(series: readonly SeriesPeriod[]): PeriodKind[] {
  const counts = new Map<PeriodKind, number>();
  for (const period of series) {
    if (period.actuals.length + period.guidance.length + period.priors.length === 0) continue;
    counts.set(kindOf(period), (counts.get(kindOf(period)) ?? 0) + 1);
  }
  const order: PeriodKind[] = ["QUARTER", "HALF", "YEAR", "YTD", "OTHER"];
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b));
}

/** The unit most of the series' facts are in (revenue in USD, not its growth in percent). */
export function dominantUnit(series: readonly SeriesPeriod[]): string | null {
  const counts = new Map<string, number>();
  for (const period of series) {
    for (const fact of [...period.actuals, ...period.guidance, ...period.priors]) counts.set(fact.unit, (counts.get(fact.unit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [unit, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

export function chartSeries(series: readonly SeriesPeriod[], kind: PeriodKind): ChartSeries {
  const unit = dominantUnit(series);
  let otherUnitFacts = 0;
  const points: ChartPoint[] = [];
  for (const period of series) {
    if (kindOf(period) !== kind) continue;
    const all = [...period.actuals, ...period.guidance, ...period.priors];
    otherUnitFacts += all.filter((fact) => fact.unit !== unit).length;
    if (unit === null) continue;
    const fact = period.headline;
    const value = fact === null || fact.unit !== unit ? null : (fact.value ?? (fact.low != null && fact.high != null ? (fact.low + fact.high) / 2 : null));
    const headline = fact === null || value === null ? null : { fact, value, source: fact.kind === "PRIOR" ? ("prior" as const) : ("actual" as const) };
    const guidance = period.guidance.filter((fact) => fact.unit === unit && (fact.value != null || (fact.low != null && fact.high != null)));
    if (headline === null && guidance.length === 0) continue;
    points.push({ periodLabel: period.periodLabel, headline, guidance });
  }
  return { unit, points, otherUnitFacts };
}
