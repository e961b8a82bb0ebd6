/**
 * Is a scope a part of the business? The scope stage takes a figure's scope from the words in
 * front of its measure ("Water Systems revenue"), from the segment the turn is on, or from the
 * sentence's opening. Those words are not always a part: a period ("October RevPAR"), a verb
 * ("we paid dividends"), a qualifier of the measure ("pre-tax operating income", "daily sales",
 * "constant dollars"), a determiner, a debt instrument, or the company's own short name ("Sun
 * reported core FFO"). Each rule below is named, says what it does, and has example sentences
 * that test/extract/metrics/scope-words.test.ts runs through the whole figure pipeline.
 *
 * A rule either drops the figure (the text does not establish whose figure it is, or the measure
 * is not the one named), or rewrites the scope: words that say nothing of whose figure it is are
 * taken off its edges, and what is left (or the company, when nothing is) is the scope.
 */
import type { Basis } from "../../model/facts.js";
import type { CallContext } from "./call-context.js";

export type ScopeVerdict =
  | { scope: string; basis: Basis | null; rule: string | null }
  | { drop: string; why: string };

export interface ScopeExample {
  sentence: string;
  /** The figure as written. */
  figure: string;
  /** The fact's scope after the rule, or null when the figure is no fact. */
  scope: string | null;
  /** The company of the call, when not "Example Co". */
  company?: string;
}

export interface ScopeRule {
  name: string;
  description: string;
  examples: ScopeExample[];
}

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
/** Words of a period: a period is when the figure is, never whose. */
const TIME_WORD = new RegExp(String.raw`(?:^|[\s'’-])(?:${MONTHS}|quarters?|q[1-4]|years?|fiscal|fy\d*|months?|weeks?|ytd|year-to-date|season-to-date|quarter-to-date|past|historical|historic|full-year|half|first-half|second-half|(?:19|20)\d\d)(?=$|[\s'’-])`, "i");
/** A clause's verb, not a name's word ("we paid dividends", "Corporate and Other segment reported pre-tax ..."). */
const VERB_WORD = /(?:^|\s)(?:produce|produces|produced|producing|reported|reports|reporting|paid|paying|pays|drive|drives|driving|drove|guide|guides|guiding|guided|included|includes|including|shows|showed|show|expects?|expected|expecting|generated|generates|generating|delivered|delivers|posted|posts|grew|grows|increased|decreased|declined|achieved|achieves|saw|sees|had|has|have|was|were|is|are|will|would|helped|helps|led|leads|growing|increasing|expanding|reducing|improving|driving|delivering|generating|raising|raised|lowering|lowered|adjusting)(?=$|\s)/i;
/** A quantity, not a part ("Several", "Some"). */
const DETERMINER = /^(?:several|some|many|most|various|certain|both|each|every|any|all|few|these|those|this|that|(?:second[- ]|third[- ])?(?:largest|biggest|smallest|fastest[- ]growing))$/i;
/** Words that open a phrase before the part it names ("Within the North American segment", "Together G4S and PAI"). */
const OPENING = /^(?:within|in|for|across|at|on|from|together|the|our|its|their|and|so|now|also|then|finally|turning to)\s+/i;
/** An effect of exchange rates ("favorable foreign exchange revenue of $50 million") is an impact, not a part. */
const CURRENCY_EFFECT = /^(?:(?:favorable|unfavorable|positive|negative)\s+)?(?:foreign exchange|foreign currency|currency|fx|translation|exchange rate)$/i;
/** A line of expense ("Turning to G&A", "In R&D") is a line that runs through the business, not a part of it. */
const EXPENSE_LINE = /^(?:s?g&a|r&d|d&a|general (?:and|&) administrative(?: expenses?)?|selling,? general,? (?:and|&) administrative(?: expenses?)?|research (?:and|&) development|depreciation(?: (?:and|&) amortization)?)$/i;
/** A debt instrument names a class of debt, not a part of the business. */
const INSTRUMENT = /^(?:credit (?:agreement|facility|facilities|line|lines)|revolv(?:er|ing credit(?: facility)?)|term loans?|(?:senior |convertible )?notes?|bonds?|debentures?|mortgages? payable|(?:non-?)?floor ?plan|(?:non-?)?recourse(?: mortgage)?|(?:un)?secured|mortgage|(?:bank |debt |credit )?covenant)$|^bank$/i;

/**
 * Qualifiers of a measure that are no part of the business, by what they do to the figure:
 * `basis` says it is an adjusted (non-GAAP) figure, `currency` one at steady exchange rates (constant currency); `measure` makes it another measure than the
 * one named (pre-tax operating income is not operating income, daily sales are not sales); `none`
 * says nothing of the figure's identity ("substantial revenue growth").
 */
const QUALIFIERS: Record<string, "basis" | "currency" | "measure" | "none"> = {
  constant: "currency", currency: "currency", "constant-currency": "currency", local: "currency", dollars: "currency", comparable: "basis", basis: "basis",
  pension: "basis", "pension-adjusted": "basis", "un-depreciated": "basis", undepreciated: "basis", "transaction-adjusted": "basis", core: "basis", underlying: "basis", normalized: "basis",
  // ("our base business revenues were up 17.6%", the business without a one-off like COVID testing: the company's, adjusted.)
  // ("Taxable equivalent net interest income was $1.1 billion": a bank's measure on a tax-equivalent basis, the company's.)
  "tax-equivalent": "basis", "taxable-equivalent": "basis", fte: "basis",
  base: "basis", "weather-normalized": "basis", "weather-normal": "basis", operational: "basis", recurring: "basis", "fx-neutral": "currency", "currency-neutral": "currency", fifo: "basis", lifo: "basis", economic: "basis",
  kilowatt: "measure", "kilowatt-hour": "measure", kwh: "measure", mwh: "measure", gwh: "measure", megawatt: "measure", "megawatt-hour": "measure",
  "short-term": "measure", "long-term": "measure", hour: "measure", therm: "measure", therms: "measure", dekatherm: "measure", volumetric: "measure", "pre-tax": "measure", pretax: "measure", "pre-provision": "measure", "preprovision": "measure", structural: "measure", daily: "measure", additional: "measure", incremental: "measure", target: "measure", targeted: "measure",
  "segment-level": "measure", "run-rate": "measure", implied: "measure", annualized: "measure", book: "measure", existing: "measure",
  committed: "measure", cumulative: "measure", average: "measure", "per-unit": "measure", unit: "measure", potential: "measure",
  open: "measure", signed: "measure", sweep: "measure", client: "measure", customer: "measure", restricted: "measure",
  // ("written same-store sales" are orders taken, "lease comps" rents.)
  written: "measure", booked: "measure", lease: "measure",
  // ("Closing backlog at December 31 was $19 billion": the balance at the period's end, no part; "federal tax rate": another measure.)
  closing: "none", opening: "none", ending: "none", federal: "measure",
  substantial: "none", dollar: "none", absolute: "none", usual: "none", customary: "none", corresponding: "measure", earned: "none", achieved: "none", effective: "measure", performance: "none", overall: "none", total: "none", strong: "none", solid: "none",
  record: "none", healthy: "none", comfortable: "none", very: "none", robust: "none", significant: "none", "lower-than-expected": "none",
  outsized: "none", exceptional: "none", impressive: "none", sizable: "none", meaningful: "none", excellent: "none", tremendous: "none",
  "higher-than-expected": "none", favorable: "none", unfavorable: "none", good: "none", great: "none",
  // ("our midpoint net leverage", "modest NII growth", "more normal inventory turns": no part.)
  midpoint: "none", modest: "none", normal: "none",
  // ("$115 million in opportunistic share repurchases": how the company bought, no part.)
  opportunistic: "none",
  // ("our consolidated second quarter 2021 results adjusted sales of $280 million", a full stop lost: the results are the company's.)
  results: "none",
  // The change a figure is the base or the end of ("a 3% decrease from 2018 GAAP diluted EPS of $3.85"): the measure's own.
  decrease: "none", increase: "none", decline: "none", reduction: "none",
};

/**
 * A past participle in small letters, alone, that says what was done to the measure or its range ("a narrowed adjusted EPS
 * guidance range", "our related gross margin"): no part's name. (Not every word in -ed: "the corrugated business" is a part.)
 */
const PARTICIPLE = /^(?:narrowed|widened|tightened|raised|lowered|updated|revised|reaffirmed|reiterated|maintained|affirmed|related|improved|expanded|increased|decreased|reduced|implied|estimated|projected|anticipated|forecasted|budgeted|planned)$/;

/** Compounds of praise or rank ("industry-leading", "best-in-class", "record-high", "all-time"): a judgement, no part. */
const PRAISE = /^(?:[a-z]+-)+(?:leading|best|class|high|low|record|breaking|setting|winning)$|^(?:best-in-class|all-time)$/;

/** Qualifiers written in capitals ("FIFO gross profit margin"): an inventory-costing basis, not a part. */
const CAPITAL_QUALIFIERS = new Set(["fifo", "lifo"]);

export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    name: "opening-words",
    description: "Prepositions, determiners and linking words that open the phrase are not the part's name: they come off its start.",
    examples: [{ sentence: "Within the Northern Plains segment, sales increased 12.5% to $249.1 million.", figure: "12.5%", scope: "Northern Plains" }],
  },
  {
    name: "sentence-break",
    description: "A scope that runs across a sentence break (one the sentence splitter let through before a lower-case word) was read past its phrase: the part is what follows the break.",
    examples: [{ sentence: "Moving to a discussion of segment performance. sealing products sales of $162.5 million increased 7.9% compared to the prior-year period.", figure: "$162.5 million", scope: "sealing products" }],
  },
  {
    name: "time-word",
    description: "A month, quarter, year or other period word says when a figure is, never whose; a scope holding one is no part, and the figure (of a month, or of a period the sentence dates twice) is dropped.",
    examples: [
      { sentence: "We expect our October RevPAR to decline by approximately 25% from the same period of 2019.", figure: "25%", scope: null },
      { sentence: "Acme Power's third quarter retail sales decreased 1.4% from the prior-year comparable period.", figure: "1.4%", scope: null },
    ],
  },
  {
    name: "verb-word",
    description: "A verb of the clause read as a name's word ('helped drive higher earnings per share', 'Corporate and Other segment reported pre-tax income'): whose figure it is is unsure, so it is dropped.",
    examples: [
      { sentence: "Top line growth and margin expansion helped drive higher earnings per share of $1.82.", figure: "$1.82", scope: null },
      { sentence: "Thanks to our Texas customers that produce net income of around $200 million, the year started well.", figure: "$200 million", scope: null },
      { sentence: "We are adjusting our forecast for corporate costs down slightly and lowering interest expense guidance to $9 million to $10 million.", figure: "$9 million to $10 million", scope: null },
    ],
  },
  {
    name: "determiner",
    description: "A quantity or rank word ('Several', 'Some', 'our largest segment') carried in as a segment's name names no part: the figure is dropped.",
    examples: [{ sentence: "In our largest segment, access equipment, we delivered 23% adjusted decremental margins during the quarter where revenues were down nearly 40%.", figure: "40%", scope: null }],
  },
  {
    name: "currency-effect",
    description: "Foreign exchange or currency named before a measure is the effect of exchange rates on it (an impact), not a part of the business: the figure is dropped.",
    examples: [{ sentence: "Our current guidance includes favorable foreign exchange revenue of approximately $50 million.", figure: "$50 million", scope: null }],
  },
  {
    name: "expense-line",
    description: "A line of expense (G&A, SG&A, R&D, depreciation) that a turn walks to is no part of the business: a figure said under it is not a part's, and whose it is stays unsure, so it is dropped.",
    examples: [{ sentence: "Turning to G&A. Adjusted EBITDA for the first quarter was $35 million compared to $185 million for the prior year quarter.", figure: "$35 million", scope: null }],
  },
  {
    name: "debt-instrument",
    description: "A credit agreement, facility, revolver, notes, bank, mortgage or floor-plan borrowing name a class of debt or a covenant's terms, not a part of the business: the figure is not the company's measure and is dropped.",
    examples: [
      { sentence: "We have $406 million of cash on hand, and our credit agreement leverage ratio was 1.95 times.", figure: "1.95 times", scope: null },
      { sentence: "At the end of the quarter, we had $605 million of non-recourse mortgage debt and $500 million of bank debt.", figure: "$500 million", scope: null },
      { sentence: "Non-floorplan interest expense decreased $1.5 million or 10% from prior year.", figure: "$1.5 million", scope: null },
      { sentence: "Our total debt outstanding was approximately $1.44 billion and the bank covenant leverage ratio was 1.71 times.", figure: "1.71 times", scope: null },
    ],
  },
  {
    name: "measure-qualifier",
    description: "A qualifier that makes another measure than the one named (pre-tax, pre-provision, daily, additional, incremental, target, segment-level, annualized, average, effective, short-term, a volume's unit such as kilowatt-hour or therm) is no part either: the figure is not the named measure's, so it is dropped.",
    examples: [
      { sentence: "Pretax adjusted operating margin was 20.7%.", figure: "20.7%", scope: null },
      { sentence: "We have additional liquidity of $250 million available on our line of credit.", figure: "$250 million", scope: null },
      { sentence: "We've got almost $1.3 billion of effective cash, and we are well positioned.", figure: "$1.3 billion", scope: null },
      { sentence: "Canadian daily sales were up 11.7% compared to the third quarter of 2024.", figure: "11.7%", scope: null },
      { sentence: "We ended the quarter with $115 million of short-term debt and total debt of $6.2 billion.", figure: "$115 million", scope: null },
      { sentence: "Through the first nine months, total electric kilowatt hour sales increased 1.2% relative to 2024.", figure: "1.2%", scope: null },
      { sentence: "Pre-provision net revenue declined $4.4 million or 2.1% from the prior quarter.", figure: "$4.4 million", scope: null },
    ],
  },
  {
    name: "basis-qualifier",
    description: "Words that say the figure is adjusted (comparable basis, core, operational, pension-adjusted) or at steady exchange rates (constant dollars, local currency) are its basis, not a part: they come off the scope, which is the company when nothing is left, and the fact's basis is non-GAAP or constant currency.",
    examples: [
      { sentence: "Comparable basis interest expense for the quarter decreased 7% to approximately $96 million.", figure: "$96 million", scope: "company" },
      { sentence: "Our non-GAAP FIFO gross profit margin of 37.5% in the quarter was a record.", figure: "37.5%", scope: "company" },
    ],
  },
  {
    name: "plain-qualifier",
    description: "Words of degree or judgement ('substantial', 'strong', 'total', 'dollar', 'industry-leading', 'best-in-class'), how the measure is counted ('accrual basis'), or the change a figure is the base of ('a 3% decrease from 2024 GAAP diluted EPS of $3.85'), say nothing of whose figure it is: they come off the scope, which is the company when nothing is left.",
    examples: [
      { sentence: "We demonstrated substantial revenue growth of 9% this quarter.", figure: "9%", scope: "company" },
      { sentence: "On Slide 5, we begin with our consolidated results adjusted sales of $280 million were up 38% versus prior year.", figure: "$280 million", scope: "company" },
      { sentence: "And our industry-leading adjusted consolidated EBITDA margin improved 670 basis points to 32.8%.", figure: "32.8%", scope: "company" },
      { sentence: "For the full year, GAAP diluted EPS was $3.75, a 3% decrease from 2024 GAAP diluted EPS of $3.85.", figure: "$3.85", scope: "company" },
      // How the measure is counted: "accrual basis", "cash basis".
      { sentence: "Accrual basis capital expenditures were $3.2 million in the quarter.", figure: "$3.2 million", scope: "company" },
    ],
  },
  {
    name: "company-name",
    description: "The company's own name, short name, initials or ticker is the company, not a part of it ('Sun reported core FFO per share of $2.71' for Sun Communities).",
    examples: [{ sentence: "For the first quarter, Sun reported core FFO per diluted share of $2.71, a 28% increase above prior year results.", figure: "$2.71", scope: "company", company: "Sun Homes, Inc." }],
  },
];

/** The scope rules with the call's names of the company (its name first, short names, initials, ticker). */
export function judgeCallScope(scope: string, ctx: Pick<CallContext, "companyNames" | "ticker">): ScopeVerdict {
  return judgeScope(scope, ctx.ticker ? [...ctx.companyNames, ctx.ticker] : ctx.companyNames);
}

/**
 * Reads a scope the scope stage chose. `companyNames` are the call's names of the company, lower-cased,
 * its full name first (then its short name, initials and ticker).
 */
export function judgeScope(scope: string, companyNames: readonly string[]): ScopeVerdict {
  // "Sun" for Sun Communities: the first word of the company's name, however short, written as a name.
  const firstWord = (companyNames[0] ?? "").split(/[\s,]+/)[0] ?? "";
  let s = scope.trim();
  let opened = false;
  for (let m = OPENING.exec(s); m; m = OPENING.exec(s)) { s = s.slice(m[0].length); opened = true; }
  // "segment performance. sealing technologies": a break the sentence splitter let through; the part is after it.
  // (A period of an abbreviation, "U.S.", is no break.)
  const broken = /^.*(?:[;:!?]|(?<!(?:^|\s)(?:[A-Z]\.)*[A-Z])\.)\s+/.exec(s);
  if (broken) s = s.slice(broken[0].length);
  if (/[;:!?]$|(?<!(?:^|\s)(?:[A-Z]\.)*[A-Z])\.$/.test(s) || !s) return { drop: "sentence-break", why: `the scope "${scope}" ends at a sentence break: whose figure it is is unsure` };
  if (TIME_WORD.test(s)) return { drop: "time-word", why: `the scope "${scope}" is a period word, not a part of the business` };
  if (VERB_WORD.test(s)) return { drop: "verb-word", why: `the scope "${scope}" holds a verb of the clause, not a part's name` };
  if (DETERMINER.test(s)) return { drop: "determiner", why: `"${scope}" is a quantity word, not a part's name` };
  if (CURRENCY_EFFECT.test(s)) return { drop: "currency-effect", why: `"${scope}" is an effect of exchange rates, not a part of the business` };
  if (EXPENSE_LINE.test(s)) return { drop: "expense-line", why: `"${scope}" is a line of expense, not a part of the business` };
  if (INSTRUMENT.test(s)) return { drop: "debt-instrument", why: `"${scope}" is a debt instrument, not a part of the business` };
  // Qualifiers come off both edges; a word in capitals is a name's ("CORE"), never a qualifier.
  // ("tax equivalent", "taxable equivalent": one qualifier in two words.)
  const words = s.replace(/\b(tax(?:able)?)[ -](equivalent)\b/gi, "$1-$2").split(/\s+/).filter(Boolean);
  const kinds = new Set<"basis" | "currency" | "measure" | "none">();
  const qualifier = (w: string) => {
    const key = w.toLowerCase().replace(/(?:'s|’s)$/, "");
    return /^[A-Z]{2,}/.test(w) && !CAPITAL_QUALIFIERS.has(key) ? undefined : QUALIFIERS[key] ?? (PRAISE.test(key) || (words.length === 1 && PARTICIPLE.test(w)) ? "none" : undefined);
  };
  // "Accrual basis capital expenditures", "cash basis": how the measure is counted, no part and no adjustment.
  if (words.length >= 2 && /^(?:accrual|cash)$/i.test(words[0]!) && /^basis$/i.test(words[1]!)) {
    words.splice(0, 2);
    kinds.add("none");
  }
  while (words.length && qualifier(words[0]!)) kinds.add(qualifier(words.shift()!)!);
  while (words.length && qualifier(words.at(-1)!)) kinds.add(qualifier(words.pop()!)!);
  if (kinds.has("measure")) return { drop: "measure-qualifier", why: `"${scope}" qualifies the measure (another measure than the one named), not a part of the business` };
  const rest = words.join(" ");
  const basis: Basis | null = kinds.has("basis") ? "non-GAAP" : kinds.has("currency") ? "constant currency" : null;
  const rule = kinds.has("basis") || kinds.has("currency") ? "basis-qualifier" : kinds.size ? "plain-qualifier" : broken ? "sentence-break" : opened ? "opening-words" : null;
  if (!rest) return { scope: "company", basis, rule };
  const lower = rest.toLowerCase().replace(/(?:'s|’s)$/, "");
  // "National Fuel's earnings" for National Fuel Gas: the first words of the company's name, written as a name, are the company.
  const leading = words.length > 1 && /^[A-Z]/.test(rest) && (companyNames[0] ?? "").startsWith(`${lower} `);
  if (companyNames.includes(lower) || leading || (words.length === 1 && /^[A-Z]/.test(rest) && lower === firstWord)) return { scope: "company", basis, rule: "company-name" };
  return { scope: rest, basis, rule };
}
