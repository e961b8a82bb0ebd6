/**
 * What a figure is stated for: the rules that link a figure of a sentence to its subject. Each
 * rule is a pattern anchored at the figure over the sentence view (sentence-view.ts), with the
 * examples it is written for; test/extract/metrics/link-rules.test.ts runs every example. The first
 * rule that matches decides; a figure no rule links is no fact (`--explain` says so).
 *
 * A subject is a metric name of the sentence («M3»), another figure whose subject this one shares
 * («F1»: "revenue was $7.0 billion, up 2%"), or a metric the rule itself names (a buyback).
 */
import type { Quantity } from "../text/quantities.js";
import { ADV, AUX, CHANGE_NOUN, CHANGE_VERB, COMPARING_FROM, DOWN_NOUN, DOWN_VERB, HEAD, HEDGE, LEVEL_VERB, MID, RANGE_WORDS, REL, UP_NOUN, UP_VERB } from "./words.js";

/** How the figure relates to its subject: its level, a change of it, or an earlier level it is compared with. */
export type Relation = "level" | "change" | "base";

export type Subject =
  | { kind: "name"; slot: number }
  | { kind: "figure"; slot: number }
  | { kind: "metric"; name: string }
  /** What the turn's last sentence spoke of (discourse.ts). */
  | { kind: "carried" };

export interface Link {
  rule: string;
  subject: Subject;
  relation: Relation;
  /** Direction said by the linking words: -2 a fall ("declined 19%"), +2 a rise, 0 unsaid. */
  direction: -1 | 0 | 1;
  /** How directly the words tie the figure to its subject (0 to 2). */
  strength: number;
  /** The figure is per share of the subject's measure ("net income of $91 million, or $0.86 per share"). */
  perShareOf?: boolean;
  /** The figure is the guidance the subject figure is compared with ("$67.8 million, below our $69 million guidance"). */
  guidance?: boolean;
  /** The figure is read only to be the subject of others, never a fact ("the midpoint of $152 million"). */
  silent?: boolean;
  /** The figure stands in the same relation as the figure it is said of (a level beside a level, a base beside a base). */
  sameRelation?: boolean;
  /** The rule read the figure's period itself: its slot. */
  periodSlot?: number;
  /** The figure names its own period right after it ("$0.66 for the quarter and $1.12 for the full year"). */
  ownPeriod?: boolean;
}

export interface LinkExample {
  sentence: string;
  /** The figure as written in the sentence. */
  figure: string;
  /** The metric name or figure text the figure links to, and how. */
  expect: { subject: string; relation: Relation } | null;
}

export interface LinkRule {
  name: string;
  /** What it reads and why. */
  description: string;
  /** `before`: the view up to the figure must end with the pattern; `after`: the view after it must start with it. */
  side: "before" | "after";
  pattern: RegExp;
  /**
   * Words every match of the pattern holds, tested first on the same side: a pattern that ends at the figure
   * is tried from every word of the view before it, which for the costliest took longer than all the others.
   */
  cue?: RegExp;
  /** For an `after` rule: the view up to the figure must also match this. */
  context?: RegExp;
  /** The rule does not apply when the view up to the figure matches this. */
  notContext?: RegExp;
  /** The rule applies only to figures of this shape. */
  when?: (q: Quantity) => boolean;
  /** The figure the rule says this one is of (its first group) must pass this too. */
  subjectWhen?: (q: Quantity) => boolean;
  /** The metric name the pattern's group 2 captures must be one of these. */
  names?: string[];
  /** The view after the figure must also match this. */
  afterContext?: RegExp;
  /** The linking words must say a change, before the figure or right after it ("a 5.6% decrease"). */
  needsChangeWord?: boolean;
  /**
   * The pattern itself places the name (the topic a sentence opens on, "On the capex line, ..."; the object of a change noun, "an
   * increase in SG&A expense to"): the test of the name as its clause's subject is not applied.
   */
  placesName?: boolean;
  link: (m: RegExpExecArray) => Omit<Link, "rule"> | null;
  examples: LinkExample[];
}

const H = HEDGE;
/** The words after a percentage that make it a share of revenue ("12.4% of revenue", "13.7%, of sales"; the comma a transcriber's). */
export const SHARE_OF_REVENUE_AFTER = /^,? of (?:our |the )?(?:total |net )?(?:revenues?|sales|net sales|«M\d+»)(?!\w)/;
/** Words before a measure's name that qualify it without naming another measure ("2% core revenue growth", "30 basis points of adjusted operating margin expansion"). */
const NAME_QUALIFIER = "(?:core|adjusted|underlying|comparable|total|consolidated|gaap|non-gaap)";
/** How near an amount spent is said to be ("invested approximately $10 million", "spend between $25 million and $35 million"). */
const SPENT_HEDGE = "(?:approximately |about |roughly |nearly |over |between )?";
/** A change of a measure and its figure (group 1), as the change-then-change rules read it: "decreased $92.9 million", "an increase of 32%". */
const CHANGE_THEN = String.raw`(?:${CHANGE_VERB}|${CHANGE_NOUN})(?: by| at)?(?: of)? ${H}«F(\d+)»${MID},?`;
/** A span said right after a figure, its own: "$3.20 year-to-date", "$40.7 million for the first half". */
const SPAN_AFTER = String.raw`(?:(?:in|for|during|through) )?(?:the )?«P\d+»`;
/** A month's name, as in "our September year-to-date free cash flow". */
const MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
/** A basis said right after a figure: "on a reported basis", "at constant currency", "organically", "operationally". */
const BASIS_SAID = String.raw`(?:on an? (?:gaap|non-gaap|adjusted|reported|as-reported|constant[- ]currency|fx[- ]neutral|currency[- ]neutral|local[- ]currency|organic|operational|pro[- ]forma|comparable|like-for-like) basis|(?:at|in) (?:a )?constant[- ]currenc(?:y|ies)|in local currenc(?:y|ies)|organic(?:ally)?|operationally|as reported|reported|fx[- ]neutral|currency[- ]neutral|like[- ]for[- ]like)`;
/** Who may grow or cut a measure of the company's: we, the company by name; not a cause ("Forex reduced revenue"). */
/** Words of help before what the company does ("helped us to reduce", "allowed the company to grow"). */
const HELPED_TO = String.raw`(?:enabl|allow|help|permitt)\w* (?:the company|us|«C\d+») to`;
const COMPANY_DOES = String.raw`(?:\b(?:board(?: of directors)?|directors)(?: has| have| also| recently)* |\b(?:we|i)(?:'ve| have| had| also| further| successfully| again| recently| significantly| meaningfully| were able to| continued to| managed to| now| still| (?:expect|plan|aim|intend|are going|are planning|are expecting) to){0,3} |«C\d+» (?:also |has |have )?|\b${HELPED_TO} |\b(?:by|including|included|includes|through|while|after|with) |^(?:and |also )?|(?<=^(?:[a-z, ]*\b)?we\b(?:(?!\b(?:which|that|who)\b)(?:[^;«]|«[PMF]\d+»))*?) and )`;
// (A verb's base form only right after words of intent or of help: "we now expect to reduce our debt by $200 million", "helped us to
// reduce consolidated SG&A expense by $2.3 million"; not one further down a list of what a deal allowed, "allowed us to secure our
// brand ..., increase our company sales by 10%", an effect.)
const COMPANY_MOVES = String.raw`grow(?:ing|s|n)?|grew|increas(?:ing|ed|es)|improv(?:ing|ed|es)|expand(?:ing|ed|s)?|boost(?:ing|ed|s)?|reduc(?:ing|ed|es)|lower(?:ing|ed|s)?|decreas(?:ing|ed|es)|cut(?:ting|s)?|rais(?:ing|ed|es)|(?<=\b(?:(?:expect|plan|aim|intend|going|planning|expecting) to|${HELPED_TO}) )(?:increase|improve|reduce|decrease|raise)`;
/** The company, one of `verbs`, and the measure it acted on, its slot as group 1 ("we grew our revenue", "we restricted capex spending"). */
const companyVerbName = (verbs: string) => String.raw`${COMPANY_DOES}(?:${verbs}) (?:our |the |its |the company's |«C\d+»'s )?(?:«P\d+» )?(?:[a-z-]+ ){0,2}«M(\d+)»`;
/** A measure the company grew or cut, and by how much when said ("we grew revenue by 22%", "boost operating profit by 20%"). */
const COMPANY_MOVED_NAME = String.raw`${companyVerbName(COMPANY_MOVES)}(?: (?:(?:for|in|during) )?(?:the )?«P\d+»)?(?: by ${H}«F\d+»)?`;
/** A measure's name as a subject: "«M0» levels, which ..., in the quarter". */
// ("Days sales outstanding, or DSO, measured 89 days": the measure restated by its short name; findLink keeps it only when both
// names are of one measure.)
const SUBJ = String.raw`«M(\d+)»(?:,? or «M\d+»,)?${HEAD}${REL}${MID}(?:,? (?:which|that))?(?:(?<=«P\d+»),)?`;
/** A period said possessively before a figure: "from Q2 2014's $111.6 million". */
const POSS = String.raw`(?:(?:the |our )?«P\d+» )?`;
/** Verbs whose subject is a cause, not the measure: a figure they govern is an effect ("FX added $7 million of revenue"). */
const IMPACT_VERB = String.raw`(?:un)?favorabl[ey](?: by)?|added|adding|adds|(?<=\b(?:to|will|would|should|could|may|might) )(?:add|contribute)|contributed|contributing|contributes|benefited|benefitted|benefiting|impacted|hurt|reduced|offset|offsetting|cost|drove|driving|lifted|boosted|weighed|dragged|helped|(?<!\b(?:financing|investing) activities (?:also )?)(?<!\bcapital (?:allocation|deployment)(?: (?:for|in|during) (?:the )?«P\d+»)? (?:also )?)(?:included|includes)|including|excluding|excluded|of which|incurred|recognized|less|minus|plus|represents|representing|represented|reflects|reflecting|reflected|equates to|equated to|equating to|translates to|translated to|translating to|accounted for|accounting for|comprised|comprising|generated by|from(?! (?:continuing|ongoing) operations)|lost|losing|lose|saved|saving|savings of|removed|eliminated`;
const SAYS_DOWN = new RegExp(`\\b${DOWN_VERB}\\b|\\b${DOWN_NOUN}\\b`);
const SAYS_UP = new RegExp(`\\b${UP_VERB}\\b|\\b${UP_NOUN}\\b`);
const dirOf = (words: string | undefined): -1 | 0 | 1 => {
  if (!words) return 0;
  if (SAYS_DOWN.test(words)) return -1;
  if (SAYS_UP.test(words)) return 1;
  return 0;
};

/**
 * The company, then within a few words a verb of what it yields, aims at or holds: "over" or "more than" right after it bounds the
 * amount ("we generated more than $1.1 billion of free cash flow", "targeting over $3 billion"), no comparison.
 */
const COMPANY_YIELDS = String.raw`\b(?:we|i|«C\d+»)\b(?:[^.;,«]{0,40}\s)?(?:deliver|delivered|delivering|generate|generated|generating|produce|produced|producing|earn|earned|earning|had|held|target|targets|targeting|expect|expects|expecting)\s`;
/** The figure names its measure right after it ("$2.4 billion in cash", "13.0% operating margin"). */
/**
 * A figure and then the measure it is of ("$12 million in revenue"), not followed by words that make it another measure's or another
 * thing's. `levelAfter`: the level the measure reached may follow it ("an increase of 4.9% in our ... dividend to $0.43 per share").
 */
function figureOfName(levelAfter: boolean): RegExp {
  const to = levelAfter ? String.raw`to(?! (?:our |its )?(?:share|stock|unit)(?:holders|owners)\b)(?! (?:approximately |about |roughly )?«F)` : String.raw`to(?! (?:our |its )?(?:share|stock|unit)(?:holders|owners)\b)`;
  // ("$95 million to shareholders in dividends", "$1.2 billion in fourth quarter revenue".)
  return new RegExp(String.raw`^(?: (?:of|in|to (?:our |its )?(?:share|stock|unit)(?:holders|owners) in(?! (?:the |our )?«P)) (?:our |the |its |total |adjusted |gaap |non-gaap |reported |diluted )*(?:«P\d+» (?!(?:from|in|at|to|for|on|by|with|of)\b))?(?:(?!of\b|each\b|every\b|per\b|and\b(?! un)|or\b)[a-z&'-]+ ){0,3}| (?:adjusted |gaap |non-gaap |diluted |total |quarterly |operating |regular |common stock (?=«M)|common )*)«M(\d+)»(?! (?:of(?! which\b)|${to}|per|as(?! compared\b)(?! well as (?:(?:approximately |about |roughly |nearly |over )?«F|(?:[a-z-]+ ){0,3}of «F))|margin|${CHANGE_NOUN}|guidance|outlook|target|and (?!an? )(?!(?:remain|remained|remains|continue|continued|continues|have|had|are|were|expect|expects|believe|plan|will|also|then|now|we|our)\b)(?!(?:(?:[a-z-]+|«P\d+») ){0,6}«F)(?!(?:[a-z-]+ ){0,2}«M\d+» (?:of|was|were|at|totaled|totaling) (?:approximately |about |roughly )?«F)|or (?!(?:[a-z-]+ ){0,2}«F)(?!(?!so\b)[a-z-]+\s*(?:[.;]|$)))\b)(?!,(?: [a-z-]+){1,3},? (?:and|or) (?!(?:[a-z-]+ ){0,3}«F))`);
}
const FIGURE_OF_NAME = figureOfName(false);
/** Not a comparative and a noun after a figure, which give it to something else ("9% lower volume", "5% more units"). */
const NOT_OTHER_MEASURE = String.raw`(?! (?:lower|higher|less|more|fewer|greater|reduced|increased) (?!(?:than|from|versus|vs|compared|year|sequentially|over|on|in|at|to|for|and|or)\b)[a-z]+)`;

/** Not a distance from an outlook: "GAAP revenue was $4.39 billion, $85 million higher than the top end of our guidance". */
const NOT_FROM_OUTLOOK = String.raw`(?! (?:than|versus|vs\.?|compared (?:to|with)|from|over) (?:the |our |a |an )?(?:[a-z-]+ ){0,5}?(?:guidance|outlook|expectations?|forecasts?|consensus|estimates?|plan|budget|targets?|projections?)\b)(?! than (?:we|i) (?:would|had|might|could)\b)`;
/** After a difference: the word that says which way and what it is measured against ("$3.3 million higher than last year", "or 13.6% above Q1 of last year"). */
/** The words that say a figure is a difference from another level: "$3.3 million higher", "10% ahead of last year". */
const DIFFERENCE_WORD = "(?:higher|lower|more|less|above|below|up|down|ahead of|behind)";
const DIFFERENCE_AFTER = new RegExp(String.raw`^(?: or «F\d+»)? ${DIFFERENCE_WORD}${NOT_FROM_OUTLOOK} (?:than|versus|vs\.?|compared|from|over|(?:the |our )?«P\d+»|(?:the )?(?:same period|prior[- ]year|last year|a year ago|year[- ]ago))`);

/** A sentence opening on a measure as its topic: "On the capex line, ", "Looking at adjusted EBITDA, ", "In terms of operating margin, ". */
const TOPIC_OPENING = String.raw`(?:(?:yes|and|so|now|next|then|finally|lastly|also),? )*(?:turning to|moving (?:on )?to|looking at|as for|in terms of|on|for|with respect to|regarding|from) (?:the |our |an? )?(?:(?:adjusted|total|gaap|non-gaap|reported) )?`;
/** An opening on a measure (group 1), or on its line or side: "On the capex line", "In terms of operating margin". */
const MEASURE_OPENING = String.raw`${TOPIC_OPENING}(?:«P\d+» )?«M(\d+)»(?: (?:line|side|front|perspective|standpoint))?`;
/** What follows such an opening when the company states the topic's figure: "we'd invested", "this came in at", "we expect a full year rate between". */
const TOPIC_DOER = String.raw`(?:(?:during|in|for) (?:the )?«P\d+»,? )?(?:on an? (?:consolidated|pro rata|reported|gaap|non-gaap|adjusted|comparable) basis,? )?(?:we|it|this|they|the company)(?:'d|'ve|'re| have| had| also| then| now)* (?:(?:invested|spent|generated|earned|delivered|reported|produced|paid|returned|repurchased|bought back|bought|came in at|totaled|ended (?:the (?:quarter|year|period) )?(?:at|with)|grew|increased|decreased|declined|improved|was|were) |(?:are |'re )?(?:estimating|expecting|projecting|forecasting|targeting|planning for) (?:in the range of |between |around )?|(?:(?:continue|continues) to |now )?expects? (?:(?:it |this |that )?(?:«P\d+» )?to (?:be|reach|generate|spend|invest|deliver) (?:in the range of |between )?|an? (?:[a-z-]+ |«P\d+» ){0,3}?(?:of |between |at |in the range of )?))`;

/**
 * An outlook said to move, in the passive: after an outlook word ("EPS guidance was raised"), or moved to a range ("EPS was updated
 * to a range"), not a measure's own rise ("our dividend was increased to $0.25").
 */
const OUTLOOK_PASSIVE = String.raw`(?:(?: (?:guidance|outlook|forecast|range|expectations?|budget|estimate)(?: range)? (?:was|were|is|are|has been|have been|is being|are being)(?: also| again| now| further)? (?:raised|increased|lowered|reduced|narrowed|updated|revised|tightened|adjusted)| (?:was|were|is|are|has been|have been|is being|are being)(?: also| again| now| further)? (?:raised|increased|lowered|reduced|narrowed|updated|revised|tightened|adjusted)(?= to (?:a (?:new )?)?range\b)))`;

/** The basis an amount spent is said on ("$70 million to $80 million on a consolidated basis"). */
const SPENT_BASIS = String.raw`on an? (?:consolidated|pro rata|reported|gross|net) basis`;

export const LINK_RULES: readonly LinkRule[] = [
  {
    name: "result-higher-name-of",
    description: "What a change comes to, said as a higher or lower measure ('which translates to higher gross profit of $3 million'): the amount is the measure's change, not its level.",
    side: "before",
    pattern: new RegExp(String.raw`\b(?:translat(?:es|ed|ing)|equat(?:es|ed|ing)|result(?:s|ed|ing)?|lead(?:s|ing)?|led) (?:in|to|into) (?:a |an )?(higher|lower|increased|decreased|reduced) (?:[a-z-]+ )?«M(\d+)» of ${H}$`),
    // (Not a rate: "resulting in an improved adjusted EBITDA margin of 15.9%" gives the margin it came to.)
    when: (q) => q.unit !== "percent",
    link: (m) => ({ subject: { kind: "name", slot: Number(m[2]) }, relation: "change", direction: /^(?:lower|decreased|reduced)$/.test(m[1]!) ? -1 : 1, strength: 0.85 }),
    examples: [
      { sentence: "We increased gross margins by 300 basis points to 26.3% which translates to higher gross profit of $3 million.", figure: "$3 million", expect: { subject: "gross profit", relation: "change" } },
    ],
  },
  {
    name: "defined-measure-level",
    description: "A measure defined in the sentence by others ('free cash flow, which we define as cash from operations less capital spending, was $64 million'): the figure is the defined measure's, not the last one its definition names.",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)»,? (?:(?:which|that) )?(?:(?:we|is|are|was|were) )?(?:defined?|calculated|computed|measured) as (?:[^«;]|«M\d+»)*?\b(?:less|minus|plus|net of|after|excluding|reduced by) (?:[a-z-]+ ){0,3}«M\d+»,? ${AUX}(?:${LEVEL_VERB})${RANGE_WORDS}${MID} ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.9 }),
    examples: [
      { sentence: "Free cash flow, which we defined as cash generated from operations, less capital spending was $64 million for the quarter.", figure: "$64 million", expect: { subject: "Free cash flow", relation: "level" } },
      { sentence: "Capital expenditures were $67 million and free cash flow, defined as operating activities less capital expenditures was $220 million.", figure: "$220 million", expect: { subject: "free cash flow", relation: "level" } },
    ],
  },
  {
    name: "name-change-to-figure",
    description: "A measure moved to a new level: the figure after 'to' is the level ('operating income increased 20.0% to $132 million').",
    side: "before",
    // ("increased 64% to a first quarter record of $737 million": the level may be called a record of its period.)
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(${CHANGE_VERB})${ADV}(?: by)?(?: ${H}«F\d+»)?(?:,? or ${H}«F\d+»,?)?(?: from ${POSS}${H}«F\d+»)?${MID} to ${POSS}(?:an? (?:«P\d+» )?(?:new |all-time )?record(?: high)? of )?${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.95 }),
    examples: [
      { sentence: "Income from operations rose 8.2% to $41 million.", figure: "$41 million", expect: { subject: "Income from operations", relation: "level" } },
      { sentence: "Operating expenses decreased by $3.2 million, or 6.1%, to $49.3 million.", figure: "$49.3 million", expect: { subject: "Operating expenses", relation: "level" } },
    ],
  },
  {
    name: "name-change-to-from-then-rate",
    description: "A measure moved to a level from an earlier one, then the change as a rate after 'or' ('operating income increased to $44.9 million from $40.8 million or 10.1%').",
    side: "before",
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(${CHANGE_VERB})${ADV} to ${POSS}${H}«F\d+»${MID} from ${POSS}${H}«F\d+»${MID},? or ${H}$`),
    when: (q) => q.unit === "percent",
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.85 }),
    examples: [
      { sentence: "Consolidated operating income increased to $44.9 million from $40.8 million or 10.1%.", figure: "10.1%", expect: { subject: "operating income", relation: "change" } },
      { sentence: "Gross margin declined to 30.1% from 31.5% or 140 basis points.", figure: "140 basis points", expect: null },
    ],
  },
  {
    name: "name-change-from-figure",
    description: "A measure moved from an earlier level: the figure after 'from' is the comparison base ('revenue grew from $126 million to $139 million').",
    side: "before",
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(${CHANGE_VERB})${ADV}(?: by ${H}«F\d+»)?(?:,? or ${H}«F\d+»,?)?(?: to ${POSS}${H}«F\d+»(?: in «P\d+»)?)?${MID} from ${POSS}${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "base", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Gross margin improved from 38.5% to 40.1%.", figure: "38.5%", expect: { subject: "Gross margin", relation: "base" } },
    ],
  },
  {
    name: "name-quality-then-change",
    description: "A measure said to be strong or weak, then its change after a comma ('Revenue was strong, up 9%', 'We had solid revenue performance, up nearly 9%').",
    side: "before",
    // (The measure heads the clause, or is what "we had": not "$160 million in Q3 sales, up 50%", "sales and orders, up 9% in sales".)
    pattern: new RegExp(String.raw`(?:^(?:(?:and|so|now|also),? )?|\b(?:we|i) (?:had|saw|delivered|posted|reported|achieved) (?:an? )?(?:[a-z-]+ )?)(?:(?:our|the|its|total|overall) )*«M(\d+)»(?: (?:performance|results|trends?))?(?: (?:was|were|is|are|remained) (?:very |quite |also |again )?(?:strong|solid|healthy|robust|good|resilient|weak|soft|mixed))?, (up|down) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.8 }),
    examples: [
      { sentence: "We had solid revenue performance, up nearly 9%.", figure: "9%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "Revenue was strong, up 9% year over year.", figure: "9%", expect: { subject: "revenue", relation: "change" } },
      // A level before the comma is the figure's subject, which another rule reads.
      { sentence: "Revenue was $5 billion, up 9%.", figure: "9%", expect: null },
      { sentence: "Broyhill accounted for over $160 million in Q3 sales, up close to 50% over the same quarter in 2020.", figure: "50%", expect: null },
      { sentence: "Automation Solutions turned positive in both sales and orders, up 9% in sales.", figure: "9%", expect: null },
    ],
  },
  {
    name: "name-change-figure",
    description: "A measure rose or fell by the figure ('Our revenue in the quarter declined 19%', 'SG&A was 26% higher').",
    side: "before",
    // ("with organic sales rising at 9% to 11%", "grew at a rate of 5%": the rate of the change.)
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(${CHANGE_VERB})${ADV}(?: by| at an? (?:rate|pace) of|(?<=ing) at(?! an? ))?${MID} ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.9 }),
    examples: [
      { sentence: "Our revenue in the quarter declined 4% which was better than we had planned.", figure: "4%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "Total revenue was up 9% in the quarter.", figure: "9%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "We affirm net sales of $1.09 billion to $1.11 billion, with organic sales rising at 9% to 11%.", figure: "9% to 11%", expect: { subject: "organic sales", relation: "change" } },
      { sentence: "Adjusted operating margin in the quarter expanded by 150 basis points on better pricing.", figure: "150 basis points", expect: { subject: "operating margin", relation: "change" } },
    ],
  },
  {
    name: "name-level-after-change",
    description: "A measure's change and then its level as a second figure ('SG&A was 26% higher, at $948 million').",
    side: "before",
    // ("Total operating expenses in the second quarter were up slightly compared to the first quarter at $102 million": the change
    // said in words only.)
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(?:${CHANGE_VERB})${ADV}(?: by)? (?:${H}«F\d+»${MID},? |(?:slightly |modestly |somewhat )?(?:compared (?:to|with)|versus|from) (?:the |our )?«P\d+»,? )(?:at|reaching|totaling|totalling|landing at|ending at) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Inventory increased 6% year over year, reaching $212 million.", figure: "$212 million", expect: { subject: "Inventory", relation: "level" } },
      { sentence: "Total operating expenses in the second quarter were up slightly compared to the first quarter at $102 million versus $100 million.", figure: "$102 million", expect: { subject: "operating expenses", relation: "level" } },
    ],
  },
  {
    name: "name-changenoun-figure-to-level",
    description: "A measure's change named as a noun, then the level it reached ('operating income growth of 28% to $525 million').",
    side: "before",
    // ("We achieved year-over-year revenue growth of 120%, reaching $66 million": the level reached after a comma.)
    pattern: new RegExp(String.raw`«M(\d+)» (?:${CHANGE_NOUN}) (?:of )?${H}«F\d+»${MID}(?: to|,? (?:reaching|totaling|totalling|ending at)) ${H}$`),
    // (The change ties the level to the measure wherever the measure stands: "with operating income growth of 28% to ...".)
    placesName: true,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We delivered another quarter of record profitability with operating income growth of 28% to $525 million.", figure: "$525 million", expect: { subject: "operating income", relation: "level" } },
      { sentence: "We achieved year-over-year revenue growth of 120%, reaching $66 million, and ARR growth of 123%, exceeding $292 million.", figure: "$66 million", expect: { subject: "revenue", relation: "level" } },
    ],
  },
  {
    name: "name-changenoun-figure",
    description: "A change named as a noun after the measure ('revenue growth of 7%', 'revenue declines of 11% to 19%').",
    side: "before",
    pattern: new RegExp(String.raw`${SUBJ} (?:guidance )?(${CHANGE_NOUN})(?: guidance)?(?: range)?(?: (?:upward|downward|upwards|downwards))?${MID} (?:(?:is|was|are|were)(?: now| currently| still)? )?(?:(?:expected|anticipated|projected|forecast|estimated|guided) )?(?:of|was|were|is|came in at|at|to|guidance of|guidance to|guidance range of|range of|in the range of|of between|between|to be|to be in the range of|will be|will be in the range of|will be between|outlook of|expectation of|target of|rate of|rate was|to (?:accelerate|decelerate|slow|moderate|improve|rise|increase|reach|return) to)(?: ${H}| in the range of)*${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.9 }),
    examples: [
      { sentence: "We expect revenue declines of 3% to 5% in the third quarter.", figure: "3% to 5%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "We are raising our annual revenue growth guidance to 6% to 8%.", figure: "6% to 8%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "For the full fiscal year, revenue growth is now expected to be in the range of 5.7% to 7.2%.", figure: "5.7% to 7.2%", expect: { subject: "revenue", relation: "change" } },
      // (The rate the growth moves to: "we expect adjusted earnings-per-share growth to accelerate to 15%".)
      { sentence: "With lower interest expense and lower share count, we expect adjusted earnings-per-share growth to accelerate to 15%.", figure: "15%", expect: { subject: "earnings-per-share", relation: "change" } },
      { sentence: "We now expect local currency sales growth for the full year will be in the range of 10% to 12%.", figure: "10% to 12%", expect: { subject: "sales", relation: "change" } },
      { sentence: "This leads us to revise our revenue growth guidance upward for the full year to 10% to 12%.", figure: "10% to 12%", expect: { subject: "revenue", relation: "change" } },
    ],
  },
  {
    name: "record-name-with-change",
    description: "A record measure, then its change after a comma ('led to record Q3 operating income, with growth of 21%', 'Operating income was a record, up 21%').",
    side: "before",
    pattern: new RegExp(String.raw`\b(?:record|all-time high|highest|best) (?:«P\d+» )?(?:[a-z-]+ ){0,2}«M(\d+)»${MID}, (?:(?:with|and) (?:an? )?(?:[a-z-]+ )?(${CHANGE_NOUN}) of|(up|down|an? (?:increase|decrease|rise|decline|improvement) of)) ${H}$|«M(\d+)»${MID} (?:was|were|is|are) (?:a |another )?(?:new )?(?:quarterly |annual |«P\d+» )?record(?: (?:high|level))?${MID},? (up|down|an? (?:increase|decrease|rise|decline|improvement) of|with (?:an? )?(?:[a-z-]+ )?(?:${CHANGE_NOUN}) of) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1] ?? m[4]) }, relation: "change", direction: dirOf(m[2] ?? m[3] ?? m[5]), strength: 0.85 }),
    examples: [
      { sentence: "The improvement in revenue per unit, coupled with strong productivity, led to record Q3 operating income, with growth of 21% or nearly $200 million.", figure: "21%", expect: { subject: "operating income", relation: "change" } },
      { sentence: "Operating income was a record, up 21% from last year.", figure: "21%", expect: { subject: "Operating income", relation: "change" } },
    ],
  },
  {
    name: "name-change-in-figure-range",
    description: "A change said as a range around a figure ('we expect revenue growth in the 7% to 10% range').",
    side: "before",
    pattern: new RegExp(String.raw`${SUBJ} (${CHANGE_NOUN})${MID} (?:(?:is|are|was|were)(?: now| still)? )?(?:(?:expected|anticipated|projected|forecast|estimated|guided) )?(?:to be )?in the (?:low |mid |high |upper )?${H}$`),
    afterContext: /^ (?:range|area)\b/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.85 }),
    examples: [
      { sentence: "For 2025, we expect revenue growth in the 7% to 10% range.", figure: "7% to 10%", expect: { subject: "revenue", relation: "change" } },
    ],
  },
  {
    name: "name-range-of-change",
    description: "An expected range said as a change ('we expect organic revenues in the range of down 9% to down 11%').",
    side: "before",
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(?:(?:expected|anticipated|projected|forecast|estimated) )?(?:to be )?(?:in (?:a|the) range of|between|of|at) (up|down) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: m[2] === "down" ? -1 : 1, strength: 0.85 }),
    examples: [
      { sentence: "For next quarter, we expect organic revenues in the range of down 2% to down 4%.", figure: "2% to down 4%", expect: { subject: "organic revenues", relation: "change" } },
    ],
  },
  {
    name: "name-base-figure",
    description: "An earlier period's level named as such ('prior year net income of $144.2 million', 'compared with operating margin of 10.8% in the prior year').",
    side: "before",
    // (Not a source: "resulting from cash generated by operating activities of $531 million".)
    pattern: new RegExp(String.raw`(?:compared (?:to|with)|versus|vs\.?|${COMPARING_FROM}) (?:a |an |the )?(?:«P\d+» )?«M(\d+)»${MID} (?:of|at) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "base", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Our operating margin was 9.4% compared with operating margin of 8.8% in the prior year.", figure: "8.8%", expect: { subject: "operating margin", relation: "base" } },
      { sentence: "Free cash flow for the quarter was $349 million, resulting from cash generated by operating activities of $531 million.", figure: "$531 million", expect: null },
    ],
  },
  {
    name: "changenoun-in-name-of-figure",
    description: "A change named as a noun before the measure, its amount after it ('fueled by improvement in gross margin of almost 700 basis points', 'a decline in revenue of 4%'): the figure is the change, its way the noun's.",
    side: "before",
    // ("the full-year growth in adjusted operating EPS of over 10%": a period right before the change is its period.)
    pattern: new RegExp(String.raw`(?:«P(\d+)» )?\b(${CHANGE_NOUN}) in (?:our |the )?(?:adjusted |gaap |non-gaap |diluted |total )?(?:(?!of\b|and\b|or\b)[a-z-]+ ){0,2}«M(\d+)»${MID} of ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[3]) }, relation: "change", direction: dirOf(m[2]), strength: 0.85, ...(m[1] !== undefined ? { periodSlot: Number(m[1]) } : {}) }),
    examples: [
      { sentence: "The expansion was fueled by improvement in gross margin of almost 700 basis points and a lower SG&A rate.", figure: "700 basis points", expect: { subject: "gross margin", relation: "change" } },
      // (A kind of the measure between the noun and its name: "Increases in fiduciary revenues of $3 million", a change.)
      { sentence: "Increases in advisory revenues of $4 million helped offset decreases in other areas.", figure: "$4 million", expect: { subject: "revenues", relation: "change" } },
      { sentence: "Strong organic growth contributed to the full-year growth in adjusted operating EPS of over 10%.", figure: "10%", expect: { subject: "EPS", relation: "change" } },
    ],
  },
  {
    name: "name-level-figure",
    description: "A measure's level is stated ('Operating margin was 13.0%', 'free cash flow of $191 million', 'EPS is expected to be $1.12 to $1.15').",
    side: "before",
    // "..., which was slightly more than the $4.4 million we used last year": a comparison, not the level.
    // (Not "the consolidated cash position at quarter end was more than $200 million": "more than" right before the figure is a hedge.)
    // ("Net capex for the quarter was $180 million or 1.1% of sales, which was $79 million higher": "sales" is what a share was of,
    // not the subject of the "which" clause.)
    notContext: /«F\d+» of (?:our |total |net )?«M\d+»,? (?:which|that) [a-z ]*$|\b(?:more|less|higher|lower|greater|above|below|better|worse) than (?:the |our |a |an )(?:[a-z-]+ )?$|\b(?:more|less|higher|lower|greater|above|below|better|worse) than [a-z-]+ $|\b(?:slightly|much|far|significantly|somewhat|bit|little|modestly|substantially|meaningfully|well|considerably) (?:more|less|higher|lower|greater|better|worse) than $/,
    pattern: new RegExp(String.raw`${SUBJ} ${AUX}(?:(?:is |are )?(?:expected|anticipated|projected|forecast|estimated|guided|planned|targeted) )?(?:(?:to )?continu(?:e|es|ed) (?:to (?:accelerate|improve|grow|be|remain|moderate) (?:to )?)?)?(?:${LEVEL_VERB})${RANGE_WORDS}${MID} ${POSS}${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.95 }),
    examples: [
      { sentence: "Operating margin was 14.2% in the quarter.", figure: "14.2%", expect: { subject: "Operating margin", relation: "level" } },
      { sentence: "Net capex for the quarter was $180 million or 1.1% of sales, which was $79 million higher compared to the same quarter in the prior year.", figure: "$79 million", expect: null },
      { sentence: "The team delivered earnings per share of $0.83, a record for us.", figure: "$0.83", expect: { subject: "earnings per share", relation: "level" } },
      { sentence: "Capital expenditures for the third quarter were $17.4 million.", figure: "$17.4 million", expect: { subject: "Capital expenditures", relation: "level" } },
      { sentence: "Yesterday, we declared a quarterly dividend on our common stock of $0.47 per share.", figure: "$0.47 per share", expect: { subject: "dividend", relation: "level" } },
      { sentence: "For the full year, we now expect revenue to approach $6.6 billion, which would mark a record for the company.", figure: "$6.6 billion", expect: { subject: "revenue", relation: "level" } },
      { sentence: "We expect adjusted EPS to be in the range of $1.02 to $1.08.", figure: "$1.02 to $1.08", expect: { subject: "EPS", relation: "level" } },
      { sentence: "Cash from operations in Q3 was roughly flat with the prior year at $120.5 million.", figure: "$120.5 million", expect: { subject: "Cash from operations", relation: "level" } },
      { sentence: "Our cash and cash equivalents, as of March 31, 2025, totaled $512 million.", figure: "$512 million", expect: { subject: "cash and cash equivalents", relation: "level" } },
      { sentence: "Revenue is expected to range from $1.1 billion to $1.2 billion, with gross margin ranging from 58% to 60%.", figure: "58% to 60%", expect: { subject: "gross margin", relation: "level" } },
      { sentence: "Capital spending is expected to be in the $40 million range for the year.", figure: "$40 million", expect: { subject: "Capital spending", relation: "level" } },
      { sentence: "Our operating expense guidance for the year is unchanged at $410 million to $420 million.", figure: "$410 million to $420 million", expect: { subject: "operating expense", relation: "level" } },
      { sentence: "Free cash flow remains very strong at just under $1.1 billion for the first half.", figure: "$1.1 billion", expect: { subject: "Free cash flow", relation: "level" } },
      { sentence: "Our quarterly dividend remained unchanged at $0.11 per share.", figure: "$0.11 per share", expect: { subject: "dividend", relation: "level" } },
      { sentence: "Full-year 2020 net sales guidance continues to be in a range of between $1.95 billion and $1.97 billion.", figure: "$1.95 billion and $1.97 billion", expect: { subject: "net sales", relation: "level" } },
    ],
  },
  {
    name: "name-in-figure-range",
    description: "A measure said to fall in a range its figure names ('we expect to see capital investments in the $75 million to $85 million range').",
    side: "before",
    pattern: new RegExp(String.raw`(?:^|[,;] |\b(?:expect|anticipate|see|forecast|project|plan)\w* (?:(?:to see|to have) )?)(?:our |the |total )?(?:(?:adjusted|gaap|non-gaap|full[- ]year) )*«M(\d+)»${MID} in the ${H}$`),
    afterContext: /^ (?:range|area|neighborhood|ballpark|vicinity)\b/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "In 2020, we expect to see capital investments in the $75 million to $85 million range.", figure: "$75 million to $85 million", expect: { subject: "capital investments", relation: "level" } },
      { sentence: "We expect capital expenditures in the $40 million range for the year.", figure: "$40 million", expect: { subject: "capital expenditures", relation: "level" } },
      { sentence: "We have seen declines in revenue in the 5% range at some stores.", figure: "5%", expect: null },
    ],
  },
  {
    name: "outlook-range-of-name-is",
    description: "The outlook's range of a measure, stated ('the expected range of adjusted gross margin is now 54% to 56%', 'our guidance range for capex is $40 million to $50 million').",
    side: "before",
    // (The measure is what the range is of: the pattern places it.)
    placesName: true,
    pattern: new RegExp(String.raw`\b(?:expected |guided |guidance |outlook |forecast )?range (?:of|for) (?:our |the )?(?:adjusted |gaap |non-gaap |full[- ]year |«P\d+» )*«M(\d+)»(?: (?:guidance|outlook))?(?: (?:for|in) (?:the )?«P\d+»)? (?:is|was|are|remains|has been raised to|has been lowered to) (?:now |still )?${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "And the expected range of adjusted gross margin is now 54% to 56% taking into account year-to-date performance.", figure: "54% to 56%", expect: { subject: "gross margin", relation: "level" } },
    ],
  },
  {
    name: "changenoun-in-name-then-figure",
    description: "A change of a measure named first, then by how much after a comma ('another double-digit increase in our quarterly dividend, up 10%', 'an increase in our dividend, an increase of 8%').",
    side: "before",
    pattern: new RegExp(String.raw`\b(${CHANGE_NOUN}) (?:in|of|to) (?:our |the |its )?(?:«P\d+» )?(?:[a-z-]+ ){0,2}«M(\d+)», (?:(up|down|higher|lower)|an? (${CHANGE_NOUN}) of) ${H}$`),
    // (The name is the object of "increase in": the pattern itself says it is what changed.)
    placesName: true,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[2]) }, relation: "change", direction: dirOf(m[3] ?? m[4] ?? m[1]), strength: 0.8 }),
    examples: [
      { sentence: "For dividends, we announced earlier today another double-digit increase in our quarterly dividend, up 10% or $0.07 to $0.78 per share.", figure: "10%", expect: { subject: "dividend", relation: "change" } },
      { sentence: "We saw a decline in revenue, down 4% in the quarter.", figure: "4%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "We saw a decline in revenue, which fell short of plan, down 4% in the quarter.", figure: "4%", expect: null },
    ],
  },
  {
    name: "change-figures-then-level",
    description: "The level a change said in two units brought the measure to ('up 10% or $0.07 to $0.78 per share').",
    side: "before",
    pattern: new RegExp(String.raw`\b(?:up|down|${CHANGE_VERB})(?: by)? ${H}«F(\d+)»,? or ${H}«F\d+» to ${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "For dividends, we announced earlier today another double-digit increase in our quarterly dividend, up 10% or $0.07 to $0.78 per share.", figure: "$0.78 per share", expect: { subject: "10%", relation: "level" } },
    ],
  },
  {
    name: "figure-changenoun-in-name",
    description: "A change of the measure named after the figure ('a 7% increase in revenue', 'a 3% revenue decline').",
    side: "after",
    pattern: new RegExp(String.raw`^ (?:(?:organic|year-over-year|sequential|yoy|constant[- ]currency|local[- ]currency|reported) )?(?:(${CHANGE_NOUN}) (?:in|of) (?:our |the |total |consolidated |overall )?(?:«P\d+» )?(?:regular |common )?(?:adjusted |non-gaap |gaap |diluted |quarterly |annual |per-share (?=«M\d+»))?(?:common stock (?=«M\d+»))?(?:cash (?=«M\d+»))?(?:operating (?=«M\d+»))?(?:(?:aggregate |total |overall )?(?:balance|level|amount) of (?:our |the )?)?«M(\d+)»|(?:${NAME_QUALIFIER} )?«M(\d+)» (${CHANGE_NOUN})\b)`),
    // "..., with casualty posting 11% top line growth": a part of the business (a bare noun) that posted it, not the company.
    // Nor the share a cause had in it ("Favorable product mix, which drove a 30 basis point improvement in our adjusted gross
    // margin"), nor one that would or could come, or was committed to.
    notContext: /\b(?!(?:we|i|it|they|which|that|this|company|team|business|group|quarter|year|period|results)\b)[a-z][a-z-]+ (?:posting|posted|reporting|reported|delivering|delivered|generating|generated|seeing|saw|showing|showed|achieving|achieved|recording|recorded) (?:an? |its |their )?(?:[a-z-]+ )?$|\b(?:(?:which|that) (?:drove|drives|contributed|contributes|added|adds|helped|accounted for)|would|could|might|committed to|commit to)\b[^«;]*$/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[2] ?? m[3]) }, relation: "change", direction: dirOf(m[1] ?? m[4]), strength: 0.85 }),
    examples: [
      { sentence: "Today, we reported a 15% increase in operating revenue for the first quarter with strong momentum in both of our businesses.", figure: "15%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "We delivered a 7% increase in revenue.", figure: "7%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "The board of directors approved a 2% increase in the regular quarterly cash dividend.", figure: "2%", expect: { subject: "dividend", relation: "change" } },
      { sentence: "This increase reflects a 32% increase in the per-share dividend, partially offset by a decline in share count.", figure: "32%", expect: { subject: "dividend", relation: "change" } },
      { sentence: "We delivered 6% year-over-year growth in adjusted operating income and 35% year-over-year growth in our adjusted earnings per share.", figure: "35%", expect: { subject: "earnings per share", relation: "change" } },
      { sentence: "Pricing held up, with casualty posting 11% top line growth.", figure: "11%", expect: null },
      { sentence: "Favorable product mix, which drove a 30 basis point improvement in our adjusted gross margin, was largely driven by retail.", figure: "30 basis point", expect: null },
      { sentence: "The team delivered a 7% increase in revenue.", figure: "7%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "That supports our full-year guidance of 9% to 11% constant currency sales growth.", figure: "9% to 11%", expect: { subject: "sales", relation: "change" } },
      { sentence: "That was an 11% organic top-line growth.", figure: "11%", expect: { subject: "top-line", relation: "change" } },
      { sentence: "Yesterday, we announced another 9% increase in our quarterly dividend.", figure: "9%", expect: { subject: "dividend", relation: "change" } },
      { sentence: "For the full year, we generated adjusted earnings per share of $3.48, with 2% core revenue growth.", figure: "2%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "Our Board approved a 33% increase in the quarterly common stock dividend.", figure: "33%", expect: { subject: "dividend", relation: "change" } },
    ],
  },
  {
    name: "bps-of-name-change",
    description: "A ratio's change in basis points said as so many points of its change ('30 basis points of core operating margin expansion').",
    side: "after",
    // (Nor what parts delivered "respectively", or "each".)
    pattern: new RegExp(String.raw`^ of (?:(?:${NAME_QUALIFIER}|year-over-year|sequential) )*«M(\d+)» (${CHANGE_NOUN})\b(?![^.;]*\brespectively\b)`),
    when: (q) => q.unit === "bps",
    // (Not the share a cause had in it: "Pricing contributed 50 basis points of gross margin expansion".)
    notContext: /\b(?:contribut\w*|add(?:ed|s|ing)?|drove|drives|driving|accounted for|offset\w*|represent\w*|from|headwinds?|tailwinds?|impacts?|benefits?|would|could|might|can|each)\b[^«;]*$/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.85 }),
    examples: [
      { sentence: "For the full year, we delivered 30 basis points of core operating margin expansion.", figure: "30 basis points", expect: { subject: "operating margin", relation: "change" } },
      { sentence: "We saw 120 basis points of gross margin contraction in the quarter.", figure: "120 basis points", expect: { subject: "gross margin", relation: "change" } },
      { sentence: "Favorable pricing contributed 50 basis points of gross margin expansion.", figure: "50 basis points", expect: null },
      { sentence: "More than half of our operating companies each generated greater than 100 basis points of operating margin expansion.", figure: "100 basis points", expect: null },
      { sentence: "This follows the 500 and 400 basis points of adjusted operating margin expansion delivered by Issuer and Consumer respectively in 2020.", figure: "400 basis points", expect: null },
    ],
  },
  {
    name: "share-of-revenue-of-figure",
    description: "A percentage of revenue set beside a profit is its margin ('operating income was $6.7 million, or 12.6% of revenue').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? (?:or|and|which is|which was|representing|equal to) ${H}$`),
    when: (q) => q.unit === "percent",
    // (A comma the transcriber set before "of" too: "Gross profit was $165.6 million, or 13.7%, of sales".)
    afterContext: SHARE_OF_REVENUE_AFTER,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85, perShareOf: true }),
    examples: [
      { sentence: "Operating income was $18.9 million, or 12.4% of revenue.", figure: "12.4%", expect: { subject: "$18.9 million", relation: "level" } },
      { sentence: "Gross profit was $165.6 million, or 13.7%, of sales in the third quarter of 2021.", figure: "13.7%", expect: { subject: "$165.6 million", relation: "level" } },
    ],
  },
  {
    name: "margin-beside-figure",
    description: "A margin set beside a profit, named only as a margin ('Adjusted EBITDA for the third quarter was $7.6 million, a margin of 23%', 'operating income of $80 million and margin of 11.9%'): that profit's margin.",
    side: "before",
    // (Only the figure's own period between: "compared to the prior year period margin of 19.6%" is a base.)
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:in|for|during) (?:the )?«P\d+»)?,? (?:or |and |for |with )?(?:an? |the )?(?:(?:profit|operating|ebitda) )?margin (?:of|at|was) ${H}$`),
    when: (q) => q.unit === "percent",
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85, perShareOf: true }),
    examples: [
      { sentence: "Adjusted EBITDA for the third quarter was $7.6 million, a margin of 23%.", figure: "23%", expect: { subject: "$7.6 million", relation: "level" } },
      { sentence: "Operating income was $80 million and margin of 11.9%.", figure: "11.9%", expect: { subject: "$80 million", relation: "level" } },
    ],
  },
  {
    name: "share-of-revenue-said-after",
    description: "A profit's share of revenue said in a clause of its own is its margin ('operating profit was $52 million, and as a percentage of sales, it was 14%').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? (?:and )?as a (?:percent(?:age)?|%) of (?:our |the )?(?:total |net )?(?:revenues?|sales|net sales|«M\d+»),? (?:it|that|this) (?:was|is|represented|came in at) ${H}$`),
    when: (q) => q.unit === "percent",
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85, perShareOf: true }),
    examples: [
      { sentence: "Adjusted operating profit was $61 million, and as a percentage of sales, it was 12%.", figure: "12%", expect: { subject: "$61 million", relation: "level" } },
    ],
  },
  {
    name: "cash-for-name",
    description: "Cash put to a use that is itself a measure: the figure is that measure's ('we used $5 million of cash for capital expenditures').",
    side: "after",
    pattern: /^ of (?:cash|capital|«M\d+») (?:for|on|in|into|toward|towards) (?:our |the )?«M(\d+)»/,
    context: /\b(?:invested|investing|invest|spent|spending|spend|utilized|used|using|deployed|allocated|devoted) (?:approximately |about |roughly |nearly |over )?$/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Turning to investments, we used $5 million of cash for capital expenditures during the quarter.", figure: "$5 million", expect: { subject: "capital expenditures", relation: "level" } },
    ],
  },
  {
    name: "cash-flow-used",
    description: "Cash the company used in its cash flow from operations: the figure is that cash flow's, an outflow ('we used $81 million in net cash flows from operating activities').",
    side: "after",
    pattern: /^ (?:in|of|for) (?:our |the )?(?:net )?«M(\d+)»/,
    context: /\b(?:we|the company|«C\d+»)(?: (?:also|again|only|have|had|'ve))? (?:used|consumed|burned|burnt) (?:approximately |about |roughly |nearly |some |just |only )?$/,
    names: ["operating_cash_flow", "free_cash_flow"],
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "During the quarter, we used 81 million in net cash flows from operating activities, which was below the prior year.", figure: "81 million", expect: { subject: "net cash flows from operating activities", relation: "level" } },
      { sentence: "We used $12 million of free cash flow in the quarter.", figure: "$12 million", expect: { subject: "free cash flow", relation: "level" } },
    ],
  },
  {
    name: "generated-name-apposition",
    description: "A measure the company generated, its amount set after a comma ('We generated robust free cash flow in 2019, about $1.6 billion for the year').",
    side: "before",
    pattern: new RegExp(String.raw`\bwe (?:generated|delivered|reported|produced|posted|achieved|recorded)(?: (?:a|an|record|strong|robust|solid|healthy|very|another|excellent))* «M(\d+)»(?: (?:(?:in|for|during) )?(?:the )?«P\d+»)?, (?:about|approximately|roughly|nearly|some|just over|just under|over|almost|totaling|totalling|of) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "We generated robust free cash flow in 2024, about $1.6 billion for the year.", figure: "$1.6 billion", expect: { subject: "free cash flow", relation: "level" } },
    ],
  },
  {
    name: "paid-on-name",
    description: "Money paid or spent on a measure that is itself a use of cash: the figure is that measure's ('We paid $65.5 million on dividends', 'the payment of $43.8 million in dividends').",
    side: "after",
    pattern: /^ (?:on|in|for|toward|towards) (?:our |the |common |cash )*«M(\d+)»/,
    // ("we've spent an additional $140 million on buybacks": more of the same use, its amount.)
    context: /\b(?:paid|pay|paying|spent|spend|spending|returned|distributed|(?:the )?payments? of)(?: an additional| another)?(?: (?:a total of|approximately|about|roughly|nearly|almost|around|close to|over|more than|just over|just under))? $/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We paid $65.5 million on dividends and had $12.4 million of capex.", figure: "$65.5 million", expect: { subject: "dividends", relation: "level" } },
      { sentence: "During the first quarter, we spent almost $300 million on share repurchases.", figure: "$300 million", expect: { subject: "share repurchases", relation: "level" } },
      { sentence: "We returned $67.8 million to our stockholders through the payment of $43.8 million in dividends and the repurchase of $24 million of our common stock.", figure: "$43.8 million", expect: { subject: "dividends", relation: "level" } },
      { sentence: "We spent $40 million on share repurchases in the quarter.", figure: "$40 million", expect: { subject: "share repurchases", relation: "level" } },
      { sentence: "And since the end of June, we've spent an additional $140 million on buybacks.", figure: "$140 million", expect: { subject: "buybacks", relation: "level" } },
    ],
  },
  {
    name: "generated-from-operations",
    description: "Money the company generated from its operating activities, the cash flow unnamed ('we generated $46.3 million from operating activities'): its operating cash flow.",
    side: "after",
    pattern: /^ (?:in cash |of cash )?from (?:continuing )?operat(?:ing activities|ions)\b/,
    context: new RegExp(String.raw`(?:\bwe|«C\d+»|\bthe company)(?: have| has| also)* (?:generated|produced) ${H}$`),
    when: (q) => q.unit !== "percent" && !q.perShare,
    link: () => ({ subject: { kind: "metric", name: "operating_cash_flow" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "In the quarter, we generated $46.3 million from operating activities, including a $22.3 million reduction in working capital.", figure: "$46.3 million", expect: { subject: "operating_cash_flow", relation: "level" } },
      { sentence: "We generated $19 million from operations as compared to using $21 million in the prior year.", figure: "$19 million", expect: { subject: "operating_cash_flow", relation: "level" } },
      { sentence: "The segment generated $19 million from operations.", figure: "$19 million", expect: null },
    ],
  },
  {
    name: "change-noun-of-figure-of-name",
    description: "A change said as a noun with its amount, then the measure it changed ('the decrease of $0.36 in adjusted diluted EPS', 'an increase of $12 million in revenue'): the figure is the change, not the level.",
    side: "after",
    // (The level reached may follow the name: "an increase of 4.9% in our recurring quarterly dividend to $0.43 per share".)
    pattern: figureOfName(true),
    context: new RegExp(String.raw`\b(?:the|an?|this|that) (?:[a-z-]+ )?${CHANGE_NOUN} of ${H}$`),
    notContext: new RegExp(String.raw`\b(?:${IMPACT_VERB})(?: [a-z-]+){0,3} ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Our Board approved an increase of 4.9% in our recurring quarterly dividend to $0.43 per share.", figure: "4.9%", expect: { subject: "dividend", relation: "change" } },
      { sentence: "As shown in the chart, the decrease of $0.36 in adjusted diluted EPS in the second quarter compared to last year consists of the following.", figure: "$0.36", expect: { subject: "diluted EPS", relation: "change" } },
      { sentence: "The increase of $12 million in revenue was driven by pricing.", figure: "$12 million", expect: { subject: "revenue", relation: "change" } },
    ],
  },
  {
    name: "dividend-total-after-per-share",
    description: "A dividend's total said after its amount per share with 'or' ('we paid dividends of $1.14 per share or $46 million'): the same dividend, paid in all ('for a total of' is per-share-then-total).",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)» (?:of |totaling |totalling )?(?:approximately |about )?«F\d+»,? or (?:approximately |about |roughly )?${H}$`),
    names: ["dividend"],
    when: (q) => !q.perShare,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "During the second quarter, we paid dividends of $1.14 per share or $46 million.", figure: "$46 million", expect: { subject: "dividends", relation: "level" } },
      // (Not another measure's per-share amount: earnings of $0.50 per share or $20 million is no dividend.)
      { sentence: "We earned $0.50 per share or $20 million in the quarter.", figure: "$20 million", expect: null },
    ],
  },
  {
    name: "returned-including-name",
    description: "Capital returned to shareholders and then broken down into its dividends and buybacks ('we returned $625 million to shareholders, including $401 million of share repurchases', 'consisting of $96 million in dividends and $75 million in share repurchases'): each part is the company's own dividend or buyback, not an effect inside another figure as 'including' is elsewhere.",
    side: "after",
    pattern: FIGURE_OF_NAME,
    cue: /«M/,
    context: /\b(?:returned|returning|return|distributed|distributing) (?:(?:[^;«.]|«[PC]\d+»){0,100}?«F\d+»[^;.]{0,100}?(?:,? including|,? which included|,? which includes|,? consisting of|,? comprised of|,? comprising|,? made up of|,? of which) (?:(?:approximately |about |around |roughly |nearly |over |more than |just over )?«F\d+» (?:of|in) (?:(?!and\b|or\b)[a-z-]+ ){0,2}«M\d+»,? (?:and |as well as )?)?)(?:approximately |about |around |roughly |nearly |over |more than |just over )?$/,
    names: ["dividend", "share_repurchase"],
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "In the quarter, we returned $640 million to shareholders, including $410 million of share repurchases.", figure: "$410 million", expect: { subject: "share repurchases", relation: "level" } },
      { sentence: "We returned $37 million of capital to shareholders, including approximately $25 million in share repurchases and $12 million in dividends paid.", figure: "$25 million", expect: { subject: "share repurchases", relation: "level" } },
      { sentence: "We returned $37 million of capital to shareholders, including approximately $25 million in share repurchases and $12 million in dividends paid.", figure: "$12 million", expect: { subject: "dividends", relation: "level" } },
      { sentence: "Year-to-date, we have returned $180 million, which included $120 million in share repurchases.", figure: "$120 million", expect: { subject: "share repurchases", relation: "level" } },
      { sentence: "We returned $250 million, including $60 million in dividends, and $190 million in share repurchases.", figure: "$60 million", expect: { subject: "dividends", relation: "level" } },
      { sentence: "We returned $150 million to shareholders in the quarter, consisting of $90 million in dividends and $60 million in share repurchases.", figure: "$90 million", expect: { subject: "dividends", relation: "level" } },
      // (Not a part of another measure: revenue that includes an acquisition's.)
      { sentence: "Revenue was $900 million, including $40 million of revenue from the acquisition.", figure: "$40 million", expect: null },
    ],
  },
  {
    name: "free-cash-flow-parts",
    description: "The cash flow from operations and the capital spending a free cash flow is said to be made of are their levels ('Free cash flow was $92 million comprised of $148 million of operating cash flow, offset by $56 million of capex').",
    side: "after",
    pattern: FIGURE_OF_NAME,
    cue: /«M/,
    context: new RegExp(String.raw`«M\d+»[^;«]{0,40}«F\d+»,? (?:comprised of|consisting of|made up of|composed of|which (?:consisted|was comprised|was made up) of) (?:${H}«F\d+» (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»,? (?:(?:partially )?offset by|less|minus|net of) )?${H}$`),
    names: ["operating_cash_flow", "capex"],
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Free cash flow was solid at $92 million comprised of $148 million of operating cash flow, offset by $56 million of capex.", figure: "$148 million", expect: { subject: "operating cash flow", relation: "level" } },
      { sentence: "Free cash flow was solid at $92 million comprised of $148 million of operating cash flow, offset by $56 million of capex.", figure: "$56 million", expect: { subject: "capex", relation: "level" } },
    ],
  },
  {
    name: "figure-of-name",
    description: "The figure names its measure right after it ('$2.4 billion in cash', '$191 million of free cash flow', '13.0% operating margin'), unless what stands before it makes it an effect of something else ('Acquisitions added $29 million of revenue').",
    side: "after",
    pattern: FIGURE_OF_NAME,
    // ("We continue to expect Bacharach to provide $0.10 to $0.15 of adjusted earnings per share": what a business acquired brings.)
    // (Not a part's own outlook, "we now expect MT to deliver over $1.3 billion in revenue".)
    notContext: new RegExp(String.raw`\b(?:expect|expects|expected|expecting|anticipate|anticipates|forecast|project|projects) (?:the|this|these|those|that) (?!(?:company|business|group|firm|combined company|enterprise)\b)(?:[a-z-]+ ){1,4}to (?:generate|deliver|produce|contribute|earn|provide|add)(?: [a-z-]+){0,2} ${H}$|\b(?:expect|expects|expected|expecting|anticipate|anticipates) (?!(?:us|we|our|it|them|they|full|total|consolidated|overall|revenues?|sales)\b)[a-z-]+ to (?:provide|add|contribute)(?: [a-z-]+){0,2} ${H}$|\b(?:${IMPACT_VERB})(?: [a-z-]+){0,3} ${H}$|\b(?:portfolios?|assets|lending|subsidiar(?:y|ies)|propert(?:y|ies)) (?:also |again |alone |together |itself )?(?:delivered|generated|posted|produced|earned|contributed)(?: [a-z-]+){0,2} ${H}$|\b(?:receipt|received|receiving)\b(?: (?:by|of|from|in|an?|the|«C\d+»|total|additional))* ${H}$|(?:^|[,;] |\b(?:that|when|where|generally|typically|usually) )(?:a|an|each|every|any|one|the average|the typical) (?!(?:total|record|combined|strong|solid|good|great|full|quarter|year)\b)[a-z-]+(?: [a-z-]+){0,3} (?:has|had|generates?|generated|brings?|brought|makes?|earns?|earned) ${H}$|\b(?:contribut\w*|add(?:ed|s|ing)?)(?: [a-z-]+){0,3} ${H}«F\d+» (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»,? (?:and|as well as) ${H}$|\b(?:(?<!\b(?:compar(?:e|es|ed|ing)|close|(?:this|that|which|it) led) )to|toward|towards|(?<!${COMPANY_YIELDS})(?<!\b(?:with|including|includes|included)\s)(?<!\bwith (?:a little|a bit|just|well|slightly)\s)(?<!,\s(?:delivering|generating|producing|earning)\s)(?<!\b(?:we|i|«C\d+»|company|and) (?:have|has|completed|generated|delivered|produced|achieved) (?:just |well |a little |slightly )?)(?<!\b(?:we|i|«C\d+»|company) (?:have|has|completed|generated|delivered|produced|achieved) (?:[a-z-]+ ){1,3}of (?:just |well |a little |slightly )?)over|above|below|(?<!${COMPANY_YIELDS}(?:more|less)\s)(?<!\b(?:returned|returning|returns|paid|paying|distributed|distributing|invested|investing|spent|spending|deployed|deploying) (?:more|less)\s)than|beyond|reach|reaching|exceed|exceeding|surpass|get to|getting to|goal of|target of|(?<!\bcalls )for(?! a total of )|by)\s${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Residential lending delivered $20 million of core earnings in the fourth quarter.", figure: "$20 million", expect: null },
      // (What a thing of a kind has is no figure of the company's: "generally a freighter coming across has about $73 million of revenue".)
      { sentence: "It's a huge increase given that generally a freighter coming across has about $73 million of revenue.", figure: "$73 million", expect: null },
      // (What a part is expected to bring: "we expect the non-same-store pool to generate $30 million of NOI" is the pool's.)
      { sentence: "For the full year, we expect the non-same-store pool to generate approximately $30 million to $35 million of NOI.", figure: "$30 million to $35 million", expect: null },
      { sentence: "We expect the business to generate $500 million of free cash flow in 2026.", figure: "$500 million", expect: { subject: "free cash flow", relation: "level" } },
      // ("over" a figure the company aims at is its lower bound, not a comparison: "targeting over $3 billion in adjusted free cash flow".)
      { sentence: "We are targeting over $3 billion in adjusted free cash flow for fiscal 2026.", figure: "$3 billion", expect: { subject: "free cash flow", relation: "level" } },
      { sentence: "In the quarter, our operating assets delivered $61 million of NOI.", figure: "$61 million", expect: null },
      { sentence: "We expect the acquired business to contribute at least $500 million of revenue and at least $0.20 of adjusted earnings in fiscal 2026.", figure: "$0.20", expect: null },
      { sentence: "Financing activities included $5.6 million of dividends paid and $31 million of borrowings.", figure: "$5.6 million", expect: { subject: "dividends", relation: "level" } },
      { sentence: "Results included $5 million of revenue from the acquisition.", figure: "$5 million", expect: null },
      { sentence: "We ended the quarter with approximately $640 million in cash.", figure: "$640 million", expect: { subject: "cash", relation: "level" } },
      { sentence: "We ended the year with over $5 billion in cash, maintaining our balance sheet strength.", figure: "$5 billion", expect: { subject: "cash", relation: "level" } },
      { sentence: "In the first quarter of fiscal '21, we invested approximately $11.6 million of capex as compared to $13.2 million in the first quarter of fiscal '20.", figure: "$11.6 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "We finished fiscal 2021 with $11.8 billion in total revenue and non-GAAP EPS of $7.20 a share.", figure: "$11.8 billion", expect: { subject: "revenue", relation: "level" } },
      { sentence: "We ended the period with $134.8 million in cash of which $73.2 million is held by our foreign subsidiaries.", figure: "$134.8 million", expect: { subject: "cash", relation: "level" } },
      { sentence: "We generated $58 million of free cash flow in the quarter.", figure: "$58 million", expect: { subject: "free cash flow", relation: "level" } },
      // ("more than" right before the figure is a hedge, not a comparison.)
      { sentence: "We generated more than $1.1 billion of free cash flow, which we largely deployed to return capital to our shareholders.", figure: "$1.1 billion", expect: { subject: "free cash flow", relation: "level" } },
      { sentence: "During the second quarter, we paid a $0.27 per share quarterly dividend.", figure: "$0.27 per share", expect: { subject: "dividend", relation: "level" } },
      { sentence: "Currency added $6 million of revenue in the quarter.", figure: "$6 million", expect: null },
      // (Cash received is a flow, not the cash the company holds: "the receipt by Tidewater of $17.1 million of cash in the quarter".)
      { sentence: "That resulted in the receipt by Tidewater of $17.1 million of cash in the quarter.", figure: "$17.1 million", expect: null },
      { sentence: "We had approximately $410 million in cash and available borrowing capacity.", figure: "$410 million", expect: null },
      { sentence: "Our plan calls for $1.9 billion to $2.2 billion of gross capex this year.", figure: "$1.9 billion to $2.2 billion", expect: { subject: "capex", relation: "level" } },
      { sentence: "The company had liquidity of approximately $1.5 billion, consisting of $582 million of cash and equivalents and nearly $900 million of availability on our revolver.", figure: "$582 million", expect: { subject: "cash and equivalents", relation: "level" } },
      { sentence: "At quarter end, our financial position remained strong with $49.2 million in cash and cash equivalents as well as $70.3 million in short-term investments.", figure: "$49.2 million", expect: { subject: "cash and cash equivalents", relation: "level" } },
      { sentence: "We ended the quarter in a strong position with $1.7 billion in cash and investments and total borrowings of $1.6 billion.", figure: "$1.7 billion", expect: { subject: "cash and investments", relation: "level" } },
      { sentence: "We had $200 million in cash as well as availability under our revolver.", figure: "$200 million", expect: null },
      // (Nor the first of a list the figure is the sum of: "$6.6 billion of cash, security and secured borrowing capacity".)
      { sentence: "We ended the period with $6.6 billion of cash, security and secured borrowing capacity.", figure: "$6.6 billion", expect: null },
    ],
  },
  {
    name: "change-then-change",
    description: "A second change of the same measure, in another unit or basis ('decreased $92.9 million or 6.9%', 'an increase of 224% or 203% on a constant currency basis').",
    side: "before",
    pattern: new RegExp(String.raw`${CHANGE_THEN} or ${H}$`),
    // (Not one an adjective and a noun after it give to something else: "sales decreased 10% or 9% lower volume".)
    afterContext: new RegExp(`^${NOT_OTHER_MEASURE}`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "On a constant currency basis, sales decreased $12.3 million or 2.6%.", figure: "2.6%", expect: { subject: "$12.3 million", relation: "change" } },
      { sentence: "Compared to our recent fourth quarter, sales decreased 10% or 9% lower volume.", figure: "9%", expect: null },
      { sentence: "Our operating profit was $57 million representing an increase of 32% or 29% on a constant currency basis.", figure: "29%", expect: { subject: "32%", relation: "change" } },
    ],
  },
  {
    name: "change-and-change",
    description: "A second change of the same measure in percent, joined by 'and' ('growing at 27% reported and 25% at constant currency', 'declined by 5% in the quarter and 6% in the first nine months').",
    side: "before",
    pattern: new RegExp(String.raw`${CHANGE_THEN} and ${H}$`),
    when: (q) => q.unit === "percent",
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Year-to-date revenue was $10,238 million, growing at 27% reported and 25% at constant currency.", figure: "25%", expect: { subject: "27%", relation: "change" } },
    ],
  },
  {
    name: "change-and-amount",
    description: "An amount joined by 'and' to a change of a measure ('up 4% and $12 million'), unless a span of its own follows it, which makes it a level over that span ('up 65% year-on-year and $3.20 year-to-date', level-change-then-span-level).",
    side: "before",
    pattern: new RegExp(String.raw`${CHANGE_THEN} and ${H}$`),
    when: (q) => q.unit !== "percent",
    afterContext: new RegExp(String.raw`^(?! ${SPAN_AFTER})`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Net sales were up 4% and $12 million compared to last year.", figure: "$12 million", expect: { subject: "4%", relation: "change" } },
      { sentence: "Adjusted EPS was $1.70, up 65% year-on-year, and $3.20 year-to-date, up 75%.", figure: "$3.20", expect: null },
    ],
  },
  {
    name: "level-change-then-span-level",
    description: "A level and its change, then 'and' a figure with a span of its own after it: the same measure's level over that span ('EPS of $1.70, which was up 65% year-on-year and $3.20 year-to-date').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? (?:(?:which|that) (?:was|is) )?(?:up|down|(?:an? )?(?:increase|decrease|improvement|decline) of) «F\d+»${MID},? and ${H}$`),
    afterContext: new RegExp(String.raw`^ ${SPAN_AFTER}`),
    when: (q) => q.unit !== "percent",
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true }),
    examples: [
      { sentence: "Non-GAAP EPS was a record $1.70, which was up 65% year-on-year and $3.20 year-to-date, which is up 75%.", figure: "$3.20", expect: { subject: "$1.70", relation: "level" } },
    ],
  },
  {
    name: "change-then-basis-change",
    description: "A second change of the same measure on another basis, set off by a comma ('Total revenue was up 21%, 13% organic').",
    side: "before",
    pattern: new RegExp(String.raw`(?:${CHANGE_VERB}|${CHANGE_NOUN})(?: by)?(?: of)? ${H}«F(\d+)»${MID}, ${H}$`),
    // ("revenues for the company grew 1%, 3% growth on a constant currency basis": the change's noun may come before its basis.)
    afterContext: /^ (?:(?:growth|increase|decline|decrease) )?(?:organic(?:ally)?|in constant currency|constant currency|in local currency|on an? [a-z -]{1,30}basis|excluding|ex-|on a like-for-like|adjusted|fx-neutral|currency-neutral)\b/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Total revenue was up 10%, 6% organic against the comparable period.", figure: "6%", expect: { subject: "10%", relation: "change" } },
      { sentence: "In 2019, revenues for the company grew 1%, 3% growth on a constant currency basis.", figure: "3%", expect: { subject: "1%", relation: "change" } },
    ],
  },
  {
    name: "figure-then-basis-level",
    description: "The same measure's level on another basis, right after the first ('gross margin was 125% on a GAAP basis and 125.9% on a non-GAAP basis').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? (?:and|or|while|with)(?: from)? ${H}$`),
    // (Not a basis word that opens the next figure's own measure: "organic growth of 16% to 17% and approximately 22% adjusted EPS
    // expansion".)
    afterContext: /^ (?:on an? (?:gaap|non-gaap|adjusted|reported|as-reported|pro forma|pro-forma|comparable|base business|like-for-like|constant currency|organic) basis|(?:gaap|non-gaap|adjusted|as adjusted|as reported)\b(?! (?:[a-z-]+ )?«M))/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true }),
    examples: [
      { sentence: "Gross margin was 61% on a GAAP basis and 62.4% on a non-GAAP basis.", figure: "62.4%", expect: { subject: "61%", relation: "level" } },
      { sentence: "That brings third quarter earnings per share guidance to $1 to $1.10 on a GAAP basis and $1.10 to $1.20 as adjusted.", figure: "$1.10 to $1.20", expect: { subject: "$1 to $1.10", relation: "level" } },
      { sentence: "We expect EPS to range from $0.31 to $0.42 on a GAAP basis and from $0.55 to $0.66 on a non-GAAP basis.", figure: "$0.55 to $0.66", expect: { subject: "$0.31 to $0.42", relation: "level" } },
      { sentence: "Our guidance calls for organic growth of 16% to 17% and approximately 22% adjusted EPS expansion for the company in 2025.", figure: "22%", expect: null },
    ],
  },
  {
    name: "basis-list",
    description: "A list of one measure's figures, each on its own basis ('sales growth of 9% on a reported basis, 7% at constant currency and 6% operationally'): a figure said on a basis, after a figure said on another, is the same measure in the same relation.",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)» (?!organic)${BASIS_SAID},?(?: and| while| with)? ${H}$`),
    afterContext: new RegExp(String.raw`^ ${BASIS_SAID}(?![a-z])`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true }),
    examples: [
      { sentence: "We delivered third quarter sales growth of 11% on a reported basis, 8% at constant currency and 7% operationally.", figure: "8%", expect: { subject: "11%", relation: "level" } },
      { sentence: "We delivered third quarter sales growth of 11% on a reported basis, 8% at constant currency and 7% operationally.", figure: "7%", expect: { subject: "8%", relation: "level" } },
      { sentence: "For the full year, we expect sales growth of 6% to 7% on a reported basis, 4% to 5% on a constant currency basis and 3% to 4% on an operational basis.", figure: "3% to 4%", expect: { subject: "4% to 5%", relation: "level" } },
      // (A cash basis is no basis of the measure's kinds: which it is the words do not say.)
      { sentence: "Same-property NOI growth was 6.1% on a GAAP basis and 8.4% on a cash basis.", figure: "8.4%", expect: null },
      { sentence: "Gross margin was 41.2% on a GAAP basis, 43.5% on an adjusted basis.", figure: "43.5%", expect: { subject: "41.2%", relation: "level" } },
      // (Not after an organic rate, which is a measure of its own: "5%" is not organic growth at constant currency.)
      { sentence: "Revenue grew 10% on a reported basis, 6% organically and 5% at constant currency.", figure: "5%", expect: null },
    ],
  },
  {
    name: "change-said-again",
    description: "The same measure's change on another basis, with a pronoun ('operating profit was up 7.8%, while it was up 3.7% on a base business basis', 'our gross margin of 86.2%, where we were up 72 basis points').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»[^«]{0,60}?,? (?:where|while|and|but|whereas) (?:we|it)(?:'re|'s| were| was| are| is)(?: also| still)? (${UP_VERB}|${DOWN_VERB})(?: by)? ${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.75 }),
    examples: [
      { sentence: "On a GAAP basis, our operating profit was up 4.5% year-over-year, while it was up 3% on an underlying basis.", figure: "3%", expect: { subject: "4.5%", relation: "change" } },
    ],
  },
  {
    name: "per-share-of-figure",
    description: "A per-share figure set beside a money figure is that figure per share ('net income was $91.1 million, or $0.86 per diluted share'); a percentage of revenue beside a profit is its margin.",
    side: "before",
    // ("$41.7 million in dividends to common shareholders in the quarter or $0.40 per share": the measure named after the amount.)
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:in|of) (?:[a-z-]+ )?«M\d+»(?: to (?:our )?(?:common |preferred )?(?:share|stock|unit)holders)?)?${MID}(?:,? (?:or|and|which is|which was|that's|that is|that was|equal to|equating to|(?:which )?represent(?:ed|ing|s))|,)(?: (?:a |an )?(?:net )?(?:loss|earnings|income|profit) of)? ${H}$`),
    when: (q) => q.perShare,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85, perShareOf: true }),
    examples: [
      { sentence: "Net income was $22.8 million, or $0.37 per diluted share.", figure: "$0.37 per diluted share", expect: { subject: "$22.8 million", relation: "level" } },
      { sentence: "Net income came in at $61 million, $0.52 per share, for the quarter.", figure: "$0.52 per share", expect: { subject: "$61 million", relation: "level" } },
      { sentence: "The company distributed $41.7 million in dividends to common shareholders in the quarter or $0.40 per share.", figure: "$0.40 per share", expect: { subject: "$41.7 million", relation: "level" } },
      { sentence: "Excluding special items, we would have reported a net loss of $16.2 million or a loss of $0.38 per share.", figure: "$0.38 per share", expect: { subject: "$16.2 million", relation: "level" } },
      { sentence: "The net loss from continuing operations of $141 million in the first quarter represented a loss of $20.16 per share.", figure: "$20.16 per share", expect: { subject: "$141 million", relation: "level" } },
    ],
  },
  {
    name: "level-then-change-percent",
    description: "A measure moved to a level, 'or' a percentage: the percentage is the change ('our dividends per share increased to $0.085 or 6.3% compared to the fourth quarter of 2018'). Not a share of something ('or 45% of total sales').",
    side: "before",
    pattern: new RegExp(String.raw`(${UP_VERB}|${DOWN_VERB}) to ${H}«F(\d+)»${MID},? or ${H}$`),
    when: (q) => q.unit === "percent",
    afterContext: /^(?! (?:of\b|«P\d+» levels?\b))/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[2]) }, relation: "change", direction: dirOf(m[1]), strength: 0.8 }),
    examples: [
      { sentence: "And lastly, our dividends per share increased to $0.085 or 6.3% compared to the fourth quarter of 2018.", figure: "6.3%", expect: { subject: "$0.085", relation: "change" } },
      { sentence: "International sales increased to $2.1 billion or 45% of total sales.", figure: "45%", expect: null },
      { sentence: "Our revenues recovered to $6.2 billion or 70% of 2019 levels.", figure: "70%", expect: null },
    ],
  },
  {
    name: "figure-then-change",
    description: "A change said right after a level, of the same measure ('revenue was $7.0 billion, up 2%', 'sales were $2.1 billion, a 5.6% decrease', 'free cash flow of $203 million, a $154 million increase over last year').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z,-]+ ){0,3}«M\d+»)?(?: (?:range|level|figure))?(?: ${CHANGE_NOUN})?(?: (?:from|over|versus|vs\.?|compared (?:to|with)|against|on) (?:the |a )?(?:«P\d+»|prior year|last year|a year ago|year[- ]ago|sequential basis)(?: «P\d+»)?)?${MID},? (?:(?:which|that) (?:is|was|were|represents?|represented|reflects?|reflected) |(?:which|that) (?=(?:increased|decreased|improved|grew|rose|fell|declined|expanded|contracted)\b)|(?:(?:and|but) )?(?:that|this|which)(?:'s|’s| is| was) |being )?(?:(?:but|and|while|or) )?(?:(?:represented|reflected|marked|represents|reflects|marks|was|were|is) )?(?:(${UP_VERB}|${DOWN_VERB})(?: by|(?<=ing) at)? ${H}|(?:an? )?(?:${H})?(?:(?:year[- ](?:over|on)[- ]year|yoy|sequential|organic|constant currency|[a-z]+ly) )?(${CHANGE_NOUN}) of ${H}|(?:representing|reflecting|marking) (?:an? )?(?:(?:[a-z-]+ )?(${CHANGE_NOUN}) of )?${H}|(?:an? |which (?:is|was) an? |(?<=\b(?:represents?|represented|reflects?|reflected) ))${H})$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2] ?? m[3] ?? m[4]), strength: 0.8 }),
    // ("NOI was $88.1 million, a 12.2% increase over the $78.5 million of NOI we reported in the third quarter of 2021": the amount a
    // change is "over" is its base, not a second change.)
    notContext: new RegExp(String.raw`«F\d+» (?:[a-z-]+ )?${CHANGE_NOUN} over (?:the |our |an? |last year's |the prior[- ]year's )$`),
    needsChangeWord: true,
    examples: [
      { sentence: "Revenue was $812 million, up 3% year-over-year in constant currency.", figure: "3%", expect: { subject: "$812 million", relation: "change" } },
      { sentence: "Year-to-date revenue was $10,238 million, growing at 27% reported.", figure: "27%", expect: { subject: "$10,238 million", relation: "change" } },
      { sentence: "Our revenue this past quarter totaled $88.4 million and that's a decline of 22.6% against the prior year quarter.", figure: "22.6%", expect: { subject: "$88.4 million", relation: "change" } },
      { sentence: "Third quarter sales were $540 million, which was a 2.2% decrease from the prior year.", figure: "2.2%", expect: { subject: "$540 million", relation: "change" } },
      { sentence: "Free cash flow was $71 million, a $15 million increase over last year.", figure: "$15 million", expect: { subject: "$71 million", relation: "change" } },
      { sentence: "NOI was $88.1 million, a 12.2% increase over the $78.5 million of NOI we reported in the third quarter of last year.", figure: "$78.5 million", expect: null },
      // (The change said two ways before its noun: "a $54 million or 126% increase".)
      { sentence: "Operating income was $97 million, a $54 million or 126% increase compared to $43 million last year.", figure: "$54 million", expect: { subject: "$97 million", relation: "change" } },
      { sentence: "Net sales of $412 million in the quarter represents a decrease of 6% compared to last year.", figure: "6%", expect: { subject: "$412 million", relation: "change" } },
      { sentence: "In the first quarter, we generated $72.6 million in free cash flow, which represent over 40% growth versus the prior year.", figure: "40%", expect: { subject: "$72.6 million", relation: "change" } },
      { sentence: "Sales were $540 million, which was a 2.2% decrease from the prior year but a 14% increase over the second quarter.", figure: "14%", expect: { subject: "2.2%", relation: "change" } },
      { sentence: "We ended the quarter with $730 million in cash and investments, an increase of $64 million.", figure: "$64 million", expect: { subject: "$730 million", relation: "change" } },
      { sentence: "Our gross margin finished at a rate of 18.1%, which increased 41 basis points versus the same period in fiscal 2020.", figure: "41 basis points", expect: { subject: "18.1%", relation: "change" } },
      { sentence: "The $88 million level for Q2 2024 was up $9 million from Q2 2023's $79 million equivalent.", figure: "$9 million", expect: { subject: "$88 million", relation: "change" } },
    ],
  },
  {
    name: "figure-comma-higher-by",
    description: "By how much a level was higher or lower than an earlier period's, after it ('adjusted earnings per share was $0.43, higher than the prior year by over 200%').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID}, (?:which (?:was|is) )?(higher|lower|up|down|better|worse|more|less) (?:than|from|versus|compared (?:to|with)) (?:the |our |last )?(?:«P\d+»|prior[- ]year(?: period| quarter)?|year[- ]ago(?: period| quarter)?|same (?:period|quarter) (?:last|a) year) by ${H}$`),
    // (Which way is the word's: "higher than the prior year by $5 million on lower sales" is up.)
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: /^(?:lower|down|worse|less)$/.test(m[2]!) ? -1 : 1, strength: 0.75 }),
    examples: [
      { sentence: "And our adjusted earnings per share was $0.43, higher than the prior year by over 200%.", figure: "200%", expect: { subject: "$0.43", relation: "change" } },
    ],
  },
  {
    name: "figure-comma-difference",
    description: "How much higher or lower a level was, set after it with a comma ('capital spending was $32.1 million, $3.3 million higher than the same period last year', '$167 million in gross profit, $20 million or 13.6% above Q1 of last year').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»)?${MID}, (?:(?:which|that) (?:was|were|is|are) )?(?:«F\d+» or )?${H}$`),
    afterContext: DIFFERENCE_AFTER,
    // (Which way is read after the figure, as for every change: "$3.3 million higher", "$20 million or 13.6% above".)
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "Our Q1 2020 capital spending was $32.1 million, $3.3 million higher than the same period last year and in line with guidance.", figure: "$3.3 million", expect: { subject: "$32.1 million", relation: "change" } },
      { sentence: "We recorded $167 million in gross profit, $20 million or 13.6% above Q1 of last year.", figure: "$20 million", expect: { subject: "$167 million", relation: "change" } },
      { sentence: "This operating income strength resulted in EPS of $14.85, which was $5.81 or 64% above last year.", figure: "64%", expect: { subject: "$14.85", relation: "change" } },
      { sentence: "GAAP revenue was $4.39 billion, $85 million higher than the top end of our guidance.", figure: "$85 million", expect: null },
    ],
  },
  {
    name: "name-then-growing-to",
    description: "A measure named, then what it grew to after a comma ('an additional $1.5 billion in net revenues, growing to over $8.2 billion'): the level it reached.",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)»,? (?:growing|rising|increasing|climbing|expanding) (?:[a-z-]+ )?to ${H}$`),
    // (The measure is what the comma's clause is about, whatever stands before it: "an additional $1.5 billion in net revenues".)
    placesName: true,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "These full year highlights include an additional $1.5 billion in net revenues, growing to over $8.2 billion.", figure: "$8.2 billion", expect: { subject: "net revenues", relation: "level" } },
    ],
  },
  {
    name: "difference-said-two-ways",
    description: "A difference said in money 'or' a percentage, before the words that make it one ('SG&A was $17 million or 25% lower than the prior year'): the percentage is the same measure's change (the money figure is read as a change by the words after it, read-figures.ts).",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)» or ${H}$`),
    afterContext: /^ (?:higher|lower|more|less|above|below) (?:than|versus|vs\.?|compared (?:to|with)|from) (?:the |our |last |prior |a |«P)/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "SG&A was $17 million or 25% lower than the prior year.", figure: "25%", expect: { subject: "$17 million", relation: "change" } },
      { sentence: "Net income in the quarter was $290 million or approximately $1.7 billion lower than adjusted earnings.", figure: "$1.7 billion", expect: null },
      { sentence: "Gross profit for the quarter was $40.6 million or 25.5% with margins down from a year ago.", figure: "25.5%", expect: null },
      { sentence: "Sales were $20 million or 8% higher than the second quarter of last year.", figure: "8%", expect: { subject: "$20 million", relation: "change" } },
      { sentence: "International sales were $2.1 billion or 45% of total sales.", figure: "45%", expect: null },
    ],
  },
  {
    name: "figure-with-change",
    description: "A change said with a level, of the same measure ('gross profit margin of 34% with a 90-basis point expansion from the same period last year'); not a change of something else ('with a 20% increase in volumes').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? with (?:an? )?${H}$`),
    afterContext: new RegExp(String.raw`^ (?:(?:year[- ](?:over|on)[- ]year|yoy|sequential) )?${CHANGE_NOUN}\b(?! (?:in|of)\b)`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "We recorded gross profit margin of 34% with a 90-basis point expansion from the same period last year.", figure: "90-basis point", expect: { subject: "34%", relation: "change" } },
      { sentence: "Revenue was $5 billion, with a 20% increase in volumes.", figure: "20%", expect: null },
    ],
  },
  {
    name: "name-then-level-noun",
    description: "A figure called a level, of the measure the sentence just named ('we expect gross margin to grow and we were pleased with Q2's 73% level').",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)»(?:(?!«[MF]).){0,80}? (?:«P\d+» )${H}$`),
    afterContext: /^ (?:level|figure|mark|number|result)\b/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.7 }),
    examples: [
      { sentence: "We continue to expect gross margin to improve and we were pleased with Q2's 44% level.", figure: "44%", expect: { subject: "gross margin", relation: "level" } },
    ],
  },
  {
    name: "change-of-sentence-subject",
    description: "A change from an earlier period, said later in a sentence whose subject is a measure ('Operating expenses came in at $67.8 million, below our guidance and up $8.1 million from the same quarter a year ago').",
    side: "before",
    pattern: new RegExp(String.raw`^(?:[a-z ,'-]*?)«M(\d+)»${HEAD}${MID} (?:came in at|was|were|of|totaled|reached)(?:(?!«M).)*? (?:and|,) ${AUX}(${UP_VERB}|${DOWN_VERB})${ADV}(?: by)? ${H}$`),
    afterContext: /^ (?:from|over|versus|compared (?:to|with)|year[- ](?:over|on)[- ]year)\b/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "change", direction: dirOf(m[2]), strength: 0.7 }),
    examples: [
      { sentence: "Operating expenses came in at $31.6 million, below the bottom end of our $32 million or $33 million guidance range and up $1.9 million from the same quarter a year ago.", figure: "$1.9 million", expect: { subject: "Operating expenses", relation: "change" } },
    ],
  },
  {
    name: "related-costs",
    description: "Costs said to be related to an acquisition, merger, integration or restructuring are a measure of their own, even inside another figure ('includes $19 million of transaction and severance costs related to the Norvale acquisition').",
    side: "after",
    pattern: /^ of (?:[a-z,&-]+ ){0,10}?(?:costs?|expenses?|charges?|«M\d+») (?:related to|associated with|in connection with|attributable to|for) (?:the |our |this |that |these )?(?:(?:recent|recently completed|pending|proposed) )?(?:[a-z&.'-]+ ){0,4}?(acquisitions?|mergers?|integrations?|restructuring|divestitures?)\b/,
    link: (m) => ({ subject: { kind: "metric", name: /^(?:acquisition|merger)/.test(m[1]!) ? "acquisition_related_expenses" : /^integration/.test(m[1]!) ? "integration_costs" : /^restructuring/.test(m[1]!) ? "restructuring_costs" : "divestiture_costs" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "GAAP operating income includes $12 million of transaction, severance and other costs related to the Norvale acquisition.", figure: "$12 million", expect: { subject: "acquisition_related_expenses", relation: "level" } },
    ],
  },
  {
    name: "company-earned",
    description: "What the company earned is its earnings, read (as every amount of 'earnings') only for its per-share companion ('In the fourth quarter, Cullen/Frost earned $88.3 million or $1.38 a share', 'we earned $1.05 per diluted share').",
    side: "before",
    cue: /\bearn(?:ed|ing) /,
    // ("2021 started strong, earning $0.32 per share": the period the company had, earning it.)
    // (Not after an opening on a measure's line, "On the adjusted EPS line, ..., we earned $3.03": that measure's, opening-names-measure.)
    pattern: new RegExp(String.raw`^(?!${TOPIC_OPENING}«M\d+» line,)(?:[^]*?(?:\bwe|«C\d+»)(?:'ve| have| has| had)?(?: also| again)? earned ${H}$|(?:(?:and|so),? )?(?:the |our )?«P\d+» (?:started|began|ended|finished|closed|got off)(?: to)?(?: (?:a|an|very|really|off|on|strong|strongly|well|solid|good|great|record|start|note))*,? earning ${H}$)`),
    link: () => ({ subject: { kind: "metric", name: "earnings" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "In the fourth quarter, we earned $88.3 million or $1.38 a share, compared with earnings of $101.7 million or $1.60 a share reported in the same quarter last year.", figure: "$88.3 million", expect: { subject: "earnings", relation: "level" } },
      { sentence: "Our customers earned $5 million in rebates.", figure: "$5 million", expect: null },
      { sentence: "2021 started strong, earning $0.32 per share compared to $0.27 per share in the first quarter of 2020.", figure: "$0.32 per share", expect: { subject: "earnings", relation: "level" } },
    ],
  },
  {
    name: "figure-we-earned",
    description: "A per-share amount the company says it earned, in a relative clause after it ('This compares to the $2.40 per share that we earned last year'): its earnings per share.",
    side: "after",
    when: (q) => q.perShare,
    pattern: /^(?: per (?:diluted )?share)? (?:that|which) (?:we|«C\d+»)(?: had)? earned\b/,
    link: () => ({ subject: { kind: "metric", name: "earnings" }, relation: "level", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "This compares to the $2.40 per share that we earned last year, which included weather benefits of about $0.08 per share.", figure: "$2.40 per share", expect: { subject: "earnings", relation: "level" } },
    ],
  },
  {
    name: "buyback-program-return",
    description: "Money returned to shareholders through the share repurchase program is a share repurchase ('We used our share repurchase program to return a total of $5.0 million to shareholders').",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)» to (?:return|repurchase|buy back|buyback) ${H}$`),
    names: ["share_repurchase", "share_repurchase_authorization"],
    link: () => ({ subject: { kind: "metric", name: "share_repurchase" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We used our share repurchase program to return a total of $9.5 million to shareholders.", figure: "$9.5 million", expect: { subject: "share_repurchase", relation: "level" } },
    ],
  },
  {
    name: "guidance-of-figure",
    description: "The guidance a reported figure is compared with, in the same sentence ('$67.8 million, below the bottom end of our $69 million or $70 million guidance range').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?:(?!«F).)*?\b(?:above|below|within|at|in line with|versus|vs\.?|compared (?:to|with)|relative to|exceed(?:ed|ing)?|beat(?:ing)?|ahead of|short of|toward|towards) (?:the (?:high|low|top|bottom|upper|lower) end of |the (?:top|bottom|midpoint) of )?(?:our|the) ${H}$`),
    afterContext: /^ (?:[a-z-]+ )?(?:guidance|outlook|guided|forecast)(?: range)?\b/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, guidance: true }),
    examples: [
      { sentence: "Operating expenses came in at $31.6 million, below the bottom end of our $32 million or $33 million guidance range.", figure: "$32 million or $33 million", expect: { subject: "$31.6 million", relation: "level" } },
    ],
  },
  {
    name: "midpoint-change-of-figure",
    description: "How much the midpoint of a range just given is above or below an earlier period's level ('$40 million to $45 million in capex during 2020, which at the midpoint is roughly 25% less than our 2019 capital expenditures'): the range's change.",
    side: "before",
    when: (q) => q.unit === "percent",
    pattern: new RegExp(String.raw`«F(\d+)»(?:(?!«F).){0,60}?\bat the mid-?point,? (?:is |would be |represents |of )?${H}$`),
    afterContext: /^ (less|lower|below|more|higher|above|up|down)\b/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "We expect to invest approximately $40 million to $45 million in capex during 2026, which at the midpoint is roughly 25% less than our 2025 capital expenditures.", figure: "25%", expect: { subject: "$40 million to $45 million", relation: "change" } },
    ],
  },
  {
    name: "midpoint-of-figure",
    description: "The midpoint of a range just given: read so that figures compared with it find their measure, never a fact itself.",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?:(?!«F).){0,60}?\bmid-?point (?:of |at |is |being )?${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, silent: true }),
    examples: [
      { sentence: "Revenues are expected to be between $60 million and $64 million with the resulting midpoint of $62 million being up 5%.", figure: "$62 million", expect: { subject: "$60 million and $64 million", relation: "level" } },
    ],
  },
  {
    name: "same-measure-other-period",
    description: "The same measure for another period, said in parallel ('$0.66 for the fourth quarter and $1.12 for the full year', 'compared with $100 million last year and $116 million last quarter').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»)? (?:(?:for|in|during) )?(?:the |our )?«P\d+»(?: quarter| period)?,? (?:and|while|with|versus|vs\.?) ${H}$`),
    afterContext: /^ (?:(?:for|in|during) )?(?:the |our )?«P\d+»/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true, ownPeriod: true }),
    examples: [
      { sentence: "Adjusted net income per share was $0.31 for the fourth quarter and $1.12 for the full year.", figure: "$1.12", expect: { subject: "$0.31", relation: "level" } },
      { sentence: "We generated approximately $560 million of cash from operations in the third quarter and nearly $2.7 billion year-to-date.", figure: "$2.7 billion", expect: { subject: "$560 million", relation: "level" } },
      { sentence: "Revenue was $120 million, compared with $100 million last year and $116 million last quarter.", figure: "$116 million", expect: { subject: "$100 million", relation: "level" } },
    ],
  },
  {
    name: "same-measure-periods-both-said",
    description: "The same measure for another period, each period said beside its figure ('Net income for the fourth quarter was $2.1 million, or $0.02 per diluted share, and $13.6 million, or $0.10 per diluted share for the full year').",
    side: "before",
    pattern: new RegExp(String.raw`«P\d+»(?: quarter| period)? (?:was|were|is|came in at|totaled|totalled|of) ${H}«F(\d+)»(?:,? or «F\d+»)?,? and ${H}$`),
    afterContext: /^(?:,? or «F\d+»)? (?:(?:for|in|during) )?(?:the |our )?«P\d+»/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true, ownPeriod: true }),
    examples: [
      { sentence: "Net income for the fourth quarter was $2.1 million, or $0.02 per diluted share, and $13.6 million, or $0.10 per diluted share for the full year.", figure: "$13.6 million", expect: { subject: "$2.1 million", relation: "level" } },
      { sentence: "Revenue for the quarter was $120 million and $430 million for the year.", figure: "$430 million", expect: { subject: "$120 million", relation: "level" } },
    ],
  },
  {
    name: "same-measure-period-first",
    description: "The same measure for another period, the period said first ('operating margin for the fourth quarter was 13.5% and for the year was 15.2%').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:(?:for|in|during) )?(?:the |our )?«P\d+»)?,? and (?:(?:for|in|during) )(?:the |our )?«P(\d+)»(?: quarter| period)?,? (?:(?:it |that )?(?:was|were|is|came in at|at) )${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true, periodSlot: Number(m[2]) }),
    examples: [
      { sentence: "Our operating margin for the fourth quarter was approximately 13.5% and for the year was approximately 15.2%.", figure: "15.2%", expect: { subject: "13.5%", relation: "level" } },
      { sentence: "In the fourth quarter, our effective tax rate was 25.5% and for fiscal 2021 was 24.4%.", figure: "24.4%", expect: { subject: "25.5%", relation: "level" } },
    ],
  },
  {
    name: "in-the-form-of-name",
    description: "Cash put to use in the form of, or through, a named measure ('we invested approximately $830 million back into our business in the form of capital expenditures', 'we returned $15 billion to our shareholders in the form of share repurchases', 'returned $145 million to shareholders through share repurchase activity').",
    side: "after",
    pattern: /^(?: (?!and\b|or\b)[a-z']+){0,6}?(?: (?:(?:in|during|for|over) (?:the )?)?«P(\d+)»)? (?:in the form of|through(?: the payment of)?|via|by way of) (?:our |the )?(?:(?!and\b|or\b)[a-z-]+ ){0,2}«M(\d+)»(?!,? (?:and|or|as well as) (?:(?:[a-z-]+ ){0,2}«M|(?:the |our )?(?:share |stock |special )?(?:repurchas|buy-?back|dividend)))(?![\w«])(?! (?:of|totaling|totalling|amounting to) (?:[a-z]+ )?«F)(?!(?:[^;.«]|«[FP]\d+»)*\b(?:and|as well as) (?:by |through |via )?(?:the |our )?(?:(?:share|stock) )?(?:repurchas|buy-?back))(?: (?:during|in|for|over) (?:the )?«P(\d+)»)?/,
    // (Not a part with an amount of its own: "through share repurchases of $405 million and dividends of $172 million".)
    // (A part of what was returned, listed after it: "we returned $912 million to shareholders in the quarter, including $512 million
    // through our industry-leading dividend".)
    context: /\b(?:invested|investing|invest|spent|spending|spend|returned|returning|return|deployed|allocated) (?:(?:[^;«.]|«[PC]\d+»){0,100}?«F\d+»[^;.]{0,160}?(?:,? including|,? and|,? of which) )?(?:a total of |approximately |about |roughly |nearly |over |more than )*$/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[2]) }, relation: "level", direction: 0, strength: 0.8, ...((m[3] ?? m[1]) !== undefined ? { periodSlot: Number(m[3] ?? m[1]) } : {}) }),
    examples: [
      { sentence: "During the fourth quarter, we invested approximately $830 million back into our business in the form of capital expenditures.", figure: "$830 million", expect: { subject: "capital expenditures", relation: "level" } },
      { sentence: "During fiscal 2021, we returned approximately $15 billion to our shareholders in the form of share repurchases, including $4.5 billion in the fourth quarter.", figure: "$15 billion", expect: { subject: "share repurchases", relation: "level" } },
      { sentence: "We returned $2 billion to our shareholders in the form of dividends and share repurchases.", figure: "$2 billion", expect: null },
      { sentence: "We also returned $145 million to shareholders through share repurchase activity.", figure: "$145 million", expect: { subject: "share repurchase", relation: "level" } },
      { sentence: "Year-to-date, we've returned a total of $131 million to shareholders via share repurchase activity.", figure: "$131 million", expect: { subject: "share repurchase", relation: "level" } },
      { sentence: "During the quarter, we returned a total of $577 million to shareholders through share repurchases of $405 million and dividends of $172 million.", figure: "$577 million", expect: null },
      { sentence: "We returned $133 million to shareholders through the payment of our quarterly base dividend.", figure: "$133 million", expect: { subject: "dividend", relation: "level" } },
      { sentence: "We returned $400 million to our stockholders in the third quarter of 2021 through our dividend, resulting in a payout ratio of 40%.", figure: "$400 million", expect: { subject: "dividend", relation: "level" } },
      { sentence: "We returned $278 million to shareholders through dividends and share repurchases.", figure: "$278 million", expect: null },
      // (Nor one whose second way comes after a remark on the first: "through our dividend, which currently provides almost a 4% return
      // and by repurchasing 2.1 million shares".)
      { sentence: "We returned $246 million in capital to shareholders through our dividend, which currently provides almost a 4% return and by repurchasing 2.1 million shares.", figure: "$246 million", expect: null },
      { sentence: "Finally, we have returned $94 million to shareholders in the form of dividends and repurchases.", figure: "$94 million", expect: null },
      { sentence: "And we returned $912 million to shareholders in the quarter, including $512 million through our industry-leading dividend and $400 million in share repurchases.", figure: "$512 million", expect: { subject: "dividend", relation: "level" } },
      { sentence: "We returned $185 million to shareholders during the year through the repurchase of 2.8 million shares for $121 million and $64 million through our quarterly dividend.", figure: "$64 million", expect: { subject: "dividend", relation: "level" } },
    ],
  },
  {
    name: "figure-returned-through-name",
    description: "An amount said to be returned or paid through a named measure, the verb after the figure ('our plans forecast approximately $250 million returned through our dividend program', '$40 million paid out in the form of dividends').",
    side: "after",
    pattern: /^ (?:of (?:capital|cash) )?(?:returned|paid out|paid|distributed)(?: to (?:our )?(?:share|stock|unit)holders)? (?:in the form of|through(?: the payment of)?|via|by way of) (?:our |the )?(?:(?!and\b|or\b)[a-z-]+ ){0,2}«M(\d+)»(?!,? (?:and|or|as well as) (?:(?:[a-z-]+ ){0,2}«M|(?:the |our )?(?:share |stock |special )?(?:repurchas|buy-?back|dividend)))(?![\w«])/,
    // (The name is the object of "through" and may modify a noun after it: "our dividend program".)
    placesName: true,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "In addition, our shareholder return plans for the full year continue to forecast approximately $250 million returned through our dividend program.", figure: "$250 million", expect: { subject: "dividend", relation: "level" } },
      { sentence: "In the quarter, $40 million was returned to shareholders, with $25 million paid out in the form of dividends.", figure: "$25 million", expect: { subject: "dividends", relation: "level" } },
      { sentence: "We expect about $500 million returned through dividends and share repurchases.", figure: "$500 million", expect: null },
    ],
  },
  {
    name: "figure-then-difference",
    description: "A level, then how much higher or lower it was ('expense of $351 million in the current quarter was $13 million lower than in Q4 of 2018').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID} (?:was|were|is|are) ${H}$`),
    afterContext: new RegExp(String.raw`^ (?:${DIFFERENCE_WORD}|better|worse)\b${NOT_FROM_OUTLOOK}`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Operating expense of $96 million in the current quarter was $4 million lower than in Q4 of 2023.", figure: "$4 million", expect: { subject: "$96 million", relation: "change" } },
      { sentence: "Total revenue of $1.4 billion was 10% ahead of last year.", figure: "10%", expect: { subject: "$1.4 billion", relation: "change" } },
      { sentence: "Our cash balance of March 31 of $335.3 million was $103.8 million less than our December 2019 balance.", figure: "$103.8 million", expect: { subject: "$335.3 million", relation: "change" } },
    ],
  },
  {
    name: "bringing-name-total",
    description: "A running total of a named measure ('bringing share repurchase to a total of $1099 million year-to-date').",
    side: "before",
    // ("bringing year-to-date capex to $40.7 million": the span may come first.)
    // ("That brings the total amount of operating cash flow in 2019 to $103 million": the total's amount, and its span, said so.)
    pattern: new RegExp(String.raw`\b(?:bringing|taking|brings|brought|takes|took) (?:our |the )?(?:total (?:amount of |level of )?)?(?:(?:${MONTH} )?«P\d+» )?«M(\d+)»${HEAD}(?: (?:(?:for|in) (?:the )?)?«P(\d+)»)? to ${H}$`),
    placesName: true,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, ...(m[2] !== undefined ? { periodSlot: Number(m[2]) } : { ownPeriod: true }) }),
    examples: [
      { sentence: "Our free cash flow was strong in the quarter, bringing our year-to-date free cash flow number to $1.2 billion.", figure: "$1.2 billion", expect: { subject: "free cash flow", relation: "level" } },
      { sentence: "This brings total capital expenditures for fiscal 2021 to $2.6 billion.", figure: "$2.6 billion", expect: { subject: "capital expenditures", relation: "level" } },
      { sentence: "We repurchased $30 million in the quarter, bringing share repurchase to a total of $55 million year-to-date.", figure: "$55 million", expect: { subject: "share repurchase", relation: "level" } },
      { sentence: "Capital expenditures for the quarter were $12.5 million, bringing year-to-date capex to $40.7 million.", figure: "$40.7 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "That brings the total amount of operating cash flow in 2019 to $103 million, an 11% improvement compared to last year.", figure: "$103 million", expect: { subject: "operating cash flow", relation: "level" } },
    ],
  },
  {
    name: "outlook-for-name",
    description: "The outlook for a measure ('our outlook for revenue is in the $11.7 billion to $11.9 billion range').",
    side: "before",
    pattern: new RegExp(String.raw`\b(?:outlook|guidance|forecast|expectations?|target) for (?:our |the |total )?«M(\d+)»(?: (?:in|for) (?:the )?«P\d+»)? (?:is|are|remains?|of|at|to be|calls for|(?:has|have)(?: been)? (?:raised|increased|reduced|lowered|revised|updated|decreased)(?: (?:up|down)(?:wards?)?)? to|now)(?: (?:in the|in a|at|of|around|approximately|between|a range of|range of|now))* ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "For 2025, our outlook for revenue is in the $2.1 billion to $2.2 billion range.", figure: "$2.1 billion to $2.2 billion", expect: { subject: "revenue", relation: "level" } },
      { sentence: "Our full year expectation for capital expenditures has reduced to $1.3 billion from our prior expectation of $1.5 billion.", figure: "$1.3 billion", expect: { subject: "capital expenditures", relation: "level" } },
    ],
  },
  {
    name: "guidance-from-range-to-new-range",
    description: "Guidance for a measure moved from one range to a new one ('narrowing guidance for 2021 GAAP EPS from $11.97 to $12.57 to a new range of $11.97 to $12.17'): the new range is the measure's outlook (its growth's when 'growth' follows the name); the range it moved from is the old outlook, linked to nothing.",
    side: "before",
    cue: / to (?:a |the )?(?:new |revised |updated |narrower )?range of /,
    pattern: new RegExp(String.raw`\b(?:guidance|outlook|expectations?) (?:for )?(?:«P\d+» )?(?:(?:gaap|non-gaap|adjusted|diluted|total|full[- ]year) )*«M(\d+)»( growth)?(?: from continuing operations)? from (?:a range of )?«F\d+»(?: to «F\d+»)? to (?:a |the )?(?:new |revised |updated |narrower )?range of ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: m[2] ? "change" : "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "We are narrowing guidance for 2021 GAAP EPS from continuing operations from $11.97 to $12.57 to a new range of $11.97 to $12.17.", figure: "$11.97 to $12.17", expect: { subject: "EPS", relation: "level" } },
      { sentence: "We are narrowing guidance for 2021 GAAP EPS from continuing operations from $11.97 to $12.57 to a new range of $11.97 to $12.17.", figure: "$12.57", expect: null },
      { sentence: "For the company, we are now narrowing guidance for 2021 revenue growth from 12% to 16% to a new range of 13% to 15%.", figure: "13% to 15%", expect: { subject: "revenue", relation: "change" } },
    ],
  },
  {
    name: "name-at-end-of-range",
    description: "A measure aimed at one end of a range ('we continue to target full-year capital spending at the low end of our $1.78 billion to $1.88 billion guidance range'): the range is the measure's.",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)»(?: (?:for|in) (?:the )?«P\d+»)?(?: (?:to (?:be|come in|land|finish)|coming in|landing|finishing))? (?:at|near|toward|towards|in) the (?:low|lower|high|higher|upper|bottom|top) (?:end|half|part) of (?:our|the|its) (?:«P\d+» )?(?:(?:guidance|outlook|target|forecast|expected) )?(?:range (?:of )?)?${H}$`),
    when: (q) => q.value === null,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We continue to target full-year capital spending at the low end of our $1.78 billion to $1.88 billion guidance range.", figure: "$1.78 billion to $1.88 billion", expect: { subject: "capital spending", relation: "level" } },
    ],
  },
  {
    name: "name-expectation-for-period",
    description: "A measure's expectation for a period ('Our capex expectation for fiscal 2022 is $100 million'): the expectation is the measure's outlook.",
    side: "before",
    // (Not "increased our sales expectation for 2021 to be approximately $11.25 billion in combined revenues": what the figure
    // is said of follows it there, and the rule leaves it to that.)
    pattern: new RegExp(String.raw`«M(\d+)» expectations? (?:(?:for|in) (?:the )?)?(?:«P\d+»|full year|year|fiscal year) (?:is|are|remains?|of|at)(?: (?:in the|in a|at|of|around|approximately|about|roughly|between|a range of|range of|now|still|unchanged at))* ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Our capex expectation for fiscal 2022 is $100 million.", figure: "$100 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "Our new adjusted earnings per share expectations for 2024 are $3.13 to $3.33.", figure: "$3.13 to $3.33", expect: { subject: "earnings per share", relation: "level" } },
      { sentence: "We did raise our capex expectations for the full year are about $45 million to $50 million.", figure: "$45 million to $50 million", expect: { subject: "capex", relation: "level" } },
    ],
  },
  {
    name: "for-name-we-expect",
    description: "A sentence that opens on a measure and gives the company's expectation for it ('For EPS, we expect a range of $1.30 to $1.50').",
    side: "before",
    pattern: new RegExp(String.raw`^(?:(?:and|so|now|then|finally|lastly|next),? )?(?:for|on|regarding|as for|turning to|moving to) (?:our |the |total |full[- ]year |«P\d+» )*«M(\d+)»${HEAD},? (?:we|i) (?:now |currently |still |continue to |are |'re )*(?:expect|expecting|anticipate|anticipating|project|projecting|forecast|forecasting|guide|guiding|see|seeing|target|targeting|estimate|estimating)(?: (?:to|that))?(?: (?:it|this|that) (?:to )?)?(?: (?:be|come in|land|range|total))?(?: (?:in the|in a|at|of|around|approximately|about|between|a range of|range of|range from|from|to))* ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "For EPS, we expect a range of $1.30 to $1.50.", figure: "$1.30 to $1.50", expect: { subject: "EPS", relation: "level" } },
      { sentence: "For adjusted EBITDA, we now expect $410 million to $420 million.", figure: "$410 million to $420 million", expect: { subject: "EBITDA", relation: "level" } },
    ],
  },
  {
    name: "pronoun-again",
    description: "The sentence's measure again, by pronoun ('EPS increased from $0.33 in Q1 to $0.44 in Q2, then it increased to $0.57 in Q3').",
    side: "before",
    pattern: new RegExp(String.raw`^[^«]*?«M(\d+)»(?:(?!«M).)*?,? (?:then|and|but|while|and then) (?:it|they)(?: also| then| again)* (${CHANGE_VERB})(?: by)? (to )?${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: m[3] ? "level" : "change", direction: m[3] ? 0 : dirOf(m[2]), strength: 0.75 }),
    examples: [
      { sentence: "Adjusted EPS increased from $0.05 in Q1 to $0.12 in Q2, then it increased to $0.18 in Q3.", figure: "$0.18", expect: { subject: "EPS", relation: "level" } },
    ],
  },
  {
    name: "bringing-total",
    description: "A running total of the measure just given ('capital spending was $4.8 billion bringing the year-to-date spend to $11.0 billion').",
    side: "before",
    // ("we deployed $2.2 billion to repurchase 8.8 million of our shares, bringing our year-to-date total up to $4.9 billion": the
    // amount, not the count of shares it bought.)
    pattern: new RegExp(String.raw`«F(\d+)»(?: to (?:repurchase|buy back) «F\d+»(?: of (?:our |its )?(?:common )?(?:shares|stock))?)?[^«]{0,30}?,? (?:bringing|taking|for a) (?:the |our |a )?(?:«P(\d+)» )(?:[a-z-]+ )?(?:total )?(?:up )?to ${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, periodSlot: Number(m[2]) }),
    examples: [
      { sentence: "In the second quarter, capital spending was $21 million bringing the year-to-date spend to $39 million.", figure: "$39 million", expect: { subject: "$21 million", relation: "level" } },
      { sentence: "In the third quarter, we deployed $2.2 billion to repurchase 8.8 million of our shares, bringing our year-to-date total up to $4.9 billion.", figure: "$4.9 billion", expect: { subject: "$2.2 billion", relation: "level" } },
    ],
  },
  {
    name: "per-share-then-total",
    description: "The total of an amount just given per share ('a quarterly cash dividend of $0.97 per share for a total of $613 million').",
    side: "before",
    when: (q) => !q.perShare && q.unit !== "percent",
    // (Not after a total: "repurchased over 500,000 shares at an aggregate cost of $95 million, for a total of $203 million returned
    // in cash to shareholders", the dividends and the buybacks together.)
    subjectWhen: (q) => q.perShare,
    // ("we paid a dividend of $0.08 per share during the fourth quarter amounting to $4.8 million": its period between.)
    pattern: new RegExp(String.raw`«F(\d+)»(?:,? (?:(?:during|in|for) (?:the )?)?«P\d+»)?,? (?:for a total of|totaling|totalling|amounting to|or a total of) ${H}$`),
    // (Not a total of another span: "a cash dividend of $0.15 per share during the fourth quarter for a total of $172 million in dividends for the year".)
    afterContext: /^(?!(?: (?:in|of) (?:[a-z]+|«M\d+»))? (?:for|during|in|over) (?:the )?(?:(?:full|whole|entire|fiscal) )?(?:year|«P\d+»))/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true }),
    examples: [
      { sentence: "Also in November, we paid a quarterly cash dividend of $0.97 per share for a total of $613 million.", figure: "$613 million", expect: { subject: "$0.97 per share", relation: "level" } },
      { sentence: "On that note, we paid a dividend of $0.08 per share during the fourth quarter amounting to $4.8 million.", figure: "$4.8 million", expect: { subject: "$0.08 per share", relation: "level" } },
      { sentence: "We paid $108 million in dividends and repurchased over 500,000 shares at an aggregate cost of $95 million, for a total of $203 million returned in cash to shareholders.", figure: "$203 million", expect: null },
    ],
  },
  {
    name: "figure-or-change",
    description: "A change given as an alternative reading of a level, with its change word after it ('$10.33 to $10.60 or 17% to 20% growth over fiscal 2021', '$6.78 billion or approximately 25% growth year over year'). Not a difference from another measure ('$290 million or approximately $1.7 billion lower than adjusted earnings').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z,-]+ ){0,3}«M\d+»)?${MID},? or ${H}$`),
    afterContext: new RegExp(String.raw`^${NOT_OTHER_MEASURE} (?:(?:year[- ](?:over|on)[- ]year|yoy|sequential|organic|reported|revenue|sales) )?(?:growth|increase|decrease|decline|improvement|expansion|higher|lower|above|below|up|down)\b(?! than (?!(?:the |our |a )?(?:«P|prior|last|previous|year[- ]ago)))`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We now expect diluted EPS for fiscal 2022 to be in the range of $10.33 to $10.60 or 17% to 20% growth over fiscal 2021.", figure: "17% to 20%", expect: { subject: "$10.33 to $10.60", relation: "change" } },
      { sentence: "Net income in the quarter was $290 million or approximately $1.7 billion lower than adjusted earnings.", figure: "$1.7 billion", expect: null },
      { sentence: "Gross profit for the quarter was $40.6 million or 25.5% with margins down from a year ago.", figure: "25.5%", expect: null },
    ],
  },
  {
    name: "figure-or-adjusted-figure",
    description: "A second reading of the same measure on another basis, after 'or' ('EPS was $2.07 or $1.97 excluding notable items').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? or ${H}$`),
    afterContext: /^ (?:excluding|ex-|before|on an? (?:adjusted|non-gaap|operating|core) basis|adjusted)\b/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8, sameRelation: true }),
    examples: [
      { sentence: "Second quarter EPS was $2.07 or $1.97 excluding notable items.", figure: "$1.97", expect: { subject: "$2.07", relation: "level" } },
    ],
  },
  {
    name: "change-and-currency-change",
    description: "A change restated at constant currency after 'and' ('a 7% increase year-over-year and 4% in constant currency'): the same measure's change on that basis.",
    side: "before",
    when: (q) => q.unit === "percent",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:[a-z-]+ ){0,3}?(?:increase|decrease|growth|decline|improvement))?(?: (?:year[- ](?:over|on)[- ]year|yoy|reported|as reported|in (?:u\.s\. )?dollars))?,? and ${H}$`),
    afterContext: /^ (?:in|at|on an?) (?:constant|local)[- ]currenc/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8, sameRelation: true }),
    examples: [
      { sentence: "Total revenue was $491 million, a 7% increase year-over-year and 4% in constant currency.", figure: "4%", expect: { subject: "7%", relation: "change" } },
    ],
  },
  {
    name: "change-noun-then-change",
    description: "A change said as a figure and a change noun, then a second change of the same measure against another period ('a 7.1% increase sequentially and 15.4% year over year').",
    side: "before",
    when: (q) => q.unit === "percent",
    pattern: new RegExp(String.raw`\ban? ${H}«F(\d+)» (?:${CHANGE_NOUN})${MID},? and ${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "That was a 7.1% increase sequentially and 15.4% year over year.", figure: "15.4%", expect: { subject: "7.1%", relation: "change" } },
    ],
  },
  {
    name: "figure-then-percent-over",
    description: "A percentage right after a level, said over an earlier period: the level's rise ('net sales for Q2 reached $1.3 billion, more than 140% over Q2 of last year').",
    side: "before",
    when: (q) => q.unit === "percent",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z,-]+ ){0,3}«M\d+»)?${MID},? ${H}$`),
    afterContext: /^ (?:over|above|ahead of) (?:the |a |our )?(?:«P\d+»|prior[- ]year|last year|a year ago|year[- ]ago)/,
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "change", direction: 1, strength: 0.8 }),
    examples: [
      { sentence: "Net sales for Q2 reached $1.3 billion, more than 140% over Q2 of last year.", figure: "140%", expect: { subject: "$1.3 billion", relation: "change" } },
      { sentence: "Revenue was $512 million, 12% over the prior year.", figure: "12%", expect: { subject: "$512 million", relation: "change" } },
      // A share of the level, not its rise.
      { sentence: "Revenue was $512 million, 12% of which came from services.", figure: "12%", expect: null },
    ],
  },
  {
    name: "figure-then-base",
    description: "An earlier level the figure is compared with ('free cash flow equaled $178 million, compared to $239 million in the prior year quarter').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z,-]+ ){0,3}«M\d+»| «M\d+»(?= (?:(?:as )?compared|compares|versus|vs\.?)\b))?(?: (?:range|level|figure|guidance range))?(?: ${CHANGE_NOUN})?${MID},? (?:(?:and )?(?:that|which|this|it) (?:was |is |has been )?(?=(?:compared|up|down|higher|lower|above|below|increased|decreased|improved|rose|fell|declined|grew)\b))?(?:(?:and )?(?:as )?compared (?:to|with)|(?:and |which |that |this )?compares (?:to|with)|in comparison (?:to|with)|(?:an? |the )(?:[a-z-]+ )?(?:increase|decrease|decline|improvement|rise|drop|reduction) (?:from|over|compared (?:to|with)|versus|vs\.?)|versus|vs\.?|against|(?:and )?(?:(?:was|were|is|are) )?(?:up|down|increased|decreased|improved|rose|fell|declined|grew|increasing|decreasing|improving|rising|falling|declining|growing)(?: slightly| significantly| modestly| sharply)? from|from|relative to|(?:higher|lower|more|less|above|below|better|worse) than|(?:above|below|ahead of)(?= (?:the |our )?(?:«P\d+»|prior[- ]year|last year|year[- ]ago))|than|(?<=\b(?:(?:increase|decrease|decline|improvement|rise|growth) of|by|up|down|increased|decreased|grew|rose|fell|declined|improved) «F\d+» )over(?: the)?)(?: (?:the |our )?(?:«P\d+»|prior[- ]year|last year'?s?|year[- ]ago|the prior year'?s?|a year ago)(?: (?!(?:and|or|but|was|were|is|are|has|had|while|which|by)\b)(?:«M\d+»|[a-z-]+)){0,2}?(?: (?:of|at))?)?(?: (?:a |an )?(?:net )?(?:loss|losses|income|profit|earnings)(?: per (?:diluted )?share)? of| (?:an? |the )?(?:adjusted|non-gaap|gaap|reported|as-adjusted|as-reported))? ${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "base", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "During the first six months of the year, free cash flow equaled $44 million compared to $38 million in the prior year.", figure: "$38 million", expect: { subject: "$44 million", relation: "base" } },
      // (A copula before the change: "Sales of $2.2 billion were up from $2.0 billion in the second quarter of 2020".)
      { sentence: "Diluted EPS of $3.20 was up significantly from $1.30 in the second quarter of last year.", figure: "$1.30", expect: { subject: "$3.20", relation: "base" } },
      { sentence: "We ended the quarter with a healthy cash balance of $124 million, which compares to $134 million last year.", figure: "$134 million", expect: { subject: "$124 million", relation: "base" } },
      { sentence: "The reported gross margin for the second quarter of 2021 was 56.1% on a GAAP basis and compares to 54.6% in Q2 of 2020.", figure: "54.6%", expect: { subject: "56.1%", relation: "base" } },
      // (The figure's measure named right after it: "$3.54 diluted earnings per share compared to $48.3 million or $1.61 per share".)
      { sentence: "Non-GAAP net income for the second quarter of 2021 was $106.6 million or $3.54 diluted earnings per share compared to $48.3 million or $1.61 per share in Q2 of 2020.", figure: "$48.3 million", expect: { subject: "$3.54", relation: "base" } },
      { sentence: "Income from operations was $33.5 million versus prior year earnings of $29.8 million.", figure: "$29.8 million", expect: { subject: "$33.5 million", relation: "base" } },
      { sentence: "Our total sales for the third quarter were $128.7 million, an increase of 13.3% over the $113.6 million in the same period last year.", figure: "$113.6 million", expect: { subject: "13.3%", relation: "base" } },
      { sentence: "For the full year 2019, fully diluted earnings per share of $12.41 increased 4.5% over $11.87 per share as reported last year.", figure: "$11.87 per share", expect: { subject: "4.5%", relation: "base" } },
      { sentence: "And for the full year, as-adjusted EPS of $12.26, rising from the as-adjusted $11.81.", figure: "$11.81", expect: { subject: "$12.26", relation: "base" } },
      { sentence: "Our adjusted operating margin was 11.7%, versus an adjusted 11.2% in the prior year.", figure: "11.2%", expect: { subject: "11.7%", relation: "base" } },
      { sentence: "All these items delivered adjusted EPS of $0.85 per share above prior year's $0.80 per share.", figure: "$0.80 per share", expect: { subject: "$0.85 per share", relation: "base" } },
      { sentence: "Adjusted EPS was $0.29 per share compared to a loss of $1.79 in the second quarter of 2020.", figure: "$1.79", expect: { subject: "$0.29 per share", relation: "base" } },
      { sentence: "We reported GAAP net income of $55 million, or $0.74 per share, which increased from a loss of $0.09 per share in the prior year.", figure: "$0.09 per share", expect: { subject: "$0.74 per share", relation: "base" } },
      { sentence: "Our operating margin was 44.1% this quarter, increasing from 36.4% last quarter and decreasing from 46.3% in the third quarter of last year.", figure: "36.4%", expect: { subject: "44.1%", relation: "base" } },
      // A change said as a noun, then the base ("a meaningful increase from Q1 of $22.6 million").
      { sentence: "Adjusted operating income for Q2 was $29.5 million, a meaningful increase from Q1 of $22.6 million.", figure: "$22.6 million", expect: { subject: "$29.5 million", relation: "base" } },
      { sentence: "Revenue was $84 million, a decrease from $91 million in the prior year quarter.", figure: "$91 million", expect: { subject: "$84 million", relation: "base" } },
      { sentence: "Our operating margin was 44.1% this quarter, increasing from 36.4% last quarter and decreasing from 46.3% in the third quarter of last year.", figure: "46.3%", expect: { subject: "36.4%", relation: "base" } },
      // ("..., and that compared to $1.44", "..., and that was up slightly from $205.9 million": a clause of "that" still compares.)
      { sentence: "Net income per diluted share was $1.03 in the first six months of fiscal 2021, and that compared to $1.44 in the first six months of fiscal 2020.", figure: "$1.44", expect: { subject: "$1.03", relation: "base" } },
      { sentence: "Cash flow provided by operating activities was $210.1 million in the first six months, and that was up slightly from $205.9 million in the first six months of fiscal 2020.", figure: "$205.9 million", expect: { subject: "$210.1 million", relation: "base" } },
      // A second clause after the compared period states a difference of its own, not the base.
      { sentence: "We ended with $410 million of total debt, down $25 million from the second quarter and $60 million below a year ago.", figure: "$60 million", expect: null },
      { sentence: "Net debt was $950 million, which was down $40 million from the third quarter and was $120 million lower than last year.", figure: "$120 million", expect: null },
      { sentence: "Operating profit was $65 million, higher than the same period last year by $9 million.", figure: "$9 million", expect: null },
    ],
  },
  {
    name: "figure-change-then-base",
    description: "A level, the change said as a figure and a change noun, then the earlier level it changed from ('58.6%, a 90 basis point increase over the prior year level of 57.7%', '$210.7 million, a 49% increase over the prior year amount of $141.3 million').",
    side: "before",
    pattern: new RegExp(String.raw`«F(\d+)»${MID},? (?:an? |the )?«F\d+» (?:${CHANGE_NOUN}) (?:over|from|versus|vs\.?|compared (?:to|with)|against) (?:the |our |a )?«P\d+»(?: (?:level|amount|figure|result|total|number))?(?: of)? ${H}$`),
    link: (m) => ({ subject: { kind: "figure", slot: Number(m[1]) }, relation: "base", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Gross margin in the quarter was 58.6%, a 90 basis point increase over the prior year level of 57.7%.", figure: "57.7%", expect: { subject: "58.6%", relation: "base" } },
      { sentence: "Adjusted operating profit amounted to $210.7 million in the quarter, a 49% increase over the prior year amount of $141.3 million.", figure: "$141.3 million", expect: { subject: "$210.7 million", relation: "base" } },
    ],
  },
  {
    name: "company-loss-per-share",
    description: "The company said to incur or report a loss (or earnings) of an amount per share, with no measure named: its EPS ('H&P incurred a loss of $1.13 per diluted share', 'we reported earnings of $0.45 per share').",
    side: "before",
    pattern: new RegExp(String.raw`(?:\bwe|«C\d+»|\bthe company)(?: (?:have|has|also|then))? (?:incurred|reported|posted|recorded|had|delivered|generated|earned) (?:a |an )?(?:(?:net|gaap|adjusted|non-gaap|diluted|quarterly) )*(?:loss|earnings|income|profit) of ${H}$`),
    when: (q) => q.perShare,
    // ("We had a loss of $2.66 per share from net realized and unrealized losses": one part of the result, not the EPS.)
    afterContext: /^(?! (?:from|related to|due to|attributable to) )/,
    link: () => ({ subject: { kind: "metric", name: "eps" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "To summarize this quarter's results, Example Co incurred a loss of $1.13 per diluted share versus a loss of $0.66 in the previous quarter.", figure: "$1.13 per diluted share", expect: { subject: "eps", relation: "level" } },
      { sentence: "We had a loss of $2.66 per share from net realized and unrealized losses on our RMBS assets.", figure: "$2.66 per share", expect: null },
      { sentence: "Second quarter earnings per share were negatively impacted by a net $0.53 loss per share of select items.", figure: "$0.53 loss per share", expect: null },
    ],
  },
  {
    name: "per-share-guidance",
    description: "An outlook of an amount per share, with no measure named: the EPS outlook ('we are affirming our guidance range of $2.40 to $2.60 per share').",
    side: "before",
    pattern: new RegExp(String.raw`\bour (?:(?:full[- ]year|annual|«P\d+»|earnings|updated|current|narrowed|raised|adjusted) )*(?:guidance|outlook|forecast)(?: range)? (?:of|is|at|to) ${H}$`),
    when: (q) => q.perShare,
    // (Not a dividend's or a distribution's outlook, nor a part's: "we anticipate our regulated operations segment will be at the
    // higher end of our guidance range of $2.30 to $2.50", "At the utility, we are reaffirming our guidance range of $1.46 to $1.54".)
    notContext: /\b(?:dividends?|distributions?|payouts?|ffo|funds from operations|segments?|business(?:es)?|utility|utilities|subsidiar(?:y|ies)|division)\b/,
    // (Nor a difference: "approximately $0.25 per share compared to the prior guidance".)
    afterContext: /^(?! (?:compared|versus|vs\.?|from|above|below|higher|lower|more|less|ahead|behind)\b)/,
    link: () => ({ subject: { kind: "metric", name: "eps" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Based on our strong performance year-to-date, we are affirming our guidance range of $2.40 to $2.60 per share, and currently expect to be near the top end of that range.", figure: "$2.40 to $2.60 per share", expect: { subject: "eps", relation: "level" } },
      { sentence: "We are raising our dividend guidance to $1.20 per share.", figure: "$1.20 per share", expect: null },
      { sentence: "At the utility, we are reaffirming our guidance range of $1.46 to $1.54 per share.", figure: "$1.46 to $1.54 per share", expect: null },
    ],
  },
  {
    name: "buyback-of-authorization",
    description: "An amount the company bought back out of its repurchase authorization: a share repurchase ('we repurchased $92 million of the $200 million share repurchase authorization').",
    side: "after",
    pattern: /^ of (?:the |our |its |a |an )?(?:remaining |total |existing |current )?«F\d+» «M(\d+)»/,
    names: ["share_repurchase_authorization", "share_repurchase"],
    context: new RegExp(String.raw`\b(?:we|the company|«C\d+»)(?: also)?(?:'ve| have| has)? (?:repurchased|bought back|purchased)(?: back)? ${H}$`),
    when: (q) => !q.perShare && q.unit !== "percent",
    link: () => ({ subject: { kind: "metric", name: "share_repurchase" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "In the second quarter, we repurchased $92 million of the $200 million share repurchase authorization in place for 2025.", figure: "$92 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "We repurchased $92 million of the $200 million senior notes due in 2026.", figure: "$92 million", expect: null },
    ],
  },
  {
    name: "buyback-verb",
    description: "Shares bought back for an amount: a share repurchase ('we purchased 1.8 million shares of stock for $140 million', 'we repurchased $140 million of stock').",
    side: "before",
    cue: /purchas|bought back|returned|buyback|buying back/,
    pattern: new RegExp(String.raw`(?:\b|(?<=»))(?:(?:(?:we|the company|«C\d+»)(?: also)?(?:'ve| have| has)?|(?<=\bwe\b(?:[^.;«]|«[FM]\d+»){0,100}) and) (?:repurchased|bought back|purchased|returned)(?: (?:or|and) (?:redeemed|retired|cancell?ed))?|(?:repurchases?|buybacks?|purchases?) (?:of|stand at|totaled|were|was)|repurchasing|buying back) (?:${H}«F\d+» (?:of (?:our )?)?(?:(?:common )?shares|shares of (?:our |«C\d+»(?:['’]s)? )?(?:class [a-z] )?(?:common )?stock|(?:our )?(?:class [a-z] )?(?:common )?stock)(?:,? at an? (?:weighted[- ])?average (?:price|cost) of «F\d+»(?: per share)?)?(?:[^«]|«P(\d+)»){0,40}? (?:for|totaling|worth|at an? (?:total |aggregate |acquisition )?cost of|for a total (?:consideration |cost |amount )?of|or)|(?:${MID} )?) ${H}$|(?<=\bwe\b[^.;«]{0,60}) (?:to|will|'ll) (?:repurchase|buy back) ${H}$|(?<=\bwe\b[^.;«]{0,60}\b(?:in|by|on) )(?:repurchasing|buying back) ${H}$`),
    // (A period said between the shares and their cost dates it: "we repurchased 363,000 shares in the quarter at a cost of $92 million".)
    link: (m) => ({ subject: { kind: "metric", name: "share_repurchase" }, relation: "level", direction: 0, strength: 0.85, ...(m[1] !== undefined ? { periodSlot: Number(m[1]) } : {}) }),
    examples: [
      { sentence: "During the first quarter, we invested in repurchasing $6.3 million or 126,000 shares of our common stock.", figure: "$6.3 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "During the first quarter, we purchased 0.4 million shares of stock for $25 million.", figure: "$25 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "During the second quarter, we paid dividends of $1.14 per share or $46 million and repurchased approximately 95,000 shares at a cost of $20 million.", figure: "$20 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "We repurchased 1 million shares of common stock during the third quarter at an acquisition cost of $25 million.", figure: "$25 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "During the quarter, we repurchased 1 million shares of Example Co's common stock for $13 million.", figure: "$13 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "During the quarter, we repurchased a total of 1.2 million common shares at a weighted average price of $41.14 per share for a total consideration of approximately $49 million.", figure: "$49 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "We currently expect to repurchase about $500 million by year-end.", figure: "$500 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "During the quarter through our stock buyback program, we repurchased and retired approximately 102,000 shares of Class A common stock for $0.5 million.", figure: "$0.5 million", expect: { subject: "share_repurchase", relation: "level" } },
    ],
  },
  {
    name: "buyback-named-shares-for",
    description: "Repurchases named as a measure, then the shares and what they cost: the share repurchase ('Full year 2019 share repurchases totaled 1,495,000 shares for $238.4 million').",
    side: "before",
    pattern: new RegExp(String.raw`«M(\d+)» (?:totaled|totalled|were|was|of) (?:approximately |about |roughly )?«F\d+» (?:(?:common )?shares|shares of (?:our )?(?:common )?stock)(?: (?:for|at a (?:total |aggregate )?cost of|totaling)) ${H}$`),
    names: ["share_repurchase"],
    link: () => ({ subject: { kind: "metric", name: "share_repurchase" }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Full year 2025 share repurchases totaled 1,495,000 shares for $238.4 million.", figure: "$238.4 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "Full year 2025 share repurchases totaled 1,495,000 shares, or $238.4 million of capital returned.", figure: "$238.4 million", expect: null },
    ],
  },
  {
    name: "verb-name-by-figure",
    description: "A measure the company grew or cut by the figure, the verb before the measure ('growing our revenue by 100% versus the same quarter in 2021', 'we reduced our total debt by $200 million').",
    side: "before",
    // The company is the verb's subject ("we reduced", "growing" after "by", "and" or "including"); a cause is not ("Forex reduced revenue by
    // $9 million", "the heat wave increased operating income by $4.7 million": impacts).
    // ("We grew revenue 3.5%": "by" may go unsaid; "our operations performed well, growing consolidated revenues by 3.5%": a
    // participle after the comma of a clause on us is ours.)
    // (The verb must be in the view: tried from every word, the pattern was most of the time of a long sentence of figures.)
    cue: new RegExp(COMPANY_MOVES),
    pattern: new RegExp(String.raw`(?:${COMPANY_DOES}|(?<=\b(?:we|our|«C\d+»)\b(?:[^;«]|«P\d+»){0,120}), )(${COMPANY_MOVES}) (?:our |the |its )?(?:«P\d+» )?(?:(?!(?:range|guidance|outlook|forecast|target|expectations?|estimates?|view)\b)[a-z-]+ ){0,3}«M(\d+)»(?: rate(?= by))?(?: (?:(?:for|in|during) )?(?:the )?«P\d+»)?(?: by)? ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[2]) }, relation: "change", direction: /^(?:reduc|lower|decreas|cut)/.test(m[1]!) ? -1 : 1, strength: 0.8 }),
    examples: [
      { sentence: "The key benefits included growing our revenue by 100% versus the same quarter in 2021.", figure: "100%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "On a year-to-date basis, we have grown total revenues by 22% and diluted earnings per share by 24%.", figure: "22%", expect: { subject: "revenues", relation: "change" } },
      { sentence: "During the quarter we reduced our total debt by $200 million.", figure: "$200 million", expect: { subject: "total debt", relation: "change" } },
      { sentence: "Negative forex reduced our revenue by $9 million in the quarter.", figure: "$9 million", expect: null },
      { sentence: "We grew revenue 12% in the quarter.", figure: "12%", expect: { subject: "revenue", relation: "change" } },
      { sentence: "We grew FFO per share and AFFO by 8.3% and 10.2% respectively and increased our regular quarterly common dividend by 9.3%.", figure: "9.3%", expect: { subject: "dividend", relation: "change" } },
      { sentence: "As a reminder, we recognized an investment gain in Q1 last year, which impacted our tax rate and increased EPS by $0.15.", figure: "$0.15", expect: null },
      { sentence: "We now expect to grow constant currency sales 9% to 10%.", figure: "9% to 10%", expect: { subject: "sales", relation: "change" } },
      { sentence: "We have raised the range for adjusted diluted earnings per share by $0.10 to between $3.70 and $3.85.", figure: "$0.10", expect: null },
      { sentence: "We are increasing our outlook for free cash flow by 5% to $630 million.", figure: "5%", expect: null },
      { sentence: "Our approach allowed us to secure our brand at a low multiple, increase our company sales by 10% and improve margins.", figure: "10%", expect: null },
      { sentence: "We grew net sales for the quarter by 16.2% to $976.8 million.", figure: "16.2%", expect: { subject: "net sales", relation: "change" } },
      { sentence: "All of our operations performed very well throughout the first six months of the year, growing consolidated revenues by 3.5%.", figure: "3.5%", expect: { subject: "revenues", relation: "change" } },
      { sentence: "Lower volumes weighed on the quarter, reducing revenue by $9 million.", figure: "$9 million", expect: null },
      { sentence: "Regarding our other capital deployment priorities, we increased our dividend rate by 30% after 15% the year before.", figure: "30%", expect: { subject: "dividend", relation: "change" } },
    ],
  },
  {
    name: "verb-limited-name-to",
    description: "The level the company held a measure to ('we restricted capex spending to only $20.7 million', 'we limited capital expenditures to $20 million').",
    side: "before",
    cue: /» to /,
    pattern: new RegExp(String.raw`${companyVerbName("restrict(?:ed|ing)|limit(?:ed|ing)|capp(?:ed|ing)|constrain(?:ed|ing)")}${MID} to ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "In the second quarter, we restricted capex spending to only $20.7 million, including $8.5 million for the renovation.", figure: "$20.7 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "We limited capital expenditures to $20 million in the quarter.", figure: "$20 million", expect: { subject: "capital expenditures", relation: "level" } },
      { sentence: "The weather limited our revenue to $20 million in the quarter.", figure: "$20 million", expect: null },
    ],
  },
  {
    name: "verb-name-by-figure-to",
    description: "The level a measure the company grew or cut reached ('we grew revenue by 22% to $39.21 billion in 2021', 'we have reduced our quarterly net interest expense to $23 million').",
    side: "before",
    cue: /» to /,
    pattern: new RegExp(String.raw`${COMPANY_MOVED_NAME}${MID} to ${H}$`),
    // ("We've also increased revenue to $31.8 billion, up from our initial guide of $31.5 billion": the outlook raised, no result.)
    afterContext: new RegExp(String.raw`^(?![^;.]{0,40}?\b(?:from|versus|vs\.?|than|over) (?:our |the |its )?(?:initial |prior |previous |original |earlier |last )?(?:guid\w*|outlook|forecast|expectations?)\b)`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Turning to our results for the full year, we grew revenue by 22% to $39.21 billion in 2021.", figure: "$39.21 billion", expect: { subject: "revenue", relation: "level" } },
      { sentence: "Negative forex reduced our revenue by $9 million to $100 million.", figure: "$100 million", expect: null },
      { sentence: "We have reduced our quarterly net interest expense to $23 million, a $31 million reduction as compared to prior year.", figure: "$23 million", expect: { subject: "net interest expense", relation: "level" } },
      { sentence: "We've also increased revenue to $31.8 billion, up from our initial guide of $31.5 billion.", figure: "$31.8 billion", expect: null },
      { sentence: "We reduced our total debt to $1.2 billion.", figure: "$1.2 billion", expect: { subject: "total debt", relation: "level" } },
      { sentence: "We grew net sales for the quarter by 16.2% to $976.8 million.", figure: "$976.8 million", expect: { subject: "net sales", relation: "level" } },
    ],
  },
  {
    name: "verb-name-from-figure",
    description: "The earlier level a measure the company grew or cut moved from ('increased the quarterly dividend from $0.16 per share to $0.18 per share'): the comparison base.",
    side: "before",
    cue: /\bfrom /,
    pattern: new RegExp(String.raw`${COMPANY_MOVED_NAME} from ${H}$`),
    afterContext: /^ to (?:approximately |about )?«F\d+»/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "base", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Our board increased the quarterly dividend from $0.16 per share to $0.18 per share.", figure: "$0.16 per share", expect: { subject: "dividend", relation: "base" } },
    ],
  },
  {
    name: "moved-it-from-to",
    description: "A measure moved, said again as 'it', from an earlier level to a new one ('an increase in the quarterly dividend of 13% or $0.02 per share raising it from $0.16 a share to $0.18 per share'): the figure after 'from' is the base, the one after 'to' the level.",
    side: "before",
    placesName: true,
    cue: / it from /,
    pattern: new RegExp(String.raw`«M(\d+)»(?: (?:of|by) ${H}«F\d+»(?: or ${H}«F\d+»)?)?,? (?:rais|increas|lower|reduc|cutt|tak|bring)\w* it from ${H}(?:«F\d+» (to) ${H})?$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: m[2] ? "level" : "base", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "LP has declared an increase in the quarterly dividend of 13% or $0.02 per share raising it from $0.16 a share to $0.18 per share.", figure: "$0.16 a share", expect: { subject: "dividend", relation: "base" } },
      { sentence: "LP has declared an increase in the quarterly dividend of 13% or $0.02 per share raising it from $0.16 a share to $0.18 per share.", figure: "$0.18 per share", expect: { subject: "dividend", relation: "level" } },
    ],
  },
  {
    name: "verb-name-from-figure-to",
    description: "The level a measure the company grew or cut reached from an earlier one ('enabled the company to boost operating profit by 20% from $83 million to $100 million').",
    side: "before",
    cue: /» to /,
    pattern: new RegExp(String.raw`${COMPANY_MOVED_NAME} from ${H}«F\d+» to ${H}$`),
    // (Not a level dated after it, "reduced the dividend from $0.30 per share to $0.20 per share for the second quarter": the period
    // may be when the change takes effect, which the figures alone do not date.)
    afterContext: /^(?! (?:per share )?(?:for|in|during|starting|beginning|effective) (?:the )?«P)/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Lower operating expenses enabled the company to boost operating profit by 20% from $83 million to $100 million.", figure: "$100 million", expect: { subject: "operating profit", relation: "level" } },
      { sentence: "The Board of Directors reduced the dividend from $0.30 per share to $0.20 per share for the second quarter.", figure: "$0.20 per share", expect: null },
    ],
  },
  {
    name: "cash-part-of-liquidity",
    description: "The cash a liquidity total is made of: the cash balance ('$4.7 billion in total liquidity, comprised of $726 million in cash, cash equivalents and short-term investments').",
    side: "after",
    pattern: /^ (?:in|of) (?:[a-z-]+ ){0,2}«M(\d+)»/,
    // ("ending the year with nearly $5 billion of liquidity, including over $2.5 billion of cash": the total said before its measure.)
    // ("$807 million of liquidity after completing our recent property transactions including roughly $163 million of cash on hand": a
    // clause of when may stand between.)
    // ("we had total liquidity of over $1.1 billion, including $350 million of cash": a hedged total.)
    context: new RegExp(String.raw`(?:«M\d+»(?: of ${H}«F\d+»)?|«F\d+» (?:of|in) (?:total )?«M\d+»)(?: (?:after|following)(?: [a-z-]+){1,6}?)?,? (?:comprised|consisting|composed|made up|including|which includes|which included) (?:of )?(?:approximately |about |roughly |over |more than |nearly |almost |just over )?$`),
    names: ["cash_and_investments"],
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "As of September 30, we had approximately $4.7 billion in total liquidity, comprised of $726 million in cash, cash equivalents and short-term investments and $2.5 billion of revolver capacity.", figure: "$726 million", expect: { subject: "cash, cash equivalents and short-term investments", relation: "level" } },
      { sentence: "And we're also ending the year with nearly $5 billion of liquidity, including over $2.5 billion of cash.", figure: "$2.5 billion", expect: { subject: "cash", relation: "level" } },
      { sentence: "At quarter end, we had total liquidity of over $1.1 billion, including $350 million of cash and $791 million available under our unsecured revolving credit facility.", figure: "$350 million", expect: { subject: "cash", relation: "level" } },
      { sentence: "We have approximately $807 million of liquidity after completing our recent property transactions including roughly $163 million of cash on hand and $644 million available on our unsecured credit facility.", figure: "$163 million", expect: { subject: "cash on hand", relation: "level" } },
    ],
  },
  {
    name: "expected-to-reach",
    description: "An expected measure said to move on and then reach a level: the figure is its guidance ('We expect fourth quarter total sales to continue to accelerate closer to 2019 and reach $495 million to $510 million').",
    side: "before",
    pattern: new RegExp(String.raw`\bexpect(?:s|ed|ing)? (?:our |the |its )?(?:«P\d+» )?(?:[a-z-]+ ){0,2}«M(\d+)» to (?:(?:[a-z-]+|«P\d+»|,) ){1,8}?and (?:to )?(?:reach|total|land at|come in at|approximate|end at|be) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We expect fourth quarter total sales to continue to accelerate closer to 2024 and reach $495 million to $510 million.", figure: "$495 million to $510 million", expect: { subject: "sales", relation: "level" } },
      { sentence: "We expect operating margin to improve through the year and be about 12%.", figure: "12%", expect: { subject: "operating margin", relation: "level" } },
    ],
  },
  {
    name: "outlook-verb-to-figure",
    description: "An outlook (or budget) raised, lowered or kept at a level: the figure after 'to' is the measure's new guidance ('we are raising our full-year non-GAAP operating margin to 18.5%', 'raising our revenue guidance by $300 million to $26.4 billion', 'increasing our capital expenditure budget from $245 million to a new record of $310 million').",
    side: "before",
    // A verb in the present names the outlook ("we are raising our operating margin to"); a past one only with an outlook word
    // after the measure ("we raised our revenue guidance to"), since "we increased our operating margin to 12%" is a result.
    pattern: new RegExp(String.raw`(?:\b(?:rais(?:e|es|ing)|increas(?:e|es|ing)|lower(?:s|ing)?|reduc(?:e|es|ing)|narrow(?:s|ing)?|updat(?:e|es|ing)|revis(?:e|es|ing)|tighten(?:s|ing)?|reaffirm(?:s|ing)?|maintain(?:s|ing)?) (?:our |the |its )?(?:«P\d+» )?(?:[a-z-]+ ){0,2}«M(\d+)»(?: (?:guidance range|outlook range|guidance|outlook|forecast|range|expectations?|target|budget|estimate|plan))?|(?:raised|increased|upped|lowered|reduced|narrowed|updated|revised|tightened|reaffirmed|maintained) (?:our |the |its )?(?:«P\d+» )?(?:[a-z-]+ ){0,2}«M(\d+)» (?:guidance range|outlook range|guidance|outlook|forecast|range|expectations?|target|budget|estimate|plan)|(?:rais|increas|upp|lower|reduc|narrow|updat|revis|tighten)\w* (?:our |the |its )?(?:«P\d+» )?(?:guidance|outlook|forecast|range|expectations?|target|budget|estimate|plan) (?:for|of) (?:our |the )?(?:[a-z-]+ ){0,2}«M(\d+)»|«M(\d+)»${OUTLOOK_PASSIVE}|(?:raised|increased|upped|lowered|reduced|narrowed|updated|revised|tightened) (?:our |the |its )?(?:expected|projected|forecasted|estimated|targeted) (?:[a-z-]+ ){0,2}«M(\d+)»)(?: (?:(?:for|in) (?:the )?)?«P\d+»)?(?: (?:upward|downward|upwards|downwards))?(?: by ${H}«F\d+»(?: per (?:diluted )?share)?(?: points)?(?: at the (?:midpoint|low end|high end))?,?)?(?:(?<=(?:guidance|outlook|forecast|range|expectations?|target|budget|estimate|plan|ed)(?: «P\d+»)?) from (?:a range of |the range of |a range from )?${H}«F\d+»,?(?: up| down)?)? to (?:now )?(?:be )?(?:in )?(?:a (?:new )?(?:record|high|total|level) of |a (?:new )?range (?:of|from) |the range of |range of |between )?${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) }, relation: "level", direction: 0, strength: 0.85 }),
    examples: [
      { sentence: "Flowserve increased and tightened our adjusted EPS guidance range for the full year to $1.40 to $1.60 per share.", figure: "$1.40 to $1.60 per share", expect: { subject: "EPS", relation: "level" } },
      { sentence: "We are again raising our EPS guidance from a range of $8.90 to $9.10, up to a range of $9.15 to $9.30.", figure: "$9.15 to $9.30", expect: { subject: "EPS", relation: "level" } },
      { sentence: "Also in the quarter, we upped our free cash flow guidance by $25 million to $450 million.", figure: "$450 million", expect: { subject: "free cash flow", relation: "level" } },
      { sentence: "We are also raising our full-year non-GAAP operating margin to 18.5%.", figure: "18.5%", expect: { subject: "operating margin", relation: "level" } },
      { sentence: "We are raising our fiscal 2023 revenue guidance by $300 million to $26.4 billion.", figure: "$26.4 billion", expect: { subject: "revenue", relation: "level" } },
      { sentence: "We are increasing our 2021 capital expenditure budget from $245 million to a new record of $310 million.", figure: "$310 million", expect: { subject: "capital expenditure", relation: "level" } },
      // (The period after the outlook's word: "we reduced our capital expenditure budget for 2020 from approximately $65 million to $35 million".)
      { sentence: "Finally, we reduced our capital expenditure budget for 2020 from approximately $65 million to $35 million.", figure: "$35 million", expect: { subject: "capital expenditure", relation: "level" } },
      { sentence: "We are raising our adjusted EPS guidance by $0.30 to a range of $5.95 to $6.15.", figure: "$5.95 to $6.15", expect: { subject: "EPS", relation: "level" } },
      { sentence: "We are raising our adjusted EPS guidance by $0.30 to a range of $5.95 to $6.15.", figure: "$0.30", expect: null },
      // ("to now be in a range of"; a past verb with "expected" before the measure, and the measure's period between.)
      { sentence: "We have increased our guidance for adjusted net revenue to now be in a range of $7.55 billion to $7.625 billion.", figure: "$7.55 billion to $7.625 billion", expect: { subject: "net revenue", relation: "level" } },
      { sentence: "We now have increased our expected adjusted earnings per share for the full year to a range of $7.87 to $8.07.", figure: "$7.87 to $8.07", expect: { subject: "earnings per share", relation: "level" } },
      { sentence: "We have raised the range for adjusted diluted earnings per share by $0.10 to between $3.70 and $3.85.", figure: "$3.70 and $3.85", expect: { subject: "earnings per share", relation: "level" } },
      { sentence: "Our full-year EPS guidance was raised by $0.05 to $3.46 to $3.54.", figure: "$3.46 to $3.54", expect: { subject: "EPS", relation: "level" } },
      { sentence: "EPS was updated to a range from $3.46 to $3.54.", figure: "$3.46 to $3.54", expect: { subject: "EPS", relation: "level" } },
    ],
  },
  {
    name: "capital-uses",
    description: "Cash put to a use that names the measure: capital projects are capex, shares bought are a repurchase ('we invested $18.2 million in capital projects', 'we utilized $31 million to repurchase shares').",
    side: "after",
    // Past the figure's share of sales ("$9 million or 1% of net sales in capital expenditures"); a measure named there is the subject.
    // ("$70 million to $80 million on a consolidated basis or $60 million to $70 million on a pro rata basis in capital expenditures":
    // each figure said on its basis.)
    pattern: new RegExp(String.raw`^(?: or (?:approximately |about )?«F\d+» of (?:our |total )?(?:net )?«M\d+»)?(?: ${SPENT_BASIS}(?: or (?:approximately |about )?«F\d+» ${SPENT_BASIS})?)? (?:(?:in|on|into|for) (?:capital (?:projects|expenditures?|investments?|spending)|property,? plant and equipment|(?:our )?«M(\d+)»)|to (?:repurchase|buy back) (?:\w+ )?(?:shares|stock)\b(?!,? (?:and )?(?:to )?(?:pay|fund|dividends)))(?![\w«])(?!,? and (?:our |in |on )?(?:[a-z-]+ ){0,2}«M\d+»)`),
    context: new RegExp(String.raw`\b(?:invested|investing|invest|spent|spending|spend|utilized|used|deployed|allocated|devoted) ${SPENT_HEDGE}(?:«F\d+» ${SPENT_BASIS} or (?:approximately |about )?)?$`),
    link: (m) => m[1] !== undefined
      ? { subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }
      : { subject: { kind: "metric", name: /repurchase|buy back/.test(m[0]) ? "share_repurchase" : "capex" }, relation: "level", direction: 0, strength: 0.8 },
    examples: [
      { sentence: "During the quarter, we invested $18.2 million in capital projects.", figure: "$18.2 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "During the quarter, we utilized $31 million to repurchase shares.", figure: "$31 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "We invested $14 million or 2% of net sales in capital expenditures this quarter.", figure: "$14 million", expect: { subject: "capital expenditures", relation: "level" } },
      { sentence: "For the full year, we expect to spend $70 million to $80 million on a consolidated basis or $60 million to $70 million on a pro rata basis in capital expenditures.", figure: "$60 million to $70 million", expect: { subject: "capital expenditures", relation: "level" } },
      { sentence: "We utilized $18.2 million to repurchase shares, pay our quarterly dividend and fund capital projects.", figure: "$18.2 million", expect: null },
      // (The sum of two measures: "we expect to invest over $1 billion in capital expenditures and research and development".)
      { sentence: "We expect to invest over $1 billion in capital expenditures and research and development.", figure: "$1 billion", expect: null },
    ],
  },
  {
    name: "spent-in-capital",
    description: "Money spent or invested 'in capital', the word alone, is capex ('we invested $10 million in capital, primarily related to machinery'); not capital deployed or allocated, which buybacks and acquisitions use too.",
    side: "after",
    pattern: /^ (?:in|on) capital(?= «P| (?:in|for|during|over|this|next|primarily|mainly|mostly) |[.,;]|$)/,
    context: new RegExp(String.raw`\b(?:invested|investing|invest|spent|spending|spend) ${SPENT_HEDGE}$`),
    link: () => ({ subject: { kind: "metric", name: "capex" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We expect to spend between $25 million and $35 million in capital in 2020.", figure: "$25 million and $35 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "Also during the quarter, we invested $10 million in capital, primarily related to machinery and equipment.", figure: "$10 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "Over three years, we deployed $1.3 billion in capital.", figure: "$1.3 billion", expect: null },
    ],
  },
  {
    name: "buyback-object",
    description: "An amount of stock bought back ('we repurchased $140 million of stock year-to-date').",
    side: "after",
    pattern: /^ (?:worth )?(?:of|in) (?:our |its |the company's |«C\d+»(?:'s)? )?(?:own )?(?:common )?(?:shares|stock)\b/,
    // ("We also acquired approximately $20 million of our common stock in 2019": acquiring its own stock is buying it back.)
    context: /\b(?:repurchased|bought back|buy back|repurchase|repurchasing|buying back|purchased|purchasing|acquired)\b[^«]{0,30}$/,
    link: () => ({ subject: { kind: "metric", name: "share_repurchase" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "Through the end of July, we repurchased $40 million of stock year-to-date.", figure: "$40 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "We also acquired approximately $20 million of our common stock in 2019.", figure: "$20 million", expect: { subject: "share_repurchase", relation: "level" } },
      { sentence: "We returned $67.8 million through dividends and the repurchase of $24 million of Example common stock.", figure: "$24 million", expect: { subject: "share_repurchase", relation: "level" } },
    ],
  },
  {
    name: "name-then-we-expect",
    description: "A measure named first, then what the company expects of it after a comma ('And adjusted diluted EPS, we are expecting to be between $6.25 and $6.35').",
    side: "before",
    placesName: true,
    pattern: new RegExp(String.raw`^(?:(?:and|so|now|also|finally|lastly),? )*(?:(?:our|the) )?(?:(?:adjusted|total|gaap|non-gaap|diluted|reported|full[- ]year) )*«M(\d+)»(?: (?:for|in) (?:the )?«P\d+»)?, (?:we|i)(?: are|'re|'m| am)? (?:now |still |currently )?(?:expect|expecting|anticipate|anticipating|forecast|forecasting|project|projecting|estimate|estimating)(?: (?:it|this|that))? to (?:be|come in|land|total|range) (?:(?:in the range of|between|at|of|from|approximately|about|around|roughly) )*$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.7 }),
    examples: [
      { sentence: "And adjusted diluted EPS, we are expecting to be between $6.25 and $6.35, which is an increase of $0.10 over our prior guidance.", figure: "$6.25 and $6.35", expect: { subject: "EPS", relation: "level" } },
      { sentence: "Free cash flow, we expect it to be approximately $300 million.", figure: "$300 million", expect: { subject: "Free cash flow", relation: "level" } },
    ],
  },
  {
    name: "opening-names-measure",
    description: "A sentence that opens on a measure ('On the capex line,', 'Looking at adjusted EBITDA,', 'In terms of operating margin,') and goes on with the company doing or saying it ('we'd invested', 'this came in at', 'we expect a full year rate between'): its first figure is the measure's. Not when another noun is the clause's subject ('our core portfolio grew', 'aftermarket was up') or the figure names its own measure ('$300 million in free cash flow'). A change word before it makes it the change.",
    side: "before",
    placesName: true,
    cue: new RegExp(`^${TOPIC_OPENING}`),
    // ("In terms of free cash flow for the full year, we now expect it to be approximately $735 million": the period may follow.)
    // ("On the adjusted EPS line, where we excluded early debt retirement expense, we earned $3.03": a clause on how it is counted may come between.)
    pattern: new RegExp(String.raw`^${MEASURE_OPENING}(?: (?:for|in) (?:the )?«P\d+»)?,(?: (?:where|which|excluding|including) (?:[^,;«]|«M\d+»){3,60},)? (${TOPIC_DOER})(?:(?:about|approximately|roughly|nearly|over|just over|more than|a little over|a total of|up|down|by) )*$`),
    afterContext: /^(?! (?:in|of) (?:[a-z-]+ ){0,2}«M)/,
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: /\b(?:grew|increased|decreased|declined|improved|up|down)\b/.test(m[2]!) ? "change" : "level", direction: dirOf(m[2]), strength: 0.6 }),
    examples: [
      { sentence: "On the capex line, we'd invested $2.5 billion through the first three quarters of 2021.", figure: "$2.5 billion", expect: { subject: "capex", relation: "level" } },
      { sentence: "Looking at adjusted EBITDA, this came in at $59 million in the second quarter of 2020.", figure: "$59 million", expect: { subject: "adjusted EBITDA", relation: "level" } },
      { sentence: "In terms of operating margin, we expect a full year rate between 14.1% and 14.7%.", figure: "14.1% and 14.7%", expect: { subject: "operating margin", relation: "level" } },
      { sentence: "For operating margin, we continue to expect fiscal year 2022 to be 15.2% to 15.4%.", figure: "15.2% to 15.4%", expect: { subject: "operating margin", relation: "level" } },
      { sentence: "From a capital expenditure perspective, during the third quarter, on a consolidated basis, we invested approximately $24 million in our portfolio.", figure: "$24 million", expect: { subject: "capital expenditure", relation: "level" } },
      { sentence: "In terms of free cash flow for the full year, we now expect it to be approximately $735 million.", figure: "$735 million", expect: { subject: "free cash flow", relation: "level" } },
      { sentence: "Yes, so for this year capex, we're estimating in the range of $70 million to $80 million, which is a step up over our historical run rates.", figure: "$70 million to $80 million", expect: { subject: "capex", relation: "level" } },
      { sentence: "So on the sales side, aftermarket was up approximately 40% in the quarter.", figure: "40%", expect: null },
      { sentence: "In terms of same store NOI, our core portfolio grew 5.4% for the quarter.", figure: "5.4%", expect: null },
      { sentence: "On the adjusted EPS line, where we excluded early debt retirement expense, we earned $3.03 in the quarter.", figure: "$3.03", expect: { subject: "EPS", relation: "level" } },
    ],
  },
  {
    name: "opening-measure-then-outlook",
    description: "The outlook a sentence that opens on a measure gives after its result ('On the capex line, we'd invested $2.5 billion through the first three quarters of 2021 and expect to reach about $3.3 billion for the full year'): the measure's too.",
    side: "before",
    placesName: true,
    cue: new RegExp(`^${TOPIC_OPENING}`),
    pattern: new RegExp(String.raw`^${MEASURE_OPENING}, ${TOPIC_DOER}(?:[a-z-]+ )*?«F\d+»(?: [a-z-]+| «P\d+»)*,? and (?:we )?(?:now |still |also )?expects? (?:it |this )?to (?:reach|be|total|come in at|end the year at) ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.6 }),
    examples: [
      { sentence: "On the capex line, we'd invested $2.5 billion through the first three quarters of 2021 and expect to reach about $3.3 billion for the full year.", figure: "$3.3 billion", expect: { subject: "capex", relation: "level" } },
    ],
  },
  {
    name: "change-in-name-to-figure",
    description: "A change of a measure said as a noun, then the level it reached ('drove an increase in consolidated SG&A expense to $19.5 million', 'a decline in net debt to $1.2 billion'): the figure is the level.",
    side: "before",
    placesName: true,
    cue: / to /,
    // ("approved an increase of 4.9% in our recurring quarterly dividend to $0.43 per share": the change's amount may come between.)
    pattern: new RegExp(String.raw`\b(?:an? |the )?(?:(?:[a-z-]+|«F\d+») )?(?:increase|decrease|decline|reduction|rise|drop|improvement|growth)s? (?:of ${H}«F\d+» )?(?:in|of) (?:our |the |its |consolidated |total |regular |recurring |quarterly |annual |common |«P\d+» )*«M(\d+)»${MID} to ${H}$`),
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.75 }),
    examples: [
      { sentence: "Our Board approved an increase of 4.9% in our recurring quarterly dividend to $0.43 per share.", figure: "$0.43 per share", expect: { subject: "dividend", relation: "level" } },
      { sentence: "Increased rates of customer acquisition drove an increase in consolidated SG&A expense to $19.5 million in the first quarter.", figure: "$19.5 million", expect: { subject: "SG&A expense", relation: "level" } },
    ],
  },
  {
    name: "spent-to-buy-back",
    description: "Money spent to buy back stock ('we deployed $2.2 billion to repurchase 8.8 million of our shares'): the amount repurchased.",
    side: "after",
    pattern: /^ (?:to|for) (?:the )?(?:repurchase|buy back|buyback|repurchasing|buying back)\b/,
    context: /\b(?:deployed|spent|used|utilized|allocated|invested)\b[^«]{0,20}$/,
    link: () => ({ subject: { kind: "metric", name: "share_repurchase" }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "In the third quarter, we deployed $2.2 billion to repurchase 8.8 million of our shares.", figure: "$2.2 billion", expect: { subject: "share_repurchase", relation: "level" } },
    ],
  },
  {
    name: "spent-toward-name",
    description: "Money deployed or spent toward a buyback, capital spending or a dividend ('We deployed $200 million toward buybacks in the third quarter'): that measure's amount. (Not money 'allocated', as often a plan as a deed: 'We have allocated $2 billion to share repurchases', in an outlook for the next year.)",
    side: "after",
    pattern: /^ (?:toward|towards|to|for|on) (?:our |the )?(?:share |stock )?«M(\d+)»(?! (?:and|or|&|as well as)\b)/,
    context: /\b(?:deployed|spent|utilized|devoted) (?:(?:approximately|about|roughly|nearly|over|a total of) )*$/,
    names: ["share_repurchase", "capex", "dividend"],
    link: (m) => ({ subject: { kind: "name", slot: Number(m[1]) }, relation: "level", direction: 0, strength: 0.8 }),
    examples: [
      { sentence: "We deployed $200 million toward buybacks in the third quarter.", figure: "$200 million", expect: { subject: "buybacks", relation: "level" } },
      { sentence: "We deployed $300 million toward buybacks and dividends.", figure: "$300 million", expect: null },
    ],
  },
];
