import { useMemo } from "preact/hooks";
import { Card } from "../components/card";
import { MetricChart } from "../components/charts";
import { FactLink } from "../components/fact-link";
import { Empty } from "../components/states";
import { formatFact, metricLabel, plural } from "../lib/format";
import { companyRef, href, type Route } from "../lib/routes";
import { chartSeries, PERIOD_KIND_LABELS, periodKinds, type PeriodKind } from "../lib/series";
import type { CompanyData, FactFields } from "../queries";

export function SeriesCard(props: {
  data: NonNullable<CompanyData["company"]>;
  metric: string;
  periods: string | null;
  basis: string | null;
  route: Route;
  onMetric: (metric: string) => void;
  onPeriods: (kind: string) => void;
  onBasis: (basis: string | null) => void;
  onOpenFact: (id: string) => void;
}) {
  const { data, metric, route } = props;
  const kinds = useMemo(() => periodKinds(data.metricSeries), [data.metricSeries]);
  const kind = (kinds.find((candidate) => candidate === props.periods) ?? kinds[0] ?? "QUARTER") as PeriodKind;
  const series = useMemo(() => chartSeries(data.metricSeries, kind), [data.metricSeries, kind]);
  const metrics = data.metrics.some((entry) => entry.metric.name === metric) ? data.metrics : [{ metric: { name: metric, higherIsBetter: null }, facts: 0 }, ...data.metrics];
  const bases = new Set(data.metricSeries.flatMap((period) => [...period.actuals, ...period.guidance].map((fact) => fact.basis)).filter(Boolean));
  const label = metricLabel(metric);
  const toolbar = (
    <>
      <label class="field">
        <span>Metric</span>
        <select value={metric} onChange={(event) => props.onMetric((event.target as HTMLSelectElement).value)}>
          {metrics.map((entry) => (
            <option value={entry.metric.name} key={entry.metric.name}>
              {metricLabel(entry.metric.name)} ({entry.facts})
            </option>
          ))}
        </select>
      </label>
      {kinds.length > 1 && (
        <div class="segmented" role="group" aria-label="Periods">
          {kinds.map((candidate) => (
            <button type="button" key={candidate} aria-pressed={candidate === kind} onClick={() => props.onPeriods(candidate)}>
              {PERIOD_KIND_LABELS[candidate]}
            </button>
          ))}
        </div>
      )}
      {(bases.size > 1 || props.basis !== null) && (
        <label class="field">
          <span>Basis</span>
          <select value={props.basis ?? ""} onChange={(event) => props.onBasis((event.target as HTMLSelectElement).value || null)}>
            <option value="">Any</option>
            <option value="GAAP">GAAP</option>
            <option value="NON_GAAP">Non-GAAP</option>
            <option value="CONSTANT_CURRENCY">Constant currency</option>
          </select>
        </label>
      )}
    </>
  );
  return (
    <Card title={`${label} by period`} id="series" actions={toolbar} class="series-card">
      {series.points.length === 0 || series.unit === null ? (
        <Empty title={`No ${label.toLowerCase()} figures for ${data.name}`}>
          {data.metrics.length > 0 ? (
            <p>
              Metrics it states:{" "}
              {data.metrics.slice(0, 8).map((entry, index) => (
                <>
                  {index > 0 && ", "}
                  <a href={href.company(companyRef(data), { metric: entry.metric.name })} key={entry.metric.name}>
                    {metricLabel(entry.metric.name)}
                  </a>
                </>
              ))}
            </p>
          ) : (
            <p>No metric facts were extracted from its calls.</p>
          )}
        </Empty>
      ) : (
        <>
          <MetricChart points={series.points} unit={series.unit} label={label} onOpenFact={props.onOpenFact} />
          <ul class="legend" aria-label="Legend">
            <li>
              <span class="key key-actual" /> Actual, as reported
            </li>
            <li>
              <span class="key key-prior" /> As a later call recalls it
            </li>
            <li>
              <span class="key key-range" /> Guidance range
            </li>
            <li>
              <span class="key key-point" /> Point guidance
            </li>
          </ul>
          <div class="table-wrap">
            <table class="figures">
              <caption class="visually-hidden">{label} per period: each figure opens its quote</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col" class="num">
                    Actual
                  </th>
                  <th scope="col" class="num">
                    Guidance
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...series.points].reverse().map((point) => (
                  <tr key={point.periodLabel}>
                    <th scope="row">{point.periodLabel}</th>
                    <td class="num">
                      {point.headline === null ? (
                        <span class="muted">—</span>
                      ) : (
                        <>
                          <FactLink fact={point.headline.fact as FactFields} route={route} />
                          {point.headline.source === "prior" && <span class="muted small"> recalled</span>}
                        </>
                      )}
                    </td>
                    <td class="num">
                      {point.guidance.length === 0 ? (
                        <span class="muted">—</span>
                      ) : (
                        distinctFigures(point.guidance).map((fact, index) => (
                          <span key={fact.id}>
                            {index > 0 && <span class="muted"> · </span>}
                            <FactLink fact={fact as FactFields} route={route} />
                          </span>
                        ))
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {series.otherUnitFacts > 0 && <p class="muted small">{plural(series.otherUnitFacts, "figure")} in another unit than {series.unit} left out of the chart.</p>}
        </>
      )}
    </Card>
  );
}

/** Guidance repeated word for word in a later call is shown once (its first statement's quote). */
function distinctFigures<T extends { value: number | null; low: number | null; high: number | null; unit: string }>(facts: T[]): T[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = formatFact(fact);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
