/**
 * Metric facts from the turns of a transcript: each figure a speaker states is tied to the metric
 * it measures, the period it belongs to, its kind and basis, and the sentence that states it.
 */
import type { Basis, FactKind, MetricFact, StatedBy, Unit } from "../model/facts.js";
import type { Transcript, Turn } from "../model/transcript.js";
import { findMetricMentions, metricDefinition, type MetricMention } from "./metric-vocabulary.js";
import {
  callAsPeriod, findPeriods, periodEnd, periodLabel, resolveMention,
  type CallPeriod, type Period, type PeriodMention,
} from "./periods.js";
import { findQuantities, type Quantity } from "./quantities.js";
import { splitSentences } from "./sentences.js";
import { buildOffsetMap } from "./source-offsets.js";
import { callWideBasis, localBasis } from "./basis.js";

/** A fact before its quote is mapped to source offsets: offsets are into the turn's text. */
interface DraftFact extends Omit<MetricFact, "quote" | "start" | "end"> {
  qStart: number;
  qEnd: number;
}

interface TurnState {
  /** Metric of the last sentence that named one (prepared remarks carry the subject on). */
  lastMetric: MetricMention | null;
  sentencesSinceMetric: number;
  /** Latest non-past period explicitly named in this turn: the period under discussion. */
  discourse: Period | null;
  /** Latest future period named in this turn: the target of guidance that names none. */
  guidanceTarget: Period | null;
}

const CHANGE_BEFORE = /\b(?:up|down|increased?|decreased?|increases|decreases|grew|growth|grow|rose|rise|fell|fall|declined?|declines|improved?|improvement|expanded|expansion|contracted|contraction|reduction|reduced|gain|gained|lower|higher|dropped|climbed)\s+(?:of\s+|by\s+)?(?:(?:approximately|about|roughly|nearly|almost|around|over|more than|less than|just over|just under|some|an?|only|just|another|a further)\s+)*$/i;
const CHANGE_AFTER = /^\s*(?:or\s+(?:so\s+)?)?(?:increase|decrease|improvement|rise|decline|drop|higher|lower|growth|expansion|contraction|reduction|year[- ]over[- ]year|yoy|y\/y|sequential(?:ly)?|better|worse|up|down)\b/i;
const GUIDANCE_CUE = /\b(?:expect\w*|anticipat\w*|guid(?:e|ed|ing|ance)|outlook|forecast\w*|project(?:ed|ing|ion|ions)|estimat\w*|target\w*|plan(?:s|ning)? to|assum\w+|implies|implied|midpoint|range of)\b/i;
const GUIDANCE_AFTER = /^[\s\w%-]{0,25}?\b(?:guidance|guided|outlook|forecast|target|midpoint)\b/i;
const ACTUAL_CUE = /\b(?:was|were|came in|reported|delivered|achieved|ended|recorded|generated|grew|actual)\b/i;
const SHARE_OF = /^\s*(?:of\s+(?:our\s+|the\s+)?(?:\S+\s+){0,2}(?:total\s+)?(?:revenues?|sales|net sales)\b)/i;
const LOOKAHEAD_PERIOD_GAP = /^(?:\s+[\w-]+){0,3}?\s+(?:in|for|during|at|of|through|ending)\s+(?:the\s+)?$/i;
const LOOKAHEAD_METRIC_GAP = /^\s+(?:(?:of|in)\s+(?:[A-Za-z][\w-]*\s+){0,2})?$/;

export interface MetricExtractionOptions {
  transcript: Transcript;
  call: CallPeriod;
}

export function extractMetrics({ transcript, call }: MetricExtractionOptions): MetricFact[] {
  const roles = new Map(transcript.participants.map((p) => [p.name, p.role]));
  const defaultBasis = callWideBasis(transcript);
  const drafts: { turn: Turn; facts: DraftFact[] }[] = [];
  for (const turn of transcript.turns) {
    const role = turn.speaker ? roles.get(turn.speaker) ?? "other" : "other";
    if (role === "operator") continue;
    const statedBy: StatedBy = role === "analyst" ? "analyst" : "company";
    const facts = extractFromTurn({ turn, call, statedBy, defaultBasis });
    if (facts.length) drafts.push({ turn, facts });
  }
  return finish(transcript, drafts);
}

interface TurnInput {
  turn: Turn;
  call: CallPeriod;
  statedBy: StatedBy;
  defaultBasis: Basis | null;
}

function extractFromTurn({ turn, call, statedBy, defaultBasis }: TurnInput): DraftFact[] {
  const text = turn.text;
  const out: DraftFact[] = [];
  const carry = turn.section !== "qa";
  const state: TurnState = { lastMetric: null, sentencesSinceMetric: 99, discourse: null, guidanceTarget: null };
  const callP = callAsPeriod(call);
  for (const sp of splitSentences(text)) {
    const s = text.slice(sp.start, sp.end);
    const hasDigit = /\d/.test(s);
    if (!hasDigit && !carry) continue;
    const metrics = findMetricMentions(s);
    const periods = findPeriods(s, call);
    if (hasDigit) {
      const qs = findQuantities(s).filter((q) => q.marked);
      let prev: { q: Quantity; kind: FactKind; period: Period } | null = null;
      const consumed = new Set<PeriodMention>();
      for (const q of qs) {
        const fact = readFigure({ s, q, metrics, periods, prev, state, call: callP, statedBy, carry, defaultBasis, consumed });
        if (!fact) continue;
        prev = { q, kind: fact.kind, period: fact.periodObj };
        if (fact.explicitPeriod && fact.kind !== "prior" && fact.kind !== "change") state.discourse = fact.periodObj;
        if (fact.kind === "guidance") state.guidanceTarget = fact.periodObj;
        out.push({ ...fact.draft, turn: turn.index, speaker: turn.speaker, qStart: sp.start, qEnd: sp.end });
      }
    }
    updateState(state, metrics);
  }
  return out;
}

function updateState(state: TurnState, metrics: MetricMention[]): void {
  const last = metrics[metrics.length - 1];
  if (last) { state.lastMetric = last; state.sentencesSinceMetric = 0; }
  else state.sentencesSinceMetric++;
}

interface FigureInput {
  s: string;
  q: Quantity;
  metrics: MetricMention[];
  periods: PeriodMention[];
  prev: { q: Quantity; kind: FactKind; period: Period } | null;
  state: TurnState;
  call: Period;
  statedBy: StatedBy;
  carry: boolean;
  defaultBasis: Basis | null;
  /** Period mentions already claimed by an earlier figure of the sentence as its trailing date. */
  consumed: Set<PeriodMention>;
}

interface ReadFigure {
  draft: Omit<DraftFact, "turn" | "speaker" | "qStart" | "qEnd">;
  kind: FactKind;
  periodObj: Period;
  explicitPeriod: boolean;
}

function readFigure(x: FigureInput): ReadFigure | null {
  const { s, q, metrics, periods, prev, state, call } = x;
  const leadStart = prev ? prev.q.end : 0;
  const lead = s.slice(leadStart, q.start);
  const after = s.slice(q.end, q.end + 60);
  const isPercent = q.unit === "percent" || q.unit === "bps";

  const mention = pickMetric(x, isPercent);
  if (!mention) return null;
  let metric = mention.metric;
  const def = metricDefinition(metric);
  if (!def) return null;

  const qText = s.slice(q.start, q.end).toLowerCase();
  let change = q.unit === "bps" || /point/.test(qText) || CHANGE_BEFORE.test(lead.slice(-60)) || CHANGE_AFTER.test(after);
  if (/\b(?:from|to|at)\s+(?:the\s+|a\s+|an\s+)?$/i.test(lead) && !/\b(?:by|of)\s+$/i.test(lead)) change = CHANGE_AFTER.test(after) && !/^\s*(?:level|figure)/i.test(after);
  let unit: Unit = q.unit;

  if (q.perShare && metric !== "dividend" && !metric.startsWith("eps") && def.family === "money") metric = "eps";
  switch (def.family) {
    case "money":
      if (unit === "percent") {
        if (change) { metric = `${metric}_growth`; change = false; }
        else if (!SHARE_OF.test(after) || metric === "revenue") return null;
      } else if (unit === "count") {
        if (/^\s*(?:shares|units|customers|subscribers)\b/i.test(after)) return null;
        unit = "USD";
      } else if (unit === "times" && metric === "inventory") metric = "inventory_turns";
      else if (unit === "bps" || unit === "days" || unit === "times") return null;
      break;
    case "percent":
      if (unit !== "percent" && unit !== "bps") return null;
      if (metric.endsWith("_growth") || metric === "organic_growth") change = false;
      break;
    case "days":
      if (unit !== "days") return null;
      break;
    case "times":
      if (unit !== "times") return null;
      break;
    case "count":
      break;
  }

  const { period, explicit } = pickPeriod(x, mention.start >= q.end ? mention.end : q.end);
  let kind: FactKind;
  const cueWindow = lastWords(lead, 10);
  const explicitGuidance = GUIDANCE_CUE.test(cueWindow) || GUIDANCE_AFTER.test(after);
  const inherited = prev?.kind === "guidance" && !ACTUAL_CUE.test(lead) && periodEnd(period) >= periodEnd(call);
  if (change) kind = "change";
  else if (explicitGuidance || inherited) kind = "guidance";
  else if (periodEnd(period) < periodEnd(call)) kind = "prior";
  else if (periodEnd(period) > periodEnd(call) && !/\b(?:was|were|came in|reported)\b/i.test(lead)) kind = "guidance";
  else kind = "actual";

  const basis = mention.basis ?? localBasis(s.slice(0, q.start)) ?? x.defaultBasis;
  return {
    draft: {
      metric,
      value: q.value,
      low: q.low,
      high: q.high,
      unit,
      period: periodLabel(period),
      kind,
      basis,
      statedBy: x.statedBy,
    },
    kind,
    periodObj: period,
    explicitPeriod: explicit,
  };
}

function lastWords(text: string, n: number): string {
  const words = text.split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(" ");
}

/** Metric named right after the figure ("$0.1 million of litigation expenses"), else the nearest before it, else the carried subject. */
function pickMetric(x: FigureInput, isPercent: boolean): MetricMention | null {
  const { s, q, metrics, state } = x;
  for (const m of metrics) {
    if (m.start < q.end) continue;
    const gap = s.slice(q.end, m.start);
    if (gap.length > 40) break;
    if (isPercent ? /^\s+$/.test(gap) : LOOKAHEAD_METRIC_GAP.test(gap)) return m;
    break;
  }
  let before: MetricMention | null = null;
  for (const m of metrics) if (m.end <= q.start) before = m;
  if (before) return before;
  if (x.carry && state.lastMetric && state.sentencesSinceMetric <= 1) return state.lastMetric;
  if (q.perShare) return { start: q.start, end: q.start, metric: "eps", basis: null };
  return null;
}

/*
 * The period a figure belongs to, first that applies:
 *   1. a possessive period right before it ("Q2 2014's 47.7%", "last year's Q3 level of 44.8%");
 *   2. a period right after it ("$7.5 million in Q2", "the $99.5 million level for Q2 2015");
 *   3. the nearest period between the previous figure and this one;
 *   4. the nearest period earlier in the sentence;
 *   5. the period under discussion in this turn (guidance: the latest future period named);
 *   6. the call's quarter (guidance: the next quarter).
 * "last year's"/"a year ago" take the period under discussion one year back.
 */
function pickPeriod(x: FigureInput, afterEnd: number): { period: Period; explicit: boolean } {
  const { s, q, periods, prev, state, call, consumed } = x;
  const leadStart = prev ? prev.q.end : 0;
  const context = (): Period => {
    for (let i = periods.length - 1; i >= 0; i--) {
      const pm = periods[i]!;
      if (pm.relation === "absolute" && pm.end <= q.start && !consumed.has(pm)) return pm.period;
    }
    for (const pm of periods) if (pm.relation === "absolute" && !consumed.has(pm)) return pm.period;
    return state.discourse ?? call;
  };
  const found = (pm: PeriodMention) => ({ period: resolveMention(pm, context()), explicit: true });
  let nearestLead: PeriodMention | null = null;
  let nearestBefore: PeriodMention | null = null;
  for (const pm of periods) {
    if (pm.end > q.start) break;
    if (consumed.has(pm)) continue;
    nearestBefore = pm;
    if (pm.start >= leadStart) nearestLead = pm;
  }
  if (nearestLead?.possessive && /^\s*(?:[\w-]+\s+){0,3}(?:of\s+)?(?:an?\s+|the\s+)?$/i.test(s.slice(nearestLead.end, q.start))) return found(nearestLead);
  for (const pm of periods) {
    if (pm.start < afterEnd) continue;
    const gap = s.slice(afterEnd, pm.start);
    if (gap.length > 40 || /[,;]|\b(?:as|than|versus|vs)\b/i.test(gap)) break;
    if (LOOKAHEAD_PERIOD_GAP.test(" " + gap.trimStart()) || (pm.trailing && /^\s*(?:[\w-]+\s+){0,2}$/.test(gap))) {
      consumed.add(pm);
      return found(pm);
    }
    break;
  }
  if (nearestLead) return found(nearestLead);
  if (nearestBefore) return found(nearestBefore);
  const lead = lastWords(s.slice(leadStart, q.start), 10);
  if (GUIDANCE_CUE.test(lead) || prev?.kind === "guidance") return { period: state.guidanceTarget ?? prev?.period ?? nextQuarter(call), explicit: false };
  return { period: state.discourse ?? call, explicit: false };
}

function nextQuarter(p: Period): Period {
  const q = Number(p.part.slice(1));
  if (!p.part.startsWith("Q")) return { year: p.year + 1, part: "FY" };
  return q === 4 ? { year: p.year + 1, part: "Q1" } : { year: p.year, part: `Q${q + 1}` as Period["part"] };
}

function finish(transcript: Transcript, drafts: { turn: Turn; facts: DraftFact[] }[]): MetricFact[] {
  const seen = new Set<string>();
  const out: MetricFact[] = [];
  for (const { turn, facts } of drafts) {
    const map = buildOffsetMap(transcript.text, turn);
    for (const f of facts) {
      const key = [f.statedBy, f.metric, f.period, f.kind, f.value, f.low, f.high, f.unit, f.basis].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      const start = map.toSource(f.qStart);
      const end = map.toSource(f.qEnd);
      const { qStart: _s, qEnd: _e, ...rest } = f;
      out.push({ ...rest, quote: transcript.text.slice(start, end), start, end });
    }
  }
  return out;
}
