import { Card, Stat } from "../components/card";
import { AnalystPicker } from "../components/pickers";
import { Empty, ErrorMessage, Loading } from "../components/states";
import { formatDate, plural } from "../lib/format";
import { companyRef, href, type Route } from "../lib/routes";
import { ANALYST_VIEW, type AnalystData, type AnalystNode } from "../queries";
import { withPanel } from "../router";
import { useQuery } from "../use-query";

/** The analyst a name means: the exact (case-insensitive) match, else the only partial match. */
function pick(nodes: AnalystNode[], name: string): AnalystNode | null {
  const wanted = name.trim().toLowerCase();
  return nodes.find((node) => node.name.toLowerCase() === wanted || node.aliases.some((alias) => alias.toLowerCase() === wanted)) ?? (nodes.length === 1 ? nodes[0]! : null);
}

export function AnalystPage({ route, name }: { route: Route; name: string }) {
  const state = useQuery<AnalystData>(ANALYST_VIEW, { name });
  if (state.status === "loading" || state.status === "idle") return <Loading label="Loading the analyst" />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const nodes = state.data.analysts.nodes.map((node) => node.analyst);
  const analyst = pick(nodes, name);
  if (analyst === null) {
    return (
      <div class="page">
        <Empty title={nodes.length === 0 ? `No analyst “${name}” in the graph` : `Several analysts match “${name}”`}>
          {nodes.length > 0 && (
            <ul class="plain-list">
              {nodes.map((node) => (
                <li key={node.graphId}>
                  <a href={href.analyst(node.name)}>{node.name}</a>
                  {node.firm !== null && <span class="muted"> · {node.firm.name}</span>}
                </li>
              ))}
            </ul>
          )}
          <AnalystPicker class="inline" />
        </Empty>
      </div>
    );
  }
  const calls = analyst.participations.nodes.filter((participation) => participation.role === "ANALYST");
  const topics = analyst.topicsAskedAbout.nodes;
  const covered = analyst.companiesCovered.nodes;
  const exchanges = analyst.exchanges.nodes;
  const maxExchanges = Math.max(1, ...topics.map((topic) => topic.exchanges));
  return (
    <div class="page">
      <header class="page-head">
        <div>
          <p class="eyebrow">Analyst</p>
          <h1>{analyst.name}</h1>
          <p class="muted">{[analyst.title, analyst.firm?.name].filter(Boolean).join(" · ") || "Firm not stated"}</p>
        </div>
        <AnalystPicker class="page-picker" />
      </header>

      <div class="stats">
        <Stat label="companies covered" value={covered.length} />
        <Stat label="calls joined" value={calls.length} />
        <Stat label="questions" value={analyst.exchanges.totalCount} />
        <Stat label="topics raised" value={topics.length} />
      </div>

      <div class="grid grid-2">
        <Card title="Companies covered" id="covered">
          {covered.length === 0 ? (
            <Empty title="No company yet" />
          ) : (
            <ol class="rank-list">
              {covered.map((entry) => (
                <li key={entry.company.graphId}>
                  <span>
                    <a href={href.company(companyRef(entry.company))}>{entry.company.name}</a>
                    {entry.company.ticker !== null && <span class="muted small"> {entry.company.ticker}</span>}
                  </span>
                  <span class="rank-value">{plural(entry.calls, "call")}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card title="Topics asked about" id="topics">
          {topics.length === 0 ? (
            <Empty title="No topic found in their questions" />
          ) : (
            <ol class="bar-list">
              {topics.map((entry) => (
                <li key={entry.topic.name}>
                  <a href={href.topic(entry.topic.name)}>{entry.topic.name}</a>
                  <span class="bar" style={{ width: `${(entry.exchanges / maxExchanges) * 100}%` }} aria-hidden="true" />
                  <a class="figure rank-value" href={withPanel(route, { name: "mentions", topic: entry.topic.name, scope: { by: "asker", value: analyst.name } })} title={plural(entry.mentions, "mention")}>
                    {plural(entry.exchanges, "question")}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>

      <Card title={analyst.exchanges.totalCount > exchanges.length ? `Questions asked (the newest ${exchanges.length} of ${analyst.exchanges.totalCount})` : "Questions asked"} id="exchanges">
        {exchanges.length === 0 ? (
          <Empty title="No questions in the graph" />
        ) : (
          <ol class="exchange-list">
            {exchanges.map((exchange) => {
              const question = exchange.turns.find((turn) => turn.role === "ANALYST") ?? exchange.turns[0];
              const company = exchange.call?.company ?? null;
              return (
                <li key={exchange.id}>
                  <div>
                    {company !== null ? <a href={href.company(companyRef(company))}>{company.name}</a> : "Unknown company"}
                    <span class="muted">
                      {" "}
                      · {exchange.call?.periodLabel ?? "?"} · question {exchange.index + 1}
                    </span>
                  </div>
                  <p class="chips">
                    {exchange.topics.length === 0 && <span class="muted small">no topic found</span>}
                    {exchange.topics.slice(0, 6).map((topic) => (
                      <a class="chip chip-link" href={href.topic(topic.topic.name)} key={topic.topic.name}>
                        {topic.topic.name}
                      </a>
                    ))}
                  </p>
                  {question !== undefined && (
                    <a class="small" href={withPanel(route, { name: "turn", id: question.id })}>
                      Read the question →
                    </a>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </Card>

      {calls.length > 0 && (
        <Card title="Calls joined" id="calls">
          <ul class="plain-list columns">
            {calls.map((participation) => (
              <li key={participation.call.id}>
                {participation.call.company !== null ? <a href={href.company(companyRef(participation.call.company))}>{participation.call.company.name}</a> : "Unknown company"}
                <span class="muted">
                  {" "}
                  · {participation.call.periodLabel}
                  {formatDate(participation.call.date) !== null && <> · {formatDate(participation.call.date)}</>}
                  {participation.organization !== null && <> · for {participation.organization}</>}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
