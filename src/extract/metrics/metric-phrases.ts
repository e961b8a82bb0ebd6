/**
 * The phrase rules of metric extraction: the words that mark a change, a guidance, a comparison
 * base, a segment, a figure that is no fact of its own. Each pattern is anchored at the figure
 * (on the words just before or just after it) so a sentence costs a few cheap tests.
 */
import type { MetricMention } from "./metric-vocabulary.js";

export const CHANGE_BEFORE = /\b(?:up|down|increased?|decreased?|increases|decreases|grew|growth|grow|rose|rise|fell|fall|declined?|declines|improved?|improvement|expanded|expansion|contracted|contraction|reduction|reduced|lower|higher|dropped|climbed)\s+(?:(?:sequentially|organically|slightly|modestly)\s+)?(?:of\s+|by\s+|between\s+)?(?:an?\s+(?:(?:very|strong|solid|significant|healthy|robust|modest|record|remarkable|impressive|exceptional|substantial|better[- ]than[- ]expected)\s+){1,3})?(?:(?:approximately|about|roughly|nearly|almost|around|over|more than|less than|just over|just under|some|an?|only|just|another|a further)\s+)*$/i;
export const CHANGE_AFTER = /^\s*(?:or\s+(?:so\s+)?)?(?:increase|decrease|improvement|rise|decline|drop|higher|lower|growth|expansion|contraction|reduction|year[- ]over[- ]year|yoy|y\/y|sequential(?:ly)?|better|worse|up|down)\b/i;
/** "better than expected", "as we had anticipated": a comparison with an old expectation, not guidance. */
export const NOT_GUIDANCE = /\b(?:than|as)\s+(?:we\s+|i\s+)?(?:had\s+)?(?:originally\s+|previously\s+)?(?:expected|anticipated|forecast(?:ed)?|projected|guided)\b|\bexpectations\b|\bhad expect(?:ed)?\b|\b(?:prior|previous|earlier|original)\s+guidance\b/i;
export const GUIDANCE_AFTER = /^[\s\w%-]{0,25}?\b(?:guidance|guided|outlook|forecast|target|midpoint)\b/i;
export const PAST_CUE = /\b(?:was|were|came in|reported|delivered|achieved|ended|recorded|generated|grew|increased|decreased|declined|rose|fell|dropped|improved|incurred|recognized|booked)\b/i;
export const ACTUAL_CUE = /\b(?:was|were|came in|reported|delivered|achieved|ended|recorded|generated|grew|actual)\b/i;
export const SHARE_OF = /^\s*(?:of\s+(?:our\s+|the\s+)?(?:\S+\s+){0,2}(?:total\s+)?(?:revenues?|sales|net sales)\b)/i;
/** "$0.1 million of litigation expenses", "$0.69 per share in FFO": the figure's metric follows it ("in GAAP and adjusted EPS" is another list). */
export const LOOKAHEAD_METRIC_GAP = /^\s+(?:(?:of|in)\s+(?:(?!and\b|or\b)[A-Za-z][\w-]*\s+){0,2})?$/;

/** "within our 47% to 48% range", "the top of our $0.13 to $0.16 range": the guidance recalled. */
export const OUR_RANGE = /\bour\s+\u0000\s*(?:[\w-]+\s+)?range\b/i;
export const MARGIN_OF: Record<string, string> = {
  operating_income: "operating_margin", gross_profit: "gross_margin", net_income: "net_margin",
  ebitda: "ebitda_margin", adjusted_ebitda: "adjusted_ebitda_margin",
};

/** "Operating income was $4.7 million, or 9.0% of revenue": a profit as a share of revenue is its margin. */
export function shareOfRevenueName(metric: string): string {
  return MARGIN_OF[metric] ?? `${metric}_share_of_revenue`;
}

export const OF_OTHER = /^\s+of\s+(?!(?:our|its|the|their)\s+(?:common\s+)?(?:shares|stock)\b|(?:common\s+)?(?:shares|stock)\b|which\b|(?:the\s+)?(?:total\s+|our\s+)?(?:revenues?|sales)\b)(?!(?:the\s+)?(?:[\w-]+\s+)?(?:quarter|year|half)\b)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*/i;
export const OWN_SUBJECT = /^\s*(?:[A-Za-z][\w'-]*\s+){1,10}(?:was|were|is|are|totaled|totalled|came in at|reached|stood at)\s+(?:(?:approximately|about|roughly|nearly|around|over|just|a record|another)\s+)*$/i;
/** A share price ("the average was $697 a share", "bought back stock at $45 per share"), not earnings. */
export const PRICE_LEAD = /\b(?:average|price|prices|sold|bought|paid|issued|purchased|at)\b[^.;]{0,30}$/i;

export const BALANCES = new Set(["cash_and_investments", "deferred_revenue", "inventory", "dso", "total_debt", "net_debt", "net_leverage"]);
/** ", and our pipeline of projects now exceeds $40 million": a new clause with a subject of its own. */
export const NEW_CLAUSE = /[,;]\s*(?:and|but|while|whereas)\s+(?:our|the|its|their|we|this|that|these|those)\b/i;

/** "Included in the differences approximately $0.21": a part of another figure. */
export const INCLUDED_LEAD = /^\W*(?:included|including)\b[^,;]{0,60}$/i;
/** "$4 billion line of credit", "$500 million term loan": the size of a financing, not a result. */
export const FINANCING_AFTER = /^\s+(?:(?:revolving|unsecured|secured|senior|new)\s+)?(?:line of credit|credit (?:facility|line)|term loan|revolver|notes?|bonds?|offering|facility)\b/i;
/** "asset-backed borrowings of $3.8 billion", "phone losses of 24,000": the figure of the noun before "of". */
export const NOUN_OF = /\b([a-z][a-z-]+)\s+of\s+(?:(?:approximately|about|roughly|nearly|around|over|just|some|more than|less than)\s+)*$/i;
/**
 * False only when the text holds no "of" in any case, which every NOUN_OF match does: most leads
 * have none, and the pattern, anchored at the end, is tried at every word of the lead.
 */
export function mayEndInNounOf(text: string): boolean {
  return text.includes("of") || text.includes("OF") || text.includes("Of") || text.includes("oF");
}
export const OF_NOUNS = new Set(`increase decrease growth decline range guidance level levels figure number midpoint total amount rate improvement
reduction expansion contraction value impact gain tune excess record high low balance outlook target expectation expectations
margin margins basis point points ratio turns position end top bottom average sum run-rate estimate estimates forecast
quarter year half period expenditures flow flows income revenue revenues sales eps share earnings expenses expense costs cost capex`.split(/\s+/));

/** A bare count sits right by its metric: "net additions were 220,000", "260,000 postpaid net adds". */
export const COUNT_GAP = /^[^,;]{0,25}?\b(?:were|was|totaled|totalled|of|reached|came in at|stood at)\s+(?:(?:about|approximately|roughly|nearly|over)\s+)?$/i;
/** "the cumulative impact of revenue recognition was $0.14 per share": an effect on EPS, not EPS. */
export const IMPACT_LEAD = /\b(?:impact|effect|benefit|headwind|tailwind|dilution|accretion)s?\b/i;
/** "as a percent of total revenue": the revenue is the denominator of the figure's metric, not its subject. */
export const DENOMINATOR = /\b(?:percent(?:age)?|share|proportion|%)\s+of\s+(?:our\s+|the\s+)?$/i;
/** "$20 million of integration costs": the cost the figure measures. */
export const OF_COST = /^\s+of\s+(?:[a-z][\w-]*\s+){1,2}?(costs?|expenses?|charges?|fees|contributions|proceeds)\b(?!\s+(?:savings|reductions?|synergies|ratio|base|line|structure)\b)/i;
/**
 * "$55 million of transaction, severance and other noncash costs related to the Foo acquisition":
 * what a list of costs is spent on names them (group 1 the head, group 2 the undertaking).
 */
export const RELATED_COST = /^\s+of\s+(?:[a-z][\w-]*,?\s+){0,10}?(costs?|expenses?|charges?)\s+(?:related\s+to|associated\s+with|in\s+connection\s+with|attributable\s+to)\s+(?:the\s+|our\s+|this\s+|that\s+|these\s+)?(?:(?:recent|recently\s+completed|pending|proposed)\s+)?(?:[A-Z][\w&.'-]*\s+){0,4}(acquisitions?|mergers?|integration|restructuring|divestitures?)\b/;
export const PER_QUARTER = /^\s*(?:a|per|each|every)\s+quarter\b/i;
export const VERSUS_GUIDANCE = /\b(?:compared|relative)\s+to\s+(?:our\s+)?(?:(?:prior|previous|earlier|last|original)\s+)?guidance\b/i;
export const EFFECT_AFTER = /^\s+(?:hit|headwind|tailwind|impact|drag|benefit)\b/i;
/** "we're raising our 2022 AFFO by $52 million": a change of the guidance, not the metric's level. */
export const GUIDANCE_MOVE = /\b(rais|increas|lift|boost|lower|reduc|cut|decreas)\w*\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,4}by\s+(?:(?:approximately|about|roughly|nearly|around)\s+)?$/i;

/** Parts of another figure or prices, not facts of their own. */
export const NOT_A_FACT = /\b(?:includes?|including|included|excludes?|excluding|excluded|net of|incurred|price of|prices of|average price of)\s+(?:a\s+|an\s+)?(?:approximately\s+|about\s+|roughly\s+)?$/i;
/** Figures for spans that are not fiscal periods: an acquired company's annual sales, "the first 12 months after closing". */
export const NOT_FISCAL_BEFORE = /\b(?:annual|annualized|annualised|run[- ]rate)\s+(?:\w+\s+)?$|\bwhich\s+(?:also\s+)?(?:has|had|have|generates?|generated)\s+(?:\w+\s+)?$/i;
export const NOT_FISCAL_AFTER = /^[^,;]{0,80}?\b(?:(?:first|next|over the next|coming)\s+(?:\d+|twelve|eighteen|two|three|four|five)\s+(?:months|years)|run[- ]rate|annualized|on an annual basis)\b/i;
/** A sentence about one segment or market ("The automotive market represented 22% of our sales"), not the company's total. */
export const SEGMENT = new RegExp([
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
export const SEGMENT_OPEN = /\b(?:turning\s+(?:now\s+|finally\s+)*to\s+(?:the|our)\s+((?:[a-z][\w-]*\s+){0,5}?)(?:end\s+)?(?:markets?|segments?)\b|(?:the|our|this|that)\s+((?:[a-z][\w-]*\s+){0,5}?)(?:end\s+)?(?:market|segment)\b(?=[^.]{0,40}\b(?:represented|comprised|accounted|was|were|grew|increased|decreased|declined)\b))/i;
/** "growing in industrial by 33% organically and automotive by 44%": a market named right before "by". */
export const SEGMENT_IN_LEAD = /\b(?:in|and)\s+((?:[A-Za-z][\w-]*\s+){1,3})by\s+(?:(?:about|approximately|roughly|nearly|over|a\s+strong|a\s+very\s+strong)\s+)*$/i;
export const NOT_SEGMENT_WORDS = /\b(?:the|a|an|our|this|that|quarter|year|half|period|were|was|is|are|up|down|sales|revenues?|increased|decreased|grew|declined|rose|fell|growth|total|overall)\b/i;
export const SEGMENT_WORD = /\b(?:markets?|segments?)\b/i;
export const SEGMENT_CLOSE = /\b(?:outlook|guidance|(?:total|overall|consolidated)\s+(?:sales|revenues?)|in summary|in total)\b/i;
export const SEGMENT_METRICS = /^(?:revenue|organic|orders)/;
export const GENERIC_SEGMENT = /^(?:served|end|other|individual|each|key|core|all|these|those|our|the|various|different|many|several)$/;

export function segmentAfter(open: { name: string | null } | null, s: string, metrics: MetricMention[]): { name: string | null } | null {
  // Every SEGMENT_OPEN match holds "market" or "segment": a cheap test spares the costly pattern.
  const m = mayNameSegment(s) ? SEGMENT_OPEN.exec(s) : null;
  if (m) {
    const words = (m[1] ?? m[2] ?? "").toLowerCase().trim().split(/\s+/).filter((w) => w && !GENERIC_SEGMENT.test(w));
    if (words.length) return { name: words.join("_").replace(/[^a-z0-9_]+/g, "_") };
    return /^(?:that|this)\b/i.test(m[0]) && open ? open : { name: null };
  }
  if (!open) return null;
  if (SEGMENT_CLOSE.test(s) || metrics.some((x) => !SEGMENT_METRICS.test(x.metric))) return null;
  return open;
}

/** False only when the text holds neither "market" nor "segment" (a superset test for SEGMENT_OPEN). */
const SEGMENT_NOUN = /market|segment/i;
function mayNameSegment(s: string): boolean {
  return SEGMENT_NOUN.test(s);
}

/** "Sequentially, sales were down 2% in U.S. dollars, 3% in local currencies and 4% organically." */
export function sequentialOpener(s: string): string {
  return /^\W*(?:sequentially|on a sequential basis|quarter[- ]over[- ]quarter)\b/i.test(s) ? " sequentially" : "";
}

export const RISE = /\b(?:up|increased?|increases|increasing|grew|growth|grow|growing|rose|rise|rising|improved?|improvement|expanded|expansion|gain(?:ed)?|higher|climbed)\b/gi;
export const FALL = /\b(?:down|decreased?|decreases|decreasing|declined?|declines|declining|fell|fall|falling|dropped|lower|reduction|reduced|contracted|contraction)\b/gi;

/** +1 or -1: the direction of the last change word in the text; 0 when it has none. */
export function direction(text: string): number {
  let rise = -1;
  let fall = -1;
  for (const m of text.matchAll(RISE)) rise = m.index;
  for (const m of text.matchAll(FALL)) fall = m.index;
  return fall > rise ? -1 : rise > fall ? 1 : 0;
}

/** Growth of a money metric: organic when the sentence says so, sequential when it compares with the previous quarter. */
export function growthName(base: string, text: string): string {
  const organic = base === "organic" || (base === "revenue" && /\borganic/i.test(text));
  const sequential = /\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\bfrom the (?:prior|previous|last) quarter\b/i.test(text);
  const root = organic ? "organic" : base;
  return sequential ? `${root}_sequential_growth` : `${root}_growth`;
}
