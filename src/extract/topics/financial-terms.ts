/**
 * Financial measures and line items: a metric of the vocabulary (metrics/metric-vocabulary.ts) or
 * a phrase ending in a word that names a measure ("fee revenue", "GP margin", "royalty rate",
 * "free cash flow"). Topics of kind `financial`, and weighed as such by salience.
 */
import { findMetricMentions } from "../metrics/metric-vocabulary.js";

const MEASURE_WORD = /\b(?:margins?|revenues?|ebitda|eps|earnings|cash flows?|capex|opex|dividends?|buybacks?|repurchases?|leverage|debt|liquidity|revpar|adr|arpu|arr|asp|asps|backlog|bookings|pricing|prices?|costs?|expenses?|sales|income|profits?|tax|rates?|ratios?|yields?|spreads?|g&a|sg&a|r&d|gp|oup|fx|foreign exchange|currency|capital|savings|accruals?|reserves?|charges?|comps?)$/i;

/** Last words of a unit's name: the metric vocabulary reads "our international business grew" as revenue, a topic names the unit. */
const UNIT_WORD = /\b(?:business|businesses|segments?|divisions?|operations|unit|units)$/i;

/**
 * Words after a term that make it the name of a unit of the company: "our RPO business" is
 * recruitment process outsourcing, a business line, whatever "RPO" means in another call.
 */
const UNIT_AFTER = new Set(["business", "businesses", "segment", "segments", "division", "divisions", "unit", "units", "offering", "offerings", "practice"]);

/** A term the call names a unit with ("the RPO business"): no measure, whatever its words. */
export function namesUnit(right: ReadonlyMap<string, number>): boolean {
  for (const w of right.keys()) if (UNIT_AFTER.has(w)) return true;
  return false;
}

export function isFinancial(name: string): boolean {
  if (UNIT_WORD.test(name)) return false;
  const m = findMetricMentions(name);
  if (m.length && m[0]!.start === 0 && m[0]!.end >= name.length - 1) return true;
  return MEASURE_WORD.test(name);
}
