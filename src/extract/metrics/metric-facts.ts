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

/** Money units a company's amounts are stated in. */
const MONEY = new Set(["USD", "EUR", "GBP", "DKK", "JPY", "CHF", "CAD"]);

/**
 * A company's amount of a measure for a period is one figure (rounding apart). When the call gives
 * the company two of them and one is less than half the other, the smaller is a part's (a segment,
 * a revenue line, a subsidiary, cash used) that the words did not tell apart: left out, since a
 * wrong fact is worse than a missing one ("revenues rose 15% to $1.1 billion" beside "event driven
 * revenues rose $5 million to $73 million").
 */
function dropParts(traces: readonly FigureTrace[]): void {
  const groups = new Map<string, FigureTrace[]>();
  for (const t of traces) {
    const f = t.fact;
    // Amounts only: a per-share measure has several definitions of one size (GAAP and adjusted EPS).
    if (!f || f.scope !== "company" || f.kind !== "actual" || !MONEY.has(f.unit) || f.value === null || /(?:^|_)(?:eps|dividend|per_share|earnings)$/.test(f.metric)) continue;
    const key = `${f.metric}|${f.period}|${f.basis ?? ""}|${f.unit}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const parts = new Set<string>();
  for (const group of groups.values()) {
    const metric = group[0]!.fact!.metric;
    const largest = group.reduce((m, t) => Math.max(m, Math.abs(t.fact!.value!)), 0);
    const top = group.find((t) => Math.abs(t.fact!.value!) === largest)!;
    for (const t of group) {
      if (Math.abs(t.fact!.value!) * 2 >= largest) continue;
      // Two in one sentence are two measures the speaker sets side by side ("consolidated revenue fell 4% to
      // $4 billion, and fee revenue declined 7% to $1.4 billion"), not a part mistaken for the whole.
      if (t.turn === top.turn && t.sentenceStart === top.sentenceStart) continue;
      const why = `less than half of another company ${t.fact!.metric} of ${t.fact!.period} in this call (${largest}): a part's figure`;
      t.steps.push({ stage: "scope", rule: "part-of-larger", note: why });
      t.dropped = why;
      t.fact = null;
      parts.add(`${t.turn}|${t.sentenceStart}|${metric}`);
    }
  }
  // "Revenue was $143 million and grew 2%": what the sentence says of a part's figure (its change, its base) is the part's too.
  for (const t of traces) {
    const f = t.fact;
    if (!f || f.scope !== "company" || !parts.has(`${t.turn}|${t.sentenceStart}|${f.metric}`)) continue;
    const why = "said in the sentence of a figure left out as a part's, so a part's too";
    t.steps.push({ stage: "scope", rule: "part-of-larger", note: why });
    t.dropped = why;
    t.fact = null;
  }
}

export function extractMetricFacts(transcript: Transcript, call: CallPeriod, known: boolean, tagged?: readonly TaggedText[]): MetricExtraction {
  const traces = readCallFigures(transcript, call, known, tagged);
  dropParts(traces);
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
