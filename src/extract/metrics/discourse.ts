/**
 * What a turn is talking about, sentence by sentence: the segment it is walking through (so
 * "Adjusted operating margin in the quarter expanded by 209 basis points" after "Fluid Handling
 * Solutions posted 28% organic growth" is the segment's, not the company's), and the period its
 * outlook is for (so "We expect revenue to be flat" after "For the third quarter, ..." is
 * third-quarter guidance).
 *
 * A segment walk-through opens with words like "by segment", "turning to Harbor Capital", "the Americas
 * segment", or with a figure said of a named segment ("Industrial Products revenue was up 4%"); a
 * name at the head of a later sentence ("Fluid Handling posted ...") moves it on. It
 * closes at words about the whole company ("consolidated", "total company"), at a figure only the
 * company reports (EPS, cash, free cash flow, ...), at the company's own name, and at the turn's end.
 * A region named in one sentence ("Europe grew 21%") scopes that sentence only, unless a segment
 * walk-through is open, where it names the part being discussed.
 */
import type { TaggedToken } from "../text/nlp.js";
import { callAsPeriod, outlookYear, periodEnd, periodLabel, type Period } from "../text/periods.js";
import type { MetricDefinition, MetricMatch } from "./lexicon.js";

interface Carried {
  def: MetricDefinition;
  phrase: SubjectPhrase;
  scope: string;
  /** The last sentence gave a fact of it (not only named it): whose it was and what is known. */
  fromFact?: boolean;
  /** The last sentence gave facts of more than one measure ("net income of $111 million or $1.51 per diluted share"). */
  several?: boolean;
  /** The period of the last sentence's figure, when it was read as a level (a change said of it next is of the same period). */
  period?: Period | null;
  relation?: string;
  kind?: string;
  /** The last sentence gave figures and no fact of them, in words on a part of the business: what "this" points back to may be the part's. */
  figuresUnread?: boolean;
}
import type { SubjectPhrase } from "./subject-phrase.js";
import { placeAt } from "./places.js";
import type { CallContext } from "./call-context.js";
import { namesIn, type SentenceView } from "./sentence-view.js";
import { ANNUAL_GUIDANCE, COMPANY_WORDS, COMPARING_MENTION, GUIDANCE_CUE, NOT_GUIDANCE, PERIOD_OPENING, PERIOD_OPENING_ANNOUNCED } from "./words.js";
import { judgeCallScope } from "./scope-words.js";
import { findMetricMentions } from "./metric-vocabulary.js";

/** Measures a segment, product line or region reports; balances, cash flows and per-share figures are the company's. */
const SEGMENTABLE = new Set(["revenue", "organic_growth", "operating_income", "after_tax_operating_income", "pretax_income", "operating_margin", "gross_margin", "gross_profit", "orders", "backlog",
  "book_to_bill", "ebitda", "adjusted_ebitda", "ebitda_margin", "comparable_sales", "noi", "international_revenue", "revpar", "system_sales"]);
/** A scope made only of kinds of revenue ("Subscription and SaaS", "License", "Services"): a line that runs through the business, not a part of it. */
export const REVENUE_LINE = /^(?:(?:subscriptions?|saas|licen[cs]es?|licensing|services?|products?|maintenance|support|hardware|software|recurring|non-recurring|transactional|consulting|professional services|cloud|term|perpetual|usage|royalt(?:y|ies))(?:,? and |, | & |\s*$))+$/i;
/**
 * Measures only the whole company reports: a figure of one ends a segment walk-through. (Not pre-tax income, which insurers',
 * lenders' and refiners' segments report: "Turning to our Specialty Insurance segment. Pretax earnings totaled $20 million".)
 */
const COMPANY_ONLY = new Set(["eps", "net_income", "free_cash_flow", "operating_cash_flow", "capex", "cash_and_investments", "share_repurchase", "dividend",
  "effective_tax_rate", "interest_expense", "net_debt", "total_debt", "net_leverage", "liquidity", "sg_and_a", "operating_expenses", "deferred_revenue"]);

const NO_WORDS: SubjectPhrase = { basis: null, company: false, scope: null, prior: false, organic: false, international: false, global: false, qualifier: null, period: null, annual: false, foreign: false, start: 0 };

export function isSegmentable(metric: string): boolean {
  return SEGMENTABLE.has(metric);
}

/** Words that announce a walk-through of segments or regions (not a passing mention of "our segments"). */
const OPENS = /\b(?:by (?:segment|region|geography|business(?: line| unit| segment)?|division|end market|reportable segment|discipline|practice|brand|product line|product category|category|channel|vertical|sector|platform)s?\b|(?:review|discuss|cover|walk (?:you )?through|go through|turn to|look at|talk about|start with|move on to|moving on to|turning to|moving to)\b[^.;]{0,30}?\b(?:segments|segment['’]s|segments['’]|divisions|business units|reportable segments|regions|operating segments)(?![a-z])|segment (?:results|performance|review|financials|highlights)\b|^(?:(?:and|so|now),? )?(?:slides?|pages?|charts?) [^.;]{0,20}?\b(?:detail|show|present|summari[sz]e|provide|cover|highlight)\w* (?:the )?(?:performance|results|financials|highlights) (?:of|for) (?:our|the|each of our|both of our|both) (?:[a-z]+ )?(?:segments|divisions|business units)\b|\b(?:insights|details?|color|commentary|results|performance|highlights) (?:at|on) the (?:segment|business[- ]unit|division|reportable segment) level\b|\b(?:results|performance|review|summary) (?:for|of) (?:the|our) (?:[a-z&+'’-]+ ){1,3}(?:segment|division|business unit|reportable segment|region)(?:\.?$|, where\b))/;
/**
 * The part of the business a sentence opens on, named in lower case: "In the commercial customer class, sales decreased 5.5%",
 * "In municipal water, overall sales increased 8%" (never "In addition," or "In the quarter,").
 */
export function partOpening(view: SentenceView, tokens: readonly TaggedToken[]): { name: string; end: number } | null {
  // ("In our high-performance compute and mission-critical solutions business, revenue was up 9%": up to six words.)
  const classed = /^(?:(?:and|so|now|also|then),? )?(?:in|within|for|across) (?:the|our) ((?:[a-z][a-z&-]* ){0,5}?[a-z][a-z&-]*) (?:customer class(?:es)?|class(?:es)?|segments?|business(?:es)?|divisions?|groups?|units?|channels?|categor(?:y|ies)|portfolios?|sectors?|end[- ](?:use )?markets?|end[- ]uses?)\s*,/i.exec(view.text);
  if (classed && classed[1] === classed[1]!.toLowerCase() && !/^(?:total|overall|consolidated|entire|whole|combined|underlying|same|comparable|same-store|core)\b/.test(classed[1]!) && !/\b(?:of|in|the|our|its|this|that|rest|remainder|balance)\b/.test(classed[1]!)) {
    return { name: classed[1]!, end: classed[0].length };
  }
  // ("For financial services, operating income of $62.2 million was an increase": "for" opens on a part too.)
  const bare = /^(?:(?:And|So|Now|Also|Then),? )?(?:In|Within|Across|For) ((?:[a-z][a-z&-]* ){0,2}[a-z][a-z&-]*),/.exec(view.text);
  if (!bare) return headingPart(view, tokens);
  // ("For revenue, we are raising ...", "For full-year profit, we expect ...": a measure or a span opens no part.)
  if (findMetricMentions(bare[1]!).length > 0 || /\b(?:year|quarter|month|half|profits?|results|earnings|growth|margins?)\b/.test(bare[1]!)) return null;
  const words = bare[1]!.split(" ");
  let at = bare[0].length - bare[1]!.length - 1;
  for (const w of words) {
    const tok = tokens.find((t) => t.start === at);
    if (!tok || !(tok.pos === "NOUN" || tok.pos === "ADJ" || tok.pos === "PROPN" || (tok.pos === "VERB" && /ed$/.test(w) && w !== words.at(-1))) || OPENING_NOT_PART.has(w)) return null;
    at += w.length + 1;
  }
  return words.at(-1)!.length > 2 ? { name: bare[1]!, end: bare[0].length } : null;
}

/**
 * A heading of a part's own words, set off by a comma before the measure ("Manufactured housing, Same Property NOI increased 4.9%",
 * "Aftermarket spares and repairs, sales were up more than 70%"): nouns, the last one a noun, no adverb ("Sequentially,"), no
 * measure, span or word of the whole ("Overall,", "Bottom line,"), no participle in -ing ("Excluding PPP,").
 */
function headingPart(view: SentenceView, tokens: readonly TaggedToken[]): { name: string; end: number } | null {
  const m = /^((?:[a-z][a-z&-]* ){0,3}[a-z][a-z&-]*), (?:(?:our|the|total|adjusted|same property|same-property) )*«M\d+»/.exec(view.abstract);
  // (Not the first item of a measure's own list, "Distribution, selling and administrative expense of $294 million", nor a word of
  // measures or of discourse, "Taxes, the tax rate ...", "Further, return on equity was 12.6%".)
  if (!m || findMetricMentions(m[1]!).length > 0 || /\b(?:year|quarter|month|half|profits?|results|earnings|growth|margins?|line|net|basis|tax(?:es)?|costs?|expenses?|cash|interest|depreciation|amortization|capital|debt|liquidity|pricing|prices?|volumes?|sales|revenues?|income|returns?)\b/.test(m[1]!) || HEADING_NOT_PART.test(m[1]!)) return null;
  const slot = view.slots.get(`M${/«M(\d+)»$/.exec(m[0])![1]}`)!;
  if (/ (?:and|&) /.test(view.text.slice(view.toText[slot.start] ?? 0, view.toText[slot.end] ?? 0))) return null;
  const words = view.text.slice(0, m[1]!.length).split(" ");
  let at = 0;
  for (const [k, w] of words.entries()) {
    const tok = tokens.find((t) => t.start === at);
    const last = k === words.length - 1;
    const ok = tok && (last ? tok.pos === "NOUN" || tok.pos === "PROPN" : tok.pos === "NOUN" || tok.pos === "PROPN" || tok.pos === "ADJ" || (tok.pos === "VERB" && !/ing$/i.test(w)) || (k > 0 && /^(?:and|&)$/i.test(w)));
    if (!ok || OPENING_NOT_PART.has(w.toLowerCase()) || COMPANY_WORDS.has(w.toLowerCase())) return null;
    at += w.length + 1;
  }
  // ("Financial Services segment, operating income ...": the part, without the word for its kind.)
  const name = words.join(" ").replace(/ (?:segment|division|business|unit)$/i, "");
  return { name, end: m[1]!.length + 1 };
}

/** Discourse words that open a sentence with a comma and name nothing: "Further,", "Finally,", "Likewise,". */
const HEADING_NOT_PART = /^(?:further|furthermore|finally|lastly|additionally|similarly|likewise|again|also|next|then|importantly|notably|specifically|meanwhile|however|instead|therefore|thus|accordingly|consequently|otherwise|separately|collectively|together|altogether|first|second|third|fourth|fifth|first off|secondly|thirdly|overall|sequentially|organically|operationally|historically|currently|today|yes|no|okay|ok|well|sure|right|great|good|thanks?|thank you)$/i;

/** Words of an opening "In ..., " that name no part of the business ("In addition,", "In total,", "In the quarter,"). */
export const OPENING_NOT_PART = new Set(`addition total summary general particular short fact turn contrast comparison aggregate response closing conclusion sum effect
essence practice reality terms light line order part the our this that these those each both all any some most many other absolute relative dollar dollars
percentage percent nominal real constant local quarter quarters year years month months half period periods aggregate meantime interim future past
past present case cases respect regard regards context prior previous last current fiscal full first second third fourth q1 q2 q3 q4 january february march
april may june july august september october november december spite light lieu anticipation advance connection parallel tandem sequence detail principle
theory hindsight retrospect recent recently particular example instance reference clarity perspective purposes purpose modeling modelling
now starters simplicity illustration emphasis completeness consistency transparency reasons reason sake convenience background record information my today either`.split(/\s+/));

/** A sentence that opens on segments ("From a segment perspective, ..."). */
// ("From a brand standpoint, Aerie continued its industry-leading multiyear growth trajectory.": brands as parts.)
const SEGMENT_INTRO = /^(?:(?:and|so|now|next|turning to results),? )?(?:from|on|at|by) (?:a|the) (?:segment|business[- ]unit|divisional|regional|reportable segment|brand) (?:perspective|standpoint|level|basis|view)\b/;
/** Another company's results about to be given (an investee's, a partner's): its "the company" is not the call's. */
const OTHER_PARTY = /\b(?:update|report|comment|remarks?|look) on (?:their|its) (?:[a-z-]+ )?(?:results|performance)\b|\b(?:largest|minority|majority|significant) (?:shareholder|stakeholder|owner)\b|\bequity[- ]method (?:investee|investment)\b|\bour (?:equity )?(?:stake|shareholding) in\b|\bour equity (?:interest|investment) in\b/;
/**
 * A heading that turns to a measure alone ("Starting with gross margins, gross margins improved 20 basis points", "Turning to
 * adjusted EBITDA, ..."): it ends a part said in passing (a walk-through of segments goes on: "If you look at orders, orders ..."
 * may be the segment's).
 */
const MEASURE_HEADING = /^(?:(?:and|so|now|next),? )?(?:(?:turn(?:ing)?|mov(?:e|ing)|switch(?:ing)?)(?: now)? (?:to|on to)|start(?:ing)? with) (?:the |our )?«M\d+»(?=[,.:]|$)/;
/** The year's outlook moved, said as a noun: "With the narrowing of our guidance range, ...". */
const OUTLOOK_MOVED_NOUN = /\b(?:narrowing|raising|lowering|updating|tightening) of (?:our|the) (?:«P\d+» |full[- ]year |annual )?(?:guidance|outlook)\b/;
const CLOSES = /\b(?:(?<!of )(?:total company|consolidated)|(?:let's|let me|let us|i'll|i will|we'll|we will)(?: now)? (?:review|discuss|talk about|cover|go over|walk through|look at|finish with|close with|end with|conclude with|wrap up with) (?:the |our )?(?:«P\d+» |consolidated |overall |total |financial |quarterly |operating )*(?:results|performance|financials)\b|on a (?:total|consolidated|company) basis|company[- ]wide|company[- ]level|enterprise[- ]wide|for the (?:total )?company|overall,|all[- ]in,|in aggregate,|in total|(?:turn(?:ing)?|mov(?:e|ing)|go(?:ing)?|look(?:ing)?|switch(?:ing)?|shift(?:ing)?|now)(?: now)? (?:to|at|on to) (?:the |our |some )?(?:balance sheet|cash flow|liquidity|capital (?:allocation|deployment|structure)|(?:consolidated |overall |total |financial |quarterly |«P\d+» )*(?:operating |financial )?(?:(?:gross |operating )?(?:margins?|profitability|expenses?) )?(?:results|performance|financials)|corporate|(?:«P\d+» |full[- ]year |\d{4} )?(?:outlook|guidance|expectations)|the (?:rest|remainder|details) of (?:the |our )?(?:p&l|income statement|financials|results))|(?:our|the)(?: (?:following|updated|revised|raised|new|current|initial|preliminary|full[- ]year|annual|financial))* (?:«P\d+» )?(?:outlook|guidance) for\b|\b(?:we are |we're |we have |we've |we )?(?:updating|raising|reaffirming|reiterating|narrowing|tightening|lowering|updated|raised|reaffirmed|reiterated|narrowed|tightened|lowered) (?:our |the )?(?:full[- ]year |annual |«P\d+» )?(?:outlook|guidance)\.?$|to summarize|in summary|in closing|to conclude|to sum up|^(?:(?:and|so|now|also),? )?across (?:both|all|each)(?: of)?(?: (?:our|the|these))? (?:[a-z]+ )?segments\b)/;
/**
 * A sentence with figures that speaks of the segments together ("These segment operating ranges support our expectation for 2020
 * annual revenues of ...", "sales of $3.7 billion were better than our expectations in each of our segments") is on the whole
 * company. (One without figures may announce a walk-through: "The specifics to each of our reportable segments are as follows".)
 */
const ALL_SEGMENTS = /\bthese segment (?:[a-z]+ )?(?:ranges|results|guidance|expectations|outlooks?|forecasts?)\b|\b(?:all|each|both) of (?:our|the|these) (?:[a-z]+ )?segments\b|\ball (?:(?:of )?(?:our|the) )?(?:[a-z]+ )?segments\b/;
const TURNING = /\b(?:(?:turn(?:ing)?|mov(?:e|ing)|go(?:ing)?|look(?:ing)?|switch(?:ing)?|shift(?:ing)?)(?:\s+(?:now|next|first|briefly|quickly))?\s+(?:to|at|on\s+to|over\s+to|into)|(?:(?:let's|let me|let us|i'll|i will|we'll|we will|i'd like to|i want to)\s+(?:now\s+)?(?:start|begin)|^(?:starting|beginning)|;\s*(?:starting|beginning))(?:\s+on\s+(?:page|slide|chart)\s+[a-z0-9-]+,?)?\s+with(?:\s+(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,3}results\s+(?:for|of|at|from|in))?)\s+(?:the\s+|our\s+)?(?:(?:[a-z0-9-]+\s+){0,2}results\s+(?:for|of|at|from|in)\s+(?:the\s+|our\s+)?)?/gi;
/** A page by its number, in figures or words: "Slide 7", "page five". */
const PAGE_NUMBERED = String.raw`(?:Slide|Page|Chart)s?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/** "Slide 6, Food Equipment ...", "Slide 5 for a discussion of the Engraving segment", "Slide 8 for Infrastructure.": a page, then what it turns to. */
const PAGE_THEN_NAME = new RegExp(String.raw`^${PAGE_NUMBERED}(?:\s+(?:and|through|to)\s+\d+)?,\s+(?:(?:I'll|I’ll|I will|let me|we'll|we’ll|we will) (?:now )?(?:discuss|review|cover|talk about|walk through|go over|turn to) (?:our |the )?)?(?=[A-Z])(?!I\b|I['’])`, "i");
const PAGE_FOR_REVIEW = new RegExp(String.raw`^${PAGE_NUMBERED}\s+(?:for (?:a |an |the )?(?:discussion|review|look|summary|overview|recap|update)(?: at| of| on)?|in|on|covering) (?:the |our )?([A-Za-z][\w&'’-]*(?: [A-Za-z&][\w&'’-]*){0,3}?) (?:segment|business|group|division)\b`, "i");
const PAGE_FOR_NAME = new RegExp(String.raw`^${PAGE_NUMBERED}\s+for (?:the |our )?(?=[A-Z])`, "i");
/** What a page may be for that is no part of the business: "Slide 12 for Guidance". */
const PAGE_HEADING = /^(?:Guidance|Outlook|Summary|Highlights|Closing|Questions|Q&A|Details|More|Additional|Reconciliations?|Appendix|Our|The|Total|Consolidated|Corporate)\b/;
/** Markets that are no end market a part of the business sells into: "the stock market", "the housing market", "the M&A market". */
const NOT_A_MARKET = /^(?:overall|total|whole|broader|stock|equity|capital|labor|job|housing|financial|credit|debt|bond|m&a|public|private|end)$/i;
/** Words that head no part of the business in an announcement ("a review of the quarter's business"). */
const PASSING_WORD = /^(?:the|our|a|an|its|their|total|overall|core|whole|entire|other|same|first|second|third|fourth|each|every|all|this|that|these|those|quarter|year|financial|consolidated)\b/i;
/** Results of the whole company ("let me discuss our financial results", "our fourth quarter results"). */
const RESULTS_OF_ALL = /\b(?:financial|operating|quarterly|quarter|annual|year|full[- ]year|fiscal|consolidated|overall|total|company|segment|key|detailed|first|second|third|fourth|q[1-4]|20\d\d|recent|preliminary|strong|record)\b/i;
/** Words every turn to a part holds (TURNING, a page's highlights for a part, a sentence that ends on a part's results, and the lower-case heading of turningTo): most sentences hold none. */
const MAY_TURN = /turn|mov|go|look|coming|getting|switch|shift|start|begin|finally|lastly|next|last|let|i'll|we'll|i will|we will|i'd|highlights|financials|slide|page|chart|results (?:for|at) /i;
const PROFIT_HEADING = /^(?:(?:and|so|now|next|then),? )*(?:turn(?:ing)?|mov(?:e|ing)|go(?:ing)?|look(?:ing)?)(?: now| on)? (?:to|at) (?:the |our )?(?:profitability|profits?|margins?|earnings|costs|expenses)\s*[.;:]?$/;
const NAME_WORD = /^(?:[A-Z][\w.'’&-]*|[&+]|and|of|the)$/;
const SEGMENT_NOUN = /^(?:segments?|divisions?|business(?:es)?|units?|groups?|platforms?|brands?|reportable)$/i;
/** A cheap test that spares the word-by-word search: most sentences hold no segment noun anywhere. */
/** Every phrase that sets a result against an outlook, to take out of a sentence before asking whether it looks ahead. */
const NOT_GUIDANCE_ALL = new RegExp(NOT_GUIDANCE.source, "g");
const MAY_NAME_SEGMENT = /segment|division|business|unit|group|platform|brand|reportable/i;
/** A sentence whose subject is a part, named with its segment noun: "Our drilling and evaluation division revenue grew 4%". */
const PART_HEADING = /^(?:(?:[Aa]nd|[Ss]o|[Aa]lso|[Nn]ext),? )?(?:[Oo]ur|[Tt]he) ((?:[A-Za-z&-]+ ){1,4})(?:division|segment|reportable segment)\b/;

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday)$/;
const NOT_NAMES = new Set(`i gaap non-gaap eps ebitda ebit nsr noi ffo affo revpar rpu arpu arpa arr mrr gmv aum covid covid-19 ceo cfo coo q1 q2 q3 q4 fy ly lly yoy ytd sg&a r&d capex opex fx ok okay yes slide slides page
pages chart thank thanks good morning afternoon so now and but our the we in on at for as with this that these those let let's next turning moving
looking finally also overall lastly first second third fourth then again adjusted total revenue revenues sales operating gross net free cash
organic earnings margin margins orders bookings backlog income profit share shares dividend dividends turning moving similarly additionally however
while although since after before during within including excluding given regarding across both all each year quarter half fiscal full there here
hopefully today tomorrow yesterday it its they them their he she you your these those what which who when where why how if then moreover meanwhile
importantly notably lastly again okay well yeah yes no sure right great clearly obviously frankly certainly basically generally specifically
historically currently recently ultimately overall in total consolidated company companies business businesses customers everyone everybody
remember recall note firm globally internationally domestically regionally geographically sequentially organically separately specifically
operationally financially strategically altogether together meanwhile nonetheless nevertheless however therefore thus hence
otherwise likewise elsewhere instead besides furthermore consequently accordingly q&a m&a p&l s&p i'll i'm i've i'd we'll we're we've let's
same comparable`.split(/\s+/));

/**
 * How the turn came to the segment it is on. Announced: "Turning to Aerospace", "From a segment perspective", "results for
 * the composite fiber segment", a sentence opening on a segment's name ("The Americas segment comprised ..."), "In Utility,
 * ...", a figure-less heading whose subject is the segment and whose verb says how its period went ("M&CS delivered a strong
 * quarter."). In passing: another name heading a sentence inside a walk-through ("Within the segment, our Molding Solutions
 * business had ..."), a segment the call knows heading a sentence that is no such heading ("The divested Seeger business had a
 * negative impact of 2%"), a part's figure ("Drilling Solutions adjusted EBITDA increased 6%"). Read by hand in 300 seeded
 * calls of corpus-large, a later figure that names no scope was the announced segment's in 13 of 19, and the segment's named
 * in passing in 6 of 41; a second reader of 60 such figures in 500 other seeded calls found 22 the segment's, 21 the
 * company's, 16 another part's and 1 no fact: the next sentences are as often on a sub-line, another part or the company,
 * so their figures are left out.
 */
export type SegmentVia = "turning" | "intro" | "opens" | "heading" | "known-head" | "once" | "named-opening" | "head-part" | "head" | "part" | "subject";
export interface Segment {
  name: string | null;
  via?: SegmentVia;
}
/** Segments the turn came to in passing: what later sentences say without naming a scope is not known to be theirs. */
export const SEGMENT_IN_PASSING: ReadonlySet<SegmentVia> = new Set(["head", "subject", "known-head"]);

/** A figure-less sentence whose subject is the segment just named and whose verb says how its period went ("Water had a record quarter."). */
const HEADING_REST = /^(?:'s|’s)?(?:\s+(?:segment|business|division|unit|group))?\s+(?:also\s+|again\s+)?(?:had|has had|delivered|produced|posted|saw|reported|enjoyed|achieved|turned in|generated)\b[^.;,]{0,60}?\b(?:quarter|year|period|momentum|performance|results)\b/i;
function headingVia(text: string, name: string, view: SentenceView | null, passing: SegmentVia): SegmentVia {
  if (!view || view.figures.length > 0) return passing;
  const at = text.indexOf(name);
  return at >= 0 && at <= 12 && HEADING_REST.test(text.slice(at + name.length)) ? "heading" : passing;
}
/** "mainly driven by our Logistics segment performance": segment results named as a cause announce no walk-through. */
const CAUSE_BEFORE_SEGMENT = /\b(?:driven by|due to|led by|reflecting|thanks to|because of|helped by|offset by)\b[^.;]{0,40}\bsegments?['’]?s? (?:results|performance)\b/;

/** A sentence whose subject is a period ("Our Q4 is more uncertain", "The second half should be stronger"). */
const PERIOD_SUBJECT = /^(?:(?:and|so|but|now|also|then|finally|overall),? )*(?:the |our )?«P\d+» (?:is|was|will|should|could|may|might|would|looks?|remains?|tends?|has|had|seems?)\b/;
const OUTLOOK_NOUN = /\b(?:outlook|guidance|forecast|targets?)\b/;

export class DiscourseState {
  /** The segment being walked through; `name` null when none is named yet. */
  segment: Segment | null = null;
  /** The last sentence was a heading on a segment ("At aviation, we continue to see ..."): the segment holds for this sentence only. */
  onlyNextSentence = false;
  /** The current sentence opens on the segment it names ("Finally for executive search, ..."). */
  segmentOpensHere = false;
  /** The last sentence announced the segment by name ("Slide 5 shows a summary of the third quarter results for the Composite Fibers segment."): this one is its first. */
  segmentAnnounced = false;
  /** The last sentence alone was on a segment it opened with, outside any walk-through ("In Utility, ..."). */
  private onlyThisSentence = false;
  /** The last sentence was a heading that turned to a named part and gave no figure ("Now shifting to Security."). */
  private turnedHeading = false;
  /** The sentence that opened on a segment for itself alone gave figures (it was no heading for the next). */
  private onceFigured = false;
  /**
   * The segment the last sentence alone opened on, with figures of its own ("At AeroTech, we have narrowed our revenue guidance range
   * to 1% to 4%."): whether the next sentence, naming no part, is still on it or back on the company is unsure.
   */
  lastOnce: string | null = null;
  /** The segment a sentence on one of its parts interrupted ("Equipment, Parts and Service sales, which account for 7% of the segment, ..."): back after it. */
  private resumeSegment: Segment | null = null;
  /** The last sentence opened on a named part of the business and gave no figure: the part's name. */
  private figurelessOpening: string | null = null;
  /** The last sentence opened on a part of the business ("In sensors, ..."). */
  private partOpened = false;
  /** A walk-through announced by the last sentence, open from the next one. */
  private opening: Segment | null = null;
  /** The latest future period an outlook sentence named. */
  guidancePeriod: Period | null = null;
  /** `guidancePeriod` as it was before the current sentence, and where in the sentence's abstract a period of its own set it (-1: none did). */
  guidanceBefore: Period | null = null;
  guidanceAt = -1;
  /** Sentences since the outlook's period was said: 0 when this sentence said it (`guidanceAgeBefore` the same for `guidanceBefore`). */
  guidanceAge = 0;
  guidanceAgeBefore = 0;
  /** The last sentence was an outlook that gave figures. */
  private outlookFigures = false;
  /** The latest period a sentence opened with ("In the third quarter, ..."), or that the last facts named. */
  period: Period | null = null;
  /** The last sentence set the paragraph's period by announcing it, with no figure ("Let's turn to our fiscal year 2021 results."). */
  periodAnnounced = false;
  /** The paragraph's period was set by a sentence's opening ("For 2019, ..."), not by a figure's own words ("Year-to-date free cash flow is up 29%"). */
  periodByOpening = false;
  /** The last sentence gave an outlook: a verbless list after it ("Capital spending of approximately $585 million, ...") continues it. */
  outlook = false;
  /** `outlook` as it was before the current sentence. */
  outlookBefore = false;
  /** The last sentence opened on the years since a year ("Since the start of 2008, our insured portfolio amortized ..."). */
  sinceBefore = false;
  private sinceHere = false;

  /** Where the call's own quarter ends. */
  private callEnd = 0;

  /** The last sentence turned the page and said nothing else ("Please turn to the next slide."). */
  private pageTurnedBefore = false;
  private pageTurnedHere = false;

  /** The part the last sentence named with its segment noun ("our Natural Gas Distribution segment showed ..."), for a pronoun that opens this one. */
  partNamedBefore: string | null = null;
  private partNamedHere: string | null = null;
  /** The part the last sentence opened on as its subject, with its segment noun ("Our drilling and evaluation division revenue grew 4%"). */
  partHeadedBefore: string | null = null;
  private partHeadingHere: string | null = null;

  beforeSentence(text: string, view: SentenceView | null, ctx: CallContext): void {
    this.callEnd = periodEnd(callAsPeriod(ctx.call));
    this.partNamedBefore = this.partNamedHere;
    this.partNamedHere = MAY_NAME_SEGMENT.test(text) ? namedSegment(text, ctx) : null;
    this.partHeadedBefore = this.partHeadingHere;
    // ("The performance of this segment represents an all-time quarterly record": the segment the last sentence named.)
    const partHead = PART_HEADING.exec(text)?.[1]?.trim() ?? null;
    this.partHeadingHere = partHead && /\b(?:this|that)$/.test(partHead) ? "the segment it spoke of" : partHead;
    const lower = view ? view.abstract : text.toLowerCase();
    // Whether the sentence speaks of an expectation: read once, for the three decisions below that ask.
    // (Not words that set a result against the outlook: "total revenues of $329 million below the prior year period and our guidance".)
    const cue = view ? GUIDANCE_CUE.test(lower.replace(NOT_GUIDANCE_ALL, " ")) : false;
    this.outlookBefore = this.outlook;
    this.sinceBefore = this.sinceHere;
    this.sinceHere = /^(?:[a-z]+,?\s+)?since\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b/i.test(text);
    this.guidanceBefore = this.guidancePeriod;
    // A run of outlook sentences with figures ("Revenue is expected to be ... Core operating income is estimated ...") keeps the
    // quarter their first named as fresh as if each had named it. (Not one with commentary between, measured on 500 seeded calls:
    // letting figure-less or outlook-worded sentences keep it brought back more wrong quarters, of full-year ranges and targets,
    // than right ones.)
    this.guidanceAge = this.outlookFigures ? 1 : this.guidanceAge + 1;
    this.outlookFigures = false;
    this.guidanceAgeBefore = this.guidanceAge;
    this.guidanceAt = -1;
    this.segmentOpensHere = false;
    // ("Now shifting to Security.\nTotal revenue was up 5%, with 7% volume": the first sentence after a heading that turns to a part
    // speaks of the part's total, as one after a part announced by name does.)
    this.segmentAnnounced = this.turnedHeading && this.segment?.via === "turning" && this.segment.name !== null;
    this.turnedHeading = false;
    const segmentBefore = this.segment;
    if (this.resumeSegment) {
      this.segment = this.resumeSegment;
      this.resumeSegment = null;
    }
    this.lastOnce = null;
    if (this.onlyThisSentence) {
      if (this.onceFigured && this.segment?.name) this.lastOnce = this.segment.name;
      this.onlyThisSentence = false;
      this.onceFigured = false;
      this.segment = null;
    }
    if (this.onlyNextSentence) {
      this.onlyNextSentence = false;
      this.onlyThisSentence = true;
    }
    if (this.partOpened) {
      this.partOpened = false;
      if (this.segment) this.segment = { name: null };
    }
    // "Year-to-date free cash flow is now up 29% through three quarters. Now turning to Page 8. Here we will review some of the key
    // income statement metrics, revenue increased 22%": a turn to the next page of the slides starts a new paragraph, whose period
    // its own words say (an opening period after the turn still sets it below).
    // (Not right after a sentence that announced the period: "Let's turn to our fiscal year 2021 results. Please turn to Slide 6.")
    // (Nor one the paragraph opened on: "For 2019, we delivered $2.4 billion of revenue ... Moving over to Slide 16, this slide presents our
    // results excluding the change in earn-out payables for both years.")
    // (A page that turns to a part of the business starts that part's paragraph whatever the last one opened on: "And year-to-date,
    // our free cash flow is now $10 million positive. ... So now please turn to slide five in our Environmental segment.")
    const nextPage = NEXT_PAGE.test(text);
    this.pageTurnedBefore = this.pageTurnedHere;
    // ("Please turn to the next slide.": a turn of the page and nothing else, the heading of what the next sentence opens on.)
    this.pageTurnedHere = nextPage && (view === null || view.figures.length === 0) && text.length < 60;
    if (nextPage && !this.periodAnnounced && !this.periodByOpening) this.period = null;
    const announcedBefore = this.periodAnnounced;
    this.periodAnnounced = false;
    // "In South America, sales increased by 9%. ... Moving now to profit. Gross profit was $248 million": words about the whole
    // end a walk-through and what the last region's sentence said; a heading that turns to profit or costs ends only the latter
    // (a walk-through of segments goes on: "Turning to costs." may still be the segment's).
    const outlookMoved = OUTLOOK_MOVED_NOUN.test(lower);
    const closes = CLOSES.test(lower) || outlookMoved || (view !== null && view.figures.some((q) => q.marked) && ALL_SEGMENTS.test(lower));
    // ("Turning to earnings, we reported record third quarter pre-tax income": a heading on earnings, or on a measure only the whole
    // company reports, ends a walk-through too.)
    const heading = MEASURE_HEADING.exec(lower);
    const headingOn = heading && view ? view.names[Number(/«M(\d+)»$/.exec(heading[0])![1])]?.def.name : undefined;
    if (closes || (heading && ((this.segment?.via && SEGMENT_IN_PASSING.has(this.segment.via)) || headingOn === "earnings" || (headingOn !== undefined && COMPANY_ONLY.has(headingOn))))) this.segment = null;
    if (closes || PROFIT_HEADING.test(lower)) {
      this.lastRegion = null;
      this.lastPart = null;
    }
    if (view && view.company.length > 0 && /^(?:[a-z,' ]{0,20})«C\d+»/.test(view.abstract)) this.segment = null;
    const turning = turningTo(text, ctx);
    if (nextPage && turning && !announcedBefore) this.period = null;
    // ("For more detail on the segment results, please refer to the earnings release. Beginning with our consolidated results, ...":
    // a sentence that opens on the whole right after an announced walk-through cancels it; not one that names the whole in passing,
    // "Our growth businesses, which now represent nearly 25% of our total company revenue, ...".)
    if (this.opening && /^(?:(?:and|so|now|first),? )?(?:(?:beginning|starting) with |looking at |turning (?:first )?to )?(?:the |our )?(?:«p\d+» )?(?:consolidated|total company|company-wide|overall)\b|\b(?:our|the) consolidated (?:[a-z-]+ )?«m\d+»/i.test(lower)) this.opening = null;
    // ("But recovery may not be linear by region ... With the narrowing of our guidance range, we are now expecting ...": the year's
    // outlook moved cancels a walk-through announced but not yet begun.)
    if (outlookMoved) this.opening = null;
    if (this.opening) {
      this.segment = this.opening;
      this.segmentAnnounced = this.opening.name !== null;
      this.opening = null;
    }
    if (turning) {
      this.segment = { name: turning, via: "turning" };
      this.turnedHeading = view === null || view.figures.length === 0;
      // ("Moving to Advanced Healthcare Solutions on slide eight, total revenue increased 9.3%": a sentence that opens by turning to a
      // segment speaks of its total.)
      this.segmentOpensHere = /^(?:(?:and|so|now|next|finally|lastly),? )?(?:turning|moving|going|looking|switching|shifting)\b/i.test(text);
    }
    // "From a segment perspective, commercial trailer products generated revenue of ...": the walk-through starts in this sentence.
    else if (SEGMENT_INTRO.test(lower)) this.segment = { name: ctx.segments.find(text) ?? namedSegment(text, ctx), via: "intro" };
    // "I'll review results by segment": the walk-through starts with the next sentence.
    else if (OPENS.test(lower) && !CAUSE_BEFORE_SEGMENT.test(lower)) this.opening = { name: namedSegment(text, ctx) ?? resultsOfSegment(text), via: "opens" };
    else if (OTHER_PARTY.test(lower)) this.opening = { name: null };
    else {
      // "The Americas segment comprised 30% of revenue": a segment that heads the sentence opens a walk-through; one named in passing does not.
      // In a walk-through, a segment the call knows opening the sentence is the next one ("Finally for executive search, ...").
      const named = namedSegment(text.split(/\s+/, 7).join(" "), ctx) ?? marketShareHead(text) ?? (this.segment ? knownSegmentOpening(text, ctx) : null);
      // Outside a walk-through, "In Utility, our backlog ..." is on that segment for this sentence only.
      // ("In constant dollars, net sales increased 13%": an opening that names no part of the business is none.)
      const once = named ? null : asPart(knownSegmentOpening(text, ctx) ?? sideOpening(text, ctx), ctx);
      // "Our operating assets had a standout quarter.": a segment the call knows, heading a sentence, opens a walk-through.
      const heading = named || once || this.segment ? null : knownSegmentHead(text, ctx);
      if (heading) {
        this.segment = { name: heading, via: headingVia(text, heading, view, "known-head") };
        this.segmentOpensHere = true;
      } else if (once) {
        this.segment = { name: once, via: "once" };
        this.segmentOpensHere = true;
        // "At aviation, we continue to see favorable market conditions. Order activity remained strong with backlog growth of
        // $655 million": an opening on a segment the call knows, in a sentence that gives no figure, is a heading for the next
        // sentence too (a region so opened is that sentence's only: "Across North America, recovery remains mixed.").
        // ("Please turn to the next slide. In the Americas, NSR increased by 7% ... The fourth quarter adjusted operating margin was 19.8%":
        // a part the call knows that opens the first sentence of a new page heads that page, its sentences after too.)
        const pageHead = this.pageTurnedBefore && knownSegmentOpening(text, ctx) !== null;
        const heading = !pageHead && view?.figures.length === 0 && knownSegmentOpening(text, ctx) !== null && placeAt(once.toLowerCase().split(/\s+/), 0) === 0;
        if (pageHead) this.segment = { name: once, via: "heading" };
        this.onlyThisSentence = !heading && !pageHead;
        this.onlyNextSentence = heading;
        this.onceFigured = !heading && !pageHead;
      } else if (named) {
        // "Our Environmental Services segment ... rebounded with an outstanding March. Our newly formed SKSS segment delivered
        // better-than-expected profitability ... Adjusted EBITDA in Q1 was $129.5 million": parts named one after another in
        // sentences without figures are an overview; a figure after them that names no part is as likely the company's.
        // (Not an opening that announces the part: "At aviation, we continue to see ...".)
        const overview = view?.figures.length === 0 && this.figurelessOpening !== null && this.figurelessOpening !== named && /^(?:(?:and|so|also|meanwhile|conversely),?\s+)?(?:our|the)\s/i.test(text);
        this.segment = { name: named, via: overview ? "head" : "named-opening" };
        this.segmentOpensHere = true;
      } else if (this.segment) {
        const head = headName(text, ctx);
        const part = head ? null : asPart(lowerOpening(text, ctx), ctx);
        // "Equipment, Parts and Service sales, which account for 7% of the segment, were up": a part of the segment walked
        // through, for this sentence only.
        if (head && PART_OF_WHOLE.test(text)) {
          this.resumeSegment = this.segment;
          this.segment = { name: head, via: "head-part" };
        } else if (head) this.segment = { name: head, via: headingVia(text, head, view, "head") };
        // "In sensors, ...": a part of the business, maybe of the segment being walked through; what
        // the next sentences say of "the segment" is then unsure, so they name none.
        else if (part) {
          this.segment = { name: part, via: "part" };
          this.partOpened = true;
        }
      }
    }
    // "Year-to-date revenue in R&D Solutions was $5,612 million ... Finally CSMS revenue of $201 million was up 12.3%": a walk-through
    // that moves from one named part to the next starts a new paragraph; the span the last part's paragraph was on does not carry.
    if (this.segment?.name && segmentBefore?.name && this.segment.name !== segmentBefore.name) this.period = null;
    // (Only a first part named while no walk-through was open: after one, the next part named is the walk-through's next.)
    this.figurelessOpening = view?.figures.length === 0 && this.segment?.via === "named-opening" && segmentBefore === null ? this.segment.name : null;
    // "For the full year, we expect ...": an outlook for the year is the company's.
    if (view && this.segment && cue && !namedSegment(text, ctx)) {
      const opening = /^(?:(?:and|so|now|finally|lastly),? )*(?:(?:for|in|looking at|turning to) )?(?:the |our )?«P(\d+)»/.exec(view.abstract);
      if (opening && view.periods[Number(opening[1])]!.period.part === "FY") this.segment = null;
    }
    if (view) {
      const call: Period = callAsPeriod(ctx.call);
      // "For the first quarter, we expect ...": an outlook that opens on a part of a year named without it.
      const openingAhead = cue ? PERIOD_OPENING.exec(view.abstract) : null;
      const outlookPeriods = new Map<number, string>();
      view.periods.forEach((m, k) => {
        if (m.relation !== "absolute") return;
        // So is a first quarter an outlook names anywhere in a fourth-quarter call ("total first quarter sales will be between ...").
        const p = (openingAhead && Number(openingAhead[1]) === k) || (cue && m.period.part === "Q1") ? { ...m, period: outlookYear(m, ctx.call) } : m;
        // A future period the turn speaks of is what its outlook is for, unless it is negated ("we're not reinstating full-year guidance").
        // Not a date a contract runs to ("a credit agreement in effect through July of 2026"), nor, in a sentence that speaks of no
        // expectation, a year past the next.
        const at = view.slots.get(`P${k}`)?.start ?? 0;
        // Nor where something moves to ("we expect new business commencements to shift further into 2023").
        const term = /\b(?:until|till|matur\w*|due|expir\w*|in effect|(?:through|thru) (?:january|february|march|april|may|june|july|august|september|october|november|december))(?: (?:[a-z]+|«P\d+»)){0,2} $/.test(view.abstract.slice(Math.max(0, at - 40), at));
        // ("shift further into 2023", "revert at the start of 2023": the mention's own words may hold the preposition.)
        const own = view.text.slice(m.start, m.end).toLowerCase();
        const lead = view.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
        const moved = (/^(?:into|beyond|until|till)\b/.test(own) && /\b(?:shift|push|slip|delay|mov|defer|roll)\w*(?: [a-z]+){0,2}\s*$/.test(lead)) || (/^of\b/.test(own) && /\b(?:at|by) the (?:start|beginning)\s*$/.test(lead));
        // Nor a year an aim is to be reached by, past the outlook's year ("to achieve our $300 million EBITDA run rate on the
        // program by 2025", said in a fourth-quarter call's outlook for 2022).
        // (Nor a year a span runs through past the outlook's, "ample runway for funding new investments through 2024": a total over years.)
        const aim = (/\b(?:by|through|thru) (?:the end of )?$/.test(lead) || /^(?:by|through|thru)\b/.test(own)) && p.period.year > ctx.call.year + (ctx.call.quarter === 4 ? 1 : 0);
        // Nor when something happened, past tense ("debt retirement expenses that occurred early in the second quarter").
        const happened = /\b(?:occurred|happened|took place|closed|completed|incurred|recognized|recorded)\s+(?:(?:early|late|earlier|later|already)\s+)?(?:(?:in|during|on|at)\s+)?(?:the\s+)?$/.test(lead);
        // Nor the year of an earlier outlook a new one is compared with ("representing growth of 16.1% to 19.3% compared to the midpoint
        // of our 2020 guidance", in the outlook for 2021).
        const baseOutlook = /\b(?:versus|vs\.?|compared (?:to|with)|relative to|against|over|from)\b[^.;«]{0,40}$/.test(lead) && /^\s*(?:guidance|guide|outlook|forecast)\b/i.test(view.text.slice(m.end, m.end + 20));
        // Nor when a deal is to close ("inclusive of a partial year contribution from our announced Liberty acquisition, assuming a first
        // quarter 2022 close"): a date of the deal, not what the outlook is for.
        const closing = /^\s*(?:close|closing)\b/i.test(view.text.slice(m.end, m.end + 12)) || /\b(?:to close|closing|close) (?:in|during|by|at) (?:the )?$/.test(lead);
        // Nor a part of the span an outlook implies ("We've increased the revenue range to between $93 million and $97 million,
        // implying the second half should be between $48 million and $52 million"): worked out from the outlook, not a new one.
        const implied = /\b(?:implying|implies|implied|which would imply|suggesting)\b[^.;]{0,20}$/.test(lead);
        if (term || moved || aim || happened || baseOutlook || closing || implied || (!cue && p.period.year > ctx.call.year + 1)) return;
        // "Turning to our outlook for the fiscal year. We expect industry volume to recover in the second half ...": a part of the
        // year the outlook is on, said in passing by a sentence that gives no figure, is the shape of that year, not a new outlook.
        // (Not a sentence that names an outlook, "Now moving to our outlook for fiscal Q2.", or opens on the part: "For the first
        // quarter, we expect systemwide RevPAR growth to be roughly flat.")
        if (this.partOfOutlookYear(p.period, view) && !(openingAhead && Number(openingAhead[1]) === k)) return;
        if (periodEnd(p.period) > periodEnd(call) && !/\b(?:not|no longer|withdr[ae]w\w*|suspend\w*|won't|don't|aren't|isn't)\b/.test(lower)) {
          outlookPeriods.set(k, periodLabel(p.period));
          this.guidancePeriod = p.period;
          this.guidanceAt = view.slots.get(`P${k}`)?.start ?? -1;
          this.guidanceAge = 0;
        }
      });
      // "Moving to slide 10 and the review of our full year 2020 and Q1 earnings outlook.": an opening on two outlooks dates neither
      // of the sentences after it that name no period of their own ("Total company adjusted EBITDA is forecasted to be in the range of
      // $1.3 billion to $1.34 billion" is the year's, not the quarter's, the last named).
      const joined = /«P(\d+)»(?: [a-z0-9-]+){0,3},? and (?:the |our |its )?«P(\d+)»/.exec(view.abstract);
      const two = joined ? [outlookPeriods.get(Number(joined[1])), outlookPeriods.get(Number(joined[2]))] : [];
      if (!view.figures.some((f) => f.marked) && two[0] !== undefined && two[1] !== undefined && two[0] !== two[1]) {
        this.guidancePeriod = null;
        this.guidanceAt = -1;
      }
      // "our outlook for the full year to reflect ... the remainder of the year": the period the outlook is for.
      // ("Now let me share our projections for the fourth quarter": projections too.)
      const outlookFor = /\b(?:outlook|guidance|forecast|expectations?|targets?|projections?) (?:for|of) (?:the |our )?«P(\d+)»/.exec(view.abstract);
      // ("Given our performance in the first quarter and outlook for the second quarter and year, we are raising 2021 guidance.":
      // the guidance the sentence changes is the year's it names; the outlook it gives as a reason dates nothing after it.)
      const yearGuidance = outlookFor ? /«P(\d+)» (?:(?:full[- ]year|annual) )?(?:guidance|outlook)\b/.exec(view.abstract.slice(outlookFor.index + outlookFor[0].length)) : null;
      const guidedYear = yearGuidance ? view.periods[Number(yearGuidance[1])]! : null;
      if (guidedYear && guidedYear.relation === "absolute" && guidedYear.period.part === "FY" && guidedYear.period.year >= ctx.call.year && periodEnd(guidedYear.period) > periodEnd(call)) {
        this.guidancePeriod = guidedYear.period;
        this.guidanceAt = view.slots.get(`P${yearGuidance![1]}`)?.start ?? -1;
        this.guidanceAge = 0;
      } else if (outlookFor) {
        const p = view.periods[Number(outlookFor[1])]!;
        if (p.relation === "absolute" && periodEnd(p.period) > periodEnd(call)) {
          this.guidancePeriod = p.period;
          this.guidanceAt = view.slots.get(`P${outlookFor[1]}`)?.start ?? -1;
          this.guidanceAge = 0;
        }
      }
      // "we are holding our revenue guidance at $130 million to $140 million": the year's outlook, for what follows too.
      if (this.guidanceAt === -1 && !view.periods.some((p) => p.relation === "absolute") && ANNUAL_GUIDANCE.test(view.abstract)) {
        this.guidancePeriod = { year: ctx.call.year + (ctx.call.quarter === 4 ? 1 : 0), part: "FY" };
        this.guidanceAt = 0;
        this.guidanceAge = 0;
      }
      // ("Now, moving on to our longer-term expectations on Slide 20.": aims for no fiscal period, which a list after it is not.)
      this.outlook = cue && !/\b(?:not|no longer|withdr[ae]w\w*|suspend\w*|(?:long(?:er)?|medium|mid)[- ]term (?:expectations?|targets?|outlook|goals?|aspirations?|framework|financial model|model|plan)|multi-year (?:expectations?|targets?|outlook|goals?|plan))\b/.test(lower) && (view.figures.length > 0 || (this.guidancePeriod !== null && OUTLOOK_OF_MEASURES.test(view.abstract)))
        // A verbless item of the list an outlook opened ("Adjusted earnings per share of $8.80 to $9.40.", "Net interest expense to be
        // approximately $4 million.") keeps it open for the next.
        || (this.outlookBefore && view.figures.length > 0 && /^(?:(?:and|also|then|finally|adjusted|total|net|gaap|non-gaap|diluted|consolidated|organic|annual|full[- ]year|the|our),? )*«M\d+» (?:of|at|in the range of|between|range of|to be)\b/.test(view.abstract))
        // So does a verbless item of no measure of ours ("Net interest payments of approximately $170 million.", in a list of what
        // the year's free cash flow outlook holds), before the next item that is one ("Capital expenditure is approximately $70 million").
        || (this.outlookBefore && view.figures.length > 0 && /^(?!(?:we|i|they|it|this|that|there)\b)(?:[a-z&'-]+ ){1,5}(?:of|at|in the range of|between|range of|to be) (?:approximately |about |roughly |around )?«F\d+»(?: [a-z]+)?\s*[.;]?\s*$/.test(view.abstract));
      this.outlookFigures = this.outlook && view.figures.length > 0;
      // "For the full year, ...", "Let me now turn to our full year 2019 results.": the paragraph is on that period.
      const opening = PERIOD_OPENING_ANNOUNCED.exec(view.abstract);
      // ("Versus 2019, we grew sales 20%": a mention holding its comparison word names the base compared with, not the paragraph's period.)
      if (opening && !COMPARING_MENTION.test(view.text.slice(view.periods[Number(opening[1])]!.start, view.periods[Number(opening[1])]!.end))) {
        const p = view.periods[Number(opening[1])]!;
        // (Not "The year ago quarter had a $11 million benefit ...": a sentence on the period compared with puts no paragraph on it.)
        // (Nor "Through September, our entry into new markets has produced $15 million": a span to a date is that sentence's.)
        // (Nor "In the fourth quarter of 2018, Europe loss from operations was $8.7 million", in the fourth quarter of 2019's call: the
        // quarter a year before the call's is the one compared with, a sentence's aside, and the next sentences are on the call's quarter.)
        const yearBefore = p.period.part === call.part && p.period.year === call.year - 1;
        if (p.relation === "absolute" && !yearBefore && !(periodEnd(p.period) < periodEnd(call) && (/\b(?:ago|prior|previous|last)\b/i.test(view.text.slice(p.start, p.end)) || EARLIER_QUARTER_SUBJECT.test(view.abstract))) && !/^(?:through|thru)\b/i.test(view.text.slice(p.start, p.end))) {
          this.period = p.period;
          this.periodAnnounced = view.figures.length === 0;
          // (An opening clause, "For 2019, ...", not a measure's own adjective: "Year-to-date free cash flow is now up 29%".)
          this.periodByOpening = /^,/.test(view.abstract.slice(view.slots.get(`P${opening[1]}`)?.end ?? 0));
          // ("Our Q4 is more uncertain, especially as it expands into calendar 2021.", after the year's outlook: the period as the
          // subject of a remark is still the year's outlook; "Turning to the second quarter." announces a new one.)
          if (periodEnd(p.period) > periodEnd(call) && !(PERIOD_SUBJECT.test(view.abstract) && this.partOfOutlookYear(p.period, view))) {
            this.guidancePeriod = p.period;
            this.guidanceAt = view.slots.get(`P${opening[1]}`)?.start ?? -1;
            this.guidanceAge = 0;
          }
        }
      } else if (view.figures.every((f) => !f.marked && /\b(?:slides?|pages?|charts?)\s*$/i.test(view.text.slice(0, f.start))) && view.periods.length === 1) {
        // ("Slide 4 shows the results for the fourth quarter.": the number of a page is no figure.)
        // "Our bottom-line performance in the fourth quarter speaks for itself.": a sentence without figures that names
        // one period ending with the call's quarter, not as a comparison, puts what follows on it.
        const p = view.periods[0]!;
        const lead = view.abstract.slice(0, view.slots.get("P0")?.start ?? 0);
        // Not a year-to-date span: said in passing it is mostly an adjective ("their year-to-date momentum", "tags sold year-to-date").
        // ("I will touch on some high-level highlights with respect to EMCOR's results for the first six months of 2021.": results
        // announced for a span to the quarter's end put what follows on that span.)
        // ("Importantly, we have delivered outstanding year-to-date performance. Sales and adjusted operating income are up 13% and
        // 9%": the span's performance or results, announced, put what follows on that span alike.)
        // (Not one said in passing: "On the heels of excellent year-to-date results and our solid financial condition, the board
        // reinstated a quarterly cash dividend".)
        const results = /\bresults (?:for|of) (?:the )?$/.test(lead) || (/^\s*(?:performance|results)\b/i.test(view.text.slice(p.end))
          && /(?:^|\b(?:shows?|showed|show you|delivered|deliver|review|discuss|turn to|look at|summarize|recap|reported|report))\s+(?:(?:an?|the|our|outstanding|strong|excellent|solid|record|very|good|great|some|of)\s+)*$/i.test(view.text.slice(0, p.start)));
        // ("I'll also touch on the financial highlights for Attivo and the full year implications.": a period that qualifies an effect
        // speaks of the effect, not of a span the next sentences report.)
        const ofEffect = /^[- ]?(?:implications?|impacts?|effects?|consequences?|contributions?|benefits?|headwinds?|tailwinds?)\b/i.test(view.text.slice(p.end).trimStart());
        if (p.relation === "absolute" && !ofEffect && (p.period.part === "FY" || p.period.part.startsWith("Q") || results) && periodEnd(p.period) === periodEnd(call) && !/\b(?:from|versus|vs\.?|compared (?:to|with)|than|since|over|last)\s+(?:the\s+|our\s+)?$/.test(lead)) this.period = p.period;
      }
    }
  }

  /**
   * A part of the year an outlook is on, said in passing by a sentence that gives no figure and names no outlook ("Turning to our
   * outlook for the fiscal year. We expect industry volume to recover in the second half ..."): the shape of that year, not a new
   * outlook. The paragraph stays on the year's outlook however many such sentences follow ("Our full-year outlook is clearly
   * improved. ... We have visibility into our third fiscal quarter. Our Q4 is more uncertain. We expect our net sales to be down
   * between 7% and 12% from the prior year.": the year's).
   */
  private partOfOutlookYear(period: Period, view: SentenceView): boolean {
    const year = this.guidancePeriod?.part === "FY" && this.guidanceAge <= 2 ? this.guidancePeriod.year : null;
    // (Only a figure with a unit or scale counts: "our third fiscal quarter ending December 31" gives none.)
    if (year === null || view.figures.some((f) => f.marked) || period.part === "FY" || period.year !== year || OUTLOOK_NOUN.test(view.abstract)) return false;
    this.guidanceAge = 0;
    return true;
  }

  /** What the last sentence spoke of: its last figure's measure, or the one measure it named. */
  private carriedFrom: (() => Carried | null) | null = null;
  private carriedValue: Carried | null | undefined = undefined;

  /** What the last sentence spoke of, worked out when a figure first asks. */
  get carried(): Carried | null {
    if (this.carriedValue === undefined) this.carriedValue = this.carriedFrom?.() ?? null;
    return this.carriedValue;
  }

  rememberSubject(last: Carried | null, names: () => readonly MetricMatch[], several = false, figuresUnread = false): void {
    this.carriedValue = undefined;
    this.carriedFrom = last
      ? () => ({ def: last.def, phrase: last.phrase, scope: last.scope, fromFact: true, several, period: last.period, relation: last.relation, kind: last.kind })
      : () => {
          const defs = [...new Set(names().map((n) => n.def))];
          return defs.length === 1 ? { def: defs[0]!, phrase: NO_WORDS, scope: "company", figuresUnread } : null;
        };
  }

  /** After a sentence's figures are read: a named segment's figure opens a walk-through, a company-only figure closes it. */
  /** The region the last sentence's figures were said of ("Europe net sales grew 9%"): the next sentence may still be on it. */
  lastRegion: string | null = null;
  /** The one named part the last sentence's figures were all of (read when no walk-through is open). */
  lastPart: string | null = null;

  afterSentence(read: readonly { def: MetricDefinition; scope: string; named: boolean; scopeFromSubject?: boolean; reported?: boolean; explicitPeriod?: Period | null; kind?: string; subordinate?: boolean }[]): void {
    // "Roto-Rooter's adjusted EBITDA totaled $46.8 million. The adjusted EBITDA margin was 26.8%": after a sentence only
    // on one named part, a sentence that opens with "the" or "its" and names no scope of its own may still be on it.
    // (A participle in lower case, "our awarded backlog was reduced by $1.3 billion", says a kind of the measure, no part: it carries to none.)
    // (So is one whose figures a named part was said to report: "the Fertilizer segment reported an operating loss of $14 million".)
    const parts = new Set(read.filter((r) => r.scope !== "company" && (r.scopeFromSubject || r.reported) && isSegmentable(r.def.name) && !/^[a-z]+ed$/.test(r.scope)).map((r) => r.scope));
    const onePart = read.length > 0 && parts.size === 1 && read.every((r) => r.scope !== "company") ? [...parts][0]! : null;
    this.lastPart = onePart;
    // (Not after a sentence that also gave the company's figure: "For the year, total company comp sales increased 11.4%, and U.S.
    // comp sales increased 10.7%." leaves the next sentence on the company.)
    // (Nor after one that set several parts side by side: "Americas and GSB had net sales growth of 4% and 12%" leaves no one region
    // for the next sentence to be on.)
    const partsSaid = new Set(read.filter((r) => r.scope !== "company").map((r) => r.scope));
    this.lastRegion = read.some((r) => r.scope === "company") || partsSaid.size > 1 ? null : read.find((r) => r.scope !== "company" && placeAt(r.scope.toLowerCase().split(/\s+/), 0) > 0)?.scope ?? null;
    // "Sales for the first 9 months of the year were up 28%. ... EPS increased 21% to $3.19": the paragraph stays on its period.
    // Only a span that ends with the call's quarter (the quarter, the half, nine months, the year): an earlier quarter
    // a growth rate is set beside ("up 17% after 10% growth in the fourth quarter of 2020") is no paragraph's period.
    const dated = read.findLast((r) => r.explicitPeriod && r.kind !== "guidance" && r.kind !== "prior" && periodEnd(r.explicitPeriod) === this.callEnd);
    if (dated?.explicitPeriod) {
      if (!this.period || periodLabel(this.period) !== periodLabel(dated.explicitPeriod)) this.periodByOpening = false;
      this.period = dated.explicitPeriod;
    }
    for (const r of read) {
      if (r.scope === "company" && COMPANY_ONLY.has(r.def.name)) this.segment = null;
      // "Industrial Products revenue was up 4%": the subject's own words name a segment, which the next sentences go on about
      // (not when named in a "with" clause: "Total revenues grew 19%, with digital subscription revenue rising 28%").
      // (Nor a kind of revenue, "Subscription and SaaS revenue", "License revenue": a line of every part, no part walked through.)
      else if (r.scope !== "company" && r.scopeFromSubject && !r.subordinate && (r.named || /\s/.test(r.scope)) && isSegmentable(r.def.name) && !placeAt(r.scope.toLowerCase().split(/\s+/), 0) && !REVENUE_LINE.test(r.scope)) this.segment = { name: r.scope, via: "subject" };
    }
  }
}

/**
 * An outlook sentence without figures that opens a list of them: it names a measure or the outlook itself ("For the second quarter,
 * we expect revenue to be in the following ranges:"), not an aim for a part ("we expect our Mexican JV to be profitable in the
 * second half of the year", after which "Net earnings attributable to Greenbrier of approximately $13 million" is the quarter's).
 */
const OUTLOOK_OF_MEASURES = /«M\d+»|\b(?:outlook|guidance|forecast|expectations?|projections?|assumptions?|estimates?|following|as follows)\b|:\s*$/i;

/**
 * A sentence that opens on an earlier quarter as its measure's adjective ("Q2 organic revenue increased 12%", in the third quarter's
 * call): said of that quarter alone, or the speaker's slip for the call's; either way no paragraph is on it.
 */
const EARLIER_QUARTER_SUBJECT = /^(?:(?:and|so|now|also),? )?«P\d+» (?:[a-z-]+ ){0,2}«M\d+»/;

/** A sentence that turns to a page of the slides: "Now turning to Page 8.", "Moving on to slide 10,", "Next slide.", "If you turn to slide 5". */
const NEXT_PAGE = /^(?:(?:and|so|now|next|okay|ok|all right|alright),?\s+)*(?:(?:turning|moving|going|flipping|switching|shifting|turn|move|go|flip)(?:\s+(?:now|on|over|ahead))?\s+to|if you (?:would )?(?:turn|go|flip|look) (?:now )?to|(?:please|let's|let me) (?:now )?(?:turn|move|go|flip) (?:now )?to)\s+(?:the\s+(?:next|following)\s+)?(?:slides?|pages?|charts?)\b|^(?:(?:and|so|now),?\s+)?(?:the\s+)?next (?:slide|page)\b/i;

/** A name that is a part of the business by the scope rules (scope-words.ts), or null: "constant dollars", "Q3" or "Several" are none. */
function asPart(name: string | null, ctx: CallContext): string | null {
  if (!name) return null;
  const verdict = judgeCallScope(name, ctx);
  return "drop" in verdict || verdict.scope === "company" ? null : name;
}

/** A sentence that names the segment it speaks within as a whole ("7% of the segment", "the segment's sales"). */
const PART_OF_WHOLE = /\b(?:of|within|in|across) (?:the|this|that|our) (?:segment|division|business unit)\b|\b(?:the|this) (?:segment|division)['’]s\b/i;

/** "Turning to Harbor Capital.", "Let's move to the Americas segment": the name turned to, when it is one. */
function turningTo(text: string, ctx: CallContext): string | null {
  if (!MAY_TURN.test(text)) return null;
  for (const m of text.matchAll(TURNING)) {
    // "Moving on to Slide 6, Food Equipment had a good quarter": the name after the slide is the one turned to.
    const at = m.index + m[0].length;
    // "Turning now to slide six, I'll discuss our Fixed Income and Data Services segment": the same after a spelled number and a speaker's announcement.
    const slide = PAGE_THEN_NAME.exec(text.slice(at));
    // "Please turn to Slide 5 for a discussion of the Engraving segment", "turn to slide 9 for a review of our composites business".
    // ("So now please turn to slide five in our Environmental segment.")
    const review = PAGE_FOR_REVIEW.exec(text.slice(at));
    if (review && !PASSING_WORD.test(review[1]!)) return review[1]!;
    // ("Turning to Slide 8 for Infrastructure.": a page for a name in capitals, and nothing after it.)
    const pageFor = PAGE_FOR_NAME.exec(text.slice(at));
    if (pageFor) {
      const part = capitalRun(text, at + pageFor[0].length, ctx);
      const rest = part ? text.slice(at + pageFor[0].length + part.length) : "";
      if (part && /^(?: (?:segment|business|group|division))?\s*[.:;]?\s*$/.test(rest) && namesPart(part, ctx) && !PAGE_HEADING.test(part)) return part;
    }
    const name = capitalRun(text, at + (slide?.[0].length ?? 0), ctx);
    // ("Now turning to SSG&A.": a line item turned to is no part of the business.)
    if (name && !/^(?:Slide|Slides|Page|Pages|Chart|Q[1-4]|Questions?|Q&A|Operator|Our|The)\b/.test(name) && !namesMeasure(name)) return name;
    // ("Moving now to prepared foods.", "Moving into the chicken segment's results.": a part in small letters that the call names as a
    // segment elsewhere, and nothing after it.)
    const small = /^([a-z][\w&'’-]*(?: [a-z&][\w&'’-]*){0,3}?)(?: (?:segment|business|division)(?:['’]s)?(?: results| performance)?)?\s*(?:[.:;]|$)/.exec(text.slice(at));
    if (small && ctx.segments.names.includes(small[1]!)) return small[1]!;
    // ("Now turning first to the military market.": an end market turned to, in small letters and nothing after it, is the part of
    // the business that sells into it; its sales are the next sentences' subject, "The military market represented 11% of our sales".)
    const market = /^((?:[a-z][\w&'’-]*\s+){0,2}[a-z][\w&'’-]*) (?:end[- ])?market\s*[.:;]?\s*$/.exec(text.slice(at));
    if (market && !PASSING_WORD.test(market[1]!) && !NOT_A_MARKET.test(market[1]!)) return `${market[1]!} market`;
  }
  // "On Slide 10, we disclose highlights for Eurasia Banking, which were in line with our expectations", "Slide 11 provides financial
  // highlights for Americas Banking.": a page's highlights or results for a part named in capitals turn to it.
  // (Results only on a page: "For the first quarter, which still includes the operational results of Club Monaco, we expect ...".)
  const onPage = /\b(?:slides?|pages?|charts?)\b/i.test(text);
  for (const m of text.matchAll(onPage ? /\b(?:(?:financial|operating|key) )?(?:highlights|results|financials) (?:for|of) (?:the |our )?(?=[A-Z])/g : /\b(?:(?:financial|operating|key) )?(?:highlights|financials) (?:for|of) (?:the |our )?(?=[A-Z])/g)) {
    const name = capitalRun(text, m.index + m[0].length, ctx);
    // (Not "results for our U.S. retail segment": a name that goes on in lower case is more than its capitals.)
    const rest = name ? text.slice(text.indexOf(name, m.index) + name.length).replace(/^\./, "") : "";
    // (Nor "results for the Composite Fibers segment", which announces the segment's walk-through: OPENS.)
    if (name && /^(?:\s*[,;:]|\.?\s*$|\.\s|\s(?:which|that|on|were|was|is|are|in)\b)/.test(rest) && namesPart(name, ctx)) return name;
  }
  // "The focus on revenue quality drove outstanding results for FedEx Freight this quarter.": a sentence that ends on the results
  // of a part named in capitals turns to it, page or not.
  const endsOnResults = /\bresults (?:for|at) (?:the |our )?(?=[A-Z])/.exec(text);
  if (endsOnResults && !onPage) {
    const name = capitalRun(text, endsOnResults.index + endsOnResults[0].length, ctx);
    const rest = name ? text.slice(text.indexOf(name, endsOnResults.index) + name.length) : "";
    if (name && /^(?: (?:this|in the|for the) quarter)?\.?\s*$/.test(rest) && namesPart(name, ctx)) return name;
  }
  // "And finally, Home & Garden, which is slide 18.": a verbless heading that names the next part.
  const listed = /^(?:[Aa]nd\s+)?(?:[Ff]inally|[Ll]astly|[Nn]ext|[Ll]ast),?\s+(?:(?:the|our)\s+)?([A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|and|of))*)(?:\s+(?:segment|business|group|division))?(?:,\s*(?:which is|on|see)\s+(?:on\s+)?(?:slide|page|chart)\s+\d+)?\.?$/.exec(text.trim());
  if (listed && !PASSING_WORD.test(listed[1]!) && !/\s(?:and|of)$/.test(listed[1]!) && !ctx.personWords.has(listed[1]!.toLowerCase().split(/\s+/)[0]!) && !ctx.companyNames.includes(listed[1]!.toLowerCase())) return listed[1]!;
  // "Next, let me address our international results.": a speaker's announcement of one part's results.
  // ("Turning to commercial banking results on Slide 11.": the same turned to, on a page.)
  const results = /^(?:(?:and|so|now|next|then|finally|lastly),?\s+)*(?:(?:let me|let's|i'll|i will|we'll|we will|i'd like to)\s+(?:now\s+)?(?:address|discuss|review|cover|talk about|walk through|go over|turn to)|(?:turning|moving|going|looking|returning|coming|getting|switching)(?:\s+now)?(?:\s+back)?\s+(?:to|at))\s+(?:the\s+|our\s+)?([a-z][\w&'’-]*(?:\s+[a-z&][\w&'’-]*){0,2}?)\s+(?:segment\s+|business\s+|division\s+)?results(?:\s+on\s+(?:slide|page|chart)\s+\w+)?(?:\s+for\s+the\s+(?:quarter|period))?\.?$/i.exec(text.trim());
  // ("Moving to profitability results": a kind of result, no part of the business.)
  // ("Returning to our same-store results for the quarter.": the pool of stores or homes open a year and more, no part of the business but
  // no figure of the company's either.)
  if (results && /^(?:same|comparable)[- ](?:store|property|community|home|asset|center|restaurant)s?$/i.test(results[1]!)) return results[1]!.replace(/ /, "-");
  if (results && !PASSING_WORD.test(results[1]!) && !RESULTS_OF_ALL.test(results[1]!) && !/\b(?:profitability|profits?|margins?|earnings|costs?|expenses?|cash|balance|income|sales|revenues?|growth|bottom[- ]line|top[- ]line)\b/i.test(results[1]!)) return results[1]!;
  // "Starting with beer.": a heading in lower case turns to a segment the call names elsewhere ("our beer business").
  // "Turning to segment results on Slide 13, starting with food.": the same at the end of a sentence, after a comma.
  // "Looking at the packaging business.": a heading that names its segment with a segment noun turns to it, known or not.
  // "Please turn to slide nine and I'll shift to the automotive segment.": the same announced by the speaker.
  // "Moving to our e-commerce channel.": a channel or region named with its noun is a part as well.
  const heading = /(?:^(?:(?:and|so|now|next|then|finally|lastly),?\s+)?|,\s+|\band\s+)(?:(?:starting|beginning) with|(?:turning|moving|moving on) (?:now )?to|looking (?:now )?at|(?:i'll|i will|let me|let's|we'll|we will)\s+(?:now\s+)?(?:shift|switch|turn|move)(?:\s+over)?\s+to)\s+(?:the\s+|our\s+)?([a-z][a-z&' -]{1,40}?)(\s+(?:segment|business|division|channel|region))?\.?$/i.exec(text.trim());
  // ("Turning to the next slide to review our Life Insurance segment.": the part named after the slide.)
  const headed = heading?.[1]!.replace(/^(?:next |following )?(?:slide|page|chart)s?(?: [a-z0-9]+)? (?:to|for|and) (?:(?:review|discuss|cover|look at|talk about|walk through|go over) )?(?:(?:a|an|the) (?:discussion|review|look|summary) (?:of|at|on) )?(?:the |our )?/i, "");
  if (heading && headed && !/\b(?:slides?|pages?|charts?)\b/i.test(headed) && (ctx.segments.names.includes(headed.toLowerCase()) || (heading[2] && !/^(?:total|overall|core|whole|entire|other|same|first|second|third|fourth)\b/i.test(headed)))) return headed;
  // "Turning to the benefits and insurance group, total revenue grew by 9.6%": an opening that turns to a part named in lower case
  // with its part noun, before the sentence goes on.
  const opened = /^(?:(?:and|so|now|next|then|finally|lastly),?\s+)?(?:turning|moving|moving on|going|switching|shifting) (?:now |over )?to (?:the|our) ([a-z][a-z&'-]*(?:\s+[a-z&][a-z&'-]*){0,3}?) (?:segment|business|division|group|business unit),\s/i.exec(text);
  if (opened && !PASSING_WORD.test(opened[1]!) && !/^(?:total|overall|core|whole|entire|other|same|first|second|third|fourth|next|last|remaining|rest)\b/.test(opened[1]!) && !namesMeasure(opened[1]!)) return opened[1]!;
  // ("Now moving to general insurance, first-quarter adjusted pre-tax income was $845 million": so is a part the call names as a
  // segment or business elsewhere, without its noun.)
  const known = /^(?:(?:and|so|now|next|then|finally|lastly),?\s+)*(?:turning|moving|moving on|going|switching|shifting) (?:now |over )?to (?:the |our )?([a-z][a-z&'-]*(?:\s+[a-z&][a-z&'-]*){0,3}?),\s/i.exec(text);
  if (known && ctx.segments.names.includes(known[1]!.toLowerCase()) && !namesMeasure(known[1]!)) return known[1]!;
  return null;
}

/** Whether a name in capitals whose results a sentence gives names a part: not a page, a period, the company or a measure. */
function namesPart(name: string, ctx: CallContext): boolean {
  return !/^(?:Slide|Slides|Page|Pages|Chart|Q[1-4]|Our|The|Fiscal|FY)\b/.test(name) && !/^(?:19|20)\d\d\b/.test(name) && !namesMeasure(name) && !ctx.companyNames.includes(name.toLowerCase());
}

/** Whether a name is a measure's name, whole ("SSG&A", "Gross Margin"). */
function namesMeasure(name: string): boolean {
  const m = findMetricMentions(name);
  return m.length === 1 && m[0]!.start === 0 && m[0]!.end >= name.length - 1;
}

/** "the Americas segment", "our Northstar brand": a name before a segment noun. */
export function namedSegment(text: string, ctx: CallContext): string | null {
  if (!MAY_NAME_SEGMENT.test(text)) return null;
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (!SEGMENT_NOUN.test(words[i]!.replace(/[,.;:'’s]+$/, ""))) continue;
    let j = i;
    while (j > 0 && NAME_WORD.test(words[j - 1]!.replace(/[,;:]$/, "")) && !/[,;:]$/.test(words[j - 1]!)) j--;
    const name = cleanName(words.slice(j, i).join(" "), ctx);
    // ("By segment, organic sales rose 10% in Consumer Tissue": the preposition of a breakdown names no segment.)
    if (name && !/^(?:By|Per|Across|Within)$/.test(name)) return name;
  }
  return null;
}

/**
 * "a summary of fourth quarter results for the composite fiber segment.", "You'll see the financial results of our eMobility segment,
 * where ...": the segment whose results the next sentences give, in any case (not a passing "results in our Real Estate segment, which").
 */
function resultsOfSegment(text: string): string | null {
  const m = /\b(?:results|performance|review|summary) (?:for|of) (?:the|our) ((?:[A-Za-z&+'’-]+ ){0,2}[A-Za-z&+'’-]+) (?:segment|division|business unit|reportable segment|region)(?:\.?$|, where\b)/.exec(text.trim());
  if (!m || m[1]!.split(" ").some((w) => /^(?:quarter|year|period|total|each|every|other|all|overall|first|second|third|fourth|full|same)$/i.test(w))) return null;
  return m[1]!;
}

/**
 * "The commercial air market represented 2% of our sales in the quarter.": an end market that heads the sentence as its share of the
 * sales is the part of the business that sells into it, which the next sentences go on about ("Sales grew by 7% versus prior year").
 */
function marketShareHead(text: string): string | null {
  const m = /^(?:(?:and|now|next|then|finally|lastly|also),?\s+)?(?:the|our)\s+((?:[a-z][\w&'’-]*\s+){0,2}[a-z][\w&'’-]*)\s+(?:end[- ])?market\s+(?:represented|accounted for|comprised|made up|was)\s+(?:approximately\s+|about\s+|roughly\s+)?\d+(?:\.\d+)?%\s+of\s+(?:our\s+|total\s+|our total\s+)?(?:sales|revenues?)\b/i.exec(text);
  if (!m || PASSING_WORD.test(m[1]!) || NOT_A_MARKET.test(m[1]!)) return null;
  return `${m[1]!.toLowerCase()} market`;
}

/** A segment the call names elsewhere with a segment noun, opening the sentence in any case ("Finally for executive search, global fee revenue ..."). */
function knownSegmentOpening(text: string, ctx: CallContext): string | null {
  // Only after a preposition or a turn, and before a comma: "Agriculture product sales volumes ..." names a product line.
  const m = /^(?:(?:and|now|next|then|finally|lastly|similarly|also),?\s+)*(?:in|at|for|within|across|on|turning to|moving to|moving on to)\s+(?:our\s+|the\s+)?/i.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length, m[0].length + 80);
  const name = ctx.segments.find(rest);
  return name && rest.toLowerCase().startsWith(name.toLowerCase()) && /^(?:\s+(?:business|segment|division))?,/i.test(rest.slice(name.length)) ? name : null;
}

/** What may stand before a name that heads a sentence: "And now", "In", "Our", "Finally, for the". */
const HEAD_LEAD = String.raw`^(?:(?:And|Now|Next|Then|Finally|Lastly|Similarly|Also),?\s+)?(?:(?:In|At|For|Within|Across)\s+)?(?:[Oo]ur\s+|[Tt]he\s+)?`;
/** Verbs a name heading a sentence is the subject of ("Fluid Handling posted ..."). */
const HEAD_VERBS = "was|were|is|are|had|has|posted|grew|delivered|generated|reported|saw|improved|declined|decreased|increased|continued|experienced|remained";
const KNOWN_HEAD_LEAD = new RegExp(HEAD_LEAD, "i");
const KNOWN_HEAD_REST = new RegExp(String.raw`^(?:'s|’s)?(?:\s+(?:segment|business|division|unit))?\s*(?:,|\b(?:${HEAD_VERBS}|achieved|produced|contributed)\b)`, "i");
const NAME_LEAD = new RegExp(HEAD_LEAD);
const NAME_REST = new RegExp(String.raw`^(?:'s|’s)?(?:\s+(?:(?:first|second|third|fourth)[- ]quarter|q[1-4]|full[- ]year|fiscal(?: year)?|(?:19|20)\d\d))*\s*(?:,|\b(?:${HEAD_VERBS}|revenues?|sales|orders|segment|business|results)\b)`);

/** A segment the call knows (named elsewhere with a segment noun) heading the sentence, before its verb or a comma. */
function knownSegmentHead(text: string, ctx: CallContext): string | null {
  if (!ctx.segments.names.length) return null;
  const lead = KNOWN_HEAD_LEAD.exec(text)![0];
  const rest = text.slice(lead.length, lead.length + 80);
  const name = ctx.segments.find(rest);
  if (!name || !rest.toLowerCase().startsWith(name.toLowerCase())) return null;
  // "Our Presort Services saw ...": the name as the sentence writes it, with the capitalised words that go on with it.
  const more = /^(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}/u.exec(rest.slice(name.length))![0];
  if (KNOWN_HEAD_REST.test(rest.slice(name.length + more.length)) && (more === "" || /^\p{Lu}/u.test(rest))) return rest.slice(0, name.length + more.length);
  return KNOWN_HEAD_REST.test(rest.slice(name.length)) ? name : null;
}

/** "On the X side," that names no part of the business: costs, the balance sheet, a direction. */
const NOT_A_SIDE = /^(?:cost|costs|expense|expenses|spending|spend|balance sheet|liability|liabilities|asset|assets|capital|capital allocation|other|flip|plus|minus|positive|negative|up|down|upside|downside|demand|supply|pricing|price|prices|volume|volumes|tax|taxes|financial|financing|funding|liquidity|investment|investing|m&a|acquisition|acquisitions|deal|regulatory|legal|labor|people|talent|hiring|operating|operations|operational|execution|technology|tech|digital|innovation|product|products|customer|customers|client|clients|sales|marketing|margin|margins|revenue|revenues|top line|bottom line|income|earnings|profitability|guidance|outlook|p&l|income statement|cash|cash flow|credit|risk|deposit|deposits|funding|inflation|input|raw material|raw materials|commodity|commodities|sourcing|procurement|production|manufacturing|supply chain|logistics|growth|organic|inorganic|strategic|strategy|fx|currency|buy|sell|reserve|reserves|claims|loss|losses|expense ratio|one|two|first|second|third|positive side|bright|good|bad)$/;

/** "On the agency side, revenue was a record $845 million": a part of the business, for that sentence. */
function sideOpening(text: string, ctx: CallContext): string | null {
  // "On the service side of our business, revenues were down 2%".
  const m = /^(?:(?:and|now|also|then|finally|lastly|similarly|meanwhile),?\s+)?on the ([a-z][a-z&'’ -]{1,30}?) side(?: of (?:our|the) (?:business|businesses|company|portfolio))?,/i.exec(text);
  if (!m) return null;
  const name = m[1]!.toLowerCase().replace(/^(?:our|the)\s+/, "");
  if (NOT_A_SIDE.test(name) || namesIn(name).length > 0 || /\b(?:quarter|year|month|half|period)\b/.test(name) || ctx.companyNames.includes(name)) return null;
  return name;
}

/** Words a sentence opens with that begin no name ("At Aerospace & Electronics", "But I'd like ..."). */
export const OPENING_WORD = /^(?:A|An|At|For|In|On|But|And|As|Through|With|From|By|To|During|Since|After|Before|While|When|If|So|Now|Then|Also|Our|The|We|This|That|These|Those|It|Its|I|I'd|I've|I'm|Let|Let's|Looking|Turning|Moving|Finally|Overall|Additionally|Excluding|Including|Despite|Although|Given|Within|Across|Of|Like|Unlike|Compared|Versus|Regarding|Concerning|Both|All|Each|Every|Some|Many|Most|Other|Another|Here|There|What|Which|Who|How|Why|Where)$/;

/** Openings of "In ..., " that name no business ("In addition,", "In this environment,"). */
const NOT_A_BUSINESS = /^(?:addition|total|short|particular|general|fact|terms?|other|response|summary|turn|contrast|comparison|aggregate|conclusion|closing|sum|practice|effect|order|reality|essence|light|spite|case|line|any case|the meantime|the end|the interim|the past|the future|the near term|the long term|the short term|the long run|the context|the u\.?s\.?|the us|the uk|the same way|the face|the aggregate|the quarter|the year|the month|the period|the past year|the first half|the second half|the back half|the front half|our view|our opinion|our case|our industry|our business|our company|our markets?|our outlook|our guidance|our results|our portfolio|(?:local|constant|reported|foreign) currenc(?:y|ies)|(?:dollar|real|nominal|absolute|percentage|relative|unit|volume) terms|dollars)$/;

/** In a walk-through, a lower-case business the sentence opens with ("In sensors, we saw 20% organic growth"). */
function lowerOpening(text: string, ctx: CallContext): string | null {
  const m = /^(?:(?:and|also|now|then|finally|lastly|next|similarly),?\s+)?in\s+((?:our\s+|the\s+)?[a-z][a-z&'’-]*(?:\s+[a-z&][a-z&'’-]*){0,2}?)(?:\s+(?:business|businesses|segment|division|market|markets|end markets?))?,/i.exec(text);
  if (!m) return null;
  const phrase = m[1]!.toLowerCase();
  if (NOT_A_BUSINESS.test(phrase) || namesIn(phrase).length > 0 || /\b(?:quarter|year|month|half|period|fiscal|q[1-4]|this|that|these|those|a|an)\b/.test(phrase)) return null;
  const name = phrase.replace(/^(?:our|the)\s+/, "");
  return ctx.personWords.has(name) || NOT_NAMES.has(name) ? null : name;
}

/** A capitalised name the sentence opens with ("Fluid Handling posted ...", "In Marking & Coding, ..."). */
function headName(text: string, ctx: CallContext): string | null {
  const m = NAME_LEAD.exec(text)!;
  const name = capitalRun(text, m[0].length, ctx);
  // "Underlying EBITDA increased 2.7%": a measure's name heads the sentence, not a part of the business.
  if (!name || namesIn(name).length > 0) return null;
  // One word capitalised only by the sentence's start, that the call writes in lower case elsewhere,
  // is no name: "Sequentially, ...", "Attrition has continued ..." (unless the call calls it a segment).
  const capitalSaysNothing = !/(?:In|At|For|Within|Across|[Oo]ur|[Tt]he)\s+$/.test(m[0]);
  // "Separately, ...", "Consequently, ...": a sentence adverb, no name.
  if (capitalSaysNothing && !name.includes(" ") && /ly$/.test(name) && /^,/.test(text.slice(m[0].length + name.length))) return null;
  // ("Freight had another outstanding quarter": a word the call also writes as a name inside sentences, "in Freight's history", is one.)
  if (capitalSaysNothing && !name.includes(" ") && ctx.writesLower(name.toLowerCase()) && !ctx.segments.names.includes(name.toLowerCase()) && !ctx.namesMidSentence(name.toLowerCase())) return null;
  const rest = text.slice(m[0].length + name.length);
  // A name followed by a verb or a comma heads the sentence; one followed by a measure's name ("Revenue grew") does not count here.
  return NAME_REST.test(rest) ? name : null;
}

/** The run of capitalised words (with "&", "and", "of") starting at `at`, cleaned; null when none. */
function capitalRun(text: string, at: number, ctx: CallContext): string | null {
  const run: string[] = [];
  // The words from `at` on, as `text.slice(at).split(/\s+/)` gives them, read only as far as the run goes.
  const word = /(\S+)\s*/y;
  word.lastIndex = at;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[1]!;
    const bare = w.replace(/[,.;:!?)]+$/, "");
    if (!NAME_WORD.test(bare)) break;
    run.push(bare);
    if (bare !== w) break;
  }
  while (run.length && /^(?:and|of|the|&|\+)$/i.test(run.at(-1)!)) run.pop();
  return cleanName(run.join(" "), ctx);
}

function cleanName(name: string, ctx: CallContext): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length && /^(?:and|of|the|&|The|Our|In|For|At|And|Of|A|An)$/.test(words[0]!)) words.shift();
  while (words.length && /^(?:and|of|the|&|\+)$/i.test(words.at(-1)!)) words.pop();
  if (!words.length || !/^[A-Z]/.test(words[0]!)) return null;
  // "Outside of Brazil and Argentina, we experienced ...": what is left out is no part of the business to walk through.
  if (/^(?:Outside|Excluding|Except|Besides|Beyond|Apart|Other|Aside)$/.test(words[0]!)) return null;
  const lowerWords = words.map((w) => w.toLowerCase().replace(/(?:'s|’s)$/, ""));
  // ("Second-quarter sales declined by $39 million": words of a period joined by a hyphen are no name either.)
  if (lowerWords.every((w) => w.split("-").every((p) => NOT_NAMES.has(p)) || MONTHS.test(w) || /^(?:and|of|the|&|\+)$/.test(w))) return null;
  if (lowerWords.some((w) => ctx.personWords.has(w))) return null;
  // "Acme Aviation" names a segment; "Acme" alone, or "Acme Industries", is the company. A later word of the company's name
  // alone is a part of it that carries the name ("LaSalle" of Jones Lang LaSalle, its investment manager).
  const joined = lowerWords.join(" ");
  if (ctx.companyNames.some((c) => c === joined || c.startsWith(`${joined} `)) || lowerWords.every((w) => ctx.companyNames.includes(w) || w === ctx.ticker || ctx.companyNames.some((c) => c.split(/\s+/)[0] === w) || /^(?:and|of|the|&|inc|corp|co)$/.test(w))) return null;
  return words.join(" ").replace(/(?:'s|’s)$/, "");
}

/**
 * A region or segment the sentence names before the figure's subject ("Europe was a bright spot as
 * revenues declined 4%", "In Southern Europe, revenue came in at $3.3 billion"): the figure is then
 * that region's or segment's, not the company's.
 */
export function sentenceScope({ view, tokens, before, ctx }: { view: SentenceView; tokens: readonly TaggedToken[]; before: number; ctx: CallContext }): string | null {
  const end = view.toText[before] ?? view.text.length;
  // "Excluding sales from the Delta acquisition, sales declined 12.4%": what is excluded is no scope.
  // "with the addition of Brazil and our Assure II sales into Canada, International sales rose 21%": a cause is no scope either, nor
  // is what contributed ("This increase primarily reflects contribution from the Kosmos Cement Business, ..., and organic revenue
  // improved 2%").
  // ("In a challenging industrial demand environment, organic revenue was down 1.9%": the setting of the period is no part either.)
  const EXCLUDED = /\b(?:excluding|including|except(?: for)?|other than|apart from|ex-|with the (?:addition|acquisition|inclusion|help|benefit) of|due to|thanks to|helped by|because of|as a result of|based on|contributions? (?:from|of|by)|(?:in|amid|amidst|despite) (?:a|an|the|this|what|today's) (?=(?:[a-z-]+ ){0,5}(?:environment|backdrop|climate|economy|context|setting|conditions)\b))\b[^,;]*,?/gi;
  // "we anticipate the US marine industry's demand to grow ...; net sales of between $5.65 billion and $5.75 billion": the
  // words of an earlier item of a semicolon list name no scope of this one; an opening "In Europe," still speaks for all, as does a heading ("Turning to the data center business; ...").
  const semi = view.text.lastIndexOf("; ", end - 2);
  const itemStart = semi >= 0 ? semi + 2 : 0;
  const kept = itemStart ? (/^(?:(?:And|So|Now|Next),? )?(?:In|For|Within|Across|At|On|As for|Turning (?:now )?to|Moving (?:on )?to|Looking at) [^,;]{1,50}[,;] /.exec(view.text)?.[0].length ?? 0) : 0;
  const own = itemStart ? view.text.slice(0, kept) + " ".repeat(itemStart - kept) + view.text.slice(itemStart, end) : view.text.slice(0, end);
  const part = partOpening(view, tokens);
  if (part && part.end <= end) return part.name;
  // "With higher projected sales and continued execution of our PPI initiatives, we are raising our outlook for operating margin":
  // an opening "with" clause gives causes, no scope ("With respect to Industrial, ..." does name one).
  const causes = /^(?:(?:and|so|now|also),?\s+)?with\s+(?!respect to\b|regard to\b)[^;]*?,\s+(?=(?:we|i|our|the company)\b)/i.exec(own)?.[0].length ?? 0;
  // (Nor a place's currency or accounting rules: "the U.S. dollar has strengthened", "U.S. GAAP", "the Canadian dollar".)
  const CURRENCY = /\b(?:U\.S\.?|US|Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|Mexican|Brazilian)\s+(?:dollars?|GAAP|pesos?|reals?)\b/g;
  const head = (" ".repeat(causes) + own.slice(causes)).replace(EXCLUDED, " ").replace(CURRENCY, (m) => " ".repeat(m.length));
  const excluded = [...own.matchAll(EXCLUDED), ...own.matchAll(CURRENCY)].map((m) => [m.index, m.index + m[0].length] as const);
  if (causes) excluded.push([0, causes]);
  // "In the Middle East/Asia region", "In Europe/Africa/CIS": places joined by slashes are one region, named whole.
  for (const m of head.matchAll(/\b[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:\/[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)+/g)) {
    if (m[0].split("/").some((p) => placeAt(p.toLowerCase().split(" "), 0) > 0)) return m[0];
  }
  const words = head.toLowerCase().split(/[\s,;:()]+/);
  for (let i = 0; i < words.length; i++) {
    const n = placeAt(words, i);
    if (n && !(n === 1 && /^(?:us|domestic|international|overseas|abroad|offshore)$/.test(words[i]!))) {
      return head.split(/[\s,;:()]+/).slice(i, i + n).join(" ");
    }
  }
  // ("Volume growth in our fenestration segments and higher prices in all segments ... resulted in revenue growth of 16%": a sentence
  // that speaks of all the segments gives the whole's figure.)
  const allParts = /\b(?:in|across|for) (?:all|each|every|both) (?:of )?(?:our |the |its )?(?:segments|divisions|businesses|business units)\b/i.test(own);
  const known = allParts ? null : ctx.segments.find(head);
  if (known) return known;
  const seg = allParts ? null : namedSegment(head, ctx);
  if (seg) return seg;
  // "18% organic sales growth in Asia Pacific": a place right after the figure's words.
  const tail = /^[^.;]{0,40}?\bin (?:the )?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})/.exec(view.text.slice(end).replace(/^[^,;]*?\d[\d.,]*\s*(?:%|percent|million|billion)?/, ""));
  if (tail && placeAt(tail[1]!.toLowerCase().split(/\s+/), 0) && !/^\s*(?:dollars?|currenc|gaap|terms)/i.test(view.text.slice(view.text.indexOf(tail[1]!, end) + tail[1]!.length))) return tail[1]!;
  // "an expected 6% organic growth for our Tower segment in 2021": a segment named right after the figure's words.
  const forSegment = /^(?:[^.;]|\.(?=\d)){0,40}?\b(?:for|in|from|within|of) (?:our|the) ((?:[A-Z][\w.&'’-]*\s+){1,4})(?:segment|business|division|reportable segment)s?\b/.exec(view.text.slice(end));
  if (forSegment) {
    const name = cleanName(forSegment[1]!.trim(), ctx);
    if (name) return name;
  }
  // "sales increased 15.9% for the employee benefits lines": lines of business named in lower case right after the figure.
  // ("Constant currency net sales increased 2.9% for lifestyle products": a product category, with or without its article.)
  // (Not what drove it: "grew 5% on demand for cleaning products".)
  const forLines = /^(?:[^.;«]|\.(?=\d)){0,40}?\b(?:for|in|within|from) (?:(?:our|the) ((?:[a-z][\w&'’-]*\s+){1,3})(?:lines(?: of business)?|business lines|product lines)|(?<!\b(?:demand|orders|need|needs|appetite|interest|prices|pricing|shortages?|supply) [a-z]{2,6} )(?:(?:our|the) )?((?:[a-z][\w&'’-]*\s+){1,3})(?:products|product categor(?:y|ies)))\b/.exec(view.text.slice(end));
  const lines = forLines?.[1] ?? forLines?.[2];
  if (lines && !/\b(?:total|overall|whole|entire|core|consolidated|combined|base|other|remaining|existing|new|underlying|same|all|various|these|those|both|our|the|its|their|such|some|certain|key|many|most|several|each|every|any|of)\b/.test(lines)) return forLines![2] ? `${lines}products`.trim() : lines.trim();
  // "Mobility and seating products achieved net sales growth of 15%": a product category as the subject of the sentence's verb.
  const products = /^(?:(?:and|so|also),? )?((?:[A-Za-z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,3}products)\s+(?:achieved|delivered|generated|posted|reported|had|saw|grew|increased|decreased|declined|rose|fell)\b/.exec(own);
  if (products && !/^(?:our|the|total|all|other|new|these|those|its|their|such|some|certain|key|many|most|several|both)\b/i.test(products[1]!)) return products[1]!;
  // A capitalised name mid-sentence that is no person, month, acronym of a measure or the company.
  // The sentence's first word is capitalised whatever it is; a name of two capitalised words or more
  // there is still a name ("Los Angeles accelerated ..."), never cut to its second word.
  const first = /^[A-Z][\w.'’&-]*/.exec(view.text)?.[0] ?? "";
  // ("Assuming FX rates at February 7 remain constant, we expect revenue ...": a first word the tagger reads as a verb's -ing form
  // opens a clause, not a name; "Building Products" is a noun there.)
  const clauseVerb = tokens[0]?.start === 0 && tokens[0].pos === "VERB" && /ing$/i.test(tokens[0].text);
  const opening = first && !OPENING_WORD.test(first) && !clauseVerb ? capitalRun(view.text, 0, ctx) : null;
  const named = opening !== null && /\s/.test(opening) && view.text.startsWith(opening) && opening.length <= end;
  if (named && namesIn(opening).length === 0) return opening;
  // ("Gulfstream alone had a book-to-bill of 2.1:1": one capitalised word opening the sentence as the subject of what it had or
  // posted is a name when the call writes it so in mid-sentence, and never in lower case.)
  const lone = first && !named && !OPENING_WORD.test(first) && !clauseVerb && /^[A-Z][a-z]+$/.test(first) && first.length <= end
    && new RegExp(String.raw`^${first}(?:['’]s)?\s+(?:alone\s+|also\s+|again\s+)?(?:had|has|posted|delivered|generated|reported|achieved|produced|recorded|booked)\b`).test(view.text);
  if (lone && !NOT_NAMES.has(first.toLowerCase()) && !ctx.companyWords.has(first.toLowerCase()) && !ctx.personWords.has(first.toLowerCase()) && ctx.namesMidSentence(first.toLowerCase()) && !ctx.writesLower(first.toLowerCase()) && namesIn(first).length === 0) return first;
  const skip = named ? opening.length : 1;
  for (const t of tokens) {
    if (t.start >= end) break;
    if (t.start < skip || t.pos !== "PROPN" || !/^[A-Z]/.test(t.text)) continue;
    if (t.start >= kept && t.start < itemStart) continue;
    if (excluded.some(([from, to]) => t.start >= from && t.start < to)) continue;
    if (/[.!?]\s*$/.test(view.text.slice(Math.max(0, t.start - 2), t.start))) continue;
    if (NOT_NAMES.has(t.lower)) continue;
    // "In Connect & Control, orders grew": a name joined by "&" to the capitalised words before it starts with them (the tagger
    // may read "Connect" as a verb).
    const joined = /(?:^|[\s,])((?:[A-Z][\w.'’-]*\s+){1,3})&\s+$/.exec(view.text.slice(Math.max(skip, t.start - 60), t.start));
    const from = joined ? t.start - joined[0].length + joined[0].indexOf(joined[1]!) : t.start;
    const name = capitalRun(view.text, from, ctx) ?? capitalRun(view.text, t.start, ctx);
    // "IRT's same-store NOI growth was 11.5%, driven by revenue growth of 10.6%": a measure's name is no scope.
    // ("The DN Now initiatives were the key to our success as we increase adjusted EBITDA to $401 million": a program's name is none
    // either, nor what the company does under it.)
    if (name && namesIn(name).length === 0 && !PROGRAM_AFTER.test(view.text.slice(view.text.indexOf(name, from) + name.length))) return name;
  }
  return null;
}

/** What follows an initiative's or a project's name ("DN Now initiatives", "our Kalamazoo project"): no part of the business. (Not a program, which may be a line of business: "the ASC LEAP program generated ... $27 million in revenue".) */
const PROGRAM_AFTER = /^(?:['’]s)?\s+(?:initiatives?|strateg(?:y|ies)|efforts?|projects?|transformation|savings|actions?)\b/i;
