import { useMemo } from "preact/hooks";
import { Card, Chip, Stat } from "../components/card";
import { MetricChart } from "../components/charts";
import { CompanyPicker } from "../components/pickers";
import { Empty, ErrorMessage, Loading } from "../components/states";
import { Verdict } from "../components/verdict";
import { formatDate, formatFact, formatSignedPercent, formatSignedPoints, metricLabel, plural } from "../lib/format";
import { companyRef, formatRoute, href, type Route, type View } from "../lib/routes";
import { chartSeries, PERIOD_KIND_LABELS, periodKinds, type PeriodKind } from "../lib/series";
import { surprise } from "../lib/surprise";
import { COMPANY_VIEW, type CallRow, type CompanyData, type FactFields, type OutcomeData } from "../queries";
import { navigate, withPanel } from "../router";
import { useQuery } from "../use-query";

type CompanyView = Extract<View, { name: "company" }>;

const DEFAULT_METRIC = "revenue";

export function CompanyPage({ route, view }: { route: Route; view: CompanyView }) {
  const metric = view.metric ?? DEFAULT_METRIC;
  const basis = view.basis === "GAAP" || view.basis === "NON_GAAP" ? view.basis : null;
  const state = useQuery<CompanyData>(COMPANY_VIEW, { ref: view.ref, metric, basis });
  const replace = (changes: Partial<CompanyView>) => navigate(formatRoute({ view: { ...view, ...changes }, panel: null }));
  const openFact = (id: string) => navigate(withPanel(route, { name: "quote", id }));
  // A change of metric, period kind or basis keeps the company on screen while the view reloads.
  const data = state.status === "done" ? state.data : state.status === "loading" ? state.previous : undefined;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  if (data === undefined) return <Loading label="Loading the company" />;
  const updating = state.status === "loading";
  const company = data.company;
  if (company === null) {
    return (
      <div class="page">
        <Empty title={`No company “${view.ref}” in the graph`}>
          Try a ticker or part of the name:
          <CompanyPicker class="inline" />
        </Empty>
      </div>
    );
  }
  const latest = company.calls.nodes[0];
  const scorecard = data.guidanceScorecard.nodes;
  const counts = { BEAT: 0, MET: 0, MISSED: 0, open: 0 };
  for (const outcome of scorecard) {
    if (!outcome.resolved) counts.open += 1;
    else if (outcome.verdict !== null) counts[outcome.verdict] += 1;
  }
  return (
    <div class={`page${updating ? " is-updating" : ""}`} aria-busy={updating}>
      <header class="page-head">
        <div>
          <p class="eyebrow">Company</p>
          <h1>
            {company.name} {company.ticker !== null && <Chip tone="accent">{company.ticker}</Chip>}
          </h1>
          <p class="muted">
            {plural(company.calls.totalCount, "call")} in the graph
            {latest?.periodLabel != null && <> · latest {latest.periodLabel}</>}
            {company.aliases.length > 0 && <> · also “{company.aliases.join("”, “")}”</>}
          </p>
        </div>
        <CompanyPicker class="page-picker" />
      </header>

      <div class="stats">
        <Stat label={company.calls.totalCount === 1 ? "call" : "calls"} value={company.calls.totalCount} />
        <Stat label={company.metrics.length === 1 ? "metric stated" : "metrics stated"} value={company.metrics.length} />
        <Stat label="guidance beat" value={<span class="tone-beat">{counts.BEAT}</span>} />
        <Stat label="met" value={<span class="tone-met">{counts.MET}</span>} />
        <Stat label="missed" value={<span class="tone-missed">{counts.MISSED}</span>} />
        <Stat label="still open" value={counts.open} />
      </div>

      <SeriesCard
        data={company}
        metric={metric}
        periods={view.periods}
        basis={basis}
        route={route}
        onMetric={(name) => replace({ metric: name === DEFAULT_METRIC ? null : name, periods: null })}
        onPeriods={(kind) => replace({ periods: kind })}
        onBasis={(value) => replace({ basis: value })}
        onOpenFact={openFact}
      />

      <div class="grid grid-2-1">
        <Scorecard outcomes={scorecard} total={data.guidanceScorecard.totalCount} route={route} metric={metric} />
        <CallList calls={company.calls.nodes} total={company.calls.totalCount} companyRef={companyRef(company)} />
      </div>
    </div>
  );
}

function FactLink({ fact, route, children }: { fact: FactFields; route: Route; children?: preact.ComponentChildren }) {
  const text = formatFact(fact);
  return (
    <a class="figure" href={withPanel(route, { name: "quote", id: fact.id })} title={`Open the quote: ${metricLabel(fact.metricName)} ${fact.periodLabel} ${text}`} data-fact={fact.id}>
      {children ?? text}
    </a>
  );
}

function SeriesCard(props: {
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

function SurpriseCell({ outcome }: { outcome: OutcomeData }) {
  if (outcome.actual?.value == null) return <span class="muted">—</span>;
  const result = surprise(outcome.guidance, outcome.actual.value);
  if (result === null) return <span class="muted">—</span>;
  const main = result.points !== null ? formatSignedPoints(result.points) : result.percent !== null ? formatSignedPercent(result.percent) : null;
  // Coloured by the verdict, not the sign: costs that come in under guidance are good news.
  const tone = outcome.verdict === "BEAT" ? "good" : outcome.verdict === "MISSED" ? "bad" : "neutral";
  const widths = result.widths === null ? null : `${result.widths >= 0 ? "+" : "\u2212"}${Math.abs(result.widths).toFixed(1)}× range`;
  return (
    <span class={`surprise surprise-${tone}`} title={`Actual against the guided midpoint${widths === null ? "" : `; ${widths} widths`}`}>
      {main ?? "—"}
      {widths !== null && <div class="small muted">{widths}</div>}
    </span>
  );
}

function Scorecard({ outcomes, total, route, metric }: { outcomes: OutcomeData[]; total: number; route: Route; metric: string }) {
  return (
    <Card title="Guidance scorecard" id="scorecard">
      {outcomes.length === 0 ? (
        <Empty title="No guidance in these calls">The scorecard lists every figure the company guided, with the actual it came to.</Empty>
      ) : (
        <div class="table-wrap">
          <table class="scorecard">
            <caption class="visually-hidden">Guidance and the actual each came to; figures open their quotes</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">For</th>
                <th scope="col" class="num">
                  Guidance
                </th>
                <th scope="col" class="num">
                  Actual
                </th>
                <th scope="col" class="num">
                  Surprise
                </th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((outcome) => (
                <tr
                  key={outcome.guidance.id + (outcome.actual?.id ?? "")}
                  class={`row-${outcome.verdict?.toLowerCase() ?? (outcome.resolved ? "neutral" : "open")}${outcome.guidance.metricName === metric ? " row-current" : ""}`}
                  data-metric={outcome.guidance.metricName}
                  data-period={outcome.guidance.periodLabel}
                >
                  <th scope="row" class="c-metric">
                    {metricLabel(outcome.guidance.metricName)}
                  </th>
                  <td class="nowrap c-period">
                    {outcome.guidance.periodLabel}
                    <div class="small muted">given {outcome.guidance.call?.periodLabel ?? "?"}</div>
                  </td>
                  <td class="num c-guidance" data-label="Guidance">
                    <FactLink fact={outcome.guidance} route={route} />
                  </td>
                  <td class="num c-actual" data-label="Actual">
                    {outcome.actual === null ? <span class="muted">—</span> : <FactLink fact={outcome.actual} route={route} />}
                  </td>
                  <td class="num c-surprise">
                    <SurpriseCell outcome={outcome} />
                  </td>
                  <td class="c-verdict">
                    <Verdict verdict={outcome.verdict} position={outcome.position} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > outcomes.length && <p class="muted small">Showing the newest {outcomes.length} of {total} guidance figures.</p>}
        </div>
      )}
    </Card>
  );
}

function CallList({ calls, total, companyRef: ref }: { calls: CallRow[]; total: number; companyRef: string }) {
  return (
    <Card title="Calls" id="calls">
      {calls.length === 0 ? (
        <Empty title="No calls" />
      ) : (
        <ol class="call-list">
          {calls.map((call) => {
            const askers = [...new Map(call.exchanges.map((exchange) => [exchange.analyst?.name ?? exchange.analystName, exchange])).values()];
            return (
              <li key={call.id} class="call">
                <div class="call-head">
                  <strong>{call.periodLabel ?? "Undated call"}</strong>
                  <span class="muted small">
                    {[formatDate(call.date), plural(call.turnCount, "turn"), plural(call.exchanges.length, "question")].filter(Boolean).join(" · ")}
                  </span>
                </div>
                {askers.length > 0 && (
                  <p class="small">
                    <span class="muted">Asked by </span>
                    {askers.map((exchange, index) => (
                      <span key={exchange.analystName}>
                        {index > 0 && ", "}
                        {exchange.analyst !== null ? <a href={href.analyst(exchange.analyst.name)}>{exchange.analyst.name}</a> : exchange.analystName}
                      </span>
                    ))}
                  </p>
                )}
                {call.topics.length > 0 && (
                  <p class="chips">
                    {call.topics.slice(0, 5).map((topic) => (
                      <a class="chip chip-link" href={href.topic(topic.topic.name)} key={topic.topic.name}>
                        {topic.topic.name} <span class="chip-count">{topic.mentions}</span>
                      </a>
                    ))}
                  </p>
                )}
                <a class="small" href={href.search({ company: ref, period: call.periodLabel ?? "" })}>
                  Search this call →
                </a>
              </li>
            );
          })}
        </ol>
      )}
      {total > calls.length && <p class="muted small">The newest {calls.length} of {total} calls.</p>}
    </Card>
  );
}
