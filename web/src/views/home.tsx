import { Card } from "../components/card";
import { AnalystPicker, CompanyPicker, TopicPicker } from "../components/pickers";
import { Empty, ErrorMessage, Loading } from "../components/states";
import { formatCount, plural } from "../lib/format";
import { companyRef, href } from "../lib/routes";
import { OVERVIEW, type OverviewData } from "../queries";
import { useQuery } from "../use-query";

export function HomePage() {
  const state = useQuery<OverviewData>(OVERVIEW, {});
  return (
    <div class="page">
      <header class="hero">
        <h1>What the earnings calls say</h1>
        <p class="muted">Reported figures against guidance, the topics that come up and who asks about them, each number one click from the words it came from.</p>
        <div class="hero-pickers">
          <CompanyPicker />
          <TopicPicker />
          <AnalystPicker />
        </div>
      </header>
      {state.status === "loading" || state.status === "idle" ? (
        <Loading label="Loading the graph" />
      ) : state.status === "error" ? (
        <ErrorMessage error={state.error} />
      ) : state.data.companies.totalCount === 0 ? (
        <Empty title="The graph holds no calls yet">
          Load some with <code>npx earnings-graph ingest &lt;folder&gt;</code>; <code>npm start</code> loads the samples in <code>examples/</code> into an empty graph.
        </Empty>
      ) : (
        <Overview data={state.data} />
      )}
    </div>
  );
}

function Overview({ data }: { data: OverviewData }) {
  const maxMentions = Math.max(1, ...data.topTopics.nodes.map((entry) => entry.mentions));
  const quarters = data.periods.filter((period) => period.kind === "QUARTER");
  return (
    <>
      <p class="summary">
        {plural(data.companies.totalCount, "company", "companies")} · {plural(data.analysts.totalCount, "analyst")} · {plural(data.topTopics.totalCount, "topic")}
        {quarters.length > 0 && (
          <>
            {" "}
            · quarters {quarters[0]!.label} to {quarters[quarters.length - 1]!.label}
          </>
        )}
      </p>
      <div class="grid grid-3">
        <Card title="Companies" id="companies">
          <ol class="rank-list">
            {data.companies.nodes.map((company) => (
              <li key={company.graphId}>
                <span>
                  <a href={href.company(companyRef(company))}>{company.name}</a>
                  {company.ticker !== null && <span class="muted small"> {company.ticker}</span>}
                </span>
                <span class="rank-value">
                  {plural(company.calls.totalCount, "call")}
                  {company.calls.nodes[0]?.periodLabel != null && <span class="muted small"> · {company.calls.nodes[0].periodLabel}</span>}
                </span>
              </li>
            ))}
          </ol>
          {data.companies.totalCount > data.companies.nodes.length && <p class="muted small">The {data.companies.nodes.length} with most calls; find others with the picker above.</p>}
        </Card>
        <Card title="Most mentioned topics" id="topics">
          <ol class="bar-list">
            {data.topTopics.nodes.map((entry) => (
              <li key={entry.topic.name}>
                <a href={href.topic(entry.topic.name)}>{entry.topic.name}</a>
                <span class="bar" style={{ width: `${(entry.mentions / maxMentions) * 100}%` }} aria-hidden="true" />
                <span class="rank-value" title={`${plural(entry.calls, "call")}, ${plural(entry.companies, "company", "companies")}`}>
                  {formatCount(entry.mentions)}
                </span>
              </li>
            ))}
          </ol>
        </Card>
        <Card title="Analysts" id="analysts">
          <ol class="rank-list">
            {data.analysts.nodes.map(({ analyst, calls, exchanges }) => (
              <li key={analyst.name}>
                <span>
                  <a href={href.analyst(analyst.name)}>{analyst.name}</a>
                  {analyst.firm !== null && <div class="muted small">{analyst.firm.name}</div>}
                </span>
                <span class="rank-value" title={plural(exchanges, "question")}>
                  {plural(calls, "call")}
                </span>
              </li>
            ))}
          </ol>
          {data.analysts.totalCount > data.analysts.nodes.length && <p class="muted small">The {data.analysts.nodes.length} on most calls, of {data.analysts.totalCount}.</p>}
        </Card>
      </div>
    </>
  );
}
