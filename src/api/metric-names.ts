import { findMetricMentions } from "../extract/metrics/metric-vocabulary.js";
import { ALIAS_NAMES } from "./metric-catalog.js";

/**
 * The metric a client means by `input`, among `known` names (the graph's metrics and the
 * vocabulary), or null. Tried in order: the name itself in any case with spaces or hyphens for
 * underscores ("Gross Margin" → gross_margin); a catalog alias ("sales" → revenue, "EPS" → eps);
 * the words calls use for it, as the extractor reads them ("net sales", "diluted earnings per share").
 */
export function resolveMetricName(input: string, known: readonly string[]): string | null {
  const lower = input.trim().toLowerCase();
  const snake = lower.replace(/[\s-]+/g, "_");
  const names = new Set(known);
  if (names.has(snake)) return snake;
  const alias = ALIAS_NAMES.get(lower);
  if (alias !== undefined && names.has(alias)) return alias;
  const spoken = lower.replace(/_/g, " ");
  const mentions = findMetricMentions(spoken);
  const whole = mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === spoken.length ? mentions[0]!.metric : null;
  return whole !== null && names.has(whole) ? whole : null;
}
