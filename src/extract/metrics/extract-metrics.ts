/**
 * Metric facts from the turns of a transcript: each figure a speaker states is tied to the metric
 * it measures, the period it belongs to, its kind and basis, and the sentence that states it.
 */
import type { Basis, FactKind, MetricFact, StatedBy, Unit } from "../../model/facts.js";
import type { Transcript, Turn } from "../../model/transcript.js";
import { findMetricMentions, metricDefinition, relatedCostMetric, type MetricMention } from "./metric-vocabulary.js";
import { anaphoricMetric, qualifiedMetric } from "./metric-qualifiers.js";
import {
  ACTUAL_CUE, DENOMINATOR, OF_COST, RELATED_COST, BALANCES, CHANGE_AFTER, CHANGE_BEFORE, COUNT_GAP, EFFECT_AFTER, FINANCING_AFTER, GUIDANCE_AFTER, GUIDANCE_MOVE, IMPACT_LEAD, INCLUDED_LEAD, LOOKAHEAD_METRIC_GAP, NEW_CLAUSE, NOT_A_FACT, NOT_FISCAL_AFTER, NOT_FISCAL_BEFORE, NOT_GUIDANCE, NOT_SEGMENT_WORDS, NOUN_OF, OF_NOUNS, mayEndInNounOf, OF_OTHER, OUR_RANGE, OWN_SUBJECT, PAST_CUE, PER_QUARTER, PRICE_LEAD, SEGMENT, SEGMENT_IN_LEAD, SEGMENT_METRICS, SEGMENT_WORD, SHARE_OF, VERSUS_GUIDANCE, direction, growthName, segmentAfter, sequentialOpener, shareOfRevenueName,
} from "./metric-phrases.js";
import {
  callAsPeriod, findPeriods, periodEnd, periodLabel,
  type CallPeriod, type Period, type PeriodMention,
} from "../text/periods.js";
import { findQuantities, type Quantity } from "../text/quantities.js";
import { readRespectively, type ListedFigure } from "./respectively-lists.js";
import { splitSentences } from "../text/sentences.js";
import { buildOffsetMap } from "../text/source-offsets.js";
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

/** "increasing our guidance ranges for adjusted EBITDA and cash flow by $300 million and $200 million, respectively". */
const LISTED_MOVE = /\b(?:rais|increas|lift|boost|lower|reduc|cut|decreas)\w*\b(?=.*\b(?:guidance|outlook|forecast|ranges?)\b).*\bby\s+(?:(?:approximately|about|roughly|nearly|around)\s+)?$/i;
/** Every SEGMENT match holds one of these words, every RELATED_COST match one of those: cheap tests first. */
const MAY_BE_SEGMENT = /market|segment|division|business|%/i;
const RELATED_COST_WORD = /related|associated|connection|attributable/;
/** "the (cumulative) impact of <cause> was", before a per-share figure (group 1 the cause, one to three words). */
const EPS_IMPACT = /\b(?:impact|effect)\s+(?:of|from)\s+(?:the\s+|a\s+)?((?:[A-Za-z][\w-]*\s+){1,3}?)(?:was|were|is|totaled|amounted to)\s+(?:(?:approximately|about|roughly|nearly|around)\s+)?(?:a\s+)?(?:negative\s+|positive\s+)?$/i;
const PER_SHARE_TALK = /\b(?:eps|per (?:diluted )?share|earnings per)\b/i;
const EARNINGS_CUE = /\b(?:earn(?:ed|ings?)?|eps|profits?|net income|results)\b/i;
/** Metrics whose per-share figure is a measure of its own, never EPS. */
const OWN_PER_SHARE = new Set(["ffo", "affo", "free_cash_flow", "operating_cash_flow"]);
const MONTH_QUALIFIER = /^(?:january|february|march|april|june|july|august|september|october|november|december)_/;
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
    const all = findQuantities(s);
    // Bare figures under 1,000 are never read (see `qs`): a sentence with no other figure needs its
    // metrics only to keep or close an open segment, and as the next one's subject (found on demand).
    const readable = all.some((q) => q.marked || (q.value !== null && Math.abs(q.value) >= 1000));
    const metrics = readable || state.segment ? findMetricMentions(s, companyWords) : null;
    state.segment = segmentAfter(state.segment, s, metrics ?? []);
    const pt = prevText;
    const pm = prevMentions;
    state.previous = pt;
    let memo: MetricMention | null | undefined;
    state.carried = () => (memo !== undefined ? memo : (memo = (pm ?? (pt !== null ? findMetricMentions(pt, companyWords) : [])).at(-1) ?? null));
    if (!metrics) {
      prevText = carry ? s : null;
      prevMentions = null;
      continue;
    }
    if (carry) inheritQualifier(s, metrics, state.carried);
    addedUnits(s, metrics);
    {
      // Counts ("260,000 postpaid net adds") are bare numbers: kept only where a counted metric is named.
      const counted = metrics.some((m) => metricDefinition(m.metric)?.family === "count");
      const listed = readRespectively({ s, all, metrics, companyWords });
      const forced = listed === "skip" ? "skip" : listed?.paired ?? null;
      const qs = (listed && listed !== "skip" ? listed.all : all).filter((q) => q.marked || (counted && q.value !== null && Math.abs(q.value) >= 1000));
      // Periods matter only to figures that are read: most sentences with digits have none.
      const periods = qs.length > 0 && forced !== "skip" ? findPeriods(s, call) : [];
      let prev: Previous | null = null;
      const consumed = new Set<PeriodMention>();
      for (const [i, q] of qs.entries()) {
        if (forced === "skip") break;
        // A sentence with a "respectively" list names its subjects: none is carried over from the previous one.
        const fact = readFigure({ s, q, metrics, periods, prev, state, call: callP, statedBy, carry: carry && !forced, defaultBasis, companyWords, consumed, forced: forced?.get(q), prevQ: qs[i - 1] ?? null });
        if (!fact) continue;
        prev = { q, kind: fact.kind, period: fact.periodObj, metric: fact.draft.metric };
        if (fact.explicitPeriod && fact.kind !== "prior" && fact.kind !== "change") state.discourse = fact.periodObj;
        if (fact.kind === "guidance") state.guidanceTarget = fact.periodObj;
        const d = fact.draft;
        out.push({
          metric: d.metric, value: d.value, low: d.low, high: d.high, unit: d.unit, period: d.period, kind: d.kind, basis: d.basis,
          statedBy: d.statedBy, scope: d.scope, confidence: d.confidence, turn: turn.index, speaker: turn.speaker, qStart: sp.start, qEnd: sp.end,
        });
      }
    }
    prevText = carry ? s : null;
    // A sentence that spoke of the carried subject passes it on ("We ended Q2 with ...").
    const named = metrics.some((m) => MADE_UP.has(m)) ? metrics.filter((m) => !MADE_UP.has(m)) : metrics;
    prevMentions = named.length === 0 && memo ? [memo] : named;
  }
  return out;
}

/*
 * "We added 66,000 Fios Internet customers": customers the company itself gained, a count of net
 * additions (group 1 names the units, group 2 qualifies them). Not units that an acquisition
 * "added", nor ones added "to" a list or team, nor those of a span that is no fiscal period
 * ("since then", "over the last six months", "last year").
 */
const ADDED_UNITS = /\bwe(?:'ve|\s+have)?\s+(?:also\s+)?(?:added|gained)\s+(?:(?:approximately|about|roughly|nearly|over|more than|another)\s+)*\d{1,3}(?:,\d{3})+\s+(((?:[A-Za-z][\w-]*\s+){0,3}?)(?:customers|subscribers|connections|accounts|households))\b(?!\s+(?:to|through|via|from)\b)(?![^.;]{0,60}\b(?:since|(?:last|past)\s+(?:year|(?:\w+\s+)?(?:months|years|quarters)))\b)/dgi;
const UNIT_NOUN = /customers|subscribers|connections|accounts|households/i;
const NOT_QUALIFIER = new Set(["net", "new", "more", "additional", "total"]);
/** Mentions made up from "we added ... customers": they name the figure they follow, never the next sentence's subject. */
const MADE_UP = new WeakSet<MetricMention>();

/** Adds a `net_adds` mention, qualified by the words before the unit ("fios_internet_net_adds"), for each figure of customers gained. */
function addedUnits(s: string, metrics: MetricMention[]): void {
  if ((s.indexOf("added") < 0 && s.indexOf("gained") < 0) || !UNIT_NOUN.test(s)) return;
  ADDED_UNITS.lastIndex = 0;
  for (let m = ADDED_UNITS.exec(s); m; m = ADDED_UNITS.exec(s)) {
    if (/\bsince\b/i.test(s.slice(0, m.index))) continue;
    const words = m[2]!.trim().toLowerCase().replace(/[^a-z\s]+/g, "").split(/\s+/).filter((w) => w && !NOT_QUALIFIER.has(w));
    const mention: MetricMention = { start: m.indices![1]![0], end: m.index + m[0].length, metric: "net_adds", basis: null, qualified: words.length ? `${words.join("_")}_net_adds` : null };
    MADE_UP.add(mention);
    const i = metrics.findIndex((x) => x.start >= mention.start);
    metrics.splice(i < 0 ? metrics.length : i, 0, mention);
  }
}

/** Words that speak of the whole company, after which a segment's qualifier is not carried on. */
const WHOLE_COMPANY = /\b(?:total|consolidated|overall|company|companywide|group)\b/i;

/*
 * "Our wireless EBITDA was $10.3 billion. As a percent of revenue, EBITDA margin was 46.2%": the
 * margin of the metric the previous sentence qualified, named at the start of the sentence, is the
 * same segment's, unless the sentence speaks of the whole company.
 */
function inheritQualifier(s: string, metrics: MetricMention[], carried: () => MetricMention | null): void {
  for (const [i, m] of metrics.entries()) {
    if (m.qualified || !m.metric.endsWith("_margin") || m.start > 60) continue;
    const prev = carried();
    if (!prev?.qualified || !prev.qualified.endsWith(`_${prev.metric}`) || !m.metric.startsWith(`${prev.metric}_`)) return;
    // "as a percent of total revenue" names the denominator, not the whole company's figure.
    if (WHOLE_COMPANY.test(s.slice(0, m.end).replace(/\bof\s+(?:our\s+|the\s+)?total\s+(?:revenues?|sales)\b/gi, ""))) return;
    metrics[i] = { ...m, qualified: `${prev.qualified.slice(0, -prev.metric.length - 1)}_${m.metric}` };
  }
}

interface Previous {
  q: Quantity;
  kind: FactKind;
  period: Period;
  metric: string;
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
  /** The figure's place in a "respectively" list, if it is in one. */
  forced: ListedFigure | undefined;
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
  // A listed figure reads the words before its list ("grew 5% and 7%, respectively": both grew).
  const leadStart = x.forced ? x.forced.leadStart : prev ? prev.q.end : 0;
  const lead = s.slice(leadStart, x.forced ? x.forced.leadEnd : q.start);
  const after = s.slice(q.end, q.end + 60);
  const isPercent = q.unit === "percent" || q.unit === "bps";

  const leadTail = lead.length > 60 ? lead.slice(-60) : lead;
  const changeBefore = CHANGE_BEFORE.test(leadTail);
  const changeAfter = CHANGE_AFTER.test(after);
  if (changeBefore || changeAfter) consumeComparison(x);
  if (/\bof which\s+(?:(?:about|approximately|roughly|nearly|around)\s+)?$/i.test(leadTail) || INCLUDED_LEAD.test(s.slice(0, q.start)) || FINANCING_AFTER.test(after)) return null;
  // NOUN_OF ends at the lead's end: read its tail, unless the match may reach further back.
  let ofText = lead.length > 120 ? lead.slice(-120) : lead;
  let nounOf = mayEndInNounOf(ofText) ? NOUN_OF.exec(ofText) : null;
  if (nounOf && nounOf.index === 0 && ofText !== lead) nounOf = NOUN_OF.exec((ofText = lead));
  if (nounOf && !OF_NOUNS.has(nounOf[1]!.toLowerCase())) {
    const nounEnd = leadStart + (lead.length - ofText.length) + nounOf.index + nounOf[0].indexOf(nounOf[1]!) + nounOf[1]!.length;
    // "cash and short-term investments on hand of $1.2 billion": the metric may close a few words earlier.
    if (!metrics.some((m) => m.end <= nounEnd && nounEnd - m.end <= 12)) return null;
  }
  // "the cumulative impact of revenue recognition was $0.14 per share": an effect on EPS, named by its cause.
  const impact = q.perShare && !x.forced ? EPS_IMPACT.exec(leadTail) : null;
  const impactName = impact ? impact[1]!.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") : "";
  const mention = x.forced ? x.forced.mention : impactName ? { start: q.start, end: q.start, metric: `${impactName}_eps_impact`, basis: null, qualified: `${impactName}_eps_impact` } : pickMetric(x, isPercent);
  if (!mention) return null;
  if (NOT_FISCAL_BEFORE.test(s.slice(Math.max(0, mention.start - 20), mention.start)) || NOT_FISCAL_AFTER.test(s.slice(q.end, q.end + 100))) return null;
  const def = metricDefinition(mention.metric);
  if (!def) return null;
  let metric = mention.qualified ?? mention.metric;
  // "November sales were up 7%": a month's figure, which no fiscal period label can hold.
  if (MONTH_QUALIFIER.test(metric)) return null;
  if (!q.marked && (def.family !== "count" || !(mention.start >= q.end || COUNT_GAP.test(s.slice(mention.end, q.start))))) return null;
  if (/^(?:revenue|organic|operating_margin)/.test(def.name) && MAY_BE_SEGMENT.test(s) && SEGMENT.test(s.slice(0, q.end + 30))) return null;
  // "including about $190 million of recurring CapEx": a part named for itself is a fact of its own.
  if (NOT_A_FACT.test(lead) && !(mention.start >= q.end && mention.qualified)) return null;

  const qText = s.slice(q.start, q.end).toLowerCase();
  let change = q.unit === "bps" || /point/.test(qText) || changeBefore || changeAfter;
  if (/\b(?:from|to|at)\s+(?:the\s+|a\s+|an\s+)?$/i.test(leadTail) && !/\b(?:by|of)\s+$/i.test(leadTail)) change = changeAfter && !/^\s*(?:level|figure)/i.test(after);
  let unit: Unit = q.unit;
  let wasChange = change;
  const base = !change && COMPARISON_BASE.test(lead);

  // "$85 million or $0.12 per share": the per-share form of a figure whose metric is unknown.
  if (q.perShare && !impactName && (PRICE_LEAD.test(lead) || IMPACT_LEAD.test(lead))) return null;
  if (def.name === "eps" && IMPACT_LEAD.test(s.slice(Math.max(0, mention.start - 30), mention.start))) return null;
  // "$180 million hit to the top line ... and about $85 million to the EBITDA line": effects, not levels.
  if (EFFECT_AFTER.test(after) || (x.prevQ && EFFECT_AFTER.test(s.slice(x.prevQ.end, x.prevQ.end + 30)) && /\band\s+(?:(?:about|approximately|roughly|another)\s+)?$/i.test(lead))) return null;
  if (q.perShare && x.prevQ && /^\s*or\s+$/i.test(s.slice(x.prevQ.end, q.start)) && !(prev && prev.q === x.prevQ)) return null;
  if (q.perShare && !impactName && metric !== "dividend" && !metric.startsWith("eps") && !metric.endsWith("_per_share") && def.family === "money") {
    // "$0.46 per share in FFO" is FFO per share; a per-share figure of most other metrics is earnings.
    metric = prev && /^\s*or\s+$/i.test(lead) && prev.metric !== "eps" ? `${prev.metric}_per_share` : OWN_PER_SHARE.has(metric) ? `${metric}_per_share` : "eps";
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
  const move = (verb && verb.index < mention.start && /\b(?:guidance|outlook|forecast)\b|\b(?:rais|lower)ing\b/i.test(s)) || (change && unit !== "percent" && unit !== "bps" && VERSUS_GUIDANCE.test(s))
    || (x.forced !== undefined && !q.perShare && unit !== "percent" && LISTED_MOVE.test(lead));
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
  // Customers "we added" were gained: never guidance.
  else if (MADE_UP.has(mention)) kind = periodEnd(period) < periodEnd(call) ? "prior" : "actual";
  else if (explicitGuidance || inherited) kind = "guidance";
  else if (periodEnd(period) < periodEnd(call)) kind = "prior";
  else if (periodEnd(period) > periodEnd(call) && !/\b(?:was|were|came in|reported)\b/i.test(lead)) kind = "guidance";
  else kind = "actual";

  // "the 50% EBITDA margin target": an ambition without a period is no period's guidance.
  if (kind === "guidance" && !explicit && /^[^,.;]{0,40}?\btargets?\b/i.test(after)) return null;
  if (metric === "share_repurchase" && /\bauthori[sz]\w*|\bapproved\b|\bup to\s+$/i.test(s.slice(0, q.start))) metric = "share_repurchase_authorization";
  const listed = SEGMENT_METRICS.test(metric) && !mention.qualified && !x.forced ? SEGMENT_IN_LEAD.exec(lead) : null;
  const segment = listed && !NOT_SEGMENT_WORDS.test(listed[1]!) ? { name: listed[1]!.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_") } : state.segment;
  if (segment && !mention.qualified && SEGMENT_METRICS.test(metric)) {
    if (!segment.name) return null;
    metric = `${segment.name}_${metric === "organic" ? "organic_growth" : metric}`;
  }
  const basis = mention.basis ?? localBasis(x.forced ? x.forced.shared : s.slice(0, q.start)) ?? x.defaultBasis;
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
      scope: "company",
      confidence: 0.5,
    },
    kind,
    periodObj: period,
    explicitPeriod: explicit,
  };
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
  for (const m of metrics) if (m.end <= q.start && !DENOMINATOR.test(s.slice(Math.max(0, m.start - 25), m.start))) before = m;
  // "$109.0 billion of unsecured debt", "$4 million of integration costs": the figure measures what follows it.
  if (!q.perShare && OF_OTHER.test(s.slice(q.end, q.end + 60))) {
    // "$55 million of transaction and severance costs related to the Foo acquisition": named by what they are for.
    const window = s.slice(q.end, q.end + 240);
    const related = RELATED_COST_WORD.test(window) ? RELATED_COST.exec(window) : null;
    const named = related ? null : OF_COST.exec(s.slice(q.end, q.end + 60));
    let metric: string | null = null;
    if (related) metric = relatedCostMetric(`${related[2]!.toLowerCase()}_related_${related[1]!.toLowerCase()}`);
    // "$20 million of integration costs": a cost named by its own words, a fact even where it is part of another.
    const name = named ? qualifiedMetric({ s: named[0], start: named[0].length - named[1]!.length, metric: "x", companyWords: x.companyWords, any: true }) : null;
    if (name) metric = relatedCostMetric(name.replace(/_x$/, `_${named![1]!.toLowerCase().replace(/(?<!s)$/, "s")}`));
    if (!metric) return null;
    // "EPS included $0.03 of restructuring costs": a cost without a scale is a per-share amount, where the sentence speaks of shares.
    if (q.value !== null && Math.abs(q.value) < 100) {
      if (!PER_SHARE_TALK.test(s)) return null;
      metric = `${metric}_per_share`;
    }
    return { start: q.end, end: q.end + (related ?? named)![0].length, metric, basis: null, qualified: metric };
  }
  if (before && x.prevQ && x.prevQ.start > before.end) return before;
  if (before && NEW_CLAUSE.test(s.slice(before.end, q.start))) return null;
  if (before) return before;
  // "Total liquidity was $2.3 billion": a subject of its own, not the previous sentence's metric.
  const own = OWN_SUBJECT.test(s.slice(0, q.start));
  if (x.carry) {
    const name = anaphoricMetric(s, state.previous, x.companyWords);
    if (name) return { start: q.start, end: q.start, metric: relatedCostMetric(name), basis: null };
  }
  const carried = x.carry && !own && !/^\W*(?:these|this|those|that|such)\s+[a-z]/i.test(s) ? state.carried() : null;
  if (carried) return carried;
  // A per-share figure of no named metric is earnings only where the sentence speaks of earnings.
  if (q.perShare && EARNINGS_CUE.test(s)) return { start: q.start, end: q.start, metric: "eps", basis: null };
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
      // As [...].join("|") would write it (null as empty), without the array.
      const key = `${f.statedBy}|${f.metric}|${f.period}|${f.kind}|${f.value ?? ""}|${f.low ?? ""}|${f.high ?? ""}|${f.unit}|${f.basis ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = map.toSource(f.qStart);
      const end = map.toSource(f.qEnd);
      out.push({
        metric: f.metric, value: f.value, low: f.low, high: f.high, unit: f.unit, period: f.period, kind: f.kind, basis: f.basis,
        statedBy: f.statedBy, scope: f.scope, confidence: f.confidence, turn: f.turn, speaker: f.speaker, quote: transcript.text.slice(start, end), start, end,
      });
    }
  }
  return out;
}
