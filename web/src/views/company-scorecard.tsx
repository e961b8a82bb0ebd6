import { Card } from "../components/card";
import { FactLink } from "../components/fact-link";
import { Empty } from "../components/states";
import { Verdict } from "../components/verdict";
import { formatSignedPercent, formatSignedPoints, metricLabel } from "../lib/format";
import type { Route } from "../lib/routes";
import type { OutcomeData } from "../queries";

function SurpriseCell({ outcome }: { outcome: OutcomeData }) {
  const result = outcome.surprise;
  if (result == null) return <span class="muted">—</span>;
  // Percent metrics (margins, growth) read in points; a percent of a percent says little.
  const main = outcome.guidance.unit === "percent" ? formatSignedPoints(result.absolute) : result.percent !== null ? formatSignedPercent(result.percent) : null;
  // Coloured by the verdict, not the sign: costs that come in under guidance are good news.
  const tone = outcome.verdict === "BEAT" ? "good" : outcome.verdict === "MISSED" ? "bad" : "neutral";
  const widths = result.rangeWidths === null ? null : `${result.rangeWidths >= 0 ? "+" : "\u2212"}${Math.abs(result.rangeWidths).toFixed(1)}× range`;
  return (
    <span class={`surprise surprise-${tone}`} title={`Actual against the guided midpoint${widths === null ? "" : `; ${widths} widths`}`}>
      {main ?? "—"}
      {widths !== null && <div class="small muted">{widths}</div>}
    </span>
  );
}

export function Scorecard({ outcomes, total, route, metric }: { outcomes: OutcomeData[]; total: number; route: Route; metric: string }) {
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
