import type { Extraction, Mentions } from "../model/facts.js";
import type { Transcript } from "../model/transcript.js";
import { callNames } from "./mentions/call-names.js";
import { extractMentions } from "./mentions/extract-mentions.js";
import { formatTraces } from "./metrics/explain.js";
import { extractMetricFacts } from "./metrics/metric-facts.js";
import { extractTopics, type TopicInput } from "./topics/extract-topics.js";
import { resolveGuidance } from "./metrics/resolve-guidance.js";
import { newTagger, type TaggedText } from "./text/nlp.js";
import { readWords } from "./text/tokens.js";
import { quarterEndOf, type CallPeriod } from "./text/periods.js";

/** When the parser found no fiscal year, the year the call speaks of most; 0 when it names none. */
function mostMentionedYear(t: Transcript): number {
  const counts = new Map<number, number>();
  for (const turn of t.turns.slice(0, 20)) {
    for (const m of turn.text.matchAll(/\b(?:19|20)\d\d\b/g)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  }
  let best = 0;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && y > best)) { best = y; n = c; }
  return best;
}

function callPeriodOf(transcript: Transcript): { call: CallPeriod; known: boolean } {
  const known = transcript.call.fiscalYear !== null && transcript.call.fiscalQuarter !== null;
  const call: CallPeriod = { year: transcript.call.fiscalYear ?? mostMentionedYear(transcript), quarter: transcript.call.fiscalQuarter ?? 4 };
  // Dates are read against the quarter's last day the call states, when its calendar is its own (text/periods.ts).
  const end = known ? quarterEndOf(transcript.text, call) : undefined;
  return { call: end ? { ...call, end } : call, known };
}

/** What `parse --explain` prints: each figure the metric pipeline read, with its decisions. */
export function explainMetrics(transcript: Transcript): string {
  const { call, known } = callPeriodOf(transcript);
  // The same tags as `extract` reads, so the explanation is of the same decisions.
  return formatTraces(extractMetricFacts(transcript, call, known, tagTurns(transcript)).traces);
}

/** The call's turns tagged by one tagger of their own: the same tags whatever was read before (text/nlp.ts). */
function tagTurns(transcript: Transcript): TaggedText[] {
  const tagger = newTagger();
  return transcript.turns.map((t) => tagger.tag(t.text));
}

/** The extract stage: a pure function of the transcript. Never throws on odd input. */
export function extract(transcript: Transcript): Extraction {
  const { call, known } = callPeriodOf(transcript);
  // Each turn is tagged once (the costliest step of extraction); the metric, topic and mention readers
  // read the same tags.
  const tagged = tagTurns(transcript);
  const metrics = extractMetricFacts(transcript, call, known, tagged).facts;
  const company = metrics.filter((m) => m.statedBy === "company");
  const outcomes = resolveGuidance({ guidance: company, actuals: company }).map((o) => ({
    ...o,
    guidance: metrics.indexOf(company[o.guidance]!),
    actual: metrics.indexOf(company[o.actual]!),
  }));
  const { mentions, input } = readTopicInput(transcript, tagged);
  return { metrics, topics: extractTopics(input), mentions, outcomes };
}

/**
 * The call's mentions, and what the topic ranker reads: the call's names, the people and
 * organizations it mentions, and each turn's words, from the turns' tags (tagged here when not given).
 * Also what the topic tools in scripts/ rank from.
 */
export function readTopicInput(transcript: Transcript, tagged = tagTurns(transcript)): { mentions: Mentions; input: TopicInput } {
  const names = callNames(transcript);
  const words = transcript.turns.map((t, i) => readWords(t.text, tagged[i]!));
  const mentions = extractMentions(transcript, names, words);
  return {
    mentions,
    input: {
      transcript,
      names,
      people: mentions.people.flatMap((p) => [p.name, ...p.aliases]),
      organizations: mentions.organizations.flatMap((o) => [o.name, ...o.aliases]),
      words,
    },
  };
}
