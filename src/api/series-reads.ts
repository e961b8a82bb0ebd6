import type { ApiContext } from "./context.js";
import type { Basis } from "./enums.js";
import { factQuality, passesQuality, SERIES_QUALITY, dateWindow } from "./filter-args.js";
import type { CompanySeriesFilter } from "./filters.input.js";
import { filterKey, type NodeRow } from "./loaders.js";
import { factValue, metricSeries, type SeriesPoint } from "./metric-series.js";
import { inPeriodWindow, periodWindow } from "./period-input.js";

/** A series point as the GraphQL layer returns it: the grouped facts, the headline and its value. */
export type SeriesPointRow = SeriesPoint & { value: number | null };

/** A filter for series, checked once: quality, basis, period and date windows. */
export interface SeriesSelection {
  keep: (fact: NodeRow) => boolean;
  basis: Basis | null;
}

export function seriesSelection(filter: CompanySeriesFilter | null | undefined): SeriesSelection {
  const quality = factQuality(filter, SERIES_QUALITY);
  const window = periodWindow(filter?.period);
  const { dateFrom, dateTo } = dateWindow(filter?.date);
  const basis = filter?.basis ?? null;
  return {
    basis,
    keep: (fact) => {
      if (!passesQuality(fact, quality)) return false;
      if (basis !== null && fact["basis"] != null && fact["basis"] !== basis) return false;
      if (!inPeriodWindow(String(fact["period"]), window)) return false;
      const date = typeof fact["callDate"] === "string" ? fact["callDate"] : null;
      if ((dateFrom !== null || dateTo !== null) && date === null) return false;
      return (dateFrom === null || date! >= dateFrom) && (dateTo === null || date! <= dateTo);
    },
  };
}

/** One company's series of one metric, from the facts that pass the selection. */
export function seriesPoints(facts: readonly NodeRow[], selection: SeriesSelection): SeriesPointRow[] {
  return metricSeries(facts.filter(selection.keep), { basis: selection.basis }).map((p) => ({ ...p, value: factValue(p.headline) }));
}

/** A company's own facts of a metric (the stating call's period and date included). */
export async function companyMetricFacts(ctx: ApiContext, input: { companyId: string; metric: string }): Promise<NodeRow[]> {
  const related = await ctx.loaders.companyMetricFacts.load(filterKey({ companyId: input.companyId, metric: input.metric }));
  return related.map((r) => r.node);
}
