/**
 * The metrics the extractor knows: one table of definitions with their traits and the phrases that
 * name them. The first twenty are the shared vocabulary (../shared/DESIGN.md), used only for
 * company-scope facts; the rest are common measures with clear names of their own, so a figure of
 * theirs is never mistaken for a vocabulary metric ("adjusted EBITDA" is not operating income,
 * "same-store sales" are not revenue).
 *
 * Phrases are regular-expression sources over lower-cased text, matched on word boundaries; at a
 * position the longest phrase of any metric wins. To add a metric: add a row, with an example in
 * test/extract/metrics/lexicon.test.ts.
 */

export type UnitFamily = "money" | "percent" | "days" | "times" | "count";

export interface MetricDefinition {
  name: string;
  /** One of the shared vocabulary's twenty names. */
  vocabulary: boolean;
  family: UnitFamily;
  /** True when a higher figure is the better one, false when lower is, null when neither. */
  higherIsBetter: boolean | null;
  /** Struck at a moment (a balance), not earned over a period: its period is a quarter's or year's end. */
  balance?: boolean;
  /** Stated per share (EPS, dividend per share): a per-share figure of it is its level. */
  perShare?: boolean;
  /** A figure of it in percent of revenue is its level ("margin"). */
  ratio?: boolean;
  /** Words in front of its name describe the matter ("patent litigation expenses"), not a segment of the company. */
  describedBy?: boolean;
  /**
   * Stated as reported in practice (revenue, capital spending, dividends, buybacks, balances): a call's "all figures are non-GAAP
   * unless noted" speaks of its earnings measures and leaves these as they are; only the figure's own words make one adjusted.
   */
  asReported?: boolean;
  /** Phrases that name it. */
  phrases: string[];
}

const V = true;
const C = false;

export const METRICS: readonly MetricDefinition[] = [
  { name: "revenue", vocabulary: V, asReported: true, family: "money", higherIsBetter: true, phrases: ["revenues?", "net revenues?", "sales", "net sales", "top[- ]line", "fee revenues?", "(?<!\\b(?:we|i|they|it|he|she|who|which|that|team|teams|company|business|businesses|segment|segments|division|divisions|brand|brands|has|have|had|also|again|consistently|once) )delivered sales"] },
  { name: "gross_margin", vocabulary: V, family: "percent", higherIsBetter: true, ratio: true, phrases: ["gross (?:profit )?margins?", "gp margins?", "gross profit as a (?:percent(?:age)?|%) of (?:net )?(?:sales|revenues?)"] },
  { name: "operating_margin", vocabulary: V, family: "percent", higherIsBetter: true, ratio: true, phrases: ["operating (?:profit |income )?margins?", "op margins?", "ebit margins?", "operating (?:profit|income|earnings) as a (?:percent(?:age)?|%) of (?:net )?(?:sales|revenues?)"] },
  { name: "operating_expenses", vocabulary: V, family: "money", higherIsBetter: false, phrases: ["operating expenses?", "opex", "operating costs", "total operating expenses?", "(?:total )?non-?interest expenses?"] },
  { name: "operating_income", vocabulary: V, family: "money", higherIsBetter: true, phrases: ["operating income", "operating profits?", "income from operations", "earnings from operations", "ebit", String.raw`(?<!net )operating loss(?:es)?(?! (?:carry|tax|benefit|deferred|nol)\b)`, "loss from operations"] },
  // ("core earnings", "core income": net income without realized gains or one-off items, as insurers and lenders report it.)
  { name: "net_income", vocabulary: V, family: "money", higherIsBetter: true, phrases: ["net income", "net earnings", "net profits?", "net loss(?:es)?", "after[- ]tax income(?! (?:from|of) )", "(?<=\\bcore )(?:earnings|income)"] },
  { name: "eps", vocabulary: V, family: "money", higherIsBetter: true, perShare: true, phrases: ["eps", "deps", "earnings?[- ]per[- ](?:fully[- ])?(?:diluted[- ]|basic[- ])?(?:common[- ])?share", "diluted earnings per share", "net earnings per (?:fully )?(?:diluted )?share", "diluted eps", "per[- ]share earnings", "net income per (?:diluted )?share", "(?:core |(?:net )?operating )?income per (?:diluted )?share", "earnings per diluted share", "(?:net )?loss per (?:fully )?(?:diluted |basic )?(?:common )?share"] },
  { name: "free_cash_flow", vocabulary: V, family: "money", higherIsBetter: true, phrases: ["free cash flows?", "free operating cash flows?", "fcf", "free cash", "(?<!operating |free |net )cash flows? after (?:capital (?:spending|expenditures?)|capex)"] },
  // Free cash flow before interest payments: a measure of its own ("unlevered free cash flow of $168 million" beside "free cash flow of $116 million").
  { name: "unlevered_free_cash_flow", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["unlevered free cash flows?", "unlevered fcf", "unlevered free cash"] },
  { name: "operating_cash_flow", vocabulary: V, asReported: true, family: "money", higherIsBetter: true, phrases: ["operating cash flows?", "cash flows? from operations", "cash flows? from operating activities", "(?:net )?cash (?:generated |provided )?(?:from|by) (?:continuing )?operat(?:ions|ing activities)", "cash generation from operat(?:ions|ing activities)", "cash from operations", "cash flows? from continuing operations", "(?:net )?cash flows? (?:provided |generated |used )?(?:by|from|in) operat(?:ing activities|ions)", "(?:net )?cash (?:provided )?(?:from|by) operating activities", "(?:net )?cash used (?:in|by|for) operat(?:ing activities|ions)", "operating cash outflows?", "cash outflows? from operat(?:ions|ing activities)",
    // "we generated $1.3 billion of operating cash": the flow, "flow" unsaid (not an operating cash balance or cost).
    "operating cash(?! (?:balances?|positions?|on hand|needs|requirements|costs?|expenses?|taxes|interest|levels?|accounts?|reserves?))"] },
  // Cash from operations before the change in working capital: no operating cash flow, which the change is part of.
  { name: "operating_cash_flow_before_working_capital", vocabulary: C, family: "money", higherIsBetter: true, phrases: [String.raw`(?:operating cash flows?|cash flows? from operations|cash (?:generated |provided )?(?:from|by) operations|cash from operations) before (?:(?:the )?changes? in |movements? in )?(?:net )?working capital(?: changes?| movements?)?`] },
  // Gross capital investment: capital expenditures plus what vendor financing and other arrangements pay for, no capex.
  { name: "gross_capital_investment", vocabulary: C, family: "money", higherIsBetter: null, phrases: ["gross capital investments?"] },
  { name: "capex", vocabulary: V, asReported: true, family: "money", higherIsBetter: null, phrases: ["(?:capex|cap ex)(?: spend(?:ing)?)?", "capital expenditures?", "capital[- ]spending", "capital[- ]spend", "capital investments?", "capital additions", "property(?:,)? (?:plant )?and equipment additions", "additions to property(?:,)? (?:plant )?and equipment", "(?<=\\b(?:we|i|company) (?:also |have |has )?invested )capital(?= of\\b)"] },
  { name: "cash_and_investments", vocabulary: V, asReported: true, family: "money", higherIsBetter: null, balance: true, phrases: ["cash,? (?:and )?cash equivalents?(?:,? and (?:short[- ]term |marketable )?(?:investments|marketable securities|securities)|,? and restricted cash)?", "cash and (?:short[- ]term |marketable )?(?:investments|marketable securities|securities|equivalents)", "cash balances?", "cash on hand", "cash and deposits", "unrestricted cash", "cash position", "cash(?! and non-?cash| or non-?cash| (?:flows?|taxes|interest|payments?|costs?|charges?|expenses?|compensation|contributions?|dividends?|generation|conversion|returns?|outflows?|inflows?|usage|burn|basis|eps|earnings|margins?|spend|spending|outlays?|needs|requirements|uses?|deployment|restructuring|sales|receipts|collections|consideration|portion|component|(?:rents?|rental rates?|leasing spreads?|spreads?|rates?|yields?|releasing)\\b)| (?:back )?to (?:our )?(?:share|stock|unit)holders)"] },
  { name: "deferred_revenue", vocabulary: V, asReported: true, family: "money", higherIsBetter: true, balance: true, phrases: ["deferred revenues?", "unearned revenues?"] },
  { name: "inventory", vocabulary: V, asReported: true, family: "money", higherIsBetter: null, balance: true, phrases: ["inventor(?:y|ies)", "inventory levels?", "inventory balances?"] },
  { name: "inventory_turns", vocabulary: V, asReported: true, family: "times", higherIsBetter: true, phrases: ["inventory turns?", "inventory turnover"] },
  { name: "dso", vocabulary: V, asReported: true, family: "days", higherIsBetter: false, balance: true, phrases: ["dsos?", "days sales outstanding", "days of sales outstanding", "day sales outstanding", "days services? outstanding"] },
  { name: "dividend", vocabulary: V, asReported: true, family: "money", higherIsBetter: null, perShare: true, phrases: ["dividends?", "dividend payments?", "dividends? per (?:common )?share", "dividends? (?:paid )?to (?:our )?(?:share|stock)holders"] },
  { name: "share_repurchase", vocabulary: V, asReported: true, family: "money", higherIsBetter: null, phrases: ["(?:share|stock) (?:re)?purchases?", "(?:share |stock )?buybacks?", "(?:share |stock )?buy-backs?", "repurchases? of (?:our )?(?:common )?(?:shares|stock)"] },
  { name: "international_revenue", vocabulary: V, family: "money", higherIsBetter: true, phrases: ["international (?:revenues?|sales)", "(?:revenues?|sales) outside (?:of )?(?:the )?(?:u\\.s\\.|united states|us)", "non-u\\.s\\. (?:revenues?|sales)"] },
  { name: "litigation_expense", vocabulary: V, family: "money", higherIsBetter: false, describedBy: true, phrases: ["litigation(?:[- ]related)? (?:expenses?|costs?|charges?)", "legal(?:[- ]related)? (?:expenses?|costs?|charges?)"] },
  { name: "organic_growth", vocabulary: V, family: "percent", higherIsBetter: true, phrases: ["organic (?:revenue |sales )?growth", "organic (?:revenues?|sales)", "core growth"] },

  // Measures of their own: never reported under a vocabulary name.
  { name: "sg_and_a", vocabulary: C, family: "money", higherIsBetter: false, phrases: ["s?sg&a(?: expenses?| spending)?", "selling,? general,? and administrative (?:expenses?|costs?)", "selling and administrative (?:expenses?|costs?)", "s&a(?: expenses?)?"] },
  { name: "r_and_d", vocabulary: C, family: "money", higherIsBetter: null, phrases: ["r&d(?: expenses?| spending| investments?)?", "research and development(?: expenses?| spending| costs?)?"] },
  { name: "adjusted_ebitda", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["adjusted ebitda"] },
  { name: "ebitda", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["ebitda", "ebitdare"] },
  // ("cash operating margin": revenue less the costs of running the assets, before overheads and depreciation; no operating margin.)
  { name: "cash_operating_margin", vocabulary: C, family: "percent", higherIsBetter: true, ratio: true, phrases: ["cash operating margins?"] },
  { name: "ebitda_margin", vocabulary: C, family: "percent", higherIsBetter: true, ratio: true, phrases: ["(?:adjusted )?ebitda margins?"] },
  { name: "gross_profit", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["gross profits?", "gross income"] },
  { name: "pretax_income", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["pre-?tax (?:income|earnings|profits?)", "income before (?:income )?taxes", "earnings before (?:income )?taxes"] },
  { name: "effective_tax_rate", vocabulary: C, family: "percent", higherIsBetter: null, phrases: ["(?:effective )?(?:income )?tax rate", "etr"] },
  { name: "interest_expense", vocabulary: C, family: "money", higherIsBetter: false, phrases: ["(?<!cash )(?:net )?interest expenses?"] },
  { name: "orders", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["orders", "bookings", "order intake", "new orders", "(?:written|booked) sales"] },
  { name: "backlog", vocabulary: C, family: "money", higherIsBetter: true, balance: true, phrases: ["backlog", "order backlog", "(?:revenue|sales) backlog", "remaining performance obligations?", "rpo"] },
  { name: "book_to_bill", vocabulary: C, family: "times", higherIsBetter: true, phrases: ["book[- ]to[- ]bill(?: ratio)?"] },
  { name: "net_debt", vocabulary: C, family: "money", higherIsBetter: false, balance: true, phrases: ["net debt"] },
  { name: "total_debt", vocabulary: C, family: "money", higherIsBetter: false, balance: true, phrases: ["total debt", "gross debt", "debt"] },
  { name: "net_leverage", vocabulary: C, family: "times", higherIsBetter: false, balance: true, phrases: ["net leverage(?: ratio)?", "leverage ratio", "net debt to (?:adjusted )?ebitda(?: ratio)?"] },
  { name: "net_cash", vocabulary: C, family: "money", higherIsBetter: null, balance: true, phrases: ["net cash(?: position| balance)?", "net cash and investments"] },
  // An insurer's operating income after tax (net income less investment gains), stated per share too: no operating profit.
  { name: "after_tax_operating_income", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["after[- ]tax (?:adjusted )?operating (?:income|earnings)"] },
  // ("adjusted operating results were $0.57 per share": operating results said per share are earnings per share.)
  { name: "earnings", vocabulary: C, family: "money", higherIsBetter: true, perShare: true, phrases: ["earnings", "operating earnings", "operating results"] },
  { name: "share_repurchase_authorization", vocabulary: C, family: "money", higherIsBetter: null, phrases: ["(?:share |stock )?(?:re)?purchase (?:authorization|program|plan)s?", "buyback (?:authorization|program|plan)s?"] },
  { name: "acquisition_related_expenses", vocabulary: C, family: "money", higherIsBetter: false, describedBy: true, phrases: ["acquisition[- ]related (?:expenses?|costs?|charges?)", "(?:transaction|deal)[- ]related (?:expenses?|costs?)"] },
  { name: "integration_costs", vocabulary: C, family: "money", higherIsBetter: false, describedBy: true, phrases: ["integration(?:[- ]related)? (?:expenses?|costs?|charges?)"] },
  { name: "restructuring_costs", vocabulary: C, family: "money", higherIsBetter: false, describedBy: true, phrases: ["restructuring(?:[- ]related)? (?:expenses?|costs?|charges?)"] },
  { name: "divestiture_costs", vocabulary: C, family: "money", higherIsBetter: false, describedBy: true, phrases: ["divestiture(?:[- ]related)? (?:expenses?|costs?|charges?)"] },
  { name: "liquidity", vocabulary: C, family: "money", higherIsBetter: null, balance: true, phrases: ["(?:total |available )?liquidity"] },
  { name: "ffo_per_share", vocabulary: C, family: "money", higherIsBetter: true, perShare: true, phrases: ["(?:core |normalized |nareit |adjusted )?ffo per (?:diluted )?share", "(?:core |normalized |nareit )?funds from operations per (?:diluted )?share"] },
  { name: "ffo", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["(?:core |normalized |nareit )?ffo", "(?:core |normalized |nareit )?funds from operations"] },
  { name: "affo_per_share", vocabulary: C, family: "money", higherIsBetter: true, perShare: true, phrases: ["affo per (?:diluted )?share", "adjusted funds from operations per (?:diluted )?share"] },
  { name: "affo", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["affo", "adjusted funds from operations"] },
  // Same-store NOI is the NOI of the properties owned in both periods, not the company's NOI.
  { name: "same_store_noi", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["(?:same|comparable)[- ](?:store|property|properties|center|asset|portfolio|community|capital|site)(?: cash| gaap)? (?:noi|net operating income)"] },
  { name: "noi", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["(?:cash )?noi", "(?:cash )?net operating income"] },
  { name: "comparable_sales", vocabulary: C, family: "percent", higherIsBetter: true, phrases: ["(?:same[- ]store|comparable(?:[- ]store)?|comp(?:[- ]store)?|like[- ]for[- ]like|same[- ]restaurant) (?:sales|revenues?)", "comps"] },
  { name: "revpar", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["revpar", "revenue per available room"] },
  { name: "arr", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["arr", "annual(?:ized)? recurring revenues?"] },
  // A bank's fee income: no part of its revenue named so, and no net interest income.
  { name: "noninterest_income", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["non-?interest (?:income|revenues?)", "fee income"] },
  { name: "net_interest_income", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["net interest income", "nii"] },
  { name: "net_interest_margin", vocabulary: C, family: "percent", higherIsBetter: true, phrases: ["net interest margins?", "nim"] },
  { name: "cost_of_sales", vocabulary: C, family: "money", higherIsBetter: false, phrases: ["cost of (?:goods )?(?:sales|revenues?|goods sold)", "cogs"] },
  { name: "depreciation_and_amortization", vocabulary: C, asReported: true, family: "money", higherIsBetter: null, phrases: ["depreciation and amortization", "d&a"] },
  { name: "churn", vocabulary: C, family: "percent", higherIsBetter: false, phrases: ["churn(?: rate)?"] },
  { name: "dividend_yield", vocabulary: C, family: "percent", higherIsBetter: null, phrases: ["dividend yield"] },
  { name: "payout_ratio", vocabulary: C, family: "percent", higherIsBetter: null, phrases: ["payout ratio"] },
  { name: "return_on_equity", vocabulary: C, family: "percent", higherIsBetter: true, phrases: ["return on (?:average )?(?:common )?(?:shareholders'? |stockholders'? )?equity", "roe", "roace"] },
  // Tangible equity leaves out goodwill and intangibles, so its return is a measure of its own, often far higher.
  { name: "return_on_tangible_common_equity", vocabulary: C, family: "percent", higherIsBetter: true, phrases: ["return on (?:average )?tangible (?:common )?(?:shareholders'? |stockholders'? )?equity", "rotce"] },
  // A mortgage REIT's return to holders over the period (the change in book value plus dividends): no return on equity.
  { name: "economic_return", vocabulary: C, family: "percent", higherIsBetter: true, phrases: ["economic returns?(?: on (?:(?:average )?tangible )?(?:common )?(?:book value|equity))?", "total economic returns?"] },
  { name: "return_on_invested_capital", vocabulary: C, family: "percent", higherIsBetter: true, phrases: ["return on invested capital", "roic"] },
  { name: "working_capital", vocabulary: C, family: "money", higherIsBetter: null, balance: true, phrases: ["(?:net |trade |operating )?working capital"] },
  { name: "accounts_receivable", vocabulary: C, family: "money", higherIsBetter: null, balance: true, phrases: ["(?:trade )?accounts receivables?", "receivables"] },
  { name: "system_sales", vocabulary: C, family: "money", higherIsBetter: true, phrases: ["system(?:[- ]?wide)? sales"] },
  { name: "headcount", vocabulary: C, family: "count", higherIsBetter: null, phrases: ["headcount"] },
];

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/** The definition of a name in the table, or of the measure a derived name is built on. */
export function metricDefinition(name: string): MetricDefinition | null {
  const own = BY_NAME.get(name);
  if (own) return own;
  // "revenue_growth": a growth rate of a measure, in percent, better when higher if the measure is.
  if (name.endsWith("_growth")) {
    const base = metricDefinition(name.slice(0, -"_growth".length));
    return { name, vocabulary: false, family: "percent", higherIsBetter: base?.higherIsBetter ?? true, phrases: [] };
  }
  // "operating_margin_change": an expected or earlier change of a measure, in the measure's unit (points for a percentage).
  if (name.endsWith("_change")) {
    const base = metricDefinition(name.slice(0, -"_change".length));
    return base ? { ...base, name, vocabulary: false, phrases: [] } : null;
  }
  // "acquisition_related_expenses_per_share": a money measure per share.
  if (name.endsWith("_per_share")) {
    const base = metricDefinition(name.slice(0, -"_per_share".length));
    return base && base.family === "money" ? { ...base, name, vocabulary: false, perShare: true, phrases: [] } : null;
  }
  // "water_infrastructure_revenue": a scoped figure of a measure, with the measure's traits.
  for (let i = name.indexOf("_"); i >= 0; i = name.indexOf("_", i + 1)) {
    const head = BY_NAME.get(name.slice(i + 1));
    if (head) return { ...head, name, vocabulary: false, phrases: [] };
  }
  return null;
}

export interface MetricMatch {
  def: MetricDefinition;
  /** Offsets into the text matched. */
  start: number;
  end: number;
}

/** Every phrase of every metric as one alternation, longest first, so a longer name wins at a position. */
const ALL = METRICS.flatMap((def) => def.phrases.map((p) => ({ def, p })));
const MATCHER = new RegExp(
  String.raw`(?<![\w&-])(?:` + ALL.map(({ p }) => `(?:${p})`).join("|") + String.raw`)(?![\w&])`,
  "g",
);

/**
 * Metric names in lower-cased text, left to right, not overlapping. Where two phrases match at one
 * position the longest wins ("free cash flow" over "cash", "adjusted EBITDA margin" over
 * "adjusted EBITDA").
 */
export function findMetricNames(lower: string): MetricMatch[] {
  const out: MetricMatch[] = [];
  let from = 0;
  while (from < lower.length) {
    let best: MetricMatch | null = null;
    MATCHER.lastIndex = from;
    const first = MATCHER.exec(lower);
    if (!first) break;
    // At the first position that matches, try the phrases that can start with its letter and keep the longest.
    for (const { def, p } of BY_FIRST.get(lower[first.index]!) ?? ALL) {
      const re = stickyOf(p);
      re.lastIndex = first.index;
      const m = re.exec(lower);
      if (m && (!best || m[0].length > best.end - best.start) && !/[\w&]/.test(lower[first.index + m[0].length] ?? "")) {
        best = { def, start: first.index, end: first.index + m[0].length };
      }
    }
    if (best) {
      // A measure's name before a participle is an adjective of another noun ("revenue-creating
      // capital", "revenue maintained capex", "income-producing properties"): no measure is named.
      const named = lower.slice(best.start, best.end);
      const before = lower.slice(Math.max(0, best.start - 12), best.start);
      if (!MODIFIES_NEXT.test(lower.slice(best.end, best.end + 16)) && !NOT_AFTER.some((n) => n.name.test(named) && n.before.test(before))) out.push(best);
      from = best.end;
    } else from = first.index + 1;
  }
  return out;
}

/** A participle after a measure's name that makes the name an adjective of the noun after it. */
const MODIFIES_NEXT = /^[ -](?:creating|generating|producing|maintaining|maintained|enhancing|accretive)\b/;

/**
 * A word before a measure's name that makes it another thing: "new sales" are what was sold to new
 * customers, bookings, no revenue (but "new revenue guidance" is the revenue's).
 */
const NOT_AFTER: { name: RegExp; before: RegExp }[] = [{ name: /^sales$/, before: /\bnew $/ }];

/** Phrases by the letter they can start with (a phrase whose first character is a class or group is filed under every letter). */
const BY_FIRST = new Map<string, { def: MetricDefinition; p: string }[]>();
for (const entry of ALL) {
  const c = entry.p[0]!;
  const letters = /[a-z]/.test(c) && !/^[a-z]\?/.test(entry.p) ? [c] : "abcdefghijklmnopqrstuvwxyz".split("");
  for (const l of letters) {
    const list = BY_FIRST.get(l) ?? [];
    list.push(entry);
    BY_FIRST.set(l, list);
  }
}

const STICKY = new Map<string, RegExp>();
function stickyOf(p: string): RegExp {
  let re = STICKY.get(p);
  if (!re) STICKY.set(p, (re = new RegExp(p, "y")));
  return re;
}
