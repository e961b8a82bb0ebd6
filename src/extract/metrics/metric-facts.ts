/**
 * Metric facts of a call: the figures the pipeline (read-figures.ts) kept, each with the sentence
 * that states it as its quote, mapped to offsets into the source. A fact stated twice (the same
 * measure, period, kind, value, unit and basis) is kept once, where it is first said.
 */
import type { MetricFact } from "../../model/facts.js";
import type { Transcript } from "../../model/transcript.js";
import type { TaggedText } from "../text/nlp.js";
import type { CallPeriod } from "../text/periods.js";
import { buildOffsetMap } from "../text/source-offsets.js";
import { readCallFigures, type FigureTrace } from "./read-figures.js";

export interface MetricExtraction {
  facts: MetricFact[];
  /** Every figure read, with each stage's decision: what `parse --explain` prints. */
  traces: FigureTrace[];
}

export function extractMetricFacts(transcript: Transcript, call: CallPeriod, known: boolean, tagged?: readonly TaggedText[]): MetricExtraction {
  const traces = readCallFigures(transcript, call, known, tagged);
  const seen = new Set<string>();
  const facts: MetricFact[] = [];
  const maps = new Map<number, ReturnType<typeof buildOffsetMap>>();
  const turns = new Map(transcript.turns.map((turn) => [turn.index, turn]));
  for (const t of traces) {
    const f = t.fact;
    if (!f) continue;
    const key = [f.metric, f.period, f.kind, f.value, f.low, f.high, f.unit, f.basis].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const turn = turns.get(t.turn)!;
    let map = maps.get(t.turn);
    if (!map) maps.set(t.turn, (map = buildOffsetMap(transcript.text, turn)));
    const start = map.toSource(t.sentenceStart);
    const end = map.toSource(t.sentenceEnd);
    facts.push({
      metric: f.metric, value: f.value, low: f.low, high: f.high, unit: f.unit, period: f.period, kind: f.kind, basis: f.basis,
      statedBy: "company", speaker: t.speaker, turn: t.turn, quote: transcript.text.slice(start, end), start, end,
      scope: f.scope, confidence: f.confidence,
    });
  }
  return { facts, traces };
}
