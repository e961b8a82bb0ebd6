/**
 * Metric facts of a call: the figures the pipeline (read-figures.ts) kept, each with the sentence
 * that states it as its quote, mapped to offsets into the source. A fact stated twice (the same
 * measure, period, kind, value, unit and basis) is kept once, where it is first said.
 */
import type { MetricFact } from "../../model/facts.js";
import type { Transcript } from "../../model/transcript.js";
import type { TaggedText } from "../text/nlp.js";
import { parsePeriodLabel, periodLabel, type CallPeriod, type Period } from "../text/periods.js";
import { buildOffsetMap } from "../text/source-offsets.js";
import { METRICS } from "./lexicon.js";
import { readCallFigures, type FigureFact, type FigureTrace } from "./read-figures.js";

export interface MetricExtraction {
  facts: MetricFact[];
  /** Every figure read, with each stage's decision: what `parse --explain` prints. */
  traces: FigureTrace[];
}

/** Money units a company's amounts are stated in. */
const MONEY = new Set(["USD", "EUR", "GBP", "DKK", "JPY", "CHF", "CAD"]);

/** Words of a whole year in a sentence ("for the full year", "the year ended December 31"). */
const YEAR_WORDS = /\b(?:full[- ]year|for the (?:full |fiscal )?year|fiscal year|annual|twelve months|12 months|year ended|year-end)\b/i;

/**
 * A company's amount of a measure for a period is one figure (rounding apart), and so is its
 * outlook. When the call gives the company two of them and one is less than half the other, the
 * smaller is a part's (a segment, a revenue line, a subsidiary, cash used) that the words did not
 * tell apart: left out, since a wrong fact is worse than a missing one ("revenues rose 15% to $1.1
 * billion" beside "event driven revenues rose $5 million to $73 million").
 */
function dropParts(traces: readonly FigureTrace[]): void {
  const groups = new Map<string, FigureTrace[]>();
  // The size of an actual, or of an outlook's upper end ("sales of $4.9 billion to $5.3 billion" beside "our 2021 sales guidance
  // of $80 million", a product line's).
  const size = (t: FigureTrace): number => Math.abs(t.fact!.value ?? Math.max(Math.abs(t.fact!.low ?? 0), Math.abs(t.fact!.high ?? 0)));
  for (const t of traces) {
    const f = t.fact;
    // Amounts only: a per-share measure has several definitions of one size (GAAP and adjusted EPS).
    if (!f || f.scope !== "company" || (f.kind !== "actual" && f.kind !== "guidance") || !MONEY.has(f.unit) || (f.value === null && f.high === null) || /(?:^|_)(?:eps|dividend|per_share|earnings)$/.test(f.metric)) continue;
    // Revenue is one size on every basis ("$1.2 billion in sales" as reported beside "Surgical Structural Heart ... global sales was
    // $213 million"); profits may not be (an impairment can halve a GAAP income), so they are compared on one basis only.
    const key = `${f.metric}|${f.period}|${f.kind}|${f.metric === "revenue" ? "" : f.basis ?? ""}|${f.unit}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const parts = new Set<string>();
  // (Only a figure dated as surely as the one it would leave out sets the size: "Total GAAP revenue for the full year ended December 31,
  // 2021, was $719 million", read as the quarter's, is no measure of the quarter's $186.7 million.)
  const sureOfSpan = (t: FigureTrace): boolean => !(/-Q\d$/.test(t.fact!.period) && YEAR_WORDS.test(t.sentence) && !/\bquarter\b/i.test(t.sentence));
  for (const group of groups.values()) {
    const metric = group[0]!.fact!.metric;
    const largest = group.filter(sureOfSpan).reduce((m, t) => Math.max(m, size(t)), 0);
    const top = group.find((t) => size(t) === largest && sureOfSpan(t));
    if (!top) continue;
    for (const t of group) {
      if (size(t) * 2 >= largest) continue;
      // Two in one sentence are two measures the speaker sets side by side ("consolidated revenue fell 4% to
      // $4 billion, and fee revenue declined 7% to $1.4 billion"), not a part mistaken for the whole.
      if (t.turn === top.turn && t.sentenceStart === top.sentenceStart) continue;
      const why = `less than half of another company ${t.fact!.metric} ${t.fact!.kind === "guidance" ? "outlook " : ""}of ${t.fact!.period} in this call (${largest}): a part's figure`;
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

/** Quarters each span holds. */
const HOLDS: Record<string, readonly string[]> = { FY: ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M"], "9M": ["Q1", "Q2", "Q3", "H1"], H1: ["Q1", "Q2"], H2: ["Q3", "Q4"] };

function nested(a: Period, b: Period): boolean {
  return a.year === b.year && a.part !== b.part && ((HOLDS[a.part]?.includes(b.part) ?? false) || (HOLDS[b.part]?.includes(a.part) ?? false));
}

/** The definition a fact's metric is of ("mission_systems_revenue" is a revenue), by the longest name it ends in. */
function definitionOf(metric: string): (typeof METRICS)[number] | undefined {
  let best: (typeof METRICS)[number] | undefined;
  for (const d of METRICS) if ((metric === d.name || metric.endsWith(`_${d.name}`)) && (!best || d.name.length > best.name.length)) best = d;
  return best;
}

/**
 * An amount earned over a period (revenue, net income, EPS; not a balance, a dividend or a rate) is
 * not the same for a quarter and for the half, nine months or year that holds it. When a call's
 * facts give one such amount to both, one period is wrong ("Lower rates were the primary driver for
 * our net interest income decline to $544 million" read as the year's, beside "net interest income
 * was $544 million" for the quarter): the one whose period the sentence did not say is left out. When
 * neither said it, the call's own quarter is kept and the span carried from earlier sentences left
 * out, or both when neither is the call's quarter, since a wrong fact is worse than a missing one.
 * Two that the sentences both date are kept: the speaker said so.
 */
function dropNestedEchoes(traces: readonly FigureTrace[], call: CallPeriod): void {
  const own = `${call.year}-Q${call.quarter}`;
  const groups = new Map<string, FigureTrace[]>();
  for (const t of traces) {
    const f = t.fact;
    if (!f || f.kind === "change" || !(MONEY.has(f.unit) || MONEY.has(f.unit.replace(/\/share$/, "")))) continue;
    const def = definitionOf(f.metric);
    if (!def || def.balance || def.name === "dividend" || f.value === 0 || !parsePeriodLabel(f.period)) continue;
    const key = [f.metric, f.kind, f.value, f.low, f.high, f.unit].join("|");
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const bySentence = new Map<string, FigureTrace[]>();
  for (const t of traces) {
    const key = `${t.turn}|${t.sentenceStart}`;
    const list = bySentence.get(key);
    if (list) list.push(t);
    else bySentence.set(key, [t]);
  }
  for (const all of groups.values()) {
    // (One left out with an earlier group's figure is no longer there.)
    const group = all.filter((t) => t.fact !== null);
    // Each period the amount is given to, and whether some sentence said it.
    const periods = new Map<string, { period: Period; said: boolean }>();
    for (const t of group) {
      const p = periods.get(t.fact!.period) ?? { period: parsePeriodLabel(t.fact!.period)!, said: false };
      p.said ||= t.periodSaid === true;
      periods.set(t.fact!.period, p);
    }
    if (periods.size < 2) continue;
    const wrong: { t: FigureTrace; metric: string; period: Period; other: string }[] = [];
    for (const t of group) {
      if (t.periodSaid) continue;
      const mine = periods.get(t.fact!.period)!.period;
      // Neither said: the call's own quarter, every figure's default, is kept over a span carried from earlier sentences.
      const other = [...periods.entries()].find(([, o]) => nested(mine, o.period) && (o.said || t.fact!.period !== own));
      if (other) wrong.push({ t, metric: t.fact!.metric, period: mine, other: other[0] });
    }
    for (const { t, period, other } of wrong) {
      const why = `the same amount is given to ${other} in this call, and an amount earned over a period differs between a span and a part of it; this sentence does not say its period ${periodLabel(period)}`;
      t.steps.push({ stage: "period", rule: "nested-echo", note: why });
      t.dropped = why;
      t.fact = null;
    }
    // "Adjusted EPS was $0.48 per share versus $0.44 per share in the prior-year period, a 9% increase": what the sentence
    // says of the figure (its base, its change) was dated by the same wrong period.
    for (const { t: w, metric, period } of wrong) {
      const dated = new Set([periodLabel(period), periodLabel({ year: period.year - 1, part: period.part })]);
      for (const t of bySentence.get(`${w.turn}|${w.sentenceStart}`)!) {
        const f = t.fact;
        if (!f || !dated.has(f.period) || f.metric.replace(/_change$/, "") !== metric) continue;
        const why = "said in the sentence of a figure left out for its period, and dated by that period";
        t.steps.push({ stage: "period", rule: "nested-echo", note: why });
        t.dropped = why;
        t.fact = null;
      }
    }
  }
}

/**
 * A figure said in an answer to an analyst, in a sentence that names no period of its own, is left out. Answers give run-rates,
 * other periods, parts of the business and round numbers of what the prepared remarks stated exactly ("Today at $2.4 billion --
 * just roughly $2.4 billion of revenue, our Florida exposure is much less"; "We -- over 20% top line growth"): on the labelled
 * calls, 5 of 21 such facts were right, against 96% of the prepared remarks'. One whose sentence dates it ("We did buy back about
 * $40 million of shares in Q4") is kept.
 */
function dropUndatedAnswers(traces: readonly FigureTrace[], transcript: Transcript): void {
  const qa = new Set(transcript.turns.filter((turn) => turn.section === "qa").map((turn) => turn.index));
  for (const t of traces) {
    if (!t.fact || t.periodSaid || !qa.has(t.turn)) continue;
    const why = "said in an answer, in a sentence that names no period of its own: an answer's figure is as often a run-rate, a part or another period";
    t.steps.push({ stage: "period", rule: "undated-answer", note: why });
    t.dropped = why;
    t.fact = null;
  }
}

/** A figure's measure, period, kind, amount and unit: what two sayings of one figure share. */
function figureKey(f: FigureFact): string {
  return [f.metric, f.period, f.kind, f.value, f.low, f.high, f.unit].join("|");
}

/**
 * One figure said twice, once with its basis and once without ("our fourth-quarter adjusted EPS of $1.10" and "we still
 * delivered our earnings of $1.10"), is one fact: the one that says its basis is kept, and the bare one left out, since read
 * alone it would be stored as a figure of no stated basis beside the same figure as adjusted (or as reported).
 */
function dropBareEchoes(traces: readonly FigureTrace[]): void {
  const sameFigure = (f: FigureFact): string => `${figureKey(f)}|${f.scope}`;
  const qualified = new Map<string, FigureTrace>();
  for (const t of traces) if (t.fact && t.fact.basis !== null && !qualified.has(sameFigure(t.fact))) qualified.set(sameFigure(t.fact), t);
  for (const t of traces) {
    if (!t.fact || t.fact.basis !== null) continue;
    const other = qualified.get(sameFigure(t.fact));
    if (!other) continue;
    const why = `the same figure is said with its basis (${other.fact!.basis}) elsewhere in this call: "${other.sentence.slice(0, 80)}"`;
    t.steps.push({ stage: "basis", rule: "bare-echo", note: why });
    t.dropped = why;
    t.fact = null;
  }
}

export function extractMetricFacts(transcript: Transcript, call: CallPeriod, known: boolean, tagged?: readonly TaggedText[]): MetricExtraction {
  const traces = readCallFigures(transcript, call, known, tagged);
  dropUndatedAnswers(traces, transcript);
  // (Echoes first: "Owens Corning delivered record revenue of $7.2 billion ... in 2019", read as the quarter's and then left out as
  // the year's echo, sets no size for the quarter's $1.7 billion.)
  dropNestedEchoes(traces, call);
  dropParts(traces);
  dropBareEchoes(traces);
  const seen = new Set<string>();
  const facts: MetricFact[] = [];
  const maps = new Map<number, ReturnType<typeof buildOffsetMap>>();
  const turns = new Map(transcript.turns.map((turn) => [turn.index, turn]));
  for (const t of traces) {
    const f = t.fact;
    if (!f) continue;
    const key = `${figureKey(f)}|${f.basis}`;
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
