/**
 * Company-specific metrics named by the words in front of a vocabulary head: "Wireless EBITDA
 * margin" → `wireless_ebitda_margin`, "post-paid phone churn" → `postpaid_phone_churn`,
 * "Subscription revenue" → `subscription_revenue`. A qualified figure is a segment's or a product
 * line's, never the company total, so it must not be reported under the bare vocabulary name.
 */

/** Heads that take a qualifier; other metrics (eps, dso, cash, ...) keep their vocabulary name. */
const QUALIFIABLE = new Set([
  "revenue", "revenue_growth", "ebitda", "ebitda_margin", "operating_margin", "operating_income",
  "gross_margin", "capex", "churn", "net_adds", "net_operating_income",
]);

/** Words between a qualifier and the head that neither qualify nor end the name ("equipment sales revenue", "total revenue EBITDA margin"). */
const TRANSPARENT = new Set(["operating", "gross", "segment", "segments", "business", "division", "revenue", "revenues", "sales"]);

/*
 * Words that end the qualifier: function words, degree and time words, verbs that take a metric as
 * object ("expect revenue", "grew revenue"), and the words already read as basis or scope
 * ("adjusted", "total", "net", "organic"). Derived from the words that precede "revenue" and
 * "churn" across the corpus; anything else in front of a head is taken as a qualifier.
 */
const STOP = new Set(`a an the our its their his her your my this that these those any some each every all both other another such
of in on for to and or with by as at from into than versus vs per via within over under about around between across
is are was were be been being had has have will would could should may might can do does did not no
we they it he she you i us them which who what where when while if but so then also only just even still
total overall net consolidated reported adjusted gaap non-gaap core underlying organic organically pro forma
quarterly annual annualized monthly weekly daily full-year year quarter half month year-to-date year-over-year sequential
higher lower strong stronger record more less most least better best worse solid good great significant incremental additional
double-digit single-digit mid-single-digit low-single-digit high-single-digit meaningful average new current future normal
peak flat expected related deferred lost much many several same continued continuing total's company company's
expect expects expecting anticipate drive drives driving grow grows growing grew increase increased increasing reduce reduced
maximize optimize deliver delivered delivering generate generated generating get gets got see saw seen build improve improved
improving recognize recognized recognizing impact impacted enhance enhancing offset include including included exclude excluding
excluded add added adding achieve achieved report reports reporting produce produced record recorded book booked boost boosted
accelerate accelerating expand expanded expanding support lose losing remain remained reach reached hit helped help
billion million thousand percent dollars basis points actual estimated projected guided forecast implied
represent represents represented reflect reflects reflecting comparable normalized targeted planned budgeted
percent`.split(/\s+/));
const HYPHEN_PREFIX = /^(?:post|pre|non|re|co|sub|multi|inter|over|under|self|e)-/;

export interface QualifierInput {
  /** The sentence. */
  s: string;
  /** Where the metric mention starts. */
  start: number;
  metric: string;
  /** Lower-cased words of the company's own name ("Amphenol", "Verizon Communications"). */
  companyWords: ReadonlySet<string>;
  /** Qualify any head, not only the vocabulary heads that take qualifiers. */
  any?: boolean;
}

/** The qualified metric name, or null when no qualifier stands in front of the head. */
export function qualifiedMetric({ s, start, metric, companyWords, any }: QualifierInput): string | null {
  if (!any && !QUALIFIABLE.has(metric)) return null;
  const from = Math.max(0, start - 60);
  let tail = s.slice(from, start);
  const cut = Math.max(tail.lastIndexOf(","), tail.lastIndexOf(";"), tail.lastIndexOf(":"), tail.lastIndexOf("("), tail.lastIndexOf('"'));
  if (cut >= 0) tail = tail.slice(cut + 1);
  const words = tail.trim().split(/\s+/);
  if (from > 0 && cut < 0) words.shift();
  const parts: string[] = [];
  for (let i = words.length - 1; i >= 0 && parts.length < 3; i--) {
    const w = words[i]!.replace(/^['-]+|['-]+$/g, "");
    const lower = w.toLowerCase();
    if (!/^[a-z][a-z&'-]*$/.test(lower) || /quarter|year|month/.test(lower) || STOP.has(lower)) break;
    // "Amphenol sales" is the company's own; "Verizon Connect revenue" names a unit of it.
    if (companyWords.has(lower.replace(/'s$/, "")) && parts.length === 0) break;
    if (/ly$/.test(lower) || lower.endsWith("'s")) break;
    if (TRANSPARENT.has(lower) && parts.length === 0) continue;
    parts.unshift(HYPHEN_PREFIX.test(lower) ? lower.replace("-", "") : lower.replace(/[-&']+/g, "_"));
  }
  if (!parts.length) return null;
  return `${parts.join("_")}_${metric}`;
}

/** "These expenses, which we expect to total $85 million": a figure whose subject points back. */
const ANAPHOR = /^\W*(?:and\s+)?(?:these|those|this|such)\s+(?:[a-z-]+\s+)?(expenses?|costs?|charges?|fees|payments|savings|proceeds|contributions|investments?)\b/i;

/*
 * The metric an anaphoric subject ("These expenses", "Those charges") refers to, named from the
 * previous sentence of the turn: "expenses ... related to the MTS acquisition" →
 * `acquisition_related_expenses`; "restructuring charges" → `restructuring_charges`. Null when the
 * sentence does not open with such a subject or the previous one names no such thing.
 */
export function anaphoricMetric(s: string, previous: string | null, companyWords: ReadonlySet<string>): string | null {
  const m = ANAPHOR.exec(s);
  if (!m || !previous) return null;
  const head = m[1]!.toLowerCase();
  const root = head.replace(/(?:es|s)$/, "");
  const at = new RegExp(String.raw`\b${root}\w*\b`, "i").exec(previous);
  if (!at) return null;
  const plural = /s$/.test(head) ? head : `${head}s`;
  const related = /^[^.;]{0,80}?\brelated\s+to\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:[A-Z][\w&-]*\s+)*([a-z]+)\b/.exec(previous.slice(at.index + at[0].length));
  if (related) return `${related[1]}_related_${plural}`;
  const named = qualifiedMetric({ s: previous, start: at.index, metric: "x", companyWords, any: true });
  return named ? named.replace(/_x$/, `_${plural}`) : null;
}
