/**
 * Topics: the products, programs, segments, places and themes a call talks about. The pipeline,
 * each stage in its own file:
 *   noun-phrases  candidate terms from the grammar of each sentence;
 *   term-counts   counted by topic key, cuts of longer terms folded into them;
 *   (here)        terms that cannot be topics left out: the call's own names, people, periods,
 *                 universal line items, one-off words;
 *   salience      how much more this call uses a term than the corpus does;
 *   merge-topics  one topic per thing, variants kept as aliases;
 *   topic-kind    a kind from evidence, or none.
 * Topics come out most salient first.
 */
import type { Topic } from "../../model/facts.js";
import type { Transcript } from "../../model/transcript.js";
import type { CallNames } from "../mentions/call-names.js";
import { companyKey, topicKey } from "../mentions/identity.js";
import { findMetricMentions } from "../metrics/metric-vocabulary.js";
import { TERM_STATS } from "../text/term-stats.js";
import type { Word } from "../text/tokens.js";
import { BUSINESS_AFTER, BUSINESS_BEFORE, FUNCTION_WORDS } from "../text/function-words.js";
import { mergeTopics, type MergedTopic, type Scored } from "./merge-topics.js";
import { kindWeight, salience, spread } from "./salience.js";
import { countTerms, mostUsed, type TermCount } from "./term-counts.js";
import { isPlaceName } from "./places.js";
import { topicKind } from "./topic-kind.js";

const MAX_TOPICS = 50;
/** Spread below which a term is all but unknown to the corpus. */
const RARE_SPREAD = 0.01;
/** Terms weighed for merging: enough that a topic's variants are among them. */
const CHOSEN = 80;
/** Words of a company's legal form, as topic keys. */
const LEGAL_FORM = /^(?:inc|corp|corporation|company|co|llc|ltd|plc|group|holding|trust|lp|sa|ag|nv|se)$/;
/** Turns of the company's own speakers naming an analyst's firm that make it a topic. */
const PARTNER_TURNS = 3;
/** Share of a plain word's occurrences after one word that makes it a cut of an expression. */
const CUT_AFTER_SHARE = 0.75;

/**
 * Line items every company reports: a topic only as part of something more specific ("Olive
 * Garden sales", "adjusted EBITDA margin target").
 */
const UNIVERSAL_METRICS = new Set(["revenue", "revenue_growth", "eps", "eps_growth", "net_income", "gross_margin", "gross_profit", "operating_income", "operating_margin", "operating_expenses", "operating_cash_flow", "effective_tax_rate", "cash_and_investments", "ebitda", "organic_growth", "sg_and_a", "cost_of_sales", "r_and_d"]);

/**
 * The vocabulary of reporting itself, which every call uses and no analyst tags: accounting bases,
 * filings, the statement the figures sit in.
 */
const REPORTING = new Set(["GAAP", "non-GAAP", "GAAP EPS", "non-GAAP EPS", "GAAP basis", "GAAP results", "Form 10-Q", "Form 10-K", "10-Q", "10-K", "8-K", "SEC filings", "press release", "earnings release", "P&L", "safe harbor", "forward-looking statements", "IFRS", "MD&A", "earnings call", "conference call", "slide number", "webcast"].map((s) => topicKey(s)));

/** Accounting bases and filings in any phrase: "U.S. GAAP", "GAAP results", "Form 8-K". */
const REPORTING_WORDS = /(?:^| )(?:non )?gaap(?: |$)|^(?:form )?(?:8|10) [kq](?: |$)/;

/** Growth said by its digits or its unit: "double-digit growth", "low single-digit", "percentage growth". */
const DIGIT_GROWTH = /^(?:(?:low|mid|high|upper) )?(?:(?:single|double|triple) digit|percentage|percent)(?: (?:growth|decline|increase|decrease|rate|range))?$/;

/**
 * Figures of speech made of nouns: what a speaker is ("on the front foot"), where a plan stands
 * ("the big picture", "moving parts"), never what a call is about.
 */
const IDIOMS = new Set(["front foot", "back foot", "big picture", "moving parts", "silver lining", "sweet spot", "game changer", "home run", "low-hanging fruit", "rule of thumb", "step change", "light bulb moment", "tip of the iceberg", "elephant in the room", "needle mover", "north star", "line of sight", "boots on the ground", "skin in the game", "apples to apples", "heavy lifting", "bread and butter"].map((s) => topicKey(s)));

/** Units of measure ("Bcf", "Mcfe", "MTPA", "TBtu of LNG", "MWh", "square feet"): what a figure counts in, never what a call is about. */
const UNIT = /^(?:bcfe?|mcfe?|mmcfe?|tcfe?|mmbtu|t?btu|mtpa|mmtpa|bbl|mbbl|mmbbl|boe|mboe|mmboe|boepd|boed|bopd|mbd|mmbd|dth|mdth|[kmgt]wh?|mwac|mwdc|psi|tonne|mmt|mtpa)$/;
const UNIT_FIRST = new RegExp(UNIT.source.replace(/\$$/, "(?: |$)"));
/** An area said as a unit ("square feet", "square footages"): how much space, never what a call is about. */
const AREA_UNIT = /^(?:square|sq) (?:feet|foot|footages?|meters?|metres?|ft)$/;
/** A thing by its size ("a 250,000 square foot building", "square-foot facility"): the size of something, never what a call is about. */
const SIZED_BY_AREA = /^(?:square|sq) (?:feet|foot|ft) /;
function isUnit(key: string): boolean {
  if (AREA_UNIT.test(key) || SIZED_BY_AREA.test(key)) return true;
  if (!UNIT_FIRST.test(key)) return false;
  const ws = key.split(" ");
  return ws.length === 1 || ws[1] === "of" || ws.every((w) => UNIT.test(w));
}

export interface TopicInput {
  transcript: Transcript;
  names: CallNames;
  /** People the call mentions (mentions/extract-mentions.ts): names, not topics. */
  people: readonly string[];
  /** Organizations the call mentions: topics may name them, but get no kind of ours. */
  organizations: readonly string[];
  /** Words of each turn (text/tokens.ts), in turn order. */
  words: readonly (readonly Word[])[];
}

export function extractTopics(input: TopicInput): Topic[] {
  return rankTopics(input).map(({ topic, kind }) => ({ name: topic.name, kind, aliases: topic.aliases, mentions: topic.turns }));
}

/** The topics with what decided them (members, scores): for inspection and `--explain`-style tools. */
export function rankTopics({ transcript, names, people, organizations, words }: TopicInput): { topic: MergedTopic; kind: Topic["kind"] }[] {
  const { terms, words: length } = countTerms(transcript, words);
  const personKeys = new Set([...people.flatMap((p) => [topicKey(p), ...p.split(/\s+/).map((w) => topicKey(w))]), ...nicknames(terms, names)]);
  const own = ownNames(names, transcript.call.company ?? "");
  // The cheap tests first, for every term; the costly ones (metric phrases) for the head of the ranking.
  const rough: Scored[] = [];
  for (const term of terms.values()) {
    if (term.cutOf !== null || !plausible(term, own, personKeys)) continue;
    const score = salience(term, length);
    if (score > 0) rough.push({ term, score });
  }
  rough.sort((a, b) => b.score - a.score || (a.term.key < b.term.key ? -1 : 1));
  const lineItem = lineItemAcronyms(terms);
  const scored = rough.slice(0, CHOSEN * 4).filter((s) => s.term.theme || (!universalMetric(s.term) && !lineItem(s.term))).map((s) => ({ term: s.term, score: s.score * kindWeight(s.term) }));
  scored.sort((a, b) => b.score - a.score || (a.term.key < b.term.key ? -1 : 1));
  const orgKeys = new Set(organizations.map((o) => topicKey(o)));
  const companyInitials = new Set([...names.companyWords].map((w) => w[0]!));
  return mergeTopics(scored.slice(0, CHOSEN), terms, length, { companyInitials }, (t) => plausible(t, own, personKeys) && (t.theme || (!universalMetric(t) && !lineItem(t))))
    .slice(0, MAX_TOPICS)
    .map((topic) => ({ topic, kind: topicKind({ topic, organization: topic.members.some((m) => orgKeys.has(m.key)) }) }));
}

/**
 * Names the call gives its participants besides their own: a rare name word said right before a
 * participant's surname ("Jojo Yap" for Johannson Yap, "LT Therivel" for Laurent Therivel) is how
 * the call calls that person, wherever it says the word alone ("it's Jojo", "As LT mentioned").
 */
function nicknames(terms: ReadonlyMap<string, TermCount>, names: CallNames): string[] {
  const out: string[] = [];
  for (const t of terms.values()) {
    if (t.size !== 2 || t.proper === 0) continue;
    const [first, last] = t.key.split(" ") as [string, string];
    if (names.surnames.has(last) && spread(first) < ORDINARY_WORD_SPREAD && /^[A-Z][A-Za-z.]*\s/.test(mostUsed(t.spellings))) out.push(first);
  }
  return out;
}

/** Words before the company's name that speak of the company itself in another shape ("legacy WESCO", "standalone Acme"). */
const COMPANY_SHAPE = /^(?:legacy|old|combined|standalone|stand-alone|pro forma|former|historical|core)$/;

/** Companies of the corpus (share) above which a word is an ordinary noun, no surname: "Center", "Computer". */
const ORDINARY_WORD_SPREAD = 0.03;

/**
 * Capitalised words of a person's name: a first name the corpus knows, then one or two more, the
 * last no ordinary noun ("Bill Center" and "Harris Computer" name a product and a company).
 */
function personLike(surface: string): boolean {
  const parts = surface.split(" ");
  if (parts.length < 2 || parts.length > 3 || !TERM_STATS.isFirstName(parts[0]!) || !parts.every((p) => /^[A-Z][a-z'’-]+$/.test(p))) return false;
  const last = topicKey(parts[parts.length - 1]!);
  return TERM_STATS.isSurname(last) || spread(last) < ORDINARY_WORD_SPREAD;
}

/** A name said where a business is (BUSINESS_BEFORE, BUSINESS_AFTER), twice or more. */
function namesABusiness(t: TermCount): boolean {
  let n = 0;
  for (const [w, c] of t.before) if (BUSINESS_BEFORE.has(w)) n += c;
  for (const [w, c] of t.right) if (BUSINESS_AFTER.has(w)) n += c;
  return n >= 2;
}

/** Line items every income statement has that the metric vocabulary leaves to SG&A or EBITDA, as topic keys. */
const LINE_ITEM_KEY = /^(?:g&a|d&a|general and administrative|depreciation and amortization)(?: expense| cost)?$/;

/** The universal line items ("revenue", "EPS"): the metric phrase finder reads the whole term. */
function universalMetric(t: TermCount): boolean {
  if (LINE_ITEM_KEY.test(t.key)) return true;
  // "R-and-D" is R&D.
  const surface = mostUsed(t.spellings).replace(/\b([A-Za-z]{1,2})-and-([A-Za-z]{1,2})\b/g, "$1&$2");
  const metric = findMetricMentions(surface);
  // "sales growth", "EPS decline": the line item and how it moved are the line item.
  return metric.length > 0 && metric[0]!.start === 0 && (metric[0]!.end >= surface.length - 1 || MOVED.test(surface.slice(metric[0]!.end))) && UNIVERSAL_METRICS.has(metric[0]!.metric);
}

/** Words after a line item that say how it moved ("sales growth"): no more specific than the line item. */
const MOVED = /^\s*(?:growth|declines?|decreases?|increases?|expansion|contraction|improvements?)\s*$/i;

const INITIALS_SKIPPED = new Set(["and", "of", "&", "the"]);

/**
 * Acronyms the call spells out as a universal line item ("GP" where it says "gross profit"): the
 * line item by its letters. Reads the call's phrases only when an acronym asks.
 */
function lineItemAcronyms(terms: ReadonlyMap<string, TermCount>): (t: TermCount) => boolean {
  let byInitials: Map<string, TermCount[]> | undefined;
  return (t) => {
    const letters = t.coined && t.size === 1 ? /^([A-Z]{2,5})s?$/.exec(mostUsed(t.spellings).replace(/&/g, ""))?.[1]?.toLowerCase() : undefined;
    if (!letters) return false;
    if (!byInitials) {
      byInitials = new Map();
      for (const c of terms.values()) {
        if (c.size < 2 || c.coined || c.tf < 2 || c.cutOf !== null) continue;
        const initials = c.key.split(" ").filter((w) => !INITIALS_SKIPPED.has(w)).map((w) => w[0]).join("");
        byInitials.set(initials, [...(byInitials.get(initials) ?? []), c]);
      }
    }
    return (byInitials.get(letters) ?? []).some((c) => universalMetric(c));
  };
}

/**
 * The call's names with the company's words as topic keys are written ("industry" of "Armstrong
 * World Industries", "hotel" of "Choice Hotels"), so a term's words can be looked up in them.
 */
interface OwnNames {
  names: CallNames;
  words: ReadonlySet<string>;
  companyWords: ReadonlySet<string>;
  companyNameWords: readonly string[];
  /** The company's name as the call gives it, and its key (identity.ts companyKey). */
  company: string;
  companyKey: string;
}

function ownNames(names: CallNames, company: string): OwnNames {
  const keys = (ws: Iterable<string>) => [...ws].map((w) => topicKey(w) || w);
  // People's and firms' words as written ("Markets" of a firm is no "market"), the company's by key.
  const companyWords = new Set(keys(names.companyWords));
  return { names, words: new Set([...names.words, ...companyWords]), companyWords, companyNameWords: keys(names.companyNameWords), company, companyKey: companyKey(company) };
}

function cutAfterWord(t: TermCount): boolean {
  for (const [w, n] of t.before) if (n >= CUT_AFTER_SHARE * t.tf && !FUNCTION_WORDS.has(w)) return true;
  return false;
}

const GREETING_NOUN = /^(?:morning|afternoon|evening)$/;

/** "Good" before "morning" in most of its uses, or a term opening with "morning" after "good". */
function greeting(t: TermCount): boolean {
  const count = (m: ReadonlyMap<string, number>, test: (w: string) => boolean) => [...m].reduce((n, [w, k]) => n + (test(w) ? k : 0), 0);
  if (t.size === 1 && count(t.right, (w) => GREETING_NOUN.test(w)) * 2 >= t.tf) return true;
  return GREETING_NOUN.test(t.key.split(" ")[0]!) && count(t.left, (w) => w === "good") + count(t.before, (w) => w === "good") > 0;
}

/** Share of the corpus's companies from which a name's word is known news ("COVID", "U.S."). */
const KNOWN_NAME_SPREAD = 0.05;

/** A word written as no dictionary word is: capitals inside, or digits ("NG-PON2", "IntelliServ", "U.S."). */
const COINED_WORD = /[A-Z].*[A-Z0-9]|[a-z][A-Z]|\d/;

/**
 * A name holding a coined word many companies use or the company's own ("TDM COVID", "U.S.
 * Securities", "JLL Jet" at JLL): said once, it is a passing phrase, no news.
 */
function knownNameWord(surface: string, own: OwnNames): boolean {
  return surface.split(/[\s‐-]+/).some((w) => {
    if (!COINED_WORD.test(w)) return false;
    const key = topicKey(w);
    return own.companyWords.has(key) || spread(key) >= KNOWN_NAME_SPREAD;
  });
}

/** Every test of a topic but the costly metric one (universalMetric). */
function plausible(t: TermCount, own: OwnNames, personKeys: ReadonlySet<string>): boolean {
  // A theme is one whatever the call's names hold ("labor market" on a call with Manpower's analysts).
  if (t.theme) return true;
  const { names } = own;
  const name = t.coined || t.proper * 2 >= t.tf;
  // One mention is no topic, and a plain word needs three; but a coined word the corpus has
  // hardly seen ("NG-PON2") may be news even once.
  const coinedOnce = t.tf === 1 && spread(t.key) < RARE_SPREAD && COINED_WORD.test(mostUsed(t.spellings).split(" ").find((w) => w.length > 1) ?? "") && !knownNameWord(mostUsed(t.spellings), own);
  if ((t.tf < 2 && !coinedOnce) || (t.size === 1 && !name && t.tf < 3)) return false;
  // A letter alone names nothing ("D" of "D&A", "F" of "F'22").
  if (!/[a-z]/.test(t.key) || t.key.length === 1 || /\.(?:com|net|org|gov)\b|www/.test(t.key) || REPORTING.has(t.key.endsWith(".") ? t.key.replace(/\.+$/, "") : t.key) || REPORTING_WORDS.test(t.key) || isUnit(t.key)) return false;
  // A rate of growth by its digits ("double-digit growth", "high single-digit"): a quantity, no subject.
  if (DIGIT_GROWTH.test(t.key)) return false;
  // A decade or a range of figures ("the 60s", "high 70s", "the high-80s", "low-70"), a letter and a period ("Q.", "C.").
  if (/^\d+0s$|^[a-z]\.$|^(?:high|low|mid|upper|lower)[- ]?\d+s?$/.test(t.key) || IDIOMS.has(t.key)) return false;
  // A fiscal period by its code ("FY21", "FQ4", "1H", "2H22", "Q4 21"): when, not what. (Not "F-150" or "F-35", which name things.)
  if (/^(?:fy|cy) ?'?\d{2,4}$|^fq[1-4]$|^(?:q[1-4]|h[12])(?: ?'?\d{2,4})?$|^[1-4]q(?: ?'?\d{2,4})?$|^[12]h(?: ?'?\d{2,4})?$/.test(t.key)) return false;
  // A greeting: "Good" of "Good morning", "morning Albert" of "Good morning Albert".
  if (greeting(t)) return false;
  // A meeting with investors ("Investor Day", "NYSE Industrial's Investor Day", "Analyst Conference"): where the company speaks, not
  // what it speaks of.
  if (/(?:^|\s)(?:investor|analyst|capital market|shareholder)s?(?:'s)?(?: and analyst)? (?:day|conference|meeting|event|forum)$/.test(t.key)) return false;
  // An adjective cut from its noun ("COVID-related", "usage-based"): no thing.
  if (/-(?:related|driven|based|led|like|specific|focused|oriented|induced|linked)$/.test(mostUsed(t.spellings))) return false;
  // A plain word nearly always after the same word that no phrase holds is the cut of a fixed
  // expression ("rata" of "pro rata"): grammar words before a noun vary ("the", "our", "in").
  if (t.size === 1 && !name && t.tf >= 3 && cutAfterWord(t)) return false;
  const surface = mostUsed(t.spellings);
  const ws = t.key.split(" ");
  // ("LT." where a sentence ends on the name.)
  if ((personKeys.has(t.key) || personKeys.has(t.key.replace(/\.+$/, "")) || personLike(surface)) && !namesABusiness(t)) return false;
  // A first name alone is a person's, unless it names a place and no participant is so called ("Austin", "Charlotte").
  if (t.size === 1 && TERM_STATS.isFirstName(surface) && !(isPlaceName(surface) && !names.firstNames.includes(t.key))) return false;
  // A name said to someone ("Lowe, first...") or the start of a participant's first name ("Lowe" for Lowell).
  if (t.size === 1 && name && (t.vocatives * 2 >= t.tf || (t.key.length >= 3 && names.firstNames.some((f) => f.startsWith(t.key))))) return false;
  // The call's own participants and firms never; its company only inside a name of its own ("JLL Technologies").
  // Every spelling: "Armstrong" said short and counted with "Armstrong World Industries" is the company too.
  // An analyst's firm that the company's own speakers name in several turns is a partner or a
  // counterparty of theirs ("J.P. Morgan" of a payments partnership): a topic.
  let firm = false;
  let seen: string | undefined;
  for (const s of t.spellings.keys()) {
    // Spellings that differ in case only ("Revenue growth") name the same.
    const lower = s.toLowerCase();
    if (lower === seen) continue;
    seen = lower;
    if (names.isParticipant(s)) return false;
    firm ||= names.isCompanyOrFirm(s);
  }
  if (firm) return name && t.turns.length - t.analystTurns >= PARTNER_TURNS && ws.some((w) => !own.companyWords.has(w)) && ![...t.spellings.keys()].some((s) => companyKey(s) === own.companyKey);
  // The company by its acronym ("ADS" for Advanced Drainage Systems).
  // ("FCPT" for Four Corners Property Trust: written in capitals, which is no coined word.)
  if (t.size === 1 && names.companyInitials.length >= 2 && t.key.replace(/&/g, "") === names.companyInitials && (t.coined || [...t.spellings.keys()].some((s) => /^[A-Z&]+$/.test(s)))) return false;
  // A place holding a firm's or participant's word is the place ("North America", "the Americas"
  // on a call with an analyst of Bank of America): the firm's own name was ruled out above.
  const place = name && isPlaceName(surface);
  const ownWords = ws.filter((w) => own.words.has(w) && !(place && !own.companyWords.has(w)));
  // ("legacy WESCO", "legacy WESCO business", "standalone Acme": the company in another shape, no topic of it.)
  if (ws.length >= 2 && COMPANY_SHAPE.test(ws[0]!) && own.companyWords.has(ws[1]!) && ws.slice(2).every((w) => /^(?:business|businesses|company|operations?|organization|portfolio)$/.test(w))) return false;
  if (ownWords.length) {
    // A name holding a participant's or firm's word is theirs ("Morgan"); a plain phrase is not
    // ("labor market" on a call with a firm named Markets), though the bare word is.
    if (ownWords.some((w) => !own.companyWords.has(w))) return !name && ownWords.length < ws.length;
    // A plain phrase of the company's words only ("hotels" at Choice Hotels) is the company's trade.
    if (!name) return ownWords.length < ws.length;
    // A later word of the company's name said alone names a unit of its own ("LaSalle" of Jones Lang
    // LaSalle); the company's first word ("Choice" of Choice Hotels) names the company.
    // The company's possessive opens no name of a unit ("STERIS' SEC filings", "Acme's team"), unless the company is so named ("DICK's").
    if (own.companyWords.has(ws[0]!) && /^\S+(?:'s|s')\s/i.test(surface.replace(/’/g, "'")) && !/['’]/.test(own.company)) return false;
    const company = own.companyNameWords;
    const unit = company.length >= 2 && ws[0] !== company[0] && ws.every((w) => company.includes(w)) && !company.every((w) => ws.includes(w));
    // The company by its full name with a legal form ("Kite Realty Group" of Kite Realty Group Trust).
    // ("Carpenter Technology" of Carpenter Technologies Corporation: a word of the company's name that is no name word alone counts.)
    const companyish = ws.every((w) => own.companyWords.has(w) || own.companyNameWords.includes(w) || LEGAL_FORM.test(w));
    if ((ownWords.length === ws.length || companyish) && !unit) return false;
  }
  return true;
}
