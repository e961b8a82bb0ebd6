/**
 * The words in front of a metric's name, read for what they say of the figure: its basis
 * ("adjusted"), whose it is (the company's: "total", "consolidated", "Acme's"; a segment's,
 * product's or region's: "Water Systems", "service", "U.S."), an earlier period ("prior-year")
 * or a period ("third quarter sales"). The phrase ends at a determiner, a preposition, a verb or a
 * punctuation mark, which the part-of-speech tags tell.
 */
import type { Basis } from "../../model/facts.js";
import type { TaggedToken } from "../text/nlp.js";
import type { SentenceView } from "./sentence-view.js";
import { COMPANY_WORDS, CONSTANT_CURRENCY_WORDS, GAAP_WORDS, NEUTRAL_WORDS, NON_GAAP_BY_NATURE, NON_GAAP_WORDS } from "./words.js";

export interface SubjectPhrase {
  basis: Basis | null;
  /** Words that say the figure is the whole company's. */
  company: boolean;
  /** The word was "combined": the whole with a business acquired or joined, which a part may be too ("Nourish achieved combined ... growth"). */
  combined?: boolean;
  /** Words that name something narrower than the company, as written ("Water Systems", "U.S."). */
  scope: string | null;
  /** "prior-year", "last year's": the figure is of an earlier period. */
  prior: boolean;
  /** Said as what moved the measure ("headwinds to revenue of $60 million", "an impact to EPS of $0.07"), not a level of it. */
  effect?: boolean;
  /** The phrase's words before the measure are a subject of "reported" ("FPL reported net income"): a part's name, none of them a basis. */
  reportedBy?: boolean;
  /** The earlier period is a year before ("prior-year", "year-ago", "last year's"), not one the words leave open ("prior", "pre-COVID"). */
  priorYear?: boolean;
  organic: boolean;
  international: boolean;
  /** A comparable-base qualifier of the measure, not a part of the business: "same-asset" NOI, "same-property" expenses. */
  qualifier: string | null;
  /** "global", "worldwide": the whole company's, unless the sentence opens on a segment ("Finally for executive search, global fee revenue ..."). */
  global: boolean;
  /** A period phrase among the words ("third quarter sales"): its slot. */
  period: number | null;
  /** "annual", "full-year": the figure is for a whole fiscal year. */
  annual: boolean;
  /** "quarterly": the figure is for a quarter (the paragraph's or the call's), not a year to date. */
  quarterly?: boolean;
  /** Another party's figure ("their sales"), or no reported one ("authorized", "available"). */
  foreign: boolean;
  /** Where the phrase starts in the view's abstract. */
  start: number;
}

/** What a same-store (comparable) pool is made of: "same-store", "same community", "comparable restaurant". */
const POOL_NOUN = "store|stores|asset|assets|property|properties|center|centers|centre|restaurant|restaurants|community|communities|hotel|hotels|site|sites|location|locations|unit|units";
const POOL_NOUN_WORD = new RegExp(`^(?:${POOL_NOUN})$`);
/** The pool written as one word: "same-store", "comparable-restaurant", "same-portfolio", "like-for-like". */
const POOL_QUALIFIER = new RegExp(`^(?:same|comparable|like-for)-(?:${POOL_NOUN}|portfolio|like)$`);
const WORD = /«[FPMC]\d+»|[a-z0-9$][a-z0-9&.'’/-]*|[^\sa-z0-9«»]/g;
const STOP_POS = new Set(["ADP", "CCONJ", "SCONJ", "AUX", "PART", "DET", "PRON", "INTJ", "PUNCT", "SYM", "NUM"]);
const OWNERS = new Set(["our", "its", "their", "the", "a", "an", "this", "that", "these", "those", "your", "his", "her", "my", "which", "what", "whose", "each", "every", "any", "all", "both", "some"]);
/** A basis word between a period and the measure's name: "resulting in full year comparable earnings per share of $2.32". */
const BASIS_WORD = /^(?:comparable|adjusted|diluted|reported|gaap|non-gaap|core|underlying|organic)$/;
const PRIOR = new Set(["prior-year", "prior-period", "prior-quarter", "year-ago", "last-year", "previous-year", "pre-covid", "pre-pandemic", "prior", "previous", "last", "year-ago's", "last-year's"]);

/** Reads the phrase that ends at the metric name in slot `M<slot>`. */
export function readSubjectPhrase(view: SentenceView, slot: number, tokens: readonly TaggedToken[]): SubjectPhrase {
  const at = view.slots.get(`M${slot}`)!;
  const before = view.abstract.slice(0, at.start);
  const words: { w: string; start: number }[] = [];
  for (const m of before.matchAll(WORD)) words.push({ w: m[0], start: m.index });
  const out: SubjectPhrase = { basis: null, company: false, scope: null, prior: false, organic: false, international: false, global: false, qualifier: null, period: null, annual: false, foreign: false, start: at.start };
  const scopeWords: { start: number; end: number }[] = [];
  for (let i = words.length - 1, n = 0; i >= 0 && n < 7; i--, n++) {
    const { w, start } = words[i]!;
    if (/^«C\d+»$/.test(w)) { out.company = true; out.start = start; break; }
    // "foreign exchange headwinds to revenue of approximately $60 million": what moved the measure, not a level of it.
    if (/^(?:to|on)$/.test(w) && /^(?:headwinds?|tailwinds?|impacts?|benefits?|hits?|drags?|pressures?)$/.test(words[i - 1]?.w ?? "")) { out.effect = true; out.start = start; break; }
    const p = /^«P(\d+)»$/.exec(w);
    if (p) {
      // "in the prior year operating margin": a period after a preposition is a phrase of its own, not the subject's;
      // "compared to prior year net income": after a comparison word it dates the subject.
      let k = i - 1;
      while (k >= 0 && /^(?:the|our|a|an|this|that)$/.test(words[k]!.w)) k--;
      const prev = words[k]?.w ?? "";
      // "an increase of 15.3% over the prior year's second quarter revenue": "over" after a figure compares.
      const compares = prev === "over" && /^«F\d+»$|^(?:increase|growth|decrease|decline|improvement|up|down|higher|lower)$/.test(words[k - 1]?.w ?? "");
      // (Without a determiner the period is the subject's own: "resulting in full year free cash flow of $835 million", "an
      // expectation for full-year sales of $8,333 million".)
      // ("the impact of the prior year's restructuring charge": a possessive period is the subject's own, whatever stands before it.)
      if (/^(?:in|for|during|since|over|through|of|at|by|on|into)$/.test(prev) && !compares && !view.periods[Number(p[1])]!.possessive && !(k === i - 1 && k > 0 && /^(?:in|of|for)$/.test(prev) && (n === 0 || (n === 1 && BASIS_WORD.test(words[i + 1]!.w))) && view.periods[Number(p[1])]!.period.part === "FY")) break;
      // ("our expectation for 2020 annual revenues": the mention may hold its preposition itself.)
      const mention = view.periods[Number(p[1])]!;
      // ("MPLX also announced their 2022 capital investment plan": the mention may hold another party's "their" too.)
      if (/^(?:their|your)\s/i.test(view.text.slice(mention.start, mention.end))) { out.foreign = true; out.start = start; break; }
      // (Not a sentence's opening adverbial: "In 2020 sales increased 13%".)
      if (/^(?:in|for|during|since|over|through|at|by|on|into)\s/i.test(view.text.slice(mention.start, mention.end)) && !compares && prev !== "" && !/^(?:,|and|but|so|then|now|also)$/.test(prev)) break;
      out.period = Number(p[1]);
      if (view.periods[Number(p[1])]!.relation === "yearAgo") out.prior = true;
      out.start = start;
      continue;
    }
    if ((w === "annual" || w === "full-year" || w === "annualized") && out.period === null) { out.annual = true; out.start = start; continue; }
    if (w === "quarterly" && out.period === null) { out.quarterly = true; out.start = start; continue; }
    // "the revenue recognition standard adjusted EPS": words after another measure's name belong to that phrase.
    if (w.startsWith("«")) {
      // "R&D Solutions fourth quarter revenue": a measure's name inside a capitalised name is part of that name.
      const m = /^«M(\d+)»$/.exec(w);
      const name = m ? view.names[Number(m[1])] : undefined;
      if (name && scopeWords.length && /^[A-Z]/.test(view.text.slice(scopeWords[0]!.start)) && /^[A-Z]/.test(view.text.slice(name.start, name.end)) && view.text.slice(name.end, scopeWords[0]!.start) === " ") {
        scopeWords.unshift({ start: name.start, end: name.end });
        out.start = start;
        break;
      }
      if (m) scopeWords.length = 0;
      break;
    }
    // "excludes M&A and restructuring costs of $12 million to $14 million", "merger and restructuring charges of $15.7 million":
    // another one-off charge joined to the measure's name; the figure is their sum.
    if (n === 0 && (w === "and" || w === "&") && /^(?:m&a|merger|acquisition|integration|transaction|severance|impairment|litigation|legal|separation|transformation|deal)$/i.test(words[i - 1]?.w ?? "")) { out.foreign = true; out.start = start; break; }
    if (OWNERS.has(w)) {
      out.start = start;
      // "At the end of September, this revenue totaled $1 million": a particular revenue the turn spoke of, not the measure.
      if (n === 0 && /^(?:this|these|those)$/.test(w)) out.foreign = true;
      // "their sales", "your margins": another party's figure.
      if (/^(?:their|your|his|her)$/.test(w)) out.foreign = true;
      break;
    }
    // "The purchased intangible adjustment for EPS will increase to $0.66": an item's effect on the measure, named before it, is that
    // item's amount, no level of the measure.
    if (n === 0 && /^(?:for|to|on)$/.test(w) && /^(?:adjustments?|impacts?|effects?|benefits?|headwinds?|tailwinds?|contributions?|dilution|accretion|add-?backs?)$/.test(words[i - 1]?.w ?? "")) { out.foreign = true; out.start = start; break; }
    // "$77 million in higher pass-through revenue", "$12 million of lower fuel expense": an amount the measure moved by, no level of it.
    if (/^(?:higher|lower|increased|decreased|reduced|improved|elevated|greater)$/.test(w) && /^(?:of|in)$/.test(words[i - 1]?.w ?? "") && /^«F\d+»$/.test(words[i - 2]?.w ?? "")) { out.foreign = true; out.start = start; break; }
    // Not the measure's level: another party's, a potential, an average or excess of it, a class of debt (variable-rate, bad), an amount added or issued,
    // a part of the inventory ("$272 million of in-transit inventory").
    // ("$1.2 billion in available cash": cash available is the cash balance; a credit line's or liquidity's is not.)
    if (w === "available" && view.names[slot]?.def.name === "cash_and_investments") { out.start = start; continue; }
    if (/^(?:authorized|remaining|available|unused|potential|hypothetical|pro-forma|illustrative|customers'|competitors'|peers'|industry|market|guidance|assumed|budgeted|planning|average|excess|subordinated|senior|secured|unsecured|convertible|variable|fixed|floating|variable-rate|fixed-rate|floating-rate|bad|added|issued|acquired|allowed|direct|indirect|portfolio|incremental|distributable|debt-to-equity|debt-to-capital|debt-to-total-capital|loan-to-value|recourse|non-recourse|in-transit|slow-moving|obsolete|consigned)$/.test(w)) { out.foreign = true; out.start = start; break; }
    // "Q3-adjusted EBITDA" reads as a period, a hyphen and "adjusted": the hyphen only joins them.
    if (w === "-" && /^«P\d+»$/.test(words[i - 1]?.w ?? "") && words[i - 1]!.start + words[i - 1]!.w.length === start) { out.start = start; continue; }
    const bare = w.replace(/(?:'s|’s|')$/, "");
    // "pro forma cash" is a balance that would be, not one that is; "pro forma EPS" is an adjusted measure.
    if (bare === "forma" && words[i - 1]?.w === "pro") {
      if (view.names[slot]?.def.balance) { out.foreign = true; out.start = words[i - 1]!.start; break; }
      out.basis ??= "non-GAAP";
      out.start = words[i - 1]!.start;
      i--;
      continue;
    }
    // "FX neutral total revenue growth", "currency neutral sales": exchange rates held steady, written as two words.
    if (bare === "neutral" && /^(?:fx|currency)$/i.test(words[i - 1]?.w ?? "")) {
      out.basis ??= "constant currency";
      out.start = words[i - 1]!.start;
      i--;
      continue;
    }
    // "we reported consolidated net sales": there "reported" is the verb, no basis.
    // ("Stewart yesterday reported net income", "We also reported": a time or a word of degree between them leaves "reported" the verb.)
    const reporter = bare === "reported" ? words.slice(0, i).findLast((x) => !/^(?:yesterday|today|tonight|earlier|also|again|previously|recently|just|now|then|once)$/i.test(x.w)) : undefined;
    if (bare === "reported" && /^(?:we|i|they|it|company|which|that|«C\d+»)$/.test(reporter?.w ?? "")) break;
    // ("Construction materials reported backlog at $912 million", "FPL reported net income": after a name of a part it is the verb too,
    // no basis; the part is still the scope.)
    if (bare === "reported" && /^(?:NOUN|PROPN)$/.test(tokenAt(view, words[i - 1]?.start ?? -1, tokens)?.pos ?? "")) { out.reportedBy = true; out.start = start; continue; }
    // The basis word nearest the name decides ("reported adjusted net income" is adjusted).
    // ("Resort reported EBITDA", a name some companies give their EBITDA, "Reported year-to-date core FFO": GAAP defines no EBITDA
    // or FFO, so "reported" says no basis of them.)
    if (GAAP_WORDS.has(bare)) {
      if (!(bare === "reported" && NON_GAAP_BY_NATURE.test(view.names[slot]?.def.name ?? ""))) out.basis ??= "GAAP";
      out.start = start;
      continue;
    }
    // "cash NOI", "cash EPS" are adjusted measures; a cash dividend or a cash balance is just cash.
    if (bare === "cash" && /^(?:dividend|cash_and_investments|liquidity|net_cash|capex|free_cash_flow|operating_cash_flow|share_repurchase|interest_expense)$/.test(view.names[slot]?.def.name ?? "")) { out.start = start; continue; }
    // ("operating assets NOI": "operating" before the words of a part is a word of its name, no basis.)
    // ("Total operating revenues for the second quarter were $973 million": a carrier's or utility's reported revenue, no basis.)
    if (bare === "operating" && scopeWords.length === 0 && view.names[slot]?.def.name === "revenue") { out.start = start; continue; }
    // ("ongoing earnings per share", "ongoing EBIT margin": a company's name for its earnings without one-off items, an adjusted measure;
    // "ongoing share repurchases" go on, no basis.)
    if (bare === "ongoing" && /(?:eps|income|earnings|margin|ebit)/.test(view.names[slot]?.def.name ?? "")) { out.basis ??= "non-GAAP"; out.start = start; continue; }
    if (NON_GAAP_WORDS.has(bare) && !(bare === "operating" && scopeWords.length > 0)) { out.basis ??= CONSTANT_CURRENCY_WORDS.has(bare) ? "constant currency" : "non-GAAP"; out.start = start; continue; }
    if (PRIOR.has(bare) || /^(?:prior|last|previous)-?year'?s?$/.test(w)) {
      out.prior = true;
      out.priorYear ||= /^(?:(?:prior|last|previous)-?year|year-ago)(?:'s)?$/.test(w.replace(/’/g, "'"));
      out.start = start;
      continue;
    }
    if (bare === "year" && words[i - 1] && /^(?:prior|last|previous)$/.test(words[i - 1]!.w)) { out.prior = true; out.priorYear = true; out.start = words[i - 1]!.start; i--; continue; }
    if (bare === "organic" || bare === "organically") { out.organic = true; out.start = start; continue; }
    // ("Pizza Hut International same-store sales": a capitalised word inside a name is a word of the name.)
    const inCapitalName = scopeWords.length === 0 && i > 0 && /^\p{Lu}/u.test(tokenAt(view, start, tokens)?.text ?? "") && /^\p{Lu}/u.test(tokenAt(view, words[i - 1]!.start, tokens)?.text ?? "");
    if (bare === "international" && !inCapitalName) { out.international = true; out.start = start; continue; }
    if (bare === "global" || bare === "worldwide") { out.global = true; out.start = start; continue; }
    if (POOL_QUALIFIER.test(bare)) { out.qualifier ??= bare; out.start = start; continue; }
    // "same store customer care gross profit": the qualifier written without its hyphen.
    // ("Same unit revenue": the abstract keeps the sentence's capitals, so the word before is read from the text before it.)
    const qualifierWord = POOL_NOUN_WORD.test(bare) ? /\b(same|comparable) $/i.exec(before.slice(0, start)) : null;
    if (qualifierWord) {
      out.qualifier ??= `${qualifierWord[1]!.toLowerCase()}-${bare}`;
      out.start = qualifierWord.index;
      while (i > 0 && words[i - 1]!.start >= qualifierWord.index) i--;
      continue;
    }
    if (COMPANY_WORDS.has(bare)) { out.company = true; if (bare === "combined") out.combined = true; out.start = start; continue; }
    if (NEUTRAL_WORDS.has(bare) || /^(?:19|20)\d\d$|^fy'?\d\d$/.test(bare)) { out.start = start; continue; }
    // "before onetime charges diluted EPS", "excluding special items EPS": the words after are what is left out, no scope.
    if (/^(?:before|excluding|ex|less|after)$/.test(w)) {
      // ("cash flow from operating activities of $301 million, less capital spending of $106 million": a measure taken away is as
      // reported.)
      if (w !== "after" && w !== "less") out.basis ??= "non-GAAP";
      scopeWords.length = 0;
      break;
    }
    // "we continue to anticipate paying dividends of roughly $250 million": a gerund after a verb is the clause's verb.
    // ("we anticipate parking revenues will be up": not a word the tagger reads as a noun, which names the line.)
    if (/ing$/.test(w) && /^(?:anticipate|expect|continue|plan|intend|begin|start|keep|consider|resume|avoid|stop|recommend|propose)(?:s|d|ed)?$/.test(words[i - 1]?.w ?? "") && tokenAt(view, start, tokens)?.pos !== "NOUN") break;
    // "we estimate GAAP EPS ... and anticipate non-GAAP adjusted EPS to be": a verb of expecting or saying is the clause's verb.
    // ("Slide 8 highlights total adjusted noninterest expense of $267 million": a slide's verb of showing too.)
    if (/^(?:anticipate|expect|estimate|believe|see|reaffirm|reiterate|raise|lower|guide|deliver|report|achieve|highlight|show|present|summarize|outline|illustrate)(?:s|d|ed)?$/.test(w) || /^(?:impl(?:y|ies|ied)|suggests?|suggested|means|meant|represents?|represented)$/.test(w)) break;
    // "we are guiding gross margin in the range of", "we're reaffirming EPS of": the same verbs in their -ing form after a
    // pronoun or an auxiliary (the tagger may read "guiding" as a modifier).
    if (/^(?:anticipating|expecting|estimating|reaffirming|reiterating|raising|lowering|guiding|targeting|forecasting|projecting|delivering|reporting|achieving)$/.test(w) && /^(?:we|i|they|are|is|am|were|was|be|been|now|also|currently|again)$|['’](?:re|m)$/.test(words[i - 1]?.w ?? "")) break;
    // ("Regarding share repurchases, we bought ...": a preposition the tagger may read as a name at the sentence's start.)
    if (/^(?:regarding|concerning)$/i.test(bare)) break;
    const tok = tokenAt(view, start, tokens);
    // "commissions and related revenue", "rental and other revenues": one line of revenue named by what it is for.
    const joined = (w === "and" || w === "&") && scopeWords.length > 0 && /^(?:related|other|associated|similar)$/.test(view.text.slice(scopeWords[0]!.start, scopeWords[0]!.end).toLowerCase());
    // "Dover Fueling Solutions revenue": a capitalised word inside a capitalised name is a word of the name, whatever its tag.
    const inName = tok !== null && tok.start > 0 && /^\p{Lu}/u.test(tok.text) && scopeWords.length > 0 && /^\p{Lu}/u.test(view.text.slice(scopeWords[0]!.start, scopeWords[0]!.end)) && /^\p{Lu}/u.test(view.text.slice(view.toText[words[i - 1]?.start ?? -1] ?? 0)) && words[i - 1] !== undefined && !OWNERS.has(words[i - 1]!.w);
    if (inName && (tok.pos === "VERB" || tok.pos === "ADV")) {
      scopeWords.unshift({ start: tok.start, end: tok.end });
      out.start = start;
      continue;
    }
    // ("same-store multifamily operating expenses": no adverb stands between a pool's qualifier and the name it qualifies, whatever
    // the tagger reads; the word names the part the pool is of.)
    const afterPool = tok?.pos === "ADV" && POOL_QUALIFIER.test((words[i - 1]?.w ?? "").toLowerCase());
    if (!joined && !afterPool && (!tok || STOP_POS.has(tok.pos) || tok.pos === "ADV")) break;
    if (joined || !tok) { out.start = start; continue; }
    // "where project revenues were": a word tagged as a verb right after a determiner, preposition or
    // relative word is a noun modifier; after a pronoun ("we generated revenue") it is the verb.
    // After "and", a past form is the clause's second verb ("contributed 33% and experienced revenue growth of 14%").
    // "transmission wheeling-related revenues": a compound modifier names the line the measure is of, whatever its first part's tag.
    // "used vehicle revenue", "managed hotel RevPAR": a participle that names a kind of goods or business before its noun.
    const relatedLine = (/^(?:related|associated)$/.test(w) && /^(?:and|&)$/.test(words[i - 1]?.w ?? "")) || /^[a-z]+-(?:related|based|driven|linked)$/.test(w) ||
      (scopeWords.length > 0 && ATTRIBUTIVE_PARTICIPLES.test(bare));
    // ("This brings total capital expenditures to": a demonstrative that opens the sentence is its subject, and the verb is the verb.)
    const openingDemonstrative = i === 1 && /^(?:this|that)$/i.test(words[0]!.w) && /s$/.test(w);
    // ("Overall advertising revenues are expected to increase", "Overall, print revenues": after no more than an opening adverb, a word
    // the tagger reads as a verb is the name's modifier: the sentence's verb comes after the name.)
    const afterOpening = i > 0 && words.slice(0, i).every((x) => /^(?:overall|so|and|now|also|finally|lastly|next|similarly|additionally|meanwhile|,)$/.test(x.w));
    if (tok.pos === "VERB" && !relatedLine && !afterOpening && (openingDemonstrative || !(!words[i - 1] || /^(?:the|our|its|their|a|an|this|that|where|of|in|for|and|,)$/.test(words[i - 1]!.w)))) break;
    // (Irregular past forms too: "we repurchased $650 million of our own stock and paid dividends of $227 million".)
    if (tok.pos === "VERB" && !relatedLine && IRREGULAR_OR_ED_PAST.test(w) && /^(?:and|,)$/.test(words[i - 1]?.w ?? "")) break;
    // "..., drove record net sales of", "$1.48 billion, reflecting core revenue growth": after a comma a past or -ing
    // form is the clause's verb, not a modifier.
    if (!relatedLine && !afterOpening && (tok.pos === "VERB" || /(?:ed|ing)$/.test(w)) && /(?:ed|ing|ove|ew|ought|ught|ade|ook|ent)$/.test(w) && words[i - 1]?.w === ",") break;
    // The whole written word, not only its first token: "top-up", "same-asset".
    const wordEnd = view.toText[start + w.length - 1];
    scopeWords.unshift({ start: tok.start, end: wordEnd !== undefined ? Math.max(tok.end, wordEnd + 1) : tok.end });
    out.start = start;
  }
  // "core income per diluted share", "operating income per share": an insurer's earnings per share before investment gains, an
  // adjusted measure by the words of its own name.
  const name = view.names[slot];
  if (name && name.def.name === "eps" && /^(?:core|(?:net )?operating) /i.test(view.text.slice(name.start, name.end))) out.basis ??= "non-GAAP";
  if (scopeWords.length) {
    const scope = view.text.slice(scopeWords[0]!.start, scopeWords.at(-1)!.end).replace(/(?:'s|’s)$/, "");
    // "Residential segment net sales": the segment is "Residential".
    // ("Used vehicle unit sales" are units sold, not a unit of the business: only "business unit" and the like come off.)
    out.scope = scope.replace(/\s+(?:segments?|divisions?|business(?:es)?|(?:business|operating|reporting) units?)$/i, "") || scope;
    // "a FAD payout ratio of 43%": a measure's acronym is no part of the business.
    if (MEASURE_ACRONYM.test(out.scope)) out.scope = null;
  }
  return out;
}

/** A past form: regular, or one of the irregular verbs a clause of results uses ("and paid dividends of", "and sold", "and grew"). */
const IRREGULAR_OR_ED_PAST = /ed$|^(?:paid|made|spent|sold|bought|grew|rose|fell|saw|had|took|gave|brought|built|won|kept|held|lost|got|set)$/;

/** Participles that, before a noun, name a kind of goods or business rather than a clause's verb ("used vehicle revenue"). */
const ATTRIBUTIVE_PARTICIPLES = /^(?:used|owned|leased|managed|franchised|licensed|branded|refined|finished|manufactured|processed|packaged|frozen|canned|prepared|engineered|regulated|unregulated|contracted|installed|connected|integrated|specialized|specialty|diversified|insured|secured|structured|unbilled|billed|rented|preowned|pre-owned|certified)$/;

const MEASURE_ACRONYM = /^(?:FAD|AFFO|FFO|NOI|NSR|EBITDA|EBITDAR|EBITDAre|EBIT|EPS|ROE|ROA|ROIC|ROTCE|RoTCE|NII|NIM|CET1|RevPAR|ADR|ARR|MRR|GMV|TBV|AUM|DSO|OCF|FCF|GAAP|CAD|AFO|DE)$/;

/** The tagged token that starts at an abstract offset. */
export function tokenAt(view: SentenceView, abstractOffset: number, tokens: readonly TaggedToken[]): TaggedToken | null {
  const offset = view.toText[abstractOffset];
  if (offset === undefined) return null;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return t;
  }
  return null;
}
