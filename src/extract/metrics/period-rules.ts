/**
 * The period a figure belongs to: its own words first, then the sentence's, the turn's, the call's.
 *
 *   2. subject      a period among the subject's words ("third quarter sales", "2020 capex")
 *   3. between      a period between the subject and the figure ("revenue in the quarter declined 19%")
 *   4. after        a period right after the figure ("$1.08 for the first quarter", "$2.5 billion at year-end")
 *   6. opening      the period the sentence opens with ("For the second quarter, we expect ...")
 *   7. clause       the nearest other period earlier in the figure's clause
 *   9. discourse    the period the turn's outlook or paragraph is on
 *   10. default      the call's own quarter (not for guidance, which must name or inherit its period)
 * A period after a comparison word ("from", "versus", "compared to", "over", "than") is the base
 * of a comparison, never the figure's own. "Last year" and "a year ago" are a year before the
 * figure they are compared with.
 */
import { callAsPeriod, monthNumber, monthsOfCallQuarter, outlookYear, periodEnd, quarterAfter, quarterBefore, resolveMention, yearAgo, type Period, type PeriodMention } from "../text/periods.js";
import type { DiscourseState } from "./discourse.js";
import type { Link } from "./link-rules.js";
import type { CallContext } from "./call-context.js";
import type { SentenceView } from "./sentence-view.js";
import type { SubjectPhrase } from "./subject-phrase.js";
import { ANNUAL_GUIDANCE, COMPARED_TO, COMPARING_MENTION, PERIOD_OPENING, SETS_DIVIDEND, PAID_IN_MONTH, monthOfCallQuarter } from "./words.js";

export interface PeriodChoice {
  period: Period;
  /** Said of this figure or its sentence, not inherited from the turn or the call. */
  explicit: boolean;
  source: "subject" | "between" | "after" | "opening" | "clause" | "discourse" | "guidance" | "default";
  rule: string;
}

export interface PeriodInput {
  view: SentenceView;
  i: number;
  phrase: SubjectPhrase;
  relation: Link["relation"];
  link: Link;
  /** The period of the figure this one is compared with or said of, when it has one. */
  basePeriod: Period | null;
  state: DiscourseState;
  ctx: CallContext;
  guidanceCue: boolean;
}

/** A dividend the board has just set: "approved a 10% increase of our third quarter common dividend to $0.57 per share". */
const DIVIDEND_SET = new RegExp(String.raw`${SETS_DIVIDEND.source}[^.;]*\bdividends?\b`, "i");
/** Whether a sentence sets a dividend; a figure's decimal point ("a $0.05 per share dividend") ends no sentence. */
const dividendSet = (text: string): boolean => DIVIDEND_SET.test(text.replace(/(\d)\.(\d)/g, "$1$2"));
/** A figure that is a dividend's amount paid (money, not per share), of a measure named as a dividend. */
function dividendAmount(view: SentenceView, i: number, link: Link): boolean {
  const q = view.figures[i]!;
  if (q.perShare || q.unit === "percent" || Math.abs(q.value ?? q.high ?? 0) < 1e6 || link.subject.kind !== "name") return false;
  const name = view.names[link.subject.slot];
  return name !== undefined && /\bdividends?\b/i.test(view.text.slice(name.start, name.end));
}
/** The quarter a dividend rate is set for, right after the rate: "to $0.12 per share in the first quarter of 2022", "of $0.02 per common stock, starting in the third quarter". */
// (A raise's change too, said before the rate it raises to: "by 12% to $0.14 per share during the second quarter of this year".)
/** A mention that says only "the quarter" ("for the quarter", "in the quarter"): in an outlook, which quarter is for the words around it to say. */
function saysTheQuarter(view: SentenceView, pm: PeriodMention): boolean {
  return /^(?:(?:for|in|during) )?the quarter$/i.test(view.text.slice(pm.start, pm.end).trim());
}
/** The company saying now what it expects: "We expect", "we are guiding", "we now anticipate". */
const SAYS_EXPECT_NOW = /\b(?:we|i) (?:now |currently |still )?(?:expect|anticipate|forecast|project|guide|are (?:now )?(?:expecting|anticipating|forecasting|projecting|guiding))\b/i;
/** A sentence that opens on the month the board acted in: "In February, the company's Board ...", "On April 28, 2021, our Board ...". */
const DECLARED_IN_MONTH = /^(?:(?:and|also|then|so),? )?(?:in|on|during|earlier in|at the (?:beginning|start|end) of) (january|february|march|april|may|june|july|august|september|october|november|december)\b(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?,? /i;
const DIVIDEND_QUARTER = /^(?: to «F\d+»)?(?: per (?:common )?(?:share|stock|unit))?,? (?:(?:starting|beginning|effective|payable|to be paid|paid) )?(?:in|for|during|with) (?:the )?«P(\d+)»/;
// (Not an infinitive: "the confidence to affirm our 2021 guidance" dates the guidance.)
const COMPARISON = /\b(?:from|versus|vs\.?|compared(?: (?:to|with))?|comparing|over|than|relative to|against|since|above|below|ahead of|behind|on top of|lapping|to(?! (?:affirm|reaffirm|reiterate|confirm|raise|lower|narrow|update|revise|maintain|provide|give|issue|introduce|initiate|set|share|deliver|achieve|meet|exceed|beat|expect|anticipate|see|project|forecast|estimate|target|plan)\b)(?!(?: [a-z-]+){0,2} (?:during|throughout) )|(?:same|level|as) as|as (?:in|for|at|of)|like|in line with|consistent with|(?:flat|unchanged|even|steady|stable)(?: sequentially| year[- ]over[- ]year)? with) (?:the |our |a |an )?(?:[a-z-]+ ){0,2}$/;
/**
 * "compared to the 2021 second quarter" is read as two mentions, «P0» «P1»: a comparison word before the first is
 * the second's too ("over" is left out: "over the first six months of 2021" is a span, not a base).
 */
const COMPARED_BEFORE_MENTIONS = /\b(?:from|versus|vs\.?|compared (?:to|with)|comparing|than|relative to|against) (?:the |our |a |an )?(?:«P\d+» )+$/;

/** "$34.1 million or 13.8% of revenue in Q3 of last year": the figure's companion, passed over to reach its period. */
// ("compared to a net loss of $18.8 million or loss per diluted share of $0.29 in the prior-year third quarter": the companion may
// name its measure before its figure.)
const COMPANION = /^(?: (?:of|in) (?:[a-z-]+ )?«M\d+»)?,? or (?:(?:an? )?«M\d+» of )?«F\d+»(?: (?:of (?:our |total |net )?«M\d+»|(?:per|a) (?:fully )?(?:diluted |basic )?share))?,?/;
// "$4.58 of adjusted EPS in the first half": the measure's name may stand between the figure and its period.
// (A word in -ing is a clause's verb, except the adjective "underlying": "9% underlying revenue growth year-to-date".)
const AFTER = /^(?:(?: (?!(?!underlying\b)[a-z]+ing\b|with\b|while\b|whereas\b|but\b)(?:[a-z-]+|«M\d+»)){0,3}?,?)? (?:(?:in|for|during|through|of|at|as of|at the end of|by the end of|on|throughout|within|into) )?(?:the |our |this )?«P(\d+)»/;

/** Two periods listed, then two figures and "respectively": "Fourth quarter and full year GAAP earnings per share were $2.97 and $11.13, respectively". */
const PERIOD_LIST = /^(?:(?:and|so|now|also),? )?(?:(?:for|in) )?(?:the |our )?«P(\d+)»,? and (?:the |our )?«P(\d+)»,? (?:(?:[a-z'-]+|«[MC]\d+»),? ){1,8}?(«F\d+»,? and «F\d+»),? respectively\b/;

export function figurePeriod(x: PeriodInput): PeriodChoice | null {
  const { view, i, phrase, relation, state, ctx } = x;
  // "declined 28% versus 2020": a mention that carries its comparison word is a comparison base.
  const comparedWith = (slot: string | number): boolean => {
    const pm = view.periods[Number(slot)]!;
    return /^(?:versus|vs\.?|than|from|since|over)\b/i.test(view.text.slice(pm.start, pm.start + 8));
  };
  // A mention of the fiscal year before the call's, by its number ("2018", "versus 2018" in a 2019 call).
  const yearBefore = (pm: PeriodMention | null): pm is PeriodMention => pm !== null && pm.relation === "absolute" && pm.period.part === "FY" && pm.period.year === ctx.call.year - 1;
  const call: Period = callAsPeriod(ctx.call);
  const fig = view.slots.get(`F${i}`)!;
  const current = x.basePeriod ?? call;
  const resolve = (pm: PeriodMention): Period => {
    const p = resolveMention(pm, relation === "base" ? current : state.period ?? call);
    // "from the fourth quarter" in a first-quarter call: the last fourth quarter.
    if (pm.yearless && relation === "base" && periodEnd(p) >= periodEnd(current)) return { ...p, year: p.year - 1 };
    // "the decline of 36% in the fourth quarter", said in a first-quarter call of what happened: last year's.
    // (Not a dividend the board just set for a quarter ahead: "a 10% increase of our third quarter common dividend to $0.57".)
    if (pm.yearless && !x.guidanceCue && periodEnd(p) > periodEnd(call) && !dividendSet(view.text)) return { ...p, year: p.year - 1 };
    // "the board has approved a dividend per share of $1.52 for the first quarter", said in a fourth-quarter call: next year's.
    if (pm.yearless && relation !== "base" && ctx.call.quarter === 4 && p.part === "Q1" && p.year === ctx.call.year && dividendSet(view.text)) return { ...p, year: p.year + 1 };
    if ((pm.yearless || pm.yearOnly) && x.guidanceCue && relation !== "base") return outlookYear(pm, ctx.call);
    return p;
  };

  if (relation === "base") {
    const rest = view.abstract.slice(fig.end);
    const tail = rest.slice(COMPANION.exec(rest)?.[0].length ?? 0);
    const after = AFTER.exec(tail);
    if (after && !/[;«]/.test(after[0].replace(/«P\d+»$/, ""))) {
      const pm = yearNamedNext(view, tail.slice(after.index + after[0].length), view.periods[Number(after[1])]!);
      const p = resolve(pm);
      // "$237 million [first six months] compared to $793 million in the prior year quarter": the same span a year before.
      if (x.basePeriod && !x.basePeriod.part.startsWith("Q") && p.part.startsWith("Q") && p.year === x.basePeriod.year - 1) return { period: yearAgo(x.basePeriod), explicit: true, source: "after", rule: "base-same-span" };
      // ("will be approximately 12%, compared to 10.4% for the year-earlier quarter": the period a year before the one compared with,
      // which in an outlook is not the call's.)
      if (x.basePeriod && /\b(?:year[- ]ago|year[- ]earlier|prior[- ]year)\s+(?:quarter|period)\b/i.test(view.text.slice(pm.start, pm.end))) return { period: yearAgo(x.basePeriod), explicit: true, source: "after", rule: "base-year-before" };
      // "adjusted SG&A for the second quarter of 2021 was $95.8 million compared to $81.8 million in 2020 and $98.1 million in 2019":
      // a bare year after a base of a quarter's figure is that quarter of the year.
      const span = sameSpanOfYear(view, pm, p, x.basePeriod);
      if (span) return { period: span, explicit: true, source: "after", rule: "base-same-span" };
      return { period: p, explicit: true, source: "after", rule: "base-after" };
    }
    // "up from Q1's $137.0 million figure": a period said possessively right before the figure.
    const poss = /«P(\d+)» (?:[a-z-]+ ){0,2}$/.exec(view.abstract.slice(Math.max(0, fig.start - 40), fig.start));
    if (poss) return { period: resolve(view.periods[Number(poss[1])]!), explicit: true, source: "between", rule: "base-possessive" };
    const own = x.phrase.period !== null ? view.periods[x.phrase.period]! : null;
    if (own) return { period: resolve(own), explicit: true, source: "subject", rule: "base-subject" };
    const lead = view.abstract.slice(Math.max(0, fig.start - 60), fig.start);
    // ("compared to second quarter 2020 earnings of $99.7 million": the measure's name may stand between the period and "of".)
    const named = /«P(\d+)»(?: (?:[a-z-]+|«M\d+»)){0,3} (?:of|at|was|were) [^«]*$/.exec(lead);
    if (named) return { period: resolve(view.periods[Number(named[1])]!), explicit: true, source: "between", rule: "base-lead" };
    // (Not "the previous dividend of $0.22": an earlier period not said to be a year before, which is left without one.)
    if (x.phrase.priorYear || /\b(?:prior[- ]year|last year'?s?|year[- ]ago|a year ago)\b/.test(lead) || /\b(?:prior[- ]year|last year|a year ago|year[- ]ago)\b/.test(view.abstract.slice(fig.end, fig.end + 120))) {
      return { period: yearAgo(current), explicit: true, source: "between", rule: "base-year-ago" };
    }
    // "our adjusted earnings improved sequentially to $0.15 from $0.07": a quarter's figure compared sequentially is compared with
    // the quarter before it.
    if (current.part.startsWith("Q") && /\b(?:sequential(?:ly)?|quarter[- ](?:over|on)[- ]quarter)\b/.test(view.abstract.slice(0, fig.start))) {
      return { period: quarterBefore(current), explicit: true, source: "between", rule: "base-sequential" };
    }
    // "Our Board ... raised the quarterly dividend from $0.16 a share to $0.18 per share": the rate it moved from is the rate of the
    // quarter the call reports (the new one is declared and paid in the next).
    // (Not a raise dated earlier: "in the second half, we increased our quarterly cash dividend from $0.10 per share to $0.15".)
    if (x.link.subject.kind === "name" && view.names[x.link.subject.slot]?.def.name === "dividend" && dividendSet(view.text) && view.periods.length === 0 && (x.link.rule === "verb-name-from-figure" || x.link.rule === "moved-it-from-to")) {
      return { period: call, explicit: false, source: "discourse", rule: "dividend-rate-before" };
    }
    return null;
  }

  // "This is compared to first quarter 2020 operating losses of $5 million, a net loss of $21 million":
  // a sentence that opens as a comparison speaks of the period it compares with, every figure of it.
  // Not "Compared to the prior year, revenue was up 8% to $1.5 billion": there the comparison qualifies a change.
  const comparedOpening = new RegExp(String.raw`^(?:this|that|which|these|those) ${COMPARED_TO} (?:the |a |our )?«P(\d+)»`).exec(view.abstract);
  if (comparedOpening && view.slots.get(`P${comparedOpening[1]}`)!.start < fig.start && !/«P\d+»/.test(view.abstract.slice(view.slots.get(`P${comparedOpening[1]}`)!.end, fig.start))) {
    const pm = view.periods[Number(comparedOpening[1])]!;
    if (pm.relation !== "absolute" || periodEnd(pm.period) <= periodEnd(call)) return { period: resolve(pm), explicit: true, source: "opening", rule: "compared-opening" };
  }

  // "This compares to cash from operations of $201 million and $75 million of net capital expenditures or free cash flow of $126 million
  // in the second quarter of 2020": the one earlier period such a sentence names, wherever it stands, is every figure's.
  if (!comparedOpening && view.periods.length === 1 && new RegExp(String.raw`^(?:(?:and|so),? )?(?:this|that|these|those) ${COMPARED_TO} `).test(view.abstract)) {
    const pm = view.periods[0]!;
    // "During 2019, we generated $109 million of free cash flow ... This compares to $177 million of free cash flow ... in the
    // prior-year period": a "prior-year period" after a paragraph on a year or a half is that span a year before, not the quarter.
    if (pm.relation === "absolute" && state.period && !state.period.part.startsWith("Q") && periodEnd(state.period) <= periodEnd(call)
      && /^(?:the )?(?:prior[- ]year|previous[- ]year|year[- ]ago) period$/i.test(view.text.slice(pm.start, pm.end))) {
      return { period: { year: state.period.year - 1, part: state.period.part }, explicit: true, source: "opening", rule: "compared-opening-period" };
    }
    if (pm.relation === "absolute" && periodEnd(pm.period) < periodEnd(call)) return { period: resolve(pm), explicit: true, source: "opening", rule: "compared-opening-period" };
  }

  // "Fourth quarter and full-year sales increased 11.5% and 9%, respectively": two periods listed, then two figures, pair in order.
  const periodList = PERIOD_LIST.exec(view.abstract);
  const inList = periodList ? [...periodList[3]!.matchAll(/«F(\d+)»/g)].map((f) => Number(f[1])).indexOf(i) : -1;
  if (inList >= 0) return { period: resolve(view.periods[Number(periodList![inList + 1])]!), explicit: true, source: "subject", rule: "respectively-periods" };
  // "7.8% higher than the prior year first quarter where we had sales of $213.3 million": a clause on a period the sentence
  // names ("where we had", "when we reported") dates its figure.
  // ("a significant improvement over Q2 when organic revenue fell nearly 30%": a measure as the clause's subject too.)
  const whereWe = /«P(\d+)»,? (?:where|when|in which) (?:(?:we|the company|«C\d+») (?:had|reported|generated|posted|delivered|saw|recorded|achieved|earned) (?:(?:[a-z-]+ ){0,2}«M\d+» (?:of|at) )?|(?:our |the )?(?:[a-z-]+ ){0,2}«M\d+» (?:fell|rose|grew|declined|decreased|increased|dropped|(?:was|were)(?: (?:up|down))?|came in at|reached|totaled)(?: by)? )(?:approximately |about |roughly |nearly |almost )?$/.exec(view.abstract.slice(0, fig.start));
  // ("last year, where adjusted EPS was up 45%": "last year" on its own, the clause's time, is a year, not the call's span a year
  // earlier as in a comparison: the year before the call's, or, in a call on a fourth quarter held after the year ended, as likely
  // the year just ended, so unsure.)
  const whereAt = whereWe ? view.periods[Number(whereWe[1])]! : null;
  if (whereAt && whereAt.relation === "yearAgo" && /^(?:last|the prior|the previous|prior) year$/i.test(view.text.slice(whereAt.start, whereAt.end))) {
    return ctx.call.quarter === 4 ? null : { period: { year: call.year - 1, part: "FY" }, explicit: true, source: "between", rule: "where-we-had" };
  }
  if (whereAt) return { period: resolve(whereAt), explicit: true, source: "between", rule: "where-we-had" };
  // "bringing the year-to-date spend to $11.0 billion": the period the rule found.
  if (x.link.periodSlot !== undefined) return { period: resolve(view.periods[x.link.periodSlot]!), explicit: true, source: "between", rule: "link-period" };
  if (x.link.ownPeriod) {
    // (Past the figure's companion: "and $13.6 million, or $0.10 per diluted share for the full year".)
    const rest = view.abstract.slice(fig.end);
    const own = AFTER.exec(rest.slice(COMPANION.exec(rest)?.[0].length ?? 0));
    if (own) {
      const pm = view.periods[Number(own[1])]!;
      const p = resolve(pm);
      // "EBITDA for the first quarter was $311 million in 2020 and $371 million in 2019": a bare year beside a quarter's figure is that quarter.
      return { period: sameSpanOfYear(view, pm, p, x.basePeriod) ?? p, explicit: true, source: "after", rule: "own-period" };
    }
  }
  // "backlog growth of $655 million in the quarter and $2.5 billion for the full year": a span of its own right after the second
  // figure ("for the full year", "for the first half") dates it.
  if (x.link.subject.kind === "figure" && x.basePeriod) {
    // ("up 7.4% for the quarter and 56.3% year-to-date": a span said right after the figure, without a preposition, too.)
    // ("grew 13% or $25.7 million for the full fiscal year 2021": past the figure's companion, and "the full" before the year.)
    const span = /^(?: or «F\d+»)? (?:(?:for|during|in) (?:the )?(?:full |entire |whole )?)?«P(\d+)»/.exec(view.abstract.slice(fig.end));
    const pm = span ? view.periods[Number(span[1])]! : null;
    // (A quarter too, after a figure of a longer span: "Same-store NOI grew 3.9% for the year and 3.1% during the fourth quarter.")
    if (pm && pm.relation !== "yearAgo" && !comparedWith(span![1]!) && (!pm.period.part.startsWith("Q") || !x.basePeriod.part.startsWith("Q"))) {
      return { period: resolve(pm), explicit: true, source: "after", rule: "own-span" };
    }
    // A change or share said of another figure is of that figure's period; a period after it is its comparison base.
    return { period: x.basePeriod, explicit: true, source: "between", rule: "said-of-figure" };
  }
  if (phrase.period !== null) {
    const named = resolve(view.periods[phrase.period]!);
    // "On a year-to-date basis, 2021 GAAP earnings were $1,298,000,000": the year the subject names, to date.
    const basis = /^(?:(?:and|so|now|also),? )?on an? «P(\d+)» basis,/.exec(view.abstract);
    const todate = basis ? view.periods[Number(basis[1])]! : null;
    if (todate && /^(?:year[- ]to[- ]date|ytd)$/i.test(view.text.slice(todate.start, todate.end)) && named.part === "FY") {
      const p = resolve(todate);
      if (p.year === named.year && p.part !== "FY") return { period: p, explicit: true, source: "opening", rule: "year-to-date-basis" };
    }
    return { period: named, explicit: true, source: "subject", rule: "subject-words" };
  }
  // "We paid a dividend of $1.50 in September", in a third-quarter call: the quarter's dividend.
  const paidIn = x.link.subject.kind === "name" && view.names[x.link.subject.slot]?.def.name === "dividend" ? PAID_IN_MONTH.exec(view.text.slice(view.figures[i]!.end)) : null;
  if (paidIn && monthOfCallQuarter(paidIn[1]!, ctx.call)) return { period: call, explicit: true, source: "after", rule: "dividend-paid-in-month" };
  // "In February, the company's Board of Directors declared a quarterly cash dividend of $0.24 per share", in the call on the fourth
  // quarter (held in February): a dividend the board set in a month after the quarter the call reports is the next quarter's.
  const declaredIn = x.link.subject.kind === "name" && view.names[x.link.subject.slot]?.def.name === "dividend" && dividendSet(view.text) ? DECLARED_IN_MONTH.exec(view.text) : null;
  if (declaredIn && view.figures[i]!.start > declaredIn[0].length) {
    const next = quarterAfter(ctx.call);
    // (The next quarter's months: its last is three after the call quarter's own last, when the call states it.)
    const nextMonths = monthsOfCallQuarter({ quarter: Number(next.part.slice(1)), end: ctx.call.end ? { month: ((ctx.call.end.month + 2) % 12) + 1 } : undefined });
    if (nextMonths.includes(monthNumber(declaredIn[1]!))) return { period: next, explicit: true, source: "opening", rule: "dividend-declared-after-quarter" };
  }
  // "were $655 million and $732 million, respectively, in the second quarter of 2021".
  const listed = x.link.rule === "respectively" ? /respectively,? (?:in|for|during|at) (?:the )?«P(\d+)»/.exec(view.abstract) : null;
  if (listed) return { period: resolve(view.periods[Number(listed[1])]!), explicit: true, source: "after", rule: "respectively-period" };
  // "increased our quarterly dividend to $0.12 per share in the first quarter of 2022", "reinstated the quarterly dividend of
  // $0.02 per common stock, starting in the third quarter": a rate the board sets is for the quarter said right after it.
  if (phrase.quarterly && dividendSet(view.text)) {
    const named = DIVIDEND_QUARTER.exec(view.abstract.slice(fig.end));
    const pm = named ? view.periods[Number(named[1])]! : null;
    // (Not "for the current quarter": said at the call, the quarter under way, not the one it reports.)
    const p = pm && !/\b(?:current|this) (?:quarter|period)\b/i.test(view.text.slice(pm.start, pm.end)) ? resolve(pm) : null;
    if (p && p.part.startsWith("Q")) return { period: p, explicit: true, source: "after", rule: "dividend-quarter" };
  }
  // "our consolidated quarterly revenue, which is up 22%": a quarter's figure, whatever span the paragraph was on.
  // (Not an amount paid as a quarterly dividend: "we returned $185 million during the year through the repurchase of shares and
  // $64 million through our quarterly dividend" names how often it is paid, not the amount's span.)
  // ("Our quarterly revenue was up 32% and earnings per share was up 158% from the same period last year": so is a figure of a
  // later clause of a sentence that opens on a quarterly measure and names no period before it.)
  const quarterlyOpening = !phrase.quarterly && /^(?:(?:and|so|also),? )?(?:our |the )?quarterly (?:[a-z-]+ )?«M\d+»/.test(view.abstract) && !/«P\d+»|[;:]/.test(view.abstract.slice(0, fig.start));
  if ((phrase.quarterly || quarterlyOpening) && !x.guidanceCue && !dividendAmount(view, i, x.link)) {
    const q = state.period && state.period.part.startsWith("Q") && periodEnd(state.period) <= periodEnd(call) ? state.period : call;
    return { period: q, explicit: true, source: "subject", rule: "quarterly" };
  }
  if (phrase.annual) return { period: { year: ctx.call.year + (x.guidanceCue && ctx.call.quarter === 4 ? 1 : 0), part: "FY" }, explicit: true, source: "subject", rule: "annual" };

  // "from 17% growth in the second quarter to 20% in the third quarter": each figure of a from-to pair
  // has its own period right after it.
  const before = view.abstract.slice(0, fig.start);
  const own = /\bto $/.test(before)
    ? /^ (?:in|for|during) (?:the )?«P(\d+)»/.exec(view.abstract.slice(fig.end))
    : /\bfrom $/.test(before) ? /^ (?:«M\d+» )?(?:[a-z-]+ ){0,2}(?:in|for|during) (?:the )?«P(\d+)»,? to «F\d+»/.exec(view.abstract.slice(fig.end)) : null;
  if (own && !comparedWith(own[1]!)) return { period: resolve(view.periods[Number(own[1])]!), explicit: true, source: "after", rule: "from-to-periods" };

  // Between the subject and the figure.
  const between = view.abstract.slice(phrase.start, fig.start);
  for (const m of [...between.matchAll(/«P(\d+)»/g)].reverse()) {
    // ("Revenue from operations for the third quarter": "from" in the measure's own name compares with nothing.)
    const lead = between.slice(0, m.index).replace(/\bfrom (?:(?:continuing|ongoing) )?operations?\b/g, "");
    // "Earnings per diluted share over the first nine months of 2021 were $4.20": "over" right after the name says the span it
    // is measured over, not a base it is compared with.
    const span = /^«M\d+» over (?:the )?$/.test(lead) && !/^(?:the )?(?:last|prior|previous|year[- ]ago|same)\b/i.test(view.text.slice(view.periods[Number(m[1])]!.start));
    if (!span && (COMPARISON.test(lead) || COMPARED_BEFORE_MENTIONS.test(lead))) continue;
    // "from $0.33 in Q1 to $0.44 in Q2": a period right after another figure is that figure's.
    if (/«F\d+»[^«]{0,12}$/.test(lead)) continue;
    if (comparedWith(m[1]!)) continue;
    return { period: resolve(view.periods[Number(m[1])]!), explicit: true, source: "between", rule: "between" };
  }

  // "the $1.90 in earnings per share we reported in 2019": a clause after the figure that says when the company reported it.
  const reportedIn = /^ (?:(?:in|of) (?:[a-z-]+ ){0,2}«M\d+» )?(?:that |which )?(?:we|the company|«C\d+») (?:reported|delivered|generated|posted|earned|achieved|recorded|had|saw|paid|spent|invested) (?:(?:in|for|during|over) )?(?:the )?«P(\d+)»/.exec(view.abstract.slice(fig.end));
  if (reportedIn && view.periods[Number(reportedIn[1])]!.relation === "absolute") return { period: resolve(view.periods[Number(reportedIn[1])]!), explicit: true, source: "after", rule: "reported-in" };

  // Past the figure's companion to the period that follows ("$52 million or $0.20 per diluted share in the fourth quarter").
  const rest = view.abstract.slice(fig.end);
  const companion = COMPANION.exec(rest);
  const tail = rest.slice(companion?.[0].length ?? 0);
  // ("revenues recovered to $6.2 billion or 70% of 2019 levels": a period the companion is a share "of" is its base, not the figure's.)
  // (The period mention may hold the "of": "of 2019 levels" reads as «P» «levels».)
  // ("we will complete approximately $200 million of share repurchases over the remainder of the year": "over" a span still ahead is
  // the span the figure is for; "over" a span past is what it is compared with.)
  const overSpan = /^(?: (?:[a-z-]+|«M\d+»)){0,3}? over (?:the |our )?«P(\d+)»/.exec(tail);
  const overPm = overSpan ? view.periods[Number(overSpan[1])]! : null;
  // (Only a span said as one, "the remainder of the year", "the next two quarters", "the second half": "up 60% over Q4" compares.)
  if (overPm && overPm.relation === "absolute" && periodEnd(overPm.period) > periodEnd(call) && !/\b(?:compared|versus|growth|increase|decrease|up|down)\b/.test(overSpan![0])
    && /\b(?:remainder|rest|balance|half|next|coming)\b/i.test(view.text.slice(overPm.start, overPm.end))) {
    return { period: overPm.period, explicit: true, source: "after", rule: "over-span-ahead" };
  }
  const after = companion && /^ (?:of\b|«P\d+» levels?\b)/.test(tail) ? null : AFTER.exec(tail);
  // (Not the period of the next item of a list: "gross margin to be between 63% to 64% and full year gross margin to be between 65% to
  // 67%", where "full year" is the second range's.)
  const nextItem = after !== null && /\b(?:and|or)\b/.test(after[0]) && /^ (?:[a-z-]+ ){0,2}«M\d+»/.test(tail.slice(after.index + after[0].length));
  // (Nor a period that opens the next clause where the transcript lost a full stop: "less capital spending of $61 million our
  // year-to-date free cash flow was $1.1 billion".)
  // (Nor one that opens the next clause of its own, its subject a pronoun: "our capex totaled $3 million and for the full year, it was
  // $12 million".)
  const nextClause = after !== null && /^(?: [a-z-]+){0,2} «M\d+» (?:was|were|is|are|came in|totaled|totalled|reached|grew|rose|increased|decreased|declined|fell)\b|^,? (?:it|they|this|that|we) (?:was|were|is|are|came in|totaled|totalled|reached|grew|rose|increased|decreased|declined|fell|spent|generated|invested|had)\b/.test(tail.slice(after.index + after[0].length));
  // ("Inventory turns were 5.1 compared to five in the prior quarter": a period after a comparison, however it is said, is the base's.)
  if (after && !nextItem && !nextClause && !comparedWith(after[1]!) && !/[;,]|«[FP]/.test(after[0].replace(/«P\d+»$/, "")) && !COMPARISON.test(after[0].replace(/«P\d+»$/, "")) && !/\b(?:compared|comparing|relative)\b/.test(after[0])) {
    const pm = view.periods[Number(after[1])]!;
    // ("Given our expectations for operating margins in Q2, this implies EPS of $0.10 to $0.15 for the quarter": in an outlook, "the
    // quarter" is the quarter the sentence looks ahead to.)
    const theQuarter = x.guidanceCue && saysTheQuarter(view, pm);
    const ahead = theQuarter
      ? view.periods.find((o) => o !== pm && o.relation === "absolute" && o.period.part.startsWith("Q") && periodEnd(o.period) > periodEnd(call))
      : undefined;
    if (ahead) return { period: ahead.period, explicit: true, source: "after", rule: "quarter-ahead" };
    // ("For the first quarter of 2020, ... International constant currency revenue growth is expected to slow to 2% in the quarter": so is
    // the quarter ahead the turn's outlook is on.)
    // (Only in words that look ahead, not a result the sentence also calls estimated: "We estimate that COVID-19-related sales were about
    // $94 million in the quarter".)
    const before = view.text.slice(0, view.figures[x.i]!.start);
    const looksAhead = /\b(?:expect\w*|anticipat\w*|will|forecast\w*|project(?:s|ed|ing)?|guid\w*|outlook)\b/i.test(before) && !/\b(?:was|were|increased|decreased|grew|rose|fell|declined|lowered|raised|reduced|improved|delivered|generated|reported|came in|totaled|ended)\b/i.test(before);
    if (theQuarter && looksAhead && state.guidancePeriod && /^Q[1-4]$/.test(state.guidancePeriod.part) && periodEnd(state.guidancePeriod) > periodEnd(call)) return { period: state.guidancePeriod, explicit: true, source: "discourse", rule: "quarter-ahead" };
    // ("We expect revenue in the range of $490 million to $520 million and EPS of $0.10 to $0.15 for the quarter": an outlook the
    // company gives now for "the quarter" is for the quarter after the one it reports.)
    if (theQuarter && looksAhead && SAYS_EXPECT_NOW.test(before)) return { period: quarterAfter(ctx.call), explicit: true, source: "after", rule: "quarter-ahead" };
    if (!pm.trailing || relation !== "change") {
      const p = resolve(pm);
      // ("second quarter earnings per diluted share of $0.41 compared to adjusted earnings of $0.10 for the second quarter of 2020 and
      // adjusted earnings of $0.03 in 2019": an earlier bare year after a quarter the sentence names is that quarter of the year.)
      // (Only a quarter said between an earlier figure and this one, in the list of what is compared: not "While Q3 organic sales declined
      // slightly, ... on top of the 4% organic growth we generated in 2020", the year's.)
      const figureBefore = view.slots.get(`F${x.i - 1}`);
      const quarter = periodEnd(p) < periodEnd(call) && figureBefore ? view.periods.find((o, k) => o.start < pm.start && /^Q[1-4]$/.test(o.period.part) && (view.slots.get(`P${k}`)?.start ?? -1) > figureBefore.start) : undefined;
      // ("This compares to a non-GAAP EPS of $2.01 last year, ..., and a non-GAAP EPS of $0.52 in 2019": so is one after "last year"
      // said of a quarter, in the list of what the sentence compares.)
      const lastYear = quarter || !figureBefore ? undefined : view.periods.find((o) => o.start < pm.start && o.relation === "yearAgo");
      const yearAgoPeriod = lastYear ? resolve(lastYear) : null;
      const span = quarter ? sameSpanOfYear(view, pm, p, quarter.period) : yearAgoPeriod && /^Q[1-4]$/.test(yearAgoPeriod.part) ? sameSpanOfYear(view, pm, p, yearAgoPeriod) : null;
      if (span) return { period: span, explicit: true, source: "after", rule: "same-span-of-year" };
      return { period: p, explicit: true, source: "after", rule: "after-figure" };
    }
  }

  // "cash flow from operations increased 2% to $210.1 million in the first six months of fiscal '21": the period of the level a
  // change reached is the change's too.
  // ("Adjusted EBITDA increased 96% or $13.7 million to $28 million for FY '21": past the change said in another unit.)
  const reached = relation === "change" || x.link.relation === "change" ? /^(?:,? or «F\d+»)? to «F\d+»,? (?:(?:in|for|during) )?(?:the )?«P(\d+)»/.exec(view.abstract.slice(fig.end)) : null;
  if (reached && !comparedWith(reached[1]!)) {
    const pm = view.periods[Number(reached[1])]!;
    if (pm.relation === "absolute" && !pm.trailing) return { period: resolve(pm), explicit: true, source: "after", rule: "period-of-level-reached" };
  }

  // "as only a year ago, our organic revenues were minus 9.7%": "a year ago" opening the figure's clause dates it.
  const agoLead = /(?:^|, |\b(?:as|when|while|whereas|since|because) )(?:only |just )?«P(\d+)»,? (?:[^«;,]|«M\d+»)*$/.exec(view.abstract.slice(0, fig.start));
  const agoMention = agoLead ? view.periods[Number(agoLead[1])]! : null;
  if (agoMention && agoMention.relation === "yearAgo" && /\bago\b/i.test(view.text.slice(agoMention.start, agoMention.end)) && relation !== "change") {
    return { period: yearAgo(state.period ?? call), explicit: true, source: "clause", rule: "year-ago-clause" };
  }
  const opening = PERIOD_OPENING.exec(view.abstract);
  // ("Versus 2019, we grew sales 20%": a mention that holds its own comparison word opens on the base compared with, not the figure's period.)
  const openingCompares = opening ? COMPARING_MENTION.test(view.text.slice(view.periods[Number(opening[1])]!.start, view.periods[Number(opening[1])]!.end)) : false;
  // (In a fourth-quarter call, "Versus 2020, sales grew 10%" compares the year with the year before it: the call's year.)
  if (opening && openingCompares && !x.guidanceCue && ctx.call.quarter === 4) {
    const pm = view.periods[Number(opening[1])]!;
    if (yearBefore(pm)) return { period: { year: ctx.call.year, part: "FY" }, explicit: true, source: "opening", rule: "compared-with-year" };
  }
  // "Also in the quarter, we upped our free cash flow guidance by $25 million to $450 million": the quarter the call reports, when the
  // outlook was raised, is no outlook's period (nor the clause's, below).
  const raisedIn = (k: string): boolean => {
    const p = view.periods[Number(k)]!;
    return p.relation === "absolute" && periodEnd(p.period) <= periodEnd(call) && new RegExp(String.raw`^(?:(?:also|and|so|then),? )*(?:(?:in|during) (?:the |this )?)?«P${k}»,? (?:we|i)\b`).test(view.abstract)
      && /\b(?:rais|increas|upp|lower|reduc|narrow|updat|revis|tighten|cut)\w* (?:our |the |its )?(?:[a-z-]+ ){0,3}(?:«M\d+» )?(?:[a-z-]+ ){0,2}(?:guidance|outlook|forecast)\b/.test(view.abstract);
  };
  // "2021 started strong, earning $0.32 per share", in the call on 2021's first quarter: the year's start is the quarter the call
  // reports (said later in the year, which part of the year is meant is unsure).
  const yearStart = /^(?:(?:and|so),? )?(?:the |our )?«P(\d+)» (?:started|began|got off)\b/.exec(view.abstract);
  if (yearStart && view.slots.get(`P${yearStart[1]}`)!.start < fig.start) {
    const pm = view.periods[Number(yearStart[1])]!;
    if (pm.relation === "absolute" && pm.period.part === "FY" && pm.period.year === call.year) return ctx.call.quarter === 1 ? { period: call, explicit: true, source: "opening", rule: "year-started" } : null;
  }
  // ("Year to date, we've generated over $2.1 billion of free cash flow, ..., and we ended the quarter with over $4 billion in cash": a
  // balance the clause says the quarter ended with is the quarter's, whatever span the sentence opened on.)
  // ("I'm happy to finish the quarter at $1.77 per share in FFO": a level the quarter finished at is the quarter's, whatever the measure.)
  const ended = x.link.subject.kind === "name" && view.names[x.link.subject.slot]?.def.balance === true ? /\b(?:ended|ending|finished|closed) «P(\d+)» (?:with|at) (?:[^«;]{0,30})?$/.exec(view.abstract.slice(0, fig.start))
    : /\b(?:finish|finished|finishing|end|ended|ending) «P(\d+)» at (?:approximately |about |roughly )?$/.exec(view.abstract.slice(0, fig.start));
  const endedQuarter = ended ? view.periods[Number(ended[1])]! : null;
  if (endedQuarter && /^(?:the|this) quarter$/i.test(view.text.slice(endedQuarter.start, endedQuarter.end))) return { period: resolve(endedQuarter), explicit: true, source: "clause", rule: "ended-the-quarter" };
  if (opening && !openingCompares && view.slots.get(`P${opening[1]}`)!.start < fig.start && !raisedIn(opening[1]!)) {
    const pm = view.periods[Number(opening[1])]!;
    if (pm.relation === "absolute") return { period: x.guidanceCue ? outlookYear(pm, ctx.call) : pm.period, explicit: true, source: "opening", rule: "sentence-opening" };
    // "Last year, in addition to paying $0.30 in dividends, we repurchased $5.6 million of common stock": "last year" opening a
    // sentence on its own is the year before the call's, not the call's quarter a year ago.
    // (Not in a fourth-quarter call, said after the year's end, where "last year" is as often the year just reported.)
    if (!x.guidanceCue && ctx.call.quarter !== 4 && /^(?:(?:and|so|also|now),? )?(?:last|prior|previous) (?:fiscal )?year,/i.test(view.text)) {
      return { period: { year: ctx.call.year - 1, part: "FY" }, explicit: true, source: "opening", rule: "last-year-opening" };
    }
  }

  // The nearest period earlier in the sentence that is no comparison base and belongs to no other figure's words.
  const lead = view.abstract.slice(0, fig.start);
  const cut = Math.max(lead.lastIndexOf("; "), lastIndexOfRe(lead, /, (?:but|while|whereas) /g));
  for (const m of [...lead.matchAll(/«P(\d+)»/g)].reverse()) {
    if (m.index < cut) break;
    const before = lead.slice(0, m.index);
    if (COMPARISON.test(before) || COMPARED_BEFORE_MENTIONS.test(before)) {
      // "... compared to the second quarter of 2019, net income of $194 million": the period compared with, then the measure and the
      // figure, is this figure's period (it is the base).
      const pm = view.periods[Number(m[1])]!;
      // (Only the measure the sentence gave before the comparison: not an item of a list, "ending at close to flat versus 2020, net
      // sales of approximately $5.8 billion".)
      const named = /^, (?:(?:our|the|its|total|net|adjusted|gaap|non-gaap|diluted|reported|consolidated) )*«M(\d+)» (?:of|was|were) (?:approximately |about )?$/.exec(lead.slice(m.index + m[0].length));
      const measure = named ? view.names[Number(named[1])]?.def.name : undefined;
      const givenBefore = measure !== undefined && [...before.matchAll(/«M(\d+)»/g)].some((n) => view.names[Number(n[1])]?.def.name === measure);
      if (pm.relation === "absolute" && !pm.yearless && /\bcompared (?:to|with) (?:the |our )?$/.test(before) && givenBefore) {
        return { period: pm.period, explicit: true, source: "clause", rule: "compared-then-measure" };
      }
      continue;
    }
    // "our smallest quarter of the year", "the end of the year": a period inside another noun phrase.
    // (Not the year of an outlook: "affirm the range of our 2021 guidance for adjusted EBITDA of ...".)
    if (/\bof $/.test(before) && !/^ (?:guidance|outlook|forecast|expectations?|targets?|plan)\b/.test(lead.slice(m.index + m[0].length))) continue;
    // "Excluding the $215 million of advances received in the first quarter of 2020, free cash flow improved": what is left out is dated, not the figure.
    // ("Given our performance year-to-date and expected future growth, our Board approved an increase of 4.9% in our ... dividend":
    // the grounds the sentence opens on are dated, not what it reports.)
    if (/^(?:[a-z]+,? )?(?:excluding|including|except(?: for)?|apart from|net of|adjusting for|after adjusting for|given|based on|in light of)\b[^,;]*$/.test(before)) continue;
    // "16% of sales in 2018": a period right after another figure (and what it is a share of) is that figure's.
    // (Not one that opens a new clause after a comma: "Capital expenditures for the second quarter were $40 million, for the full
    // year we expect capital expenditures to be approximately $200 million".)
    if (/«F\d+»(?: of (?:our |total |net )?«M\d+»)?[^«]{0,12}$/.test(before) && !(/«F\d+», (?:and )?(?:for|in) (?:the |our )?$/.test(before) && /^,? (?:we|i)\b/.test(lead.slice(m.index + m[0].length)))) continue;
    const pm = view.periods[Number(m[1])]!;
    if (pm.relation !== "absolute" || comparedWith(m[1]!) || raisedIn(m[1]!)) continue;
    // ("an improvement from $48.9 million ... in the trailing quarter as ... operating expenses declined by $2 million": a period that
    // dates only what is compared with it dates no change.)
    if (pm.trailing && relation === "change") continue;
    // "We built on our prior quarter's profitability and increased our operating margin to over 12%": a period said as the
    // possessive of another noun dates that noun.
    if (pm.possessive && !/^ (?:[a-z-]+ ){0,2}«M\d+»/.test(lead.slice(m.index + m[0].length))) continue;
    return { period: x.guidanceCue ? outlookYear(pm, ctx.call) : pm.period, explicit: true, source: "clause", rule: "clause" };
  }

  if (x.basePeriod) return { period: x.basePeriod, explicit: true, source: "between", rule: "said-of-figure" };
  // "We generated free cash flow of $1.8 billion for the first nine months of fiscal 2022, reflecting a 3% increase in operating cash
  // flow": what a dated figure is said to reflect or be driven by is of the same span.
  const upTo = view.abstract.slice(0, fig.start);
  const cause = /, (?:reflecting|driven (?:primarily |mainly |largely )?by|due (?:primarily |mainly |largely )?to|resulting from|as a result of|led by|helped by|supported by)(?: [a-z-]+){0,3} $/.exec(upTo);
  if (cause && /«F\d+»/.test(upTo.slice(0, cause.index))) {
    const main = upTo.slice(0, cause.index);
    const last = [...main.matchAll(/«P(\d+)»/g)].at(-1);
    const pm = last ? view.periods[Number(last[1])]! : null;
    if (last && pm && pm.relation === "absolute" && !pm.trailing && !comparedWith(last[1]!) && !COMPARISON.test(main.slice(Math.max(0, last.index - 40), last.index))) {
      return { period: x.guidanceCue ? outlookYear(pm, ctx.call) : pm.period, explicit: true, source: "clause", rule: "cause-of-dated-figure" };
    }
  }
  // "First, sales were up 3% to $468 million as compared to $454 million in 2018", in a fourth-quarter call: a figure and the
  // base it is compared with share their span, so one compared with the year before the call's is the call's year.
  if (!x.guidanceCue && ctx.call.quarter === 4) {
    const laterBase = /^(?:[^;«]|«[FM]\d+»)*?\b(?:compared (?:to|with)|versus|vs\.?|from|against) (?:the |our )?«F\d+» (?:[a-z-]+ ){0,3}?«P(\d+)»/.exec(view.abstract.slice(fig.end));
    const pm = laterBase ? view.periods[Number(laterBase[1])]! : null;
    if (yearBefore(pm)) {
      return { period: { year: ctx.call.year, part: "FY" }, explicit: true, source: "after", rule: "compared-with-year" };
    }
    // ("free cash flow improved by $324 million from 2018": a change whose base is the year before the call's, named by itself.)
    // (Not a balance's change "from 2018 year-end": the balance is dated at the quarter's end, as its level is.)
    // ("Our net sales improved 5.4% over 2018": a growth rate after a verb of change is a change, whatever relation its link read.)
    const growth = view.figures[i]!.unit === "percent" && /\b(?:improved|increased|grew|rose|(?:was|were) (?:up|down)|declined|decreased|fell|up|down)(?: by)? (?:approximately |about |nearly |almost |roughly )?$/.test(view.abstract.slice(0, fig.start));
    const yearBase = x.relation === "change" || growth ? /^ ((?:[a-z-]+ ){0,3}?)«P(\d+)»(?! ?(?:year[- ]end|end)\b)(?![^.;]*«P)/.exec(view.abstract.slice(fig.end)) : null;
    const ym = yearBase ? view.periods[Number(yearBase[2])]! : null;
    const said = ym ? ` ${yearBase![1]}${view.text.slice(ym.start, ym.end)}`.toLowerCase() : "";
    if (yearBefore(ym) && / (?:compared (?:to|with)|versus|vs\.?|from|over|against) (?:fiscal )?\d{4}$/.test(said)) {
      return { period: { year: ctx.call.year, part: "FY" }, explicit: true, source: "after", rule: "change-from-year" };
    }
    // ("improved 5.4% over 2018 to $1.14 billion": so is the level the change reached.)
    const reached = /«F\d+» «P(\d+)» to (?:approximately |about |nearly |almost |roughly )?$/.exec(view.abstract.slice(0, fig.start));
    const rm = reached ? view.periods[Number(reached[1])]! : null;
    if (yearBefore(rm) && /^(?:compared (?:to|with)|versus|vs\.?|from|over|against) (?:fiscal )?\d{4}$/i.test(view.text.slice(rm.start, rm.end))) {
      return { period: { year: ctx.call.year, part: "FY" }, explicit: true, source: "after", rule: "change-from-year" };
    }
  }
  // "Cash flows from operations were about $39 million higher than the first six months of last year": a change measured against a
  // span of the year before, named by itself, is of the same span this year, when the call's quarter ends it.
  if (!x.guidanceCue && x.relation === "change") {
    const spanBase = /^ (?:(?:higher|lower|more|less|above|below|better|worse) than|compared (?:to|with)|versus|vs\.?|over|from) (?:the |our )?«P(\d+)»(?![^.;]*«P)/.exec(view.abstract.slice(fig.end));
    const sm = spanBase ? view.periods[Number(spanBase[1])]! : null;
    const same = sm && sm.period.year === ctx.call.year - 1 && /^(?:H1|H2|9M)$/.test(sm.period.part) ? { year: ctx.call.year, part: sm.period.part } : null;
    if (same && periodEnd(same) === periodEnd(call)) return { period: same, explicit: true, source: "after", rule: "same-span-as-base" };
  }
  if (x.guidanceCue) {
    // "we expect revenue of $13.5 billion to $13.7 billion and adjusted EPS of $6.17 to $6.35 for full year 2020": a list under
    // one expectation, dated once at its end, is all for that period.
    // ("... and approximately 22% adjusted EPS expansion for the company in 2021": the preposition may be the period's own words.)
    const listEnd = /^(?:[^;«]|«[FM]\d+»)*(?:\b(?:for|in|during|through) (?:the )?(?:full )?| )«P(\d+)»\s*[.!]?\s*$/.exec(view.abstract.slice(fig.end));
    const listed = listEnd ? view.periods[Number(listEnd[1])]! : null;
    if (listed && (/\b(?:for|in|during|through) (?:the )?(?:full )?$/.test(view.abstract.slice(0, view.slots.get(`P${listEnd![1]}`)!.start)) || /^(?:for|in|during)\b/i.test(view.text.slice(listed.start, listed.end)))) {
      const pm = listed;
      // ("... with capital expenditures of $380 million for the year", in a fourth-quarter call: the year ahead.)
      const p = pm.relation !== "absolute" ? null : saysTheQuarter(view, pm) && SAYS_EXPECT_NOW.test(view.text) ? quarterAfter(ctx.call) : outlookYear(pm, ctx.call);
      if (p && periodEnd(p) > periodEnd(call) && !comparedWith(listEnd![1]!)) return { period: p, explicit: true, source: "after", rule: "outlook-list-dated" };
    }
    // A period said after the figure, past its clause ("..., as we keep increasing production throughout the year"), does not
    // undo the outlook the turn was on ("Turning to the second quarter. We expect revenue of $450 million to $480 million, ...").
    const outlook = state.guidanceAt > fig.end && state.guidanceBefore ? state.guidanceBefore : state.guidancePeriod;
    // ("We are increasing the Financial Services segment operating income growth guidance to 75% to 85%", after words on the second
    // half: guidance raised or kept, its period unsaid, is the year's, not the half the turn spoke of.)
    if (outlook && !(/^H[12]$/.test(outlook.part) && ANNUAL_GUIDANCE.test(view.abstract))) return { period: outlook, explicit: false, source: "discourse", rule: "outlook-of-turn" };
    // "Revenue is expected to be in the range of $4.8 billion to $4.95 billion, representing 6% growth at the midpoint and 7% organic
    // growth compared to 2019", in the call on 2019's last quarter: an outlook compared with a year is for the year after it, when
    // that is the year under way or the one the call looks ahead to.
    const versusYear = /\b(?:compared (?:to|with)|versus|vs\.?|over|relative to) «P(\d+)»|\bcompared «P(\d+)»/.exec(view.abstract);
    const vy = versusYear ? view.periods[Number(versusYear[1] ?? versusYear[2])]! : null;
    if (vy && vy.relation === "absolute" && vy.period.part === "FY" && /^(?:(?:to|with|from|over|versus) )?(?:fiscal |fy ?)?(?:\d{4}|'\d\d)$/i.test(view.text.slice(vy.start, vy.end))) {
      const next = vy.period.year + 1;
      if (next === ctx.call.year + (ctx.call.quarter === 4 ? 1 : 0)) return { period: { year: next, part: "FY" }, explicit: true, source: "clause", rule: "outlook-versus-year" };
    }
    // Raised, reaffirmed or annual guidance that names no period is the current fiscal year's.
    if (ANNUAL_GUIDANCE.test(view.abstract)) return { period: { year: ctx.call.year + (ctx.call.quarter === 4 ? 1 : 0), part: "FY" }, explicit: false, source: "discourse", rule: "annual-guidance" };
    return { period: call, explicit: false, source: "default", rule: "call-quarter" };
  }
  // An earlier period the paragraph was on does not carry to a sentence that compares with a year ago: that one speaks of now.
  const comparesWithYearAgo = /\b(?:year[- ]ago|prior[- ]year|last year|a year ago|previous year|same (?:period|quarter) (?:of |in )?(?:last|prior|the prior|the previous) year)\b/i.test(view.text);
  // "grew 9% over the prior year quarter", "up 3% sequentially": a quarter compared with a quarter, whatever span the paragraph was on.
  const comparesQuarters = /\b(?:(?:prior|previous|last)[- ]year(?:'s)? (?:fourth |third |second |first )?quarter|(?:q[1-4]|(?:the )?(?:first|second|third|fourth) quarter) (?:of |in )?(?:last|the prior|the previous) year|year[- ]ago quarter|same quarter (?:of |in )?(?:last|prior|the prior|the previous) year|(?:prior|previous|last|preceding|sequential) quarter|sequentially|quarter[- ]over[- ]quarter|linked[- ]quarter|(?:record )?quarterly (?:results|performance|earnings))\b/i.test(view.text);
  // "NAREIT FFO was $0.45 per share compared to $0.42 per share in 4Q 2018", in a call on the fourth quarter of 2019: a base named as
  // the call's quarter a year before compares quarters too.
  const laterQuarter = /^(?:[^;«]|«[FM]\d+»)*?\b(?:compared (?:to|with)|versus|vs\.?|from|against) (?:[^;«]|«F\d+»)*?«P(\d+)»/.exec(view.abstract.slice(fig.end));
  const yearAgoQuarter = laterQuarter ? view.periods[Number(laterQuarter[1])]! : null;
  const comparesQuarterYearAgo = yearAgoQuarter !== null && yearAgoQuarter.relation === "absolute" && yearAgoQuarter.period.part === call.part && yearAgoQuarter.period.year === call.year - 1 &&
    /\b(?:q[1-4]|[1-4]q|quarter)\b.*\b(?:19|20)\d\d\b/i.test(view.text.slice(yearAgoQuarter.start, yearAgoQuarter.end));
  // (Also after a paragraph on an earlier year: "Inventories increased quarter-over-quarter by $31 million" is the call's quarter's.)
  // (So is a change "sequentially" after a paragraph on an earlier quarter: "U.S. Drilling EBITDA of $62.1 million was up by $2.3
  // million or 4% sequentially", after "The second quarter results included charges of $81 million", in the third quarter's call.)
  const sequential = /\b(?:sequentially|quarter[- ]over[- ]quarter|linked[- ]quarter)\b/i.test(view.text) && state.period?.part.startsWith("Q") === true && periodEnd(state.period) < periodEnd(call);
  if ((((comparesQuarters || comparesQuarterYearAgo) && state.period && !state.period.part.startsWith("Q")) || sequential) && state.period && periodEnd(state.period) <= periodEnd(call)) {
    return { period: call, explicit: false, source: "discourse", rule: "quarter-compared" };
  }
  // A paragraph on a year long past ("the lowest since 2009") sets no period for what follows.
  if (state.period && state.period.year >= ctx.call.year - 1 && periodEnd(state.period) <= periodEnd(call) && !(comparesWithYearAgo && periodEnd(state.period) < periodEnd(call))) {
    // "In Q1, we delivered 2% core growth. ... With 6% core growth, 8% reported in Q4, we're seeing ...": a sentence that dates
    // itself later in its clause as the call's quarter, with no comparison, is back on the call's quarter, not the paragraph's.
    const later = /^(?:[^;«]|«[FM]\d+»)*?«P(\d+)»/.exec(view.abstract.slice(fig.end));
    const between = later ? view.abstract.slice(fig.end, fig.end + later[0].lastIndexOf("«P")) : "";
    if (later && !COMPARISON.test(between) && !/\b(?:compared|versus|vs\.?|than|from|since|over|with|lapping|on top of|excluding|including|when)\b/.test(between) && !comparedWith(later[1]!)) {
      const pm = view.periods[Number(later[1])]!;
      const p = pm.relation === "absolute" ? resolve(pm) : null;
      // Only a return to the call's own quarter: a later period of another span is as likely another figure's.
      if (p && p.year === call.year && p.part === call.part && (state.period.year !== call.year || state.period.part !== call.part)) return { period: p, explicit: false, source: "clause", rule: "later-in-sentence" };
    }
    // "Year-to-date adjusted net income was ... Adjusted net income was $423 million for the third quarter and adjusted diluted EPS
    // grew 33.1% to $2.17.": so is one that dated an earlier figure of the same clause chain as the call's quarter (that period
    // is the figure's, not this one's, but it says which span the sentence is on).
    if (state.period.year !== call.year || state.period.part !== call.part) {
      const lead = view.abstract.slice(0, fig.start);
      const earlier = [...lead.matchAll(/«F\d+» (?:(?:in|for|during) )?(?:the )?«P(\d+)»/g)].at(-1);
      const pm = earlier ? view.periods[Number(earlier[1])]! : null;
      const p = pm && pm.relation === "absolute" ? resolve(pm) : null;
      if (earlier && p && p.year === call.year && p.part === call.part && !comparedWith(earlier[1]!) && !/[;]|\b(?:compared|versus|vs\.?|than|from|since|over|lapping|excluding|including|when|while|whereas|but)\b/.test(lead.slice(earlier.index))) {
        return { period: p, explicit: false, source: "clause", rule: "earlier-in-sentence" };
      }
    }
    // "For the six-month period, revenue was nearly $2.3 billion. ... record non-GAAP EPS of $1.70, which was up 65% year-on-year
    // and $3.20 year-to-date": a later figure of the same unit dated to the span the paragraph is on sets this one apart from that
    // span: this one is the call's quarter.
    // (A change between them: not a list that shares the period, "$299 million and $313.4 million in the first nine months of
    // fiscal '20 and '19 respectively".)
    if ((state.period.year !== call.year || state.period.part !== call.part) && !/\brespectively\b/i.test(view.text)) {
      const apart = /^(?:[^;«]|«M\d+»)*?«F\d+»(?:[^;«]|«[FM]\d+»)*?\band «F(\d+)» (?:(?:in|for|during|through) )?(?:the )?«P(\d+)»/.exec(view.abstract.slice(fig.end));
      const [a, b] = [view.figures[i], apart ? view.figures[Number(apart[1])] : undefined];
      const pm = apart ? view.periods[Number(apart[2])]! : null;
      const p = pm && pm.relation === "absolute" && !comparedWith(apart![2]!) ? resolve(pm) : null;
      if (a && b && a.unit === b.unit && a.perShare === b.perShare && p && p.year === state.period.year && p.part === state.period.part) {
        return { period: call, explicit: false, source: "clause", rule: "set-apart-by-later-span" };
      }
    }
    return { period: state.period, explicit: false, source: "discourse", rule: "paragraph-period" };
  }
  if (!ctx.known) return null;
  // "we're positioned to deliver free cash flow growth of more than 70% compared to 2021", in the call on 2021's fourth quarter:
  // a figure compared with a period that ends no earlier than the call's quarter is of a later period the words do not name.
  const next = /^(?:[^;«]|«[FM]\d+»)*?«P(\d+)»/.exec(view.abstract.slice(fig.end));
  const base = next && (/\b(?:compared|against|relative|versus|vs\.?)(?: to| with)? (?:the |our )?«P\d+»$/.test(next[0]) || comparedWith(next[1]!)) ? view.periods[Number(next[1])]! : null;
  if (base && base.relation === "absolute" && periodEnd(resolve(base)) >= periodEnd(call)) return null;
  // "InvenTrust reported core FFO of $82.9 million or $1.23 per share, representing an increase of 21% for the first nine months of
  // 2022": a span to the quarter's end, the first period of the sentence, said after the chain of figures the level heads, dates it too.
  // (Not a period of another measure's name, "resulted in full year free cash flow of $5 billion", nor of a cause, "due to incremental
  // scope added during the year".)
  if (next && !base && !/«P\d+»/.test(view.abstract.slice(0, fig.start)) && !/[;]|«M|\b(?:and|while|but|whereas) (?:we|our|the|it|this)\b|\b(?:due to|driven by|because|as a result|related to|reflecting|thanks to|offset by|added|acquired|signed|closed)\b/.test(next[0])) {
    const pm = view.periods[Number(next[1])]!;
    const p = pm.relation === "absolute" ? resolve(pm) : null;
    const adjective = /^ (?:[a-z-]+ ){0,2}«M/.test(view.abstract.slice(fig.end + next[0].length));
    if (p && !adjective && /^(?:H1|9M|FY)$/.test(p.part) && periodEnd(p) === periodEnd(call) && !comparedWith(next[1]!) && /\b(?:for|in|during|through|over) (?:the )?«P\d+»$/.test(next[0])) {
      return { period: p, explicit: true, source: "after", rule: "span-of-chain" };
    }
  }
  return { period: call, explicit: false, source: "default", rule: "call-quarter" };
}

/** "for the full year of 2019" is read as two mentions, the year and 2019: the year the next one names is the one meant. */
function yearNamedNext(view: SentenceView, next: string, pm: PeriodMention): PeriodMention {
  const m = /^ (?:of )?«P(\d+)»/.exec(next);
  const named = m ? view.periods[Number(m[1])]! : null;
  return named && pm.period.part === "FY" && named.period.part === "FY" && named.relation === "absolute" ? named : pm;
}

function lastIndexOfRe(s: string, re: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

/**
 * A year named by its number alone ("in 2019", not "the full year of 2019", "fiscal 2019" or "the end of 2019") beside a
 * figure of part of another year (`ref`) is that part of the named year; null otherwise.
 */
function sameSpanOfYear(view: SentenceView, pm: PeriodMention, p: Period, ref: Period | null): Period | null {
  if (!ref || ref.part === "FY" || p.part !== "FY" || p.year === ref.year) return null;
  // ("compared to $1 billion in the 2021 period", after a nine months' figure: the same span of that year.)
  // ("$113.6 million or 5.1% of revenues in 2018's corresponding period": so is a year's corresponding or comparable period.)
  const samePeriod = /^\s*(?:(?:corresponding|comparable|same|like) )?period\b/i.test(view.text.slice(pm.end, pm.end + 24));
  const bare = /^(?:(?:in|for|during|of) )?(?:(?:the|that) )?(?:(?:19|20)\d\d|['’]\d\d)$/i.test(view.text.slice(pm.start, pm.end).replace(/['’]s$/, "")) && (samePeriod || !/^(?:(?:in|for|during|of) )?(?:the|that) /i.test(view.text.slice(pm.start, pm.end))) && !/\b(?:year|fiscal|calendar|end|close|start|beginning|since|through)(?: of)?\s*$/i.test(view.text.slice(Math.max(0, pm.start - 16), pm.start));
  // ("First quarter sales decreased to $190.9 million in fiscal '21 from $270.2 million in fiscal '20", "For the fiscal '21 first
  // quarter, free cash flow was $4.8 million as compared to $5.9 million in fiscal '20": the figure it is the base of names its
  // own fiscal year the same way, and that was its quarter's year: the base's is that quarter of its year.)
  const parallel = /^(?:(?:in|for|during|of) )?fiscal (?:year )?(?:(?:19|20)\d\d|['’]\d\d)$/i.test(view.text.slice(pm.start, pm.end))
    && view.periods.some((o) => o !== pm && o.start < pm.start && (o.period.part === "FY" || o.period.part === ref.part) && o.period.year === ref.year && /\bfiscal\b/i.test(view.text.slice(o.start, o.end)));
  // ("$13.3 million for this year's third quarter versus $9 million in the prior year": a year before, said beside a quarter's figure,
  // is that quarter a year before.)
  const yearBefore = p.year === ref.year - 1 && /^(?:(?:in|for|during|of) )?(?:(?:the|a) )?(?:(?:prior|previous|last) year|year ago)$/i.test(view.text.slice(pm.start, pm.end));
  return bare || parallel || yearBefore ? { year: p.year, part: ref.part } : null;
}
