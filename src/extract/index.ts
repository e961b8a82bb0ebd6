import type { Extraction } from "../model/facts.js";
import type { Transcript } from "../model/transcript.js";
import { callNames } from "./call-names.js";
import { extractMentions } from "./extract-mentions.js";
import { extractMetrics } from "./extract-metrics.js";
import { extractTopics } from "./extract-topics.js";
import { resolveGuidance } from "./resolve-guidance.js";

/** The extract stage: a pure function of the transcript. Never throws on odd input. */
export function extract(transcript: Transcript): Extraction {
  const call = {
    year: transcript.call.fiscalYear ?? new Date().getUTCFullYear(),
    quarter: transcript.call.fiscalQuarter ?? 4,
  };
  const metrics = extractMetrics({ transcript, call });
  const company = metrics.filter((m) => m.statedBy === "company");
  const outcomes = resolveGuidance({ guidance: company, actuals: company }).map((o) => ({
    ...o,
    guidance: metrics.indexOf(company[o.guidance]!),
    actual: metrics.indexOf(company[o.actual]!),
  }));
  const names = callNames(transcript);
  const mentions = extractMentions(transcript, names);
  const entities = [...mentions.people.flatMap((p) => [p.name, ...p.aliases]), ...mentions.organizations.map((o) => o.name)];
  const topics = extractTopics({ transcript, names, entities });
  return { metrics, topics, mentions, outcomes };
}
