/**
 * The metric names of a text, for readers other than the figure pipeline (the topic finder keeps
 * measures out of topics). The table itself is lexicon.ts.
 */
import { findMetricNames } from "./lexicon.js";

export { METRICS, metricDefinition } from "./lexicon.js";

export interface MetricMention {
  start: number;
  end: number;
  metric: string;
}

/** Every metric name in the text, left to right. */
export function findMetricMentions(text: string): MetricMention[] {
  return findMetricNames(text.toLowerCase()).map((m) => ({ start: m.start, end: m.end, metric: m.def.name }));
}
