/**
 * Which fiscal period a figure belongs to, from the period phrases around it in its sentence and
 * the periods its turn has been discussing.
 */
import { periodEnd, resolveMention, type Period, type PeriodMention } from "../text/periods.js";
import type { Quantity } from "../text/quantities.js";
import { NOT_GUIDANCE } from "./metric-phrases.js";

export interface FigureContext {
  /** The sentence. */
  s: string;
  q: Quantity;
  periods: PeriodMention[];
  /** The previous fact of the sentence. */
  prev: { q: Quantity; kind: string; period: Period } | null;
  state: { discourse: Period | null; guidanceTarget: Period | null };
  call: Period;
  /** Period mentions already claimed by an earlier figure of the sentence. */
  consumed: Set<PeriodMention>;
  /** The figure before this one in the sentence, whether or not it became a fact. */
  prevQ?: Quantity | null;
}

export const GUIDANCE_CUE = /\b(?:expect\w*|anticipat\w*|guid(?:e|ed|ing|ance)|outlook|forecast\w*|project(?:ed|ing|ion|ions)|estimat\w*|target\w*|plan(?:s|ning)? to|assum\w+|implies|implied|midpoint|range of)\b/i;
const LOOKAHEAD_PERIOD_GAP = /^(?:\s+[\w-]+){0,3}?\s+(?:in|for|during|at|of|through|ending)\s+(?:the\s+)?$/i;

/** The last `n` words of `text`, as `text.split(/\s+/).slice(-n).join(" ")`, reading only its tail. */
export function lastWords(text: string, n: number): string {
  if (n <= 0) return "";
  let from = 0;
  let runs = 0;
  let plain = true;
  for (let i = text.length - 1; i >= 0; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let j = i;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
    if (++runs === n) { from = i + 1; break; }
    if (i !== j || text.charCodeAt(i) !== 32) plain = false;
    i = j;
  }
  // Words apart by single spaces already read as joined.
  return plain ? text.slice(from) : text.slice(from).replace(/\s+/g, " ");
}
/** What `\s` matches: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
export function pickPeriod(x: FigureContext, afterEnd: number, isChange: boolean): { period: Period; explicit: boolean } {
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
  const found = (pm: PeriodMention) => {
    const p = resolveMention(pm, context());
    // "from the fourth quarter" in a first-quarter call: the last fourth quarter, not the next.
    const back = pm.yearless && periodEnd(p) > periodEnd(call) && /\b(?:from|since|versus|vs\.?|compared\s+(?:to|with)|over|than|relative to)\s+(?:the\s+|our\s+)?$/i.test(s.slice(Math.max(0, pm.start - 30), pm.start));
    return { period: back ? { ...p, year: p.year - 1 } : p, explicit: true };
  };
  let nearestLead: PeriodMention | null = null;
  let nearestBefore: PeriodMention | null = null;
  for (const pm of periods) {
    if (pm.end > q.start) break;
    if (consumed.has(pm)) continue;
    // "grew 53% from prior year to a record $0.61": the base period of a change dates neither it nor the level after it.
    if ((isChange || ((prev || x.prevQ) && /\bto\s+(?:[\w-]+\s+){0,4}$/i.test(s.slice(pm.end, q.start)))) && COMPARISON_BEFORE.test(s.slice(Math.max(0, pm.start - 40), pm.start))) continue;
    nearestBefore = pm;
    if (pm.start >= leadStart) nearestLead = pm;
  }
  if (nearestLead?.possessive && /^\s*(?:[\w-]+\s+){0,3}(?:of\s+)?(?:an?\s+|the\s+)?$/i.test(s.slice(nearestLead.end, q.start))) return found(nearestLead);
  for (const pm of periods) {
    if (pm.start < afterEnd) continue;
    const gap = s.slice(afterEnd, pm.start);
    if (gap.length > 40 || /[,;]|\b(?:as|than|versus|vs)\b/i.test(gap)) break;
    // "$20 million of integration costs in 2022": the mention itself opens with its preposition.
    const ownPreposition = /^\s*$/.test(gap) && /^(?:in|for|during|through)\s/i.test(s.slice(pm.start, pm.start + 9));
    if (ownPreposition || LOOKAHEAD_PERIOD_GAP.test(" " + gap.trimStart()) || (pm.trailing && /^\s*(?:[\w-]+\s+){0,2}$/.test(gap))) {
      consumed.add(pm);
      return found(pm);
    }
    break;
  }
  if (nearestLead) return found(nearestLead);
  if (nearestBefore) return found(nearestBefore);
  const lead = lastWords(s.slice(leadStart, q.start), 10);
  if ((GUIDANCE_CUE.test(lead) && !NOT_GUIDANCE.test(lead)) || prev?.kind === "guidance") return { period: state.guidanceTarget ?? prev?.period ?? nextQuarter(call), explicit: false };
  return { period: state.discourse ?? call, explicit: false };
}

const COMPARISON_BEFORE = /\b(?:compared\s+(?:to|with)|(?:flat|equal|relative)\s+to|from|versus|vs\.?|over|than|relative to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The base period of a change ("up 27% compared to the first quarter of 2020") dates no other figure. */
export function consumeComparison({ s, q, periods, consumed }: FigureContext): void {
  for (const pm of periods) {
    if (pm.start < q.end) continue;
    const owned = pm.possessive || /^\s*(?:(?!and\b|or\b|up\b|down\b)[\w-]+\s+){0,3}(?:of\s+)?(?:an?\s+|the\s+)?(?:negative\s+)?[$€£\d]/i.test(s.slice(pm.end, pm.end + 40));
    if (owned) break;
    if (/^[^,.;$\d]{0,40}?\b(?:compared\s+(?:to|with)|from|versus|vs\.?|over|than|relative to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i.test(s.slice(q.end, pm.start)) || pm.trailing) consumed.add(pm);
    break;
  }
}

function nextQuarter(p: Period): Period {
  const q = Number(p.part.slice(1));
  if (!p.part.startsWith("Q")) return { year: p.year + 1, part: "FY" };
  return q === 4 ? { year: p.year + 1, part: "Q1" } : { year: p.year, part: `Q${q + 1}` as Period["part"] };
}

/** "from $X", "compared with $X", "versus $X", "up from $X": the figure is the base of a comparison. */
export const COMPARISON_BASE = /\b(?:from|compared\s+(?:to|with)|versus|vs\.?|relative\s+to|against)\s+(?:the\s+|an?\s+)?(?:(?:approximately|about|roughly|nearly|around|just|over|some)\s+)*$/i;
const BASE_PERIOD_GAP = /^\s*(?:(?:level|figure|mark|amount)\s+)?(?:(?:achieved|reported|posted|recorded|delivered|seen)\s+)?(?:(?:in|for|during|at|as of|through|at the end of|at the close of)\s+)?(?:the\s+|our\s+)?$/i;

/*
 * The period of a comparison base ("up from $2.4 million in the fourth quarter", "from $28.9 million
 * last quarter", "compared with $0.08 in the third quarter of last year", "Q1's $97.8 million"):
 * the period named right after the figure, else a possessive period right before it. The base lies
 * before `current` (the period of the figure it is compared with): a yearless quarter that would
 * fall on or after it is last year's. Null when no period is named or it does not lie before
 * `current`: a base without a date (an old guidance range) is no fact.
 */
export function basePeriod(x: FigureContext, current: Period): Period | null {
  const { s, q, periods } = x;
  let pm: PeriodMention | null = null;
  for (const m of periods) {
    if (m.start >= q.end) {
      const gap = s.slice(q.end, m.start);
      if (BASE_PERIOD_GAP.test(gap) || (m.trailing && /^\s*(?:[\w-]+\s+){0,2}$/.test(gap))) pm = m;
      break;
    }
  }
  if (!pm) {
    for (const m of periods) {
      if (m.end > q.start) break;
      if (m.possessive && /^\s*$/.test(s.slice(m.end, q.start))) pm = m;
    }
  }
  if (!pm) return null;
  x.consumed.add(pm);
  let p = resolveMention(pm, current);
  if (pm.yearless && periodEnd(p) >= periodEnd(current)) p = { ...p, year: p.year - 1 };
  return periodEnd(p) < periodEnd(current) ? p : null;
}
