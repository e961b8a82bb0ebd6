/**
 * The metric vocabulary (DESIGN.md) and the words that name each metric in speech. Aliases are
 * regular-expression sources matched case-insensitively on word boundaries; at one position the
 * first listed alternative wins, so longer, more specific names come before the general ones.
 */

import { qualifiedMetric } from "./metric-qualifiers.js";

export type UnitFamily = "money" | "percent" | "days" | "times" | "count";

export interface MetricDefinition {
  name: string;
  family: UnitFamily;
  /** True when a higher figure is the better one, false when lower is, null when neither. */
  higherIsBetter: boolean | null;
  aliases: string[];
}

export const METRICS: readonly MetricDefinition[] = [
  { name: "organic_growth", family: "percent", higherIsBetter: true, aliases: ["organic (?:revenue |sales )?growth", "organic(?:ally)?(?: basis)?", "organic sales", "organic revenue"] },
  { name: "international_revenue", family: "money", higherIsBetter: true, aliases: ["international (?:revenues?|sales|business)"] },
  { name: "deferred_revenue", family: "money", higherIsBetter: true, aliases: ["deferred revenues?"] },
  { name: "revenue_growth", family: "percent", higherIsBetter: true, aliases: ["(?:revenue|sales|top[- ]line) growth"] },
  { name: "eps_growth", family: "percent", higherIsBetter: true, aliases: ["eps growth", "earnings per share growth"] },
  { name: "adjusted_ebitda_margin", family: "percent", higherIsBetter: true, aliases: ["adjusted ebitda margins?"] },
  { name: "ebitda_margin", family: "percent", higherIsBetter: true, aliases: ["ebitda margins?"] },
  { name: "adjusted_ebitda", family: "money", higherIsBetter: true, aliases: ["adjusted ebitda"] },
  { name: "ebitda", family: "money", higherIsBetter: true, aliases: ["ebitda"] },
  { name: "gross_margin", family: "percent", higherIsBetter: true, aliases: ["gross (?:profit )?margins?"] },
  { name: "gross_profit", family: "money", higherIsBetter: true, aliases: ["gross profits?"] },
  { name: "operating_margin", family: "percent", higherIsBetter: true, aliases: ["operating (?:profit |income )?margins?", "ebit margins?"] },
  { name: "operating_cash_flow", family: "money", higherIsBetter: true, aliases: ["operating cash flows?", "cash flows? from operations", "cash flows? from operating activities", "cash (?:generated |provided )?(?:from|by) operat(?:ions|ing activities)"] },
  { name: "free_cash_flow", family: "money", higherIsBetter: true, aliases: ["free cash flows?", "fcf"] },
  { name: "operating_expenses", family: "money", higherIsBetter: false, aliases: ["operating expenses?", "opex", "operating costs?", "operating expense figure"] },
  // A property owner's net operating income ("same-store NOI"), not the operating income of the income statement.
  { name: "net_operating_income", family: "money", higherIsBetter: true, aliases: ["noi", "net operating income"] },
  { name: "operating_income", family: "money", higherIsBetter: true, aliases: ["operating income", "operating profits?", "income from operations", "ebit"] },
  { name: "net_income", family: "money", higherIsBetter: true, aliases: ["net income", "net earnings", "net profits?"] },
  { name: "eps", family: "money", higherIsBetter: true, aliases: ["(?:diluted )?eps", "(?:diluted )?earnings per (?:diluted )?share", "earnings per share"] },
  { name: "capex", family: "money", higherIsBetter: null, aliases: ["capex", "cap ex", "capital expenditures?", "capital spending", "capital investments?"] },
  { name: "cash_and_investments", family: "money", higherIsBetter: null, aliases: ["cash(?:,)? (?:cash equivalents )?and (?:short[- ]term |marketable )?(?:investments|marketable securities|securities|cash equivalents)", "cash and marketable securities", "cash balances?", "cash on hand", "unrestricted cash", "cash position"] },
  { name: "inventory_turns", family: "times", higherIsBetter: true, aliases: ["inventory turns?"] },
  { name: "inventory", family: "money", higherIsBetter: null, aliases: ["inventor(?:y|ies)(?: levels?| balances?)?"] },
  { name: "dso", family: "days", higherIsBetter: false, aliases: ["dsos?", "days sales outstanding", "days of sales outstanding"] },
  { name: "dividend", family: "money", higherIsBetter: null, aliases: ["(?:quarterly |annual )?dividends?"] },
  { name: "share_repurchase", family: "money", higherIsBetter: null, aliases: ["(?:share|stock) (?:re)?purchases?(?: program)?", "(?:share )?buybacks?", "repurchased", "bought back", "repurchase"] },
  { name: "litigation_expense", family: "money", higherIsBetter: false, aliases: ["litigation(?:[- ]related)? (?:related )?(?:expenses?|costs?)", "legal (?:expenses?|costs?)"] },
  { name: "acquisition_related_expenses", family: "money", higherIsBetter: false, aliases: ["acquisition[- ]related (?:expenses?|costs?|charges?)"] },
  { name: "book_to_bill", family: "times", higherIsBetter: true, aliases: ["book[- ]to[- ]bill(?: ratio)?"] },
  { name: "orders", family: "money", higherIsBetter: true, aliases: ["orders", "bookings"] },
  { name: "effective_tax_rate", family: "percent", higherIsBetter: null, aliases: ["(?<!cash )(?:effective )?tax rate"] },
  { name: "net_debt", family: "money", higherIsBetter: null, aliases: ["net debt"] },
  { name: "total_debt", family: "money", higherIsBetter: null, aliases: ["total debt"] },
  { name: "net_leverage", family: "times", higherIsBetter: false, aliases: ["net leverage(?: ratio)?"] },
  { name: "affo_per_share", family: "money", higherIsBetter: true, aliases: ["affo per (?:diluted )?share"] },
  { name: "affo", family: "money", higherIsBetter: true, aliases: ["affo", "adjusted funds from operations"] },
  // A REIT's funds from operations: its per-share figures are not EPS.
  { name: "ffo_per_share", family: "money", higherIsBetter: true, aliases: ["(?:normalized |nareit )?ffo per (?:diluted )?share"] },
  { name: "ffo", family: "money", higherIsBetter: true, aliases: ["(?:normalized |nareit )?ffo", "(?<!adjusted )funds from operations"] },
  { name: "churn", family: "percent", higherIsBetter: false, aliases: ["churn(?: rate)?"] },
  { name: "net_adds", family: "count", higherIsBetter: true, aliases: ["net (?:adds|ads|additions|customer additions)"] },
  { name: "revenue", family: "money", higherIsBetter: true, aliases: ["(?:net |total )?revenues?(?! recognition)", "(?:net |total )?sales", "top[- ]line", "turnover"] },
];

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/**
 * The definition for a vocabulary name; derived names (`<metric>_growth`) get a percent family and
 * qualified names (`wireless_revenue`) the definition of their vocabulary head.
 */
export function metricDefinition(name: string): MetricDefinition | null {
  const own = BY_NAME.get(name);
  if (own) return own;
  if (name.endsWith("_growth")) return { name, family: "percent", higherIsBetter: true, aliases: [] };
  // "restructuring_costs_per_share": the per-share amount of a money metric.
  if (name.endsWith("_per_share")) {
    const base = metricDefinition(name.slice(0, -"_per_share".length));
    return base && base.family === "money" ? { ...base, name, aliases: [] } : null;
  }
  if (/_guidance_(?:increase|decrease)$/.test(name)) return { name, family: "money", higherIsBetter: null, aliases: [] };
  // Named from the text ("integration_costs", "acquisition_related_expenses"): amounts of money.
  if (/_(?:expenses|costs|charges|fees|payments|savings|proceeds|contributions|investments|eps_impact)$/.test(name)) {
    return { name, family: "money", higherIsBetter: /_(?:savings|proceeds)$/.test(name) ? true : null, aliases: [] };
  }
  for (let i = name.indexOf("_"); i >= 0; i = name.indexOf("_", i + 1)) {
    const head = BY_NAME.get(name.slice(i + 1));
    if (head) return { ...head, name, aliases: [] };
  }
  return null;
}

export interface MetricMention {
  start: number;
  end: number;
  metric: string;
  /** Basis named in the mention itself ("adjusted EPS", "GAAP operating income"). */
  basis: "GAAP" | "non-GAAP" | null;
  /** Company-specific name from the words in front ("Wireless EBITDA margin" → `wireless_ebitda_margin`). */
  qualified?: string | null;
}

const PREFIX = String.raw`(?:(non[- ]gaap|adjusted|gaap|reported|core|pro forma)\s+)?(?:(?:diluted|total|quarterly|consolidated)\s+)?`;
/*
 * Group 1 is the basis word, group 2 + i metric i's aliases (they capture nothing themselves).
 * Numbered, not named: named groups would build an object of 42 properties per match.
 */
const GROUPS = METRICS.map((m) => `(${m.aliases.join("|")})`);
const MENTION = new RegExp(String.raw`\b${PREFIX}(?:${GROUPS.join("|")})(?![a-z])`, "gi");

/** Mentions in `text`; given the company's name words, each also gets its qualified name. */
export function findMetricMentions(text: string, companyWords?: ReadonlySet<string>): MetricMention[] {
  const out: MetricMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    let idx = 0;
    while (idx < METRICS.length && m[idx + 2] === undefined) idx++;
    if (idx === METRICS.length) continue;
    const b = (m[1] ?? "").toLowerCase();
    const basis = b === "" || b === "reported" ? (b === "reported" ? "GAAP" : null) : b === "gaap" ? "GAAP" : "non-GAAP";
    // "adjusted EBITDA": the adjusted measure has a name of its own.
    const metric = b === "adjusted" && /^ebitda/.test(METRICS[idx]!.name) ? `adjusted_${METRICS[idx]!.name}` : METRICS[idx]!.name;
    // The qualifier stands before the basis and scope words ("Wireless adjusted EBITDA"): read from the mention's start.
    const qualified = companyWords ? qualifiedMetric({ s: text, start: m.index, metric, companyWords }) : null;
    out.push({ start: m.index, end: m.index + m[0].length, metric, basis, qualified });
  }
  return out;
}

/**
 * The name of costs said to be related to an undertaking: the vocabulary's when it has one
 * ("acquisition-related costs" → `acquisition_related_expenses`), else `<undertaking>_related_<head>`
 * ("merger_related_charges"). Names already in that form are mapped the same way.
 */
export function relatedCostMetric(name: string): string {
  const m = /^([a-z]+?)s?_related_(cost|expense|charge)s?$/.exec(name);
  if (!m) return name;
  const phrase = `${m[1]}-related ${m[2]}s`;
  const found = findMetricMentions(phrase);
  const only = found.length === 1 && found[0]!.start === 0 && found[0]!.end === phrase.length ? found[0]! : null;
  return only ? only.metric : `${m[1]}_related_${m[2]}s`;
}
