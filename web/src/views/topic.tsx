import { Card, Chip, Stat } from "../components/card";
import { BarChart } from "../components/charts";
import { TopicPicker } from "../components/pickers";
import { Empty, ErrorMessage, Loading } from "../components/states";
import { formatCount, plural } from "../lib/format";
import { companyRef, href, type MentionScope, type Route } from "../lib/routes";
import { TOPIC_VIEW, type TopicData } from "../queries";
import { navigate, withPanel } from "../router";
import { useQuery } from "../use-query";

export function TopicPage({ route, topicRef }: { route: Route; topicRef: string }) {
  const state = useQuery<TopicData>(TOPIC_VIEW, { ref: topicRef });
  if (state.status === "loading" || state.status === "idle") return <Loading label="Loading the topic" />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const topic = state.data.topic;
  if (topic === null) {
    return (
      <div class="page">
        <Empty title={`No topic “${topicRef}” in the graph`}>
          Topics are products, programs, technologies and themes the calls talk about. Find one:
          <TopicPicker class="inline" />
        </Empty>
      </div>
    );
  }
  const mentionsHref = (scope: MentionScope) => withPanel(route, { name: "mentions", topic: topic.name, scope });
  const total = topic.mentionsByPeriod.reduce(
    (sum, period) => ({ mentions: sum.mentions + period.mentions, turns: sum.turns + period.turns, calls: sum.calls + period.calls }),
    { mentions: 0, turns: 0, calls: 0 },
  );
  const rows = topic.mentionsByPeriod.map((period) => ({
    label: period.periodLabel,
    value: period.mentions,
    detail: `${plural(period.mentions, "mention")} in ${plural(period.turns, "turn")} of ${plural(period.calls, "call")}`,
  }));
  return (
    <div class="page">
      <header class="page-head">
        <div>
          <p class="eyebrow">Topic{topic.kind !== null && <> · {topic.kind.toLowerCase()}</>}</p>
          <h1>{topic.name}</h1>
          {topic.aliases.length > 0 && <p class="muted">Also said as “{topic.aliases.join("”, “")}”</p>}
        </div>
        <TopicPicker class="page-picker" />
      </header>

      <div class="stats">
        <Stat label="mentions" value={<a href={mentionsHref(null)}>{formatCount(total.mentions)}</a>} />
        <Stat label="turns" value={formatCount(total.turns)} />
        <Stat label="calls" value={formatCount(total.calls)} />
        <Stat label="companies" value={topic.mentionsByCompany.totalCount} />
        <Stat label="analysts asking" value={topic.askers.totalCount} />
      </div>

      <Card title="Mentions by period" id="trend">
        {rows.length === 0 ? (
          <Empty title="No mentions yet" />
        ) : (
          <>
            <BarChart rows={rows} label={`Mentions of ${topic.name} per period`} onOpen={(row) => navigate(mentionsHref({ by: "period", value: row.label }))} />
            <div class="table-wrap">
              <table class="figures compact-table">
                <caption class="visually-hidden">Mentions per period; each count opens the turns it counts</caption>
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col" class="num">
                      Mentions
                    </th>
                    <th scope="col" class="num">
                      Turns
                    </th>
                    <th scope="col" class="num">
                      Calls
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...topic.mentionsByPeriod].reverse().map((period) => (
                    <tr key={period.periodLabel}>
                      <th scope="row">{period.periodLabel}</th>
                      <td class="num">
                        <a class="figure" href={mentionsHref({ by: "period", value: period.periodLabel })}>
                          {period.mentions}
                        </a>
                      </td>
                      <td class="num">{period.turns}</td>
                      <td class="num">{period.calls}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>

      <div class="grid grid-3">
        <Card title="Companies that mention it" id="companies">
          {topic.mentionsByCompany.nodes.length === 0 ? (
            <Empty title="None" />
          ) : (
            <ol class="rank-list">
              {topic.mentionsByCompany.nodes.map((entry) => (
                <li key={entry.company.graphId}>
                  <a href={href.company(companyRef(entry.company))}>{entry.company.name}</a>
                  {entry.company.ticker !== null && <span class="muted small"> {entry.company.ticker}</span>}
                  <span class="rank-value">
                    <a class="figure" href={mentionsHref({ by: "company", value: entry.company.graphId })} title={`${plural(entry.turns, "turn")} in ${plural(entry.calls, "call")}`}>
                      {plural(entry.mentions, "mention")}
                    </a>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card title="Analysts who ask about it" id="askers">
          {topic.askers.nodes.length === 0 ? (
            <Empty title="No analyst raised it">It comes up in prepared remarks or answers only.</Empty>
          ) : (
            <ol class="rank-list">
              {topic.askers.nodes.map((asker) => (
                <li key={asker.analyst.name} data-asker={asker.analyst.name}>
                  <span>
                    <a href={href.analyst(asker.analyst.name)}>{asker.analyst.name}</a>
                    {asker.analyst.firm !== null && <div class="muted small">{asker.analyst.firm.name}</div>}
                  </span>
                  <span class="rank-value">
                    <a class="figure" href={mentionsHref({ by: "asker", value: asker.analyst.name })} title={plural(asker.mentions, "mention")}>
                      {plural(asker.exchanges, "question")}
                    </a>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card title="Mentioned alongside" id="co-mentioned">
          {topic.coMentioned.nodes.length === 0 ? (
            <Empty title="Always on its own" />
          ) : (
            <ol class="rank-list">
              {topic.coMentioned.nodes.map((entry) => (
                <li key={entry.topic.name}>
                  <span>
                    <a href={href.topic(entry.topic.name)}>{entry.topic.name}</a> {entry.topic.kind !== null && <Chip>{entry.topic.kind.toLowerCase()}</Chip>}
                  </span>
                  <span class="rank-value">
                    <a class="figure" href={mentionsHref({ by: "with", value: entry.topic.name })} title={`in ${plural(entry.calls, "call")}`}>
                      {plural(entry.turns, "turn")}
                    </a>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}
