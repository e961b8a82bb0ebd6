import { Card, Chip, Stat } from "../components/card";
import { CompanyPicker } from "../components/pickers";
import { Empty, ErrorMessage, Loading } from "../components/states";
import { formatDate, plural } from "../lib/format";
import { companyRef, formatRoute, href, type Route, type View } from "../lib/routes";
import { COMPANY_VIEW, type CallRow, type CompanyData } from "../queries";
import { navigate, withPanel } from "../router";
import { useQuery } from "../use-query";
import { Scorecard } from "./company-scorecard";
import { SeriesCard } from "./company-series";

type CompanyView = Extract<View, { name: "company" }>;

const DEFAULT_METRIC = "revenue";

export function CompanyPage({ route, view }: { route: Route; view: CompanyView }) {
  const metric = view.metric ?? DEFAULT_METRIC;
  const basis = view.basis === "GAAP" || view.basis === "NON_GAAP" || view.basis === "CONSTANT_CURRENCY" ? view.basis : null;
  const state = useQuery<CompanyData>(COMPANY_VIEW, { ref: view.ref, metric, basis });
  const replace = (changes: Partial<CompanyView>) => navigate(formatRoute({ view: { ...view, ...changes }, panel: null }));
  const openFact = (id: string) => navigate(withPanel(route, { name: "quote", id }));
  // A change of metric, period kind or basis keeps the company on screen while the view reloads.
  const data = state.status === "done" ? state.data : state.status === "loading" ? state.previous : undefined;
  // An unknown company is NOT_FOUND for the scorecard's filter (the view's query asks for both).
  if (state.status === "error" && state.error.code !== "NOT_FOUND") return <ErrorMessage error={state.error} />;
  if (state.status === "error" || data?.company === null) {
    return (
      <div class="page">
        <Empty title={`No company “${view.ref}” in the graph`}>
          Try a ticker or part of the name:
          <CompanyPicker class="inline" />
        </Empty>
      </div>
    );
  }
  if (data === undefined) return <Loading label="Loading the company" />;
  const updating = state.status === "loading";
  const company = data.company!;
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
