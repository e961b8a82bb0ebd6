import type { ComponentChildren } from "preact";
import { formatFact, metricLabel } from "../lib/format";
import type { Route } from "../lib/routes";
import type { FactFields } from "../queries";
import { withPanel } from "../router";

/** A figure as a link to its quote (the side panel), so it works from the keyboard and can be shared. */
export function FactLink({ fact, route, children }: { fact: FactFields; route: Route; children?: ComponentChildren }) {
  const text = formatFact(fact);
  return (
    <a class="figure" href={withPanel(route, { name: "quote", id: fact.id })} title={`Open the quote: ${metricLabel(fact.metricName)} ${fact.periodLabel} ${text}`} data-fact={fact.id}>
      {children ?? text}
    </a>
  );
}
