/**
 * Metric facts from the turns of a transcript: each figure a speaker states is tied to the metric
 * it measures, the period it belongs to, its kind and basis, and the sentence that states it.
 */
import type { Basis, FactKind, MetricFact, StatedBy, Unit } from "../model/facts.js";
import type { Transcript, Turn } from "../model/transcript.js";
import { findMetricMentions, metricDefinition, type MetricMention } from "./metric-vocabulary.js";
import { anaphoricMetric } from "./metric-qualifiers.js";
import {
  callAsPeriod, findPeriods, periodEnd, periodLabel,
  type CallPeriod, type Period, type PeriodMention,
} from "./periods.js";
import { findQuantities, type Quantity } from "./quantities.js";
import { splitSentences } from "./sentences.js";
import { buildOffsetMap } from "./source-offsets.js";
import { callWideBasis, localBasis } from "./basis.js";
import { basePeriod, COMPARISON_BASE, consumeComparison, GUIDANCE_CUE, lastWords, pickPeriod } from "./figure-period.js";

/** A fact before its quote is mapped to source offsets: offsets are into the turn's text. */
interface DraftFact extends Omit<MetricFact, "quote" | "start" | "end"> {
  qStart: number;
  qEnd: number;
}

interface TurnState {
  /** The last metric the previous sentence named (prepared remarks carry the subject on). */
  carried: () => MetricMention | null;
  /** The previous sentence of the turn (prepared remarks only). */
  previous: string | null;
  /** Latest non-past period explicitly named in this turn: the period under discussion. */
  discourse: Period | null;
  /** Latest future period named in this turn: the target of guidance that names none. */
  guidanceTarget: Period | null;
  /** The market or segment the turn is walking through ("The automotive market represented 20% of our sales"). */
  segment: { name: string | null } | null;
}

const CHANGE_BEFORE = /\b(?:up|down|increased?|decreased?|increases|decreases|grew|growth|grow|rose|rise|fell|fall|declined?|declines|improved?|improvement|expanded|expansion|contracted|contraction|reduction|reduced|lower|higher|dropped|climbed)\s+(?:(?:sequentially|organically|slightly|modestly)\s+)?(?:of\s+|by\s+|between\s+)?(?:an?\s+(?:(?:very|strong|solid|significant|healthy|robust|modest|record|remarkable|impressive|exceptional|substantial|better[- ]than[- ]expected)\s+){1,3})?(?:(?:approximately|about|roughly|nearly|almost|around|over|more than|less than|just over|just under|some|an?|only|just|another|a further)\s+)*$/i;
const CHANGE_AFTER = /^\s*(?:or\s+(?:so\s+)?)?(?:increase|decrease|improvement|rise|decline|drop|higher|lower|growth|expansion|contraction|reduction|year[- ]over[- ]year|yoy|y\/y|sequential(?:ly)?|better|worse|up|down)\b/i;
/** "better than expected", "as we had anticipated": a comparison with an old expectation, not guidance. */
const NOT_GUIDANCE = /\b(?:than|as)\s+(?:we\s+|i\s+)?(?:had\s+)?(?:originally\s+|previously\s+)?(?:expected|anticipated|forecast(?:ed)?|projected|guided)\b|\bexpectations\b|\bhad expect(?:ed)?\b/i;
const GUIDANCE_AFTER = /^[\s\w%-]{0,25}?\b(?:guidance|guided|outlook|forecast|target|midpoint)\b/i;
const PAST_CUE = /\b(?:was|were|came in|reported|delivered|achieved|ended|recorded|generated|grew|increased|decreased|declined|rose|fell|dropped|improved)\b/i;
const ACTUAL_CUE = /\b(?:was|were|came in|reported|delivered|achieved|ended|recorded|generated|grew|actual)\b/i;
const SHARE_OF = /^\s*(?:of\s+(?:our\s+|the\s+)?(?:\S+\s+){0,2}(?:total\s+)?(?:revenues?|sales|net sales)\b)/i;
const LOOKAHEAD_METRIC_GAP = /^\s+(?:(?:of|in)\s+(?:[A-Za-z][\w-]*\s+){0,2})?$/;

export interface MetricExtractionOptions {
  transcript: Transcript;
  call: CallPeriod;
}

export function extractMetrics({ transcript, call }: MetricExtractionOptions): MetricFact[] {
  const roles = new Map(transcript.participants.map((p) => [p.name, p.role]));
  const defaultBasis = callWideBasis(transcript);
  const companyWords = new Set((transcript.call.company ?? "").toLowerCase().split(/[^a-z&]+/).filter((w) => w.length > 1 && !LEGAL_FORM.test(w)));
  const drafts: { turn: Turn; facts: DraftFact[] }[] = [];
  for (const turn of transcript.turns) {
    const role = turn.speaker ? roles.get(turn.speaker) ?? "other" : "other";
    if (role === "operator") continue;
    const statedBy: StatedBy = role === "analyst" ? "analyst" : "company";
    const facts = extractFromTurn({ turn, call, statedBy, defaultBasis, companyWords });
    if (facts.length) drafts.push({ turn, facts });
  }
  return finish(transcript, drafts);
}

interface TurnInput {
  turn: Turn;
  call: CallPeriod;
  statedBy: StatedBy;
  defaultBasis: Basis | null;
  companyWords: ReadonlySet<string>;
}

const LEGAL_FORM = /^(?:inc|corp|corporation|co|company|ltd|llc|plc|sa|ag|nv|the|group|holdings?)$/;

function extractFromTurn({ turn, call, statedBy, defaultBasis, companyWords }: TurnInput): DraftFact[] {
  const text = turn.text;
  const out: DraftFact[] = [];
  const carry = turn.section !== "qa";
  const state: TurnState = { carried: () => null, previous: null, discourse: null, guidanceTarget: null, segment: null };
  const callP = callAsPeriod(call);
  let prevText: string | null = null;
  let prevMentions: MetricMention[] | null = null;
  for (const sp of splitSentences(text)) {
    const s = text.slice(sp.start, sp.end);
    const hasDigit = /\d/.test(s);
    if (!hasDigit) {
      if (state.segment || SEGMENT_WORD.test(s)) state.segment = segmentAfter(state.segment, s, []);
      // Named metrics of a sentence without figures matter only as the next one's subject: found on demand.
      prevText = carry ? s : null;
      prevMentions = null;
      continue;
    }
    const metrics = findMetricMentions(s, companyWords);
    state.segment = segmentAfter(state.segment, s, metrics);
    const pt = prevText;
    const pm = prevMentions;
    state.previous = pt;
    let memo: MetricMention | null | undefined;
    state.carried = () => (memo !== undefined ? memo : (memo = (pm ?? (pt !== null ? findMetricMentions(pt, companyWords) : [])).at(-1) ?? null));
    {
      const periods = findPeriods(s, call);
      const all = findQuantities(s);
      // Counts ("260,000 postpaid net adds") are bare numbers: kept only where a counted metric is named.
      const counted = metrics.some((m) => metricDefinition(m.metric)?.family === "count");
      const qs = all.filter((q) => q.marked || (counted && q.value !== null && Math.abs(q.value) >= 1000));
      const forced = respectively(s, qs, metrics, all.length - qs.length);
      let prev: Previous | null = null;
      const consumed = new Set<PeriodMention>();
      for (const [i, q] of qs.entries()) {
        if (forced === "skip") break;
        const fact = readFigure({ s, q, metrics, periods, prev, state, call: callP, statedBy, carry, defaultBasis, companyWords, consumed, forced: forced?.[i] ?? null, prevQ: qs[i - 1] ?? null });
        if (!fact) continue;
        prev = { q, kind: fact.kind, period: fact.periodObj, metric: fact.draft.metric };
        if (fact.explicitPeriod && fact.kind !== "prior" && fact.kind !== "change") state.discourse = fact.periodObj;
        if (fact.kind === "guidance") state.guidanceTarget = fact.periodObj;
        out.push({ ...fact.draft, turn: turn.index, speaker: turn.speaker, qStart: sp.start, qEnd: sp.end });
      }
    }
    prevText = carry ? s : null;
    // A sentence that spoke of the carried subject passes it on ("We ended Q2 with ...").
    prevMentions = metrics.length === 0 && memo ? [memo] : metrics;
  }
  return out;
}

interface Previous {
  q: Quantity;
  kind: FactKind;
  period: Period;
  metric: string;
}

/*
 * "A, B and C were $1, $2 and $3, respectively": pairs metrics and figures in order when their
 * counts agree; otherwise the sentence is too elliptical ("operating and free cash flow of $321
 * million and $243 million, respectively") and yields nothing rather than a wrong pairing.
 */
function respectively(s: string, qs: Quantity[], metrics: MetricMention[], bare: number): MetricMention[] | "skip" | null {
  if (!/\brespectively\b/i.test(s)) return null;
  // "85, 73 and 59 days, respectively": only the last figure carries the unit, so no pairing is sure.
  if (bare > 0 && /\d,?\s+(?:and\s+)?[$€£]?\d[^.;]*\brespectively\b/i.test(s)) return "skip";
  if (qs.length < 2) return null;
  const first = qs[0]!.start;
  const named = metrics.filter((m) => m.end <= first);
  const only = named[0];
  if (named.length === 1 && qs.length === 2 && only) {
    const pair = /\b(non[- ]gaap|adjusted|gaap|reported)\s+and\s+$/i.exec(s.slice(Math.max(0, only.start - 30), only.start));
    if (pair) {
      const first: Basis = /^(?:gaap|reported)$/i.test(pair[1]!) ? "GAAP" : "non-GAAP";
      return [{ ...only, basis: first }, { ...only, basis: only.basis ?? (first === "GAAP" ? "non-GAAP" : "GAAP") }];
    }
  }
  return named.length === qs.length ? named : "skip";
}


interface FigureInput {
  s: string;
  q: Quantity;
  metrics: MetricMention[];
  periods: PeriodMention[];
  prev: Previous | null;
  state: TurnState;
  call: Period;
  statedBy: StatedBy;
  carry: boolean;
  defaultBasis: Basis | null;
  companyWords: ReadonlySet<string>;
  /** Period mentions already claimed by an earlier figure of the sentence as its trailing date. */
  consumed: Set<PeriodMention>;
  /** Metric assigned by a "respectively" list. */
  forced: MetricMention | null;
  /** The figure before this one in the sentence, whether or not it became a fact. */
  prevQ: Quantity | null;
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

  if (CHANGE_BEFORE.test(lead.slice(-60)) || CHANGE_AFTER.test(after)) consumeComparison(x);
  if (/\bof which\s+(?:(?:about|approximately|roughly|nearly|around)\s+)?$/i.test(lead) || INCLUDED_LEAD.test(lead) || FINANCING_AFTER.test(after)) return null;
  const nounOf = NOUN_OF.exec(lead);
  if (nounOf && !OF_NOUNS.has(nounOf[1]!.toLowerCase())) {
    const nounEnd = leadStart + nounOf.index + nounOf[0].indexOf(nounOf[1]!) + nounOf[1]!.length;
    // "cash and short-term investments on hand of $1.2 billion": the metric may close a few words earlier.
    if (!metrics.some((m) => m.end <= nounEnd && nounEnd - m.end <= 12)) return null;
  }
  const mention = x.forced ?? pickMetric(x, isPercent);
  if (!mention) return null;
  if (NOT_FISCAL_BEFORE.test(s.slice(Math.max(0, mention.start - 20), mention.start)) || NOT_FISCAL_AFTER.test(s.slice(q.end, q.end + 100))) return null;
  const def = metricDefinition(mention.metric);
  if (!def) return null;
  let metric = mention.qualified ?? mention.metric;
  if (!q.marked && (def.family !== "count" || !(mention.start >= q.end || COUNT_GAP.test(s.slice(mention.end, q.start))))) return null;
  if (/^(?:revenue|organic|operating_margin)/.test(def.name) && SEGMENT.test(s.slice(0, q.end + 30))) return null;
  if (NOT_A_FACT.test(lead)) return null;

  const qText = s.slice(q.start, q.end).toLowerCase();
  let change = q.unit === "bps" || /point/.test(qText) || CHANGE_BEFORE.test(lead.slice(-60)) || CHANGE_AFTER.test(after);
  if (/\b(?:from|to|at)\s+(?:the\s+|a\s+|an\s+)?$/i.test(lead) && !/\b(?:by|of)\s+$/i.test(lead)) change = CHANGE_AFTER.test(after) && !/^\s*(?:level|figure)/i.test(after);
  let unit: Unit = q.unit;
  let wasChange = change;
  const base = !change && COMPARISON_BASE.test(lead);

  // "$85 million or $0.12 per share": the per-share form of a figure whose metric is unknown.
  if (q.perShare && (PRICE_LEAD.test(lead) || IMPACT_LEAD.test(lead))) return null;
  if (def.name === "eps" && IMPACT_LEAD.test(s.slice(Math.max(0, mention.start - 30), mention.start))) return null;
  // "$180 million hit to the top line ... and about $85 million to the EBITDA line": effects, not levels.
  if (EFFECT_AFTER.test(after) || (x.prevQ && EFFECT_AFTER.test(s.slice(x.prevQ.end, x.prevQ.end + 30)) && /\band\s+(?:(?:about|approximately|roughly|another)\s+)?$/i.test(lead))) return null;
  if (q.perShare && x.prevQ && /^\s*or\s+$/i.test(s.slice(x.prevQ.end, q.start)) && !(prev && prev.q === x.prevQ)) return null;
  if (q.perShare && metric !== "dividend" && !metric.startsWith("eps") && def.family === "money") {
    metric = prev && /^\s*or\s+$/i.test(lead) && prev.metric !== "eps" ? `${prev.metric}_per_share` : "eps";
  }
  switch (def.family) {
    case "money":
      if (unit === "percent") {
        if (change) { metric = growthName(metric, ownWords(x) + sequentialOpener(s)); change = false; wasChange = true; }
        else if (!SHARE_OF.test(after) || metric === "revenue") return null;
        else metric = shareOfRevenueName(metric);
      } else if (unit === "count") {
        if (/^\s*(?:shares|units|customers|subscribers)\b/i.test(after)) return null;
        unit = "USD";
      } else if (unit === "times" && metric === "inventory") metric = "inventory_turns";
      else if (unit === "bps" || unit === "days" || unit === "times") return null;
      break;
    case "percent":
      if (unit !== "percent" && unit !== "bps") return null;
      if (metric.endsWith("_growth")) {
        change = false;
        metric = growthName(metric.replace(/_growth$/, ""), ownWords(x) + sequentialOpener(s));
        wasChange = true;
      }
      break;
    case "days":
      if (unit !== "days") return null;
      break;
    case "times":
      if (unit !== "times") return null;
      break;
    case "count":
      if (unit !== "count") return null;
      break;
  }

  // "raising our 2022 AFFO by $52 million", "adjusted EBITDA to increase by $46 million compared to our prior guidance".
  const verb = !q.perShare && unit !== "percent" ? GUIDANCE_MOVE.exec(s.slice(0, q.start)) : null;
  const move = (verb && verb.index < mention.start && /\b(?:guidance|outlook|forecast)\b|\b(?:rais|lower)ing\b/i.test(s)) || (change && unit !== "percent" && unit !== "bps" && VERSUS_GUIDANCE.test(s));
  if (move) {
    const up = verb ? /^(?:rais|increas|lift|boost)/i.test(verb[1]!) : direction(s.slice(0, q.start)) >= 0;
    metric = `${metric}_guidance_${up ? "increase" : "decrease"}`;
    change = false;
  }
  if (wasChange) consumeComparison(x);
  // "$X, up from $Y to $Z": the old range "$Y to $Z" is the base; $Z is not the new level.
  if (x.prevQ && /^\s*to\s+$/i.test(s.slice(x.prevQ.end, q.start)) && /\d[^,;]*,\s*(?:up|down)\s+from\s+$/i.test(s.slice(0, x.prevQ.start))) return null;
  let period: Period;
  let explicit = true;
  if (base) {
    const p = basePeriod(x, prev?.period ?? state.discourse ?? call);
    if (!p) return null;
    period = p;
  } else ({ period, explicit } = pickPeriod(x, mention.start >= q.end ? mention.end : q.end, wasChange));
  // "our sales increased by 5%" after guidance for next quarter: a past-tense figure is of the call's quarter.
  if (!explicit && periodEnd(period) > periodEnd(call) && PAST_CUE.test(lead)) period = call;
  // "$21.5 million per quarter in the second half": a quarterly figure, for the first quarter of that span still ahead.
  if (PER_QUARTER.test(after) && !period.part.startsWith("Q")) {
    const first = period.part === "H2" ? 3 : 1;
    const q0 = period.year === call.year ? Math.max(first, Number(call.part.slice(1)) + 1) : first;
    if (q0 > 4 || (period.part === "H1" && q0 > 2)) return null;
    period = { year: period.year, part: `Q${q0}` as Period["part"] };
  }
  // Guidance is raised or lowered for the year unless a period is named.
  if (move && !explicit) period = { year: call.year, part: "FY" };
  let kind: FactKind;
  const cueWindow = lastWords(lead, 10);
  const explicitGuidance = (GUIDANCE_CUE.test(cueWindow) && !NOT_GUIDANCE.test(cueWindow)) || GUIDANCE_AFTER.test(after) || OUR_RANGE.test(lead.slice(-12) + "\u0000" + after);
  const inherited = prev?.kind === "guidance" && !ACTUAL_CUE.test(lead) && periodEnd(period) >= periodEnd(call);
  if (move) kind = "guidance";
  else if (change) kind = "change";
  else if (base) kind = "prior";
  else if (explicitGuidance || inherited) kind = "guidance";
  else if (periodEnd(period) < periodEnd(call)) kind = "prior";
  else if (periodEnd(period) > periodEnd(call) && !/\b(?:was|were|came in|reported)\b/i.test(lead)) kind = "guidance";
  else kind = "actual";

  if (metric === "share_repurchase" && /\bauthori[sz]\w*|\bapproved\b|\bup to\s+$/i.test(s.slice(0, q.start))) metric = "share_repurchase_authorization";
  const listed = SEGMENT_METRICS.test(metric) && !mention.qualified ? SEGMENT_IN_LEAD.exec(lead) : null;
  const segment = listed && !NOT_SEGMENT_WORDS.test(listed[1]!) ? { name: listed[1]!.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_") } : state.segment;
  if (segment && !mention.qualified && SEGMENT_METRICS.test(metric)) {
    if (!segment.name) return null;
    metric = `${segment.name}_${metric === "organic" ? "organic_growth" : metric}`;
  }
  const basis = mention.basis ?? localBasis(s.slice(0, q.start)) ?? x.defaultBasis;
  // A balance is struck at a moment: "ended the year with $92.7 million in cash" is the fourth quarter's.
  if (BALANCES.has(metric) && kind !== "guidance" && period.part !== "9M" && !period.part.startsWith("Q")) period = { year: period.year, part: period.part === "H1" ? "Q2" : "Q4" };
  // "down 4%", "declined by 35%": a fall is a negative growth or change.
  const sign = wasChange && q.value !== null && q.value > 0 && (direction(s.slice(0, q.start)) || direction(s.slice(q.end, q.end + 30).split(/[,;]/)[0] ?? "")) < 0 ? -1 : 1;
  return {
    draft: {
      metric,
      value: q.value === null ? null : sign * q.value,
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

/** "within our 47% to 48% range", "the top of our $0.13 to $0.16 range": the guidance recalled. */
const OUR_RANGE = /\bour\s+\u0000\s*(?:[\w-]+\s+)?range\b/i;
const MARGIN_OF: Record<string, string> = {
  operating_income: "operating_margin", gross_profit: "gross_margin", net_income: "net_margin",
  ebitda: "ebitda_margin", adjusted_ebitda: "adjusted_ebitda_margin",
};

/** "Operating income was $4.7 million, or 9.0% of revenue": a profit as a share of revenue is its margin. */
function shareOfRevenueName(metric: string): string {
  return MARGIN_OF[metric] ?? `${metric}_share_of_revenue`;
}

const OF_OTHER = /^\s+of\s+(?!(?:our|its|the|their)\s+(?:common\s+)?(?:shares|stock)\b|(?:common\s+)?(?:shares|stock)\b|which\b|(?:the\s+)?(?:total\s+|our\s+)?(?:revenues?|sales)\b)(?!(?:the\s+)?(?:[\w-]+\s+)?(?:quarter|year|half)\b)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*/i;
const OWN_SUBJECT = /^\s*(?:[A-Za-z][\w'-]*\s+){1,10}(?:was|were|is|are|totaled|totalled|came in at|reached|stood at)\s+(?:(?:approximately|about|roughly|nearly|around|over|just|a record|another)\s+)*$/i;
/** A share price ("the average was $697 a share", "bought back stock at $45 per share"), not earnings. */
const PRICE_LEAD = /\b(?:average|price|prices|sold|bought|paid|issued|purchased|at)\b[^.;]{0,30}$/i;

const BALANCES = new Set(["cash_and_investments", "deferred_revenue", "inventory", "dso", "total_debt", "net_debt", "net_leverage"]);
/** ", and our pipeline of projects now exceeds $40 million": a new clause with a subject of its own. */
const NEW_CLAUSE = /[,;]\s*(?:and|but|while|whereas)\s+(?:our|the|its|their|we|this|that|these|those)\b/i;

/** "Included in the differences approximately $0.21": a part of another figure. */
const INCLUDED_LEAD = /^\W*(?:included|including)\b[^,;]{0,60}$/i;
/** "$4 billion line of credit", "$500 million term loan": the size of a financing, not a result. */
const FINANCING_AFTER = /^\s+(?:(?:revolving|unsecured|secured|senior|new)\s+)?(?:line of credit|credit (?:facility|line)|term loan|revolver|notes?|bonds?|offering|facility)\b/i;
/** "asset-backed borrowings of $3.8 billion", "phone losses of 24,000": the figure of the noun before "of". */
const NOUN_OF = /\b([a-z][a-z-]+)\s+of\s+(?:(?:approximately|about|roughly|nearly|around|over|just|some|more than|less than)\s+)*$/i;
const OF_NOUNS = new Set(`increase decrease growth decline range guidance level levels figure number midpoint total amount rate improvement
reduction expansion contraction value impact gain tune excess record high low balance outlook target expectation expectations
margin margins basis point points ratio turns position end top bottom average sum run-rate estimate estimates forecast
quarter year half period expenditures flow flows income revenue revenues sales eps share earnings expenses expense costs cost capex`.split(/\s+/));

/** A bare count sits right by its metric: "net additions were 220,000", "260,000 postpaid net adds". */
const COUNT_GAP = /^[^,;]{0,25}?\b(?:were|was|totaled|totalled|of|reached|came in at|stood at)\s+(?:(?:about|approximately|roughly|nearly|over)\s+)?$/i;
/** "the cumulative impact of revenue recognition was $0.14 per share": an effect on EPS, not EPS. */
const IMPACT_LEAD = /\b(?:impact|effect|benefit|headwind|tailwind|dilution|accretion)s?\b/i;
const PER_QUARTER = /^\s*(?:a|per|each|every)\s+quarter\b/i;
const VERSUS_GUIDANCE = /\b(?:compared|relative)\s+to\s+(?:our\s+)?(?:(?:prior|previous|earlier|last|original)\s+)?guidance\b/i;
const EFFECT_AFTER = /^\s+(?:hit|headwind|tailwind|impact|drag|benefit)\b/i;
/** "we're raising our 2022 AFFO by $52 million": a change of the guidance, not the metric's level. */
const GUIDANCE_MOVE = /\b(rais|increas|lift|boost|lower|reduc|cut|decreas)\w*\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,4}by\s+(?:(?:approximately|about|roughly|nearly|around)\s+)?$/i;

/** Parts of another figure or prices, not facts of their own. */
const NOT_A_FACT = /\b(?:includes?|including|included|excludes?|excluding|excluded|net of|incurred|price of|prices of|average price of)\s+(?:a\s+|an\s+)?(?:approximately\s+|about\s+|roughly\s+)?$/i;
/** Figures for spans that are not fiscal periods: an acquired company's annual sales, "the first 12 months after closing". */
const NOT_FISCAL_BEFORE = /\b(?:annual|annualized|annualised|run[- ]rate)\s+(?:\w+\s+)?$|\bwhich\s+(?:also\s+)?(?:has|had|have|generates?|generated)\s+(?:\w+\s+)?$/i;
const NOT_FISCAL_AFTER = /^[^,;]{0,80}?\b(?:(?:first|next|over the next|coming)\s+(?:\d+|twelve|eighteen|two|three|four|five)\s+(?:months|years)|run[- ]rate|annualized|on an annual basis)\b/i;
/** A sentence about one segment or market ("The automotive market represented 22% of our sales"), not the company's total. */
const SEGMENT = new RegExp([
  String.raw`\b(?:in|for|from)\s+(?:the|our)\s+(?:[\w-]+\s+){1,2}(?:market|segment|division|business)s?\b`,
  String.raw`\b(?:the|our|this|that)\s+(?:[\w-]+\s+){0,2}(?:market|segment|division|business)s?,?\s+(?:which\s+)?(?:represented|comprised|accounted|was|were|grew|sales|revenues?)\b`,
  String.raw`\bsales\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:market|segment)\b`,
  String.raw`\b\d+%\s+of\s+(?:our\s+|total\s+)?(?:sales|revenues?)\b`,
].join("|"), "i");

/*
 * Segment walk-throughs: "Now turning to the military market." / "The automotive market represented
 * 20% of our sales." open a segment; its sales figures in the following sentences ("Sales grew 45%")
 * are the segment's, named `<segment>_revenue_growth`. A sentence on the outlook, on company totals
 * or naming a metric other than sales closes it; a generic opener ("our served markets") opens an
 * unnamed one, whose sales figures are dropped.
 */
const SEGMENT_OPEN = /\b(?:turning\s+(?:now\s+|finally\s+)*to\s+(?:the|our)\s+((?:[a-z][\w-]*\s+){0,5}?)(?:end\s+)?(?:markets?|segments?)\b|(?:the|our|this|that)\s+((?:[a-z][\w-]*\s+){0,5}?)(?:end\s+)?(?:market|segment)\b(?=[^.]{0,40}\b(?:represented|comprised|accounted|was|were|grew|increased|decreased|declined)\b))/i;
/** "growing in industrial by 33% organically and automotive by 44%": a market named right before "by". */
const SEGMENT_IN_LEAD = /\b(?:in|and)\s+((?:[A-Za-z][\w-]*\s+){1,3})by\s+(?:(?:about|approximately|roughly|nearly|over|a\s+strong|a\s+very\s+strong)\s+)*$/i;
const NOT_SEGMENT_WORDS = /\b(?:the|a|an|our|this|that|quarter|year|half|period|were|was|is|are|up|down|sales|revenues?|increased|decreased|grew|declined|rose|fell|growth|total|overall)\b/i;
const SEGMENT_WORD = /\b(?:markets?|segments?)\b/i;
const SEGMENT_CLOSE = /\b(?:outlook|guidance|(?:total|overall|consolidated)\s+(?:sales|revenues?)|in summary|in total)\b/i;
const SEGMENT_METRICS = /^(?:revenue|organic|orders)/;
const GENERIC_SEGMENT = /^(?:served|end|other|individual|each|key|core|all|these|those|our|the|various|different|many|several)$/;

function segmentAfter(open: { name: string | null } | null, s: string, metrics: MetricMention[]): { name: string | null } | null {
  const m = SEGMENT_OPEN.exec(s);
  if (m) {
    const words = (m[1] ?? m[2] ?? "").toLowerCase().trim().split(/\s+/).filter((w) => w && !GENERIC_SEGMENT.test(w));
    if (words.length) return { name: words.join("_").replace(/[^a-z0-9_]+/g, "_") };
    return /^(?:that|this)\b/i.test(m[0]) && open ? open : { name: null };
  }
  if (!open) return null;
  if (SEGMENT_CLOSE.test(s) || metrics.some((x) => !SEGMENT_METRICS.test(x.metric))) return null;
  return open;
}

/** "Sequentially, sales were down 2% in U.S. dollars, 3% in local currencies and 4% organically." */
function sequentialOpener(s: string): string {
  return /^\W*(?:sequentially|on a sequential basis|quarter[- ]over[- ]quarter)\b/i.test(s) ? " sequentially" : "";
}

const RISE = /\b(?:up|increased?|increases|increasing|grew|growth|grow|growing|rose|rise|rising|improved?|improvement|expanded|expansion|gain(?:ed)?|higher|climbed)\b/gi;
const FALL = /\b(?:down|decreased?|decreases|decreasing|declined?|declines|declining|fell|fall|falling|dropped|lower|reduction|reduced|contracted|contraction)\b/gi;

/** +1 or -1: the direction of the last change word in the text; 0 when it has none. */
function direction(text: string): number {
  let rise = -1;
  let fall = -1;
  for (const m of text.matchAll(RISE)) rise = m.index;
  for (const m of text.matchAll(FALL)) fall = m.index;
  return fall > rise ? -1 : rise > fall ? 1 : 0;
}

/** Growth of a money metric: organic when the sentence says so, sequential when it compares with the previous quarter. */
function growthName(base: string, text: string): string {
  const organic = base === "organic" || (base === "revenue" && /\borganic/i.test(text));
  const sequential = /\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\bfrom the (?:prior|previous|last) quarter\b/i.test(text);
  const root = organic ? "organic" : base;
  return sequential ? `${root}_sequential_growth` : `${root}_growth`;
}


/** Metric named right after the figure ("$0.1 million of litigation expenses"), else the nearest before it, else the carried subject. */
function pickMetric(x: FigureInput, isPercent: boolean): MetricMention | null {
  const { s, q, metrics, state } = x;
  for (const m of metrics) {
    if (m.start < q.end) continue;
    const gap = s.slice(q.end, m.start);
    if (gap.length > 40) break;
    if (isPercent ? /^\s+$/.test(gap) : LOOKAHEAD_METRIC_GAP.test(gap) || (m.qualified && /^\s+(?:[A-Za-z][\w-]*\s+){1,3}$/.test(gap))) return m;
    break;
  }
  let before: MetricMention | null = null;
  for (const m of metrics) if (m.end <= q.start) before = m;
  // "$109.0 billion of unsecured debt", "$4 million of integration costs": the figure measures what follows it.
  if (!q.perShare && OF_OTHER.test(s.slice(q.end, q.end + 60))) return null;
  if (before && x.prevQ && x.prevQ.start > before.end) return before;
  if (before && NEW_CLAUSE.test(s.slice(before.end, q.start))) return null;
  if (before) return before;
  // "Total liquidity was $2.3 billion": a subject of its own, not the previous sentence's metric.
  const own = OWN_SUBJECT.test(s.slice(0, q.start));
  if (x.carry) {
    const name = anaphoricMetric(s, state.previous, x.companyWords);
    if (name) return { start: q.start, end: q.start, metric: name, basis: null };
  }
  const carried = x.carry && !own && !/^\W*(?:these|this|those|that|such)\s+[a-z]/i.test(s) ? state.carried() : null;
  if (carried) return carried;
  if (q.perShare) return { start: q.start, end: q.start, metric: "eps", basis: null };
  return null;
}

/** The words that speak of this figure alone: from the previous figure to the next comma or "and". */
function ownWords({ s, q, prev }: FigureInput): string {
  const tail = s.slice(q.end, q.end + 40).split(/,|;|\band\b/)[0] ?? "";
  return s.slice(prev ? prev.q.end : 0, q.end) + tail;
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
