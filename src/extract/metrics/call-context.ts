import type { Basis, Unit } from "../../model/facts.js";
import type { CallPeriod } from "../text/periods.js";
import type { Segments } from "./segments.js";

/** What the whole call says that every figure's reading needs: its period, names, basis and conventions. */
export interface CallContext {
  call: CallPeriod;
  /** The call's own period is known (not guessed from the text's years). */
  known: boolean;
  companyNames: string[];
  /** The words of the company's names, lower-cased: none of them names a part of the company. */
  companyWords: ReadonlySet<string>;
  /** The company's ticker, lower-cased: a name that is only the ticker ("IRT's third quarter") is the company. */
  ticker: string | null;
  defaultBasis: Basis | null;
  /** The call says all growth it gives is organic ("all references will be on an organic basis"). */
  organicCall: boolean;
  /** The call says its growth rates are in constant currency ("All growth rates are constant currency unless stated otherwise"). */
  neutralGrowth: boolean;
  /** The call names no R&D: SG&A is its operating expense line. */
  sgaIsOpex: boolean;
  /** The call speaks of its tenants' sales, of policies sold ("annuity sales") or of energy sold (a utility): a bare "sales" there is no revenue. */
  salesNotRevenue: boolean;
  /** A landlord's call (FFO or NOI, and dispositions): the inventories it speaks of are its tenants' and customers'. */
  landlord: boolean;
  /** A landlord's call whose "earnings" per share are its FFO: it names no net income or EPS per share ("Beginning with our net income per diluted common share."). */
  earningsAreFfo: boolean;
  /** The call speaks of premiums written (an insurer's): its "top line" is premiums, not revenue. */
  premiumsCall: boolean;
  /** The call states its operating income after tax ("after-tax operating income", "operating income of $202 million, or $1.08
   * per share"): an insurer's, whose every "operating income" is that measure, not operating profit. */
  operatingIncomeAfterTax: boolean;
  /** The currency the call's amounts are written in when it marks them ("$516 million"): a bare "revenue of 3.15 billion" in the same call is in it. Null when the call marks none. */
  currency: Unit | null;
  /** Words of participants' names, lower-cased: never a segment's name. */
  personWords: ReadonlySet<string>;
  /** The part of the business a company speaker's title says they head ("President, Concentrix Corporation", "President of Life Science Group"), by speaker. */
  partHeadedBy: ReadonlyMap<string, string>;
  companyPattern: RegExp | null;
  /** The segments the call names with a segment noun ("our carbohydrate solutions business"). */
  segments: Segments;
  /** The call writes the word in lower case somewhere: a capital at a sentence's start is then no sign of a name ("Attrition has ..."). */
  writesLower(word: string): boolean;
  /** The call writes the word with a capital inside sentences at least twice ("in Freight's history"): a name, though also a word. */
  namesMidSentence(word: string): boolean;
}
