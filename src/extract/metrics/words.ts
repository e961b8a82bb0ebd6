/**
 * Word classes the figure rules are written in: regular-expression sources over the lower-cased
 * sentence view (sentence-view.ts), where «F0», «P0», «M0», «C0» stand for a figure, a period
 * phrase, a metric name and the company's own name.
 */

/** Words that may stand between a linking word and its figure: "was approximately $7.0 billion". */
export const HEDGE = String.raw`(?:(?:the same|same|between|approximately|about|roughly|nearly|almost|around|just|over|under|more than|less than|greater than|close to|some|only|also|again|another|a further|an additional|further|additional|up to|at least|a total of|totaling|a record|record|an all-time high of|a very|very|a strong|strong|a solid|solid|a healthy|healthy|a robust|robust|an impressive|impressive|a substantial|substantial|a significant|significant|a modest|modest|a|an|the|still|now|well|slightly|an incremental|incremental|negative|positive|minus|plus|a use of|a usage of|an outflow of|an inflow of|a net inflow of|flat at|essentially|basically|effectively|right|exactly|in excess of|north of|south of|better than|in the neighborhood of|on the order of|in the area of) )*`;

/** A period, basis or manner phrase after a metric's name, before its verb: "revenue in the quarter declined". */
export const MID = String.raw`(?:,? (?:(?:in|for|during|through|over|at|as of|at the end of|by the end of|of|from|versus|vs\.?|compared (?:to|with)) (?:the |our |this )?«P\d+»|«P\d+»|(?:at|as of|on) (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|in (?:the|this) (?:quarter|period)|on an? [a-z-]+(?: [a-z-]+){0,3} basis|(?:in|at) (?:constant|local|reported) currenc(?:y|ies)|reported|in dollars|in u\.s\. dollars|organically|sequentially|year[- ](?:over|on)[- ]year|yoy|y/y|quarter[- ]over[- ]quarter|as reported|in total|overall|for the (?:total )?company|(?:available|attributable) to (?:our )?(?:common )?(?:stock|share|unit)holders|attributable to (?:the )?«C\d+»|to common (?:stock|share)holders|from (?:continuing|ongoing) operations?|attributable to (?:the company|common (?:stock|shares?)|[a-z]+ (?:inc|corp|corporation|company)\.?)|as (?:mentioned|noted|expected|discussed|i (?:mentioned|said|noted)|we (?:mentioned|said|noted|expected|discussed))(?: (?:earlier|before|above|previously))?,?|excluding [a-z&' -]{1,60}?(?:, (?:and )?[a-z&'-]+(?: [a-z&'-]+){0,3})*,|(?:which|that) (?:excludes?|includes?|is defined as)(?:[^«,;]|«M\d+»){1,80},(?:(?:[^«,;]|«M\d+»){1,40},){0,2}|that's (?:[^«,;]|«M\d+»){1,60},|excluding (?:the )?(?:impact of )?[a-z&-]+(?: (?:and )?[a-z&-]+){0,5}|net of [a-z -]{1,70}?,|ex-[a-z]+|again|also|both|alone|itself|then|therefore|as a result|(?:a|which is a) non-gaap (?:financial )?measure,))*`;

/** A measure's level is stated: "revenue was", "EPS came in at", "free cash flow of". */
export const LEVEL_VERB = String.raw`(?:(?:could|should|would|will|may|might|to|is expected to|are expected to|is estimated to|are estimated to|continues to|continue to) (?:range from|range between|range|be|come in at|total|approximate)|a range of|in excess of|upwards of|north of|of over|of more than|was|were|is|are|being|flat(?: (?:with|to|versus|vs\.?|compared (?:to|with)) (?:the |our )?«P\d+»)?,? at|remained at|remained|remains at|remains|stayed at|held at|held steady at|was break-?even(?:,| and| or| at)|were break-?even(?:,| and| or| at)|exceeded|exceeds|(?<!to )exceed|surpassed|topped|'s|has been|have been|had been|came in at|came in|comes in at|totaled|totalled|totals|total|totaling|totalling|amounting to|reached|reaching|equaled|equalled|equals|amounted to|represented|stood at|stands at|ended (?:the (?:quarter|year|period) |(?:the )?«P\d+» )?at|finished (?:the (?:quarter|year|period) |(?:the )?«P\d+» )?at|(?:was|were|is|are|remained|came in) (?:approximately |about |roughly |essentially |relatively )?flat at|landed at|of|at|hit|was a record|were a record|was a use of|were a use of|was a net use of|were a net use of|was a usage of|was an outflow of|was a net outflow of|was an inflow of|was a net inflow of|was a loss of|were a loss of|was a net loss of|were a net loss of|to be|to come in at|to come in|to total|to reach|to land at|to approximate|to be approximately|to remain at|to range from|will be|should be|to be in the range of|to be in the range|in the range of|in the range|to be in|(?:unchanged|maintained|reaffirmed) at|(?:(?:remains?|remained|is|was|were|are) )?(?:very |quite )?(?:strong|solid|healthy|robust) at|within the range of|(?:to be |will be |to come in )?at the (?:high|low|upper|lower|top|bottom) end of (?:our |the )?(?:[a-z]+ )?range of|of between|between|ranging from|in a range of|range of|guidance of|guidance is|guidance range of|guidance to|outlook of|outlook is|target of|(?:was|were|came in) (?:above|below|within|at|near|ahead of|in line with) (?:the )?(?:(?:high|low|top|upper|lower|bottom) end of )?(?:our |the )?(?:(?:previous|prior|updated|original) )?(?:guidance|outlook|expectations?|forecast)(?: range)? at)`;

export const UP_VERB = String.raw`(?:increased|grew|grown|risen|rose|improved|recovered|rebounded|expanded|climbed|jumped|gained|surged|advanced|accelerated|increase|grow|rise|improve|expand|climb|was up|were up|is up|are up|was higher|were higher|up|higher|to increase|to grow|to rise|to improve|to expand|to be up|will increase|will grow|will be up|should increase|should grow|should be up|increasing|growing|rising|improving|expanding)`;
export const DOWN_VERB = String.raw`(?:decreased|declined|fell|fallen|dropped|contracted|shrank|slipped|decrease|decline|fall|drop|contract|shrink|was down|were down|is down|are down|was lower|were lower|down|lower|to decrease|to decline|to fall|to drop|to contract|to be down|will decrease|will decline|will be down|should decline|should be down|decreasing|declining|falling|dropping|contracting|to be reduced|to be lowered|to be cut|was reduced|were reduced)`;
export const UP_NOUN = String.raw`(?:increase|increases|growth|improvement|improvements|rise|expansion|gain|uptick|growth rate)`;
export const DOWN_NOUN = String.raw`(?:decrease|decreases|decline|declines|reduction|reductions|drop|contraction|fall|deterioration)`;
export const CHANGE_NOUN = `(?:${UP_NOUN}|${DOWN_NOUN})`;
export const CHANGE_VERB = `(?:${UP_VERB}|${DOWN_VERB})`;

/** Words in a figure's own words that say it fell. */
export const FALL = new RegExp(String.raw`\b(?:use of|usage of|outflow of|burn of|decreas\w*|declin\w*|fell|fall(?:ing|s)?|dropp?\w*|contract\w*|shr[ai]nk\w*|slipp?\w*|down|lower|reduction|reduc\w*|deteriorat\w*|negative|minus|loss(?:es)?)\b`);
export const RISE = new RegExp(String.raw`\b(?:increas\w*|grow\w*|grew|growth|rose|ris(?:e|ing|es)|improv\w*|expan\w*|climb\w*|jump\w*|gain\w*|surg\w*|advanc\w*|accelerat\w*|up|higher)\b`);

/** Expectation words: a figure they govern is guidance. */
export const GUIDANCE_CUE = /\b(?:(?<!(?:under|over|below|above|versus|vs\.?|against|to|of|ahead of|behind|on|within|than) (?:our |the )?(?:[a-z]+ )?)budget(?:s|ed)?\b(?! (?:variance|comparison)s?\b)|expect\w*|anticipat\w*|guid(?:e|ed|es|ing|ance)|outlook|forecast\w*|project(?:s|ed|ing|ions?)?|estimat\w*|target\w*|plan(?:s|ned|ning)? (?:to|for)|(?:plan|guidance|outlook|budget|forecast) calls? for|assum\w+|implies|implied|midpoint|(?:will|'ll|should|would|could|may|might) (?:be|come|total|grow|increase|decline|decrease|reach|range|approximate|remain|result|deliver|generate|produce|drive|land|end|see|improve|expand|contract|fall|rise|exceed|represent|imply|translate|equate|mean)|(?:is|are|'re|'s) going to [a-z]+|look(?:s|ing)? for|see(?:ing)? (?:full[- ]year|«P\d+»)|reaffirm\w*|reiterat\w*|rais(?:e|ed|ing)|lower(?:ed|ing)|narrow\w*|updat\w*|now see|to be in the range)\b/;

/** "a lower-than-expected tax rate", "better-than-anticipated results": an adjective of comparison, which neither looks ahead nor recalls an outlook. */
export const THAN_EXPECTED = /\b[a-z]+-than-(?:expected|anticipated|forecast(?:ed)?|projected|planned|guided)\b/g;

/** An old expectation recalled, or the result compared with one: the figure is not new guidance. */
export const NOT_GUIDANCE = /\b(?:than (?:we |i )?(?:had )?(?:originally |previously |initially )?(?:expected|anticipated|forecast(?:ed)?|projected|guided|thought|planned)|as (?:we |i )?(?:had )?(?:originally |previously )?(?:expected|anticipated|projected|guided|planned)|(?:prior|previous|earlier|original|initial|last quarter's|last year's|our old) (?:(?:[a-z-]+|«M\d+») ){0,3}?(?:guidance|outlook|forecast|expectations?|range)|(?:was|were|had been) (?:originally |previously |initially )?(?:expected|anticipated|projected|scheduled|slated) to|(?:above|below|within|exceeded|exceeding|beat|beating|ahead of|short of|top of|high end of|low end of|upper end of|midpoint of) (?:the )?(?:high end |low end |top end |top |midpoint )?(?:of )?(?:our |the )?(?:guidance|outlook|expectations?|range|forecast)|(?:don't|do not|doesn't|does not|didn't|did not|won't|will not|no longer) (?:provide |give |offer )?(?:guid\w*|forecast\w*|give guidance|provide guidance)|(?:delivered on|achieved|met|hit|surpassed) (?:our |the |its )?(?:(?:[a-z-]+|«M\d+») ){0,3}?(?:targets?|goals?|commitments?|guidance|outlook)|versus (?:our )?(?:guidance|expectations)|compared (?:to|with) (?:our )?(?:guidance|expectations))\b/;

/** The figure is a part or an effect of another figure, not a measure's own level. */
export const IMPACT = /\b(?:impact(?:s|ed|ing)?|effect(?:s)?|benefit(?:s|ed|ted|ing)?|headwinds?|tailwinds?|hurt|drag(?:ged)?|weigh(?:s|ed)?|contribut(?:e|ed|es|ing|ion)|added|adding|adds|offset(?:ting)?|dilut(?:ion|ive)|accret(?:ion|ive)|favorabl[ey]|unfavorabl[ey]|fx|currency|foreign exchange|translation|pricing|price|mix|volume|acquisitions?|divestitures?|restructuring|charges?|one-time|non-recurring|special items?|discrete|after[- ]tax|pre[- ]tax|tax rate|share count|synerg\w*|savings)\b/;

/** Words that speak of the whole company: a name they qualify is the company's. */
export const COMPANY_WORDS = new Set(["total", "consolidated", "overall", "company", "companywide", "company-wide", "enterprise", "enterprise-wide", "worldwide", "global", "group", "combined", "aggregate", "corporate", "firm-wide", "firmwide", "firm", "total company", "reported"]);

/** Basis words before a metric's name. */
export const NON_GAAP_WORDS = new Set(["adjusted", "non-gaap", "normalized", "underlying", "core", "comparable", "operating", "pro forma", "pro-forma", "cash", "ex-special", "ex-items", "constant-currency", "currency-neutral", "fx-neutral", "weather-normalized", "weather-adjusted"]);
/** Basis words that hold exchange rates steady: the figure's basis is constant currency. */
export const CONSTANT_CURRENCY_WORDS = new Set(["constant-currency", "currency-neutral", "fx-neutral"]);
export const GAAP_WORDS = new Set(["gaap", "reported", "as-reported", "unadjusted", "statutory"]);

/**
 * Words before a metric's name that say nothing of whose figure it is: degree, time, evaluation,
 * the basis and the company words above are read separately.
 */
export const NEUTRAL_WORDS = new Set(`new initial original latest preliminary net record strong solid healthy robust better higher lower improved improving good great excellent
outstanding impressive exceptional significant meaningful solid quarterly annual full-year full year fiscal year-to-date ytd half quarter
month first second third fourth sequential year-over-year year-on-year diluted basic per share expected implied estimated guided
projected current updated raised lowered reaffirmed revised overall double-digit single-digit mid-single-digit low-single-digit
high-single-digit mid-teens low-teens high-teens strongest highest lowest best worst all-time reported positive negative resulting
resultant continued continuing ongoing consecutive straight steady stable total free fee underlying normalized comparable gross bottom-line top-line
actual targeted planned budgeted anticipated forecasted forecast initial preliminary final cumulative ample sufficient high low common ordinary order stated regular record-breaking record-high quarter-end year-end month-end period-end balance balance-sheet sheet shareholder shareholders stockholder stockholders
weighted company's its our the this that these those fy fy20 fy21 fy22 h1 h2 q1 q2 q3 q4 1q 2q 3q 4q same
like-for-like as-reported unaudited audited consolidated constant currency local days days-adjusted
day-adjusted billing all-in merchandise outlook end ending stock shows show showed shown pro-rata prorata`.split(/\s+/));

/** Words before a metric's name that make it a figure of an earlier period ("prior-year net income"). */
export const PRIOR_WORDS = /\b(?:prior[- ]year|prior[- ]period|prior[- ]quarter|last[- ]year'?s?|year[- ]ago|previous[- ]year|a year ago|the prior year'?s?|pre-?covid|pre-?pandemic)\b/;

/** A goal, an ambition or a multi-year aim: no fact of a period, whatever figure it names. */
export const ASPIRATION = /\b(?:goal|goals|aim|aims|aspir\w*|ambition\w*|objective|objectives|long[- ]term|longer[- ]term|mid[- ]term|medium[- ]term|midterm|over time|someday|eventually|over the (?:next|coming) (?:few|several|\w+) years|by (?:20\d\d|the end of the decade|fiscal (?:year )?'?\d\d(?:\d\d)?|fy ?'?\d\d(?:\d\d)?)|(?:path|journey|roadmap) to|through 20\d\d|multi-?year|(?:two|three|four|five|six|seven|ten|\d+)[- ]year (?:plan|target|goal|strategy|framework|outlook)|run[- ]rate|annualized|on an annual basis)\b/;

/** A generic head after a measure's name: "inventory levels", "the deferred revenue balance". */
export const HEAD = String.raw`(?: (?:levels?|balances?|figures?|numbers?|amounts?|totals?|positions?|trends?|turns?|line|on hand|guidance|outlook|forecast|guidance range|range|budget|plan|estimates?|generation|rate|spend))?`;
/** A short relative clause after a measure's name, with no figure in it: "litigation expenses that will not be reimbursed by insurers". */
export const REL = String.raw`(?:,? (?:that|which) (?:[a-z'-]+ ){1,8}?(?=(?:is|are|was|were|will|to|should)\b)[a-z]*)?`;
/** An auxiliary with adverbs before a verb: "was also", "were again", "has been". */
export const AUX = String.raw`(?:(?:was|were|is|are|has been|have been|had been|has|have|had|'s|'re|will be|should be)(?: (?:also|again|still|only|just|now|once again|[a-z]+ly))* )?`;
/** Adverbs after a verb: "increased very slightly", "up significantly". */
export const ADV = String.raw`(?: (?:very |only |just |also |a bit |somewhat )?(?:[a-z]+ly|again|also|further|sequentially|organically|year[- ](?:over|on)[- ]year|yoy|quarter[- ]over[- ]quarter|quarter sequentially|in the quarter))*`;
/** Words that place a figure's range or point after a linking verb: "in a range of", "between", "approximately". */
export const RANGE_WORDS = String.raw`(?: (?:(?:(?:in|within|to) )?(?:a|the) range of|between|of|at|around|approximately|about|roughly|in the area of|in the neighborhood of|somewhere between|anywhere from))*`;

/** A span that is no fiscal period: "over the last three quarters", "the trailing twelve months", "each and every year",
 * "40% revenue growth through mid-March" (part of a month). */
export const SPAN = /\b(?:last|first|final|past) (?:week|weeks|few weeks|month|days|few days) of\b|\bfirst (?:twelve|12|eighteen|18|twenty-four|24|36) months\b|\bafter (?:the )?clos(?:e|ing)\b|\b(?:last|past|next|trailing|prior|previous|coming|final) (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|\d+)(?: (?:to|or) (?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+))?|several|few|couple of|number of)[ -](?:quarters?|months?|years?|weeks?)\b|\bover (?:the )?(?:course|life|term|duration) of (?:the |this |that |our )?(?:[a-z-]+ )?(?:project|contract|agreement|program|deal|award|partnership|deployment|order)s?\b|\bmulti-?year\b|\b(?:ttm|ltm|trailing twelve months|twelve-month|12-month)\b|\bsince (?:the |its |our )?(?:inception|beginning|start|launch)\b|\bsince (?:january|february|march|april|may|june|july|august|september|october|november|december)(?: of)? (?:(?:19|20)\d\d\b|(?:this|last) year\b)|\bsince (?:launching|we launched|starting|we started)\b|\bto date\b|\bcumulative(?:ly)?\b|\bin aggregate since\b|\b(?:each|every) (?:and every )?(?:single )?year\b|\bper (?:annum|year)\b|\bthrough(?:[- ]the)?[- ]cycle\b|\b(?:through|until|up to|into) (?:the )?(?:(?:early|mid|middle|late)[- ](?:of )?)(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
/** What is left of a fiscal year ("for the balance of 2020", "the rest of the year"): a period only when it is one label (the fourth quarter, the second half). */
export const REMAINDER = /\b(?:remainder|rest|balance) of (?:the |this )?(?:fiscal )?(?:year\b|(?:year |fy ?)?(?:19|20)\d\d\b)/;

/** After a figure: it is one month's ("$141 in RevPAR in July", "sales for the month of October"), not a fiscal period's. */
export const ONE_MONTH = /^[^.;,«]{0,40}?\b(?:in|for|during) (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,? \d)(?! (?:and|through|thru)\b)/;

/** Uncertain talk, not a stated figure: "that's probably $551 million", "maybe 7%". */
export const UNSURE = /(?:^|[,;] |\b(?:if|so|and|but|then) )you(?:'d|'ll| would| could| might| only| just| get| take| look| see| add| put)\b|\blet's say\b|\b(?:probably|maybe|perhaps|i guess|i'd guess|i think|i believe|if i recall|if i remember|off the top of my head|ballpark|give or take|who knows|hard to say|i don't know|something like|kind of|sort of|or so)\b/;
/** After a figure: it is said of part of the business ("31.9% organic growth with these customers", "9% from our same-property portfolio", "$7.7 billion in revenue from electric and gas utility customers", "50% revenue growth this year in partnerships with AWS"). */
export const SUBSET = /^[^«;.]{0,40}?\b(?:with|from|among|across|at|for) (?:these|those|such|certain|some|key|our (?:[a-z-]+ )?(?:top|largest|biggest|key|strategic|existing|new|same[- ]\w+)|the (?:top|largest)) (?:[a-z-]+ ){0,3}?(?:customers|clients|accounts|stores|properties|portfolios?|locations|restaurants|hotels|programs|contracts|partners|projects|developments|assets|acquisitions|deals)\b|^[^«;.]{0,40}?\bin (?:our )?(?:partnerships?|alliances?|relationships?) with\b|^ (?:in|of) (?:[a-z-]+ ){0,2}(?:revenues?|sales) (?:from|to) (?!(?:our|the|its|all|total) )(?:[a-z&-]+ ){1,4}(?:customers|clients)\b/;
/** After a figure: a part of a whole already named ("$725 million of this cash was held overseas"). */
export const PORTION = /^ of (?:this|that|these|those|the total|our total|the (?:cash|amount|balance|total)) ?(?:[a-z-]+ )?(?:cash|amount|total|balance|sum|figure|liquidity|capital|spend|spending|investments?)?\b/;
/** After a figure: it came from a cause, so it is an effect, not the measure's level or change. */
export const CAUSED = /^[^«;,]{0,30}?\b(?:from|due to|driven by|related to|attributable to|as a result of|because of|on account of|associated with|coming from|contributed by) (?:the |our |a |an )?(?:[a-z-]+ ){0,2}(?:acquisitions?|divestitures?|dispositions?|fx|currency|currencies|foreign exchange|exchange rates?|pricing|price increases?|prices?|volumes?|mix|weather|hurricanes?|covid|the pandemic|tax(?:es)?|restructuring|impairments?|one-time|charges?|the [a-z]+ acquisition)\b/;
/** Guidance words that speak of the year's outlook: raised, reaffirmed, held, annual, for the year. */
export const ANNUAL_GUIDANCE = /\b(?:rais(?:e|ed|ing)|increas(?:e|ed|ing)|lower(?:ed|ing)?|reaffirm\w*|reiterat\w*|maintain\w*|narrow\w*|updat\w*|tighten\w*|hold(?:ing)?|holds|held|keep(?:ing)?|kept|annual|full[- ]year|for the year)\b(?:[^«]|«M\d+»){0,40}\b(?:guidance|outlook|forecast)\b|\b(?:guidance|outlook|forecast)\b(?:[^«]|«M\d+»){0,30}\b(?:for the (?:full )?year|annual|full[- ]year)\b/;

/**
 * A sentence that opens on a period ("For the full year, ...", "And in the third quarter, ..."),
 * with the period mention's slot number as group 1; `announced` also takes "Let me now turn to our
 * full year 2019 results.", which opens a paragraph but dates no figure of its own sentence.
 */
const OPENING_LEAD = "^(?:(?:and|so|now|also|then|finally|overall|in addition|additionally|turning to|looking at|looking ahead to|as for),? )*";
// ("Annual 2019 revenue was $7.18 billion; adjusted EBITDA was $843 million": an adjective of span before the year is part of it.)
const OPENING_PERIOD = "(?:(?:in|for|during|through|throughout|over|at the end of|as of|into) )?(?:the |our )?(?:(?:annual|full[- ]year) )?«P(\\d+)»";
// ("In terms of uses of cash for the year, we invested over $3 billion in acquisitions.": a topic named with its period;
// "Let me now give you some color on the first quarter of 2020.": so is a period a speaker offers detail on.)
const ANNOUNCING = "(?:(?:let me|let's|let us|i'll|i will|i'd like to|i want to|we'll|we will) (?:now |quickly |briefly )?(?:turn to|talk about|discuss|review|cover|walk (?:you )?through|go through|go over|move (?:on )?to|start with|summarize|recap|(?:give you|provide|share|offer) (?:you )?(?:some |a bit of |a little |a few |more |an? )?(?:(?:more|additional|further|brief|quick) )?(?:color|details?|thoughts|perspective|commentary|update|insights?|overview) (?:on|about|regarding|for|around)) |in terms of (?:our |the )?(?:[a-z&-]+ ){1,4})?";
export const PERIOD_OPENING = new RegExp(OPENING_LEAD + OPENING_PERIOD);
export const PERIOD_OPENING_ANNOUNCED = new RegExp(OPENING_LEAD + ANNOUNCING + OPENING_PERIOD);

/** A period mention that holds its own comparison word ("versus 2019", "since 2019"): it names a base, not the figure's period. */
export const COMPARING_MENTION = /^(?:versus|vs\.?|than|from|since)\s/i;
