/**
 * The figure-reading pipeline. Each sentence a company speaker says with a figure in it is read in
 * named stages, each writing its decision and the rule that made it onto the figure's trace:
 *
 *   figures  → the numbers of the sentence (value, unit, scale, sign, range)      text/quantities.ts
 *   link     → what the figure is stated for: its subject, and how                 link-rules.ts
 *   metric   → the measure the subject names, its basis and scope                  lexicon.ts, subject-phrase.ts
 *   scope    → the company, or the segment / product / region the turn is on      discourse.ts
 *   unit     → the figure's unit fits the measure (a growth rate, a margin, EPS)
 *   period   → an explicit phrase first, then the sentence, the turn, the call      figure-period.ts
 *   kind     → actual, guidance, prior or change; old outlooks and hypotheticals out
 *   confidence
 *
 * A figure whose subject, scope or period cannot be established is no fact; its trace says why.
 */
import type { Basis, FactKind, MetricFact, StatedBy, Unit } from "../../model/facts.js";
import type { Transcript, Turn } from "../../model/transcript.js";
import { firstNameForms } from "../../model/nicknames.js";
import { tagText, type TaggedText, type TaggedToken } from "../text/nlp.js";
import { callAsPeriod, monthNumber, monthsOfCallQuarter, periodEnd, periodLabel, quarterAfter, yearAgo, type CallPeriod, type Period } from "../text/periods.js";
import type { Quantity } from "../text/quantities.js";
import { splitSentences } from "../text/sentences.js";
import type { CallContext } from "./call-context.js";
import { callWideBasis } from "./basis.js";
import { DiscourseState, isSegmentable, OPENING_NOT_PART, OPENING_WORD, partOpening, REVENUE_LINE, SEGMENT_IN_PASSING, sentenceScope } from "./discourse.js";
import { figurePeriod, type PeriodChoice } from "./period-rules.js";
import { METRICS, metricDefinition, type MetricDefinition } from "./lexicon.js";
import { LINK_RULES, SHARE_OF_REVENUE_AFTER, type Link, type Relation } from "./link-rules.js";
import { FIGURE_LIST, readRespectively, type ListedLink } from "./respectively.js";
import { callSegments } from "./segments.js";
import { buildView, companyPattern, namesIn, type SentenceView } from "./sentence-view.js";
import { judgeCallScope } from "./scope-words.js";
import { placeAt, STATES } from "./places.js";
import { readSubjectPhrase, tokenAt, type SubjectPhrase } from "./subject-phrase.js";
import { ASPIRATION, CAUSED, COMPARED_TO, COMPARING_FROM, SETS_DIVIDEND, ONE_MONTH, PAID_IN_MONTH, monthOfCallQuarter, PORTION, REMAINDER, SPAN, SUBSET, UNSURE, CHANGE_NOUN, CHANGE_VERB, FALL, HEAD, HEDGE, MID, GUIDANCE_CUE, IMPACT, NON_GAAP_BY_NATURE, NOT_GUIDANCE, RISE, THAN_EXPECTED } from "./words.js";

/** Words that name the whole company outright ("consolidated", "total company"). */
const COMPANY_WIDE = /\b(?:consolidated|company[- ]wide|total company|for the (?:total )?company|enterprise[- ]wide)\b/i;
/** A sentence that opens on "the company" (not "total company", nor the company's name). */
const THE_COMPANY_OPENS = /^(?:(?:and|so|also|now|overall|while|although),? )?the company\b(?!['’]s (?:total|consolidated)\b)/i;

/** Words that say a change: in the linking words, or right after the figure ("a 5.6% decrease"). */
const CHANGE_SAID = new RegExp(String.raw`\b(?:${CHANGE_VERB}|${CHANGE_NOUN})\b`);
/** A word of basis between a change and its noun or its way ("a 4% currency-neutral increase", "a 10% constant currency decline"). */
const BASIS_BEFORE_CHANGE = String.raw`(?:organic|reported|currency[- ]neutral|constant[- ]currency|underlying|comparable)`;
const CHANGE_AFTER = new RegExp(String.raw`^(?: or «F\d+»)? (?:ahead of|behind|above|below|${CHANGE_NOUN}|(?:(?:combined|pro forma) )?(?:year[- ](?:over|on)[- ]year|yoy|sequential|${BASIS_BEFORE_CHANGE}) (?:${CHANGE_NOUN})|(?:higher|lower|better|worse|more|less|above|below) (?:than|versus|compared)|(?:up|down) (?:from|versus|compared))\b`);

export interface TraceStep {
  stage: "figure" | "link" | "metric" | "scope" | "unit" | "period" | "kind" | "basis" | "confidence";
  /** The rule that decided, by name. */
  rule: string;
  note: string;
}

/** What a kept figure states: a metric fact without its speaker, turn and quote (metric-facts.ts adds those). */
export type FigureFact = Pick<MetricFact, "metric" | "value" | "low" | "high" | "unit" | "period" | "kind" | "basis" | "scope" | "confidence">;

export interface FigureTrace {
  turn: number;
  speaker: string | null;
  /** Offsets of the sentence in the turn's text. */
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
  figure: string;
  steps: TraceStep[];
  fact: FigureFact | null;
  /** Why the figure is no fact, when it is not. */
  dropped: string | null;
  /** The fact's period is said of the figure or its sentence, not carried from the turn or the call. */
  periodSaid?: boolean;
}


/** Facts below this confidence are left out (their trace shows them). */
export const MIN_CONFIDENCE = 0.5;

interface Resolved {
  def: MetricDefinition;
  /** The scope is a name the subject's words give in capitals ("Industrial Products revenue"). */
  named: boolean;
  /** -2 when the figure was read as a fall: a second figure of the same change falls too. */
  sign: number;
  /** Read only as what other figures are said of (a midpoint), never a fact. */
  silent?: boolean;
  /** For a comparison base, the period of the figure it is compared with. */
  comparedWith?: Period | null;
  /** Its subject is a loss ("net loss"): figures said of it are negative incomes. */
  loss?: boolean;
  /** The scope came from the subject's own words. */
  scopeFromSubject?: boolean;
  /** The scope is the entity the sentence says reports the figure. */
  reported?: boolean;
  /** The period its own words (or its sentence's opening) named, if any. */
  explicitPeriod?: Period | null;
  /** Its measure is named in a "with" clause ("..., with digital revenue up 28%"): no walk-through opens on it. */
  subordinate?: boolean;
  /** The parts its figure was listed with ("Americas and GSB"), before it was paired with its own. */
  listedScope?: string;
  kind?: string;
  phrase: SubjectPhrase;
  metric: string;
  scope: string;
  relation: Link["relation"];
  period: Period;
  fact: FigureFact | null;
}

/**
 * `tagged`: the turns' part-of-speech tags when the caller has them (extract tags every turn once for mentions and
 * topics); a sentence's tokens are then taken from its turn's instead of tagging the sentence again.
 */
export function readCallFigures(transcript: Transcript, call: CallPeriod, known: boolean, tagged?: readonly TaggedText[]): FigureTrace[] {
  const ctx = callContext(transcript, call, known);
  const roles = new Map(transcript.participants.map((p) => [p.name, p.role]));
  const out: FigureTrace[] = [];
  transcript.turns.forEach((turn, k) => {
    const role = turn.speaker ? roles.get(turn.speaker) ?? "other" : "other";
    if (role === "operator" || role === "analyst") return;
    out.push(...readTurn(turn, ctx, tagged?.[k]));
  });
  return out;
}

/** A title that heads a part of the business: "Executive Vice President and President, Concentrix Corporation", "President of Life Science Group". */
const HEADS_PART = /(?<!\bVice )\bPresident(?:,\s*|\s+of\s+(?:the\s+)?|\s+-+\s*)([A-Z][\w&'’.\- ]{1,60}?)\s*$/;
/** Titles of the whole company's officers: whoever holds one speaks for the company. */
const COMPANY_OFFICER = /\b(?:Chief|CEO|CFO|COO|Chairman|Chairwoman|Chair|Treasurer|Controller|Director)\b/;
/** What a title may head that is no part of the business: a function. */
const FUNCTION_HEADED = /\b(?:Investor|Relations|Finance|Financial|Operations|Sales|Marketing|Strategy|Strategic|Corporate|Development|Human|Resources|People|Legal|Counsel|Technology|Engineering|Supply|Manufacturing|Communications|Accounting|Tax|Treasury|Planning|Analysis|Administration|Merchandising|Stores|Product|Products|Research|Innovation|Risk|Credit|Audit|Compliance|Affairs|Officer)\b/;

/**
 * The part of the business each company speaker heads by their title, when it names one that is not the company: what they say
 * without naming a scope is as likely that part's ("Capital expenditures for the year totaled $111 million", said by the
 * president of a subsidiary).
 */
function partsHeaded(transcript: Transcript, companyWords: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of transcript.participants) {
    if (p.role !== "executive" || !p.title || COMPANY_OFFICER.test(p.title)) continue;
    const m = HEADS_PART.exec(p.title);
    if (!m || FUNCTION_HEADED.test(m[1]!)) continue;
    const words = m[1]!.toLowerCase().replace(/[,.]/g, " ").split(/\s+/).filter((w) => w && !/^(?:inc|corp|corporation|company|co|ltd|llc|plc|group|the|and|of)$/.test(w));
    if (words.length === 0 || words.every((w) => companyWords.has(w))) continue;
    out.set(p.name, m[1]!.trim());
  }
  return out;
}

/** The currency most of the call's marked amounts are in ("$516 million", "€2.1 billion"), or null when it marks none. */
function callCurrency(all: string): Unit | null {
  const counts: [Unit, number][] = [
    ["USD", (all.match(/\$\s?\d/g) ?? []).length],
    ["EUR", (all.match(/€\s?\d|\d (?:million|billion) euros?\b/g) ?? []).length],
    ["GBP", (all.match(/£\s?\d/g) ?? []).length],
  ];
  const [unit, n] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return n > 0 ? unit : null;
}

export function callContext(transcript: Transcript, call: CallPeriod, known: boolean): CallContext {
  const company = transcript.call.company ?? "";
  const early = transcript.turns.slice(0, 8).map((t) => t.text).join(" ");
  const all = transcript.turns.map((t) => t.text).join(" ");
  const companyNames = [...companyNameForms(company), ...companyAbbreviations(company, transcript.call.ticker ?? null, all)];
  // ("Oil-Dri delivered ... net sales of $74.5 million": each part of a hyphenated name is the company's word too.)
  const companyWords = new Set(companyNames.flatMap((n) => n.split(/\s+/).flatMap((w) => (w.includes("-") ? [w, ...w.split("-").filter(Boolean)] : [w]))));
  // With the forms a first name goes by: "while Jeff will discuss the details" names Jeffrey Rutherford, no part of the business.
  const personWords = new Set(transcript.participants.flatMap((p) => {
    const [first = "", ...rest] = p.name.toLowerCase().split(/\s+/);
    return [...firstNameForms(first), ...rest];
  }).filter((w) => w.length > 1));
  const landlord = /\b(?:FFO|funds from operations|NOI|net operating income)\b/.test(all) && /\bdispositions?\b/i.test(all);
  let lowerWords: Set<string> | null = null;
  let midNames: Map<string, number> | null = null;
  return {
    call,
    known,
    companyNames,
    companyWords,
    ticker: transcript.call.ticker?.toLowerCase() ?? null,
    defaultBasis: callWideBasis(transcript),
    organicCall: /\b(?:all|the)\s+(?:references|growth (?:rates|figures|numbers)|revenue (?:growth|figures))\b[^.]{0,80}\borganic\b[^.]{0,60}\bunless\s+otherwise/i.test(early)
      || /\bunless\s+otherwise\s+(?:noted|stated|indicated|specified|mentioned)\b[^.]{0,80}\b(?:growth|revenues?|sales)\b[^.]{0,40}\borganic/i.test(early),
    neutralGrowth: /\b(?:growth\s+rates?|growth|percentages?|comparisons)\s+(?:are|will\s+be)\s+(?:in\s+|at\s+|on\s+an?\s+)?(?:constant[- ]currency|currency[- ]neutral|fx[- ]neutral)\b[^.]{0,60}\bunless\b/i.test(early),
    // SG&A is the company's operating expenses unless the call states an amount of research and development, a line beside it
    // ("R&D spending in the quarter of $129 million", "research expenses increased by $87 million"); R&D named in passing ("our R&D
    // program", "investments in research and development") is no expense line the call reports.
    // (A call that states research and development apart, as an amount or a share of sales, has more operating expenses than SG&A:
    // "Research and development expenses in the quarter grew 22% over the prior year to $238 million or 18.2% of sales"; or as a
    // change: "Research and technology expenses decreased 21.4% in constant currency".)
    // (Nor is it in a call that never speaks of a gross profit or margin: with no gross line, SG&A is one cost beside the cost of
    // services, salaries or system operations, as at an agency, a consultancy or a carrier, not the costs below a gross profit.)
    sgaIsOpex: /\bgross (?:profits?|margins?)\b/i.test(all) && !/\b(?:r&d|r&t|research and (?:development|technology)|research,? development and engineering|research (?:expenses?|costs?|spending))\b[^.$;]{0,100}?(?:\$\s?\d|\d%? of (?:net )?(?:sales|revenues?)|\b(?:increas|decreas|gr[eo]w|ros|fell|declin)\w* (?:by )?\d)/i.test(all)
      // (Nor where the call gives total operating expenses a figure of their own: "total opex up about 9% and SG&A up 11%".)
      && !/\btotal (?:opex|operating expenses?)\b[^.$;]{0,40}?(?:\$\s?\d|\d(?:\.\d+)?%)/i.test(all),
    // (A landlord that reports FFO or NOI and speaks of dispositions: its "sales for the year of $864 million" are properties sold.)
    salesNotRevenue: /\b(?:tenants?|retailers?)['’]? sales\b|\b(?:annuity|annuities|policy|insurance|new business|indexed annuity|life) sales\b/i.test(all) || landlord ||
      // An electric or gas utility's "sales" are the energy it sells ("weather-normalized sales increased 1.2%", "residential sales were down 1.3%").
      UTILITY_SIGNS.filter((sign) => sign.test(all)).length >= 2,
    operatingIncomeAfterTax: /\bafter[- ]tax (?:adjusted )?operating income\b|(?<!\bpre-?tax (?:adjusted )?)\boperating income (?:for the (?:quarter|year) )?(?:was|were|of|totaled) \$[\d.,]+ (?:million|billion),? or \$[\d.]+ (?:per|a) (?:diluted )?(?:common )?share\b/i.test(all),
    currency: callCurrency(all),
    landlord,
    earningsAreFfo: landlord && !/\b(?:net income|earnings|net loss) per (?:diluted )?(?:common )?share\b|\bEPS\b/i.test(all),
    premiumsCall: /\b(?:premiums? written|written premiums?)\b/i.test(all),
    personWords,
    partHeadedBy: partsHeaded(transcript, companyWords),
    companyPattern: companyPattern(companyNames),
    segments: callSegments(all, new Set([...personWords, ...companyWords])),
    writesLower: (word) => (lowerWords ??= new Set(all.match(/(?<![\p{L}\p{N}.])\p{Ll}[\p{L}'’-]*/gu))).has(word),
    namesMidSentence: (word) => {
      if (!midNames) {
        midNames = new Map();
        for (const m of all.matchAll(/(?<=[\p{Ll}\p{N},;] )\p{Lu}\p{Ll}+(?=['’]s\b|[^\p{L}'’-])/gu)) midNames.set(m[0].toLowerCase(), (midNames.get(m[0].toLowerCase()) ?? 0) + 1);
      }
      return (midNames.get(word) ?? 0) >= 2;
    },
  };
}

/** "Acme Inc." → ["acme inc.", "acme"]; the first word alone when it is distinctive. */
function companyNameForms(company: string): string[] {
  const lower = company.toLowerCase().trim();
  if (!lower) return [];
  const core = lower.replace(/[,.]?\s+(?:inc|corp|corporation|co|company|ltd|llc|plc|sa|ag|nv|n\.v|group|holdings?|international|incorporated)\.?$/g, "").trim();
  const first = core.split(/\s+/)[0] ?? "";
  // "Alaska Air Group" calls itself "Air Group": the name without its first word, when a corporate word ends it.
  const words = lower.replace(/[,.]?\s+(?:inc|corp|ltd|llc|plc|incorporated)\.?$/, "").split(/\s+/);
  const tail = words.length >= 3 && /^(?:group|holdings?|company|corporation|industries|brands|companies|enterprises|partners)$/.test(words.at(-1)!) ? words.slice(1).join(" ") : "";
  return [...new Set([lower, core, first.length >= 4 ? first : "", tail].filter(Boolean))];
}

/**
 * "IRT's third quarter same-store NOI growth" for Independence Realty Trust: the company's initials or ticker, of three
 * letters or more, when the call writes them in capitals and never as a lower-case word (so "ALL" or "NOW" never are; a web
 * address, "www.aam.com", is no word; nor is a part of a name joined by "&": "PSE" of "PSE&G", Public Service Electric & Gas, a
 * subsidiary of Public Service Enterprise Group).
 */
function companyAbbreviations(company: string, ticker: string | null, text: string): string[] {
  const initials = companyInitials(company.toLowerCase()).toUpperCase();
  // ("PMT" for PennyMac Mortgage Investment Trust: the initials with one word left out, the first kept, of four words or more.)
  const shortened = initials.length >= 4 ? [...initials].slice(1).map((_, k) => initials.slice(0, k + 1) + initials.slice(k + 2)) : [];
  // ("H&P" for Helmerich & Payne, "P&G" for Procter & Gamble: two names joined by "&" or "and", by their initials.)
  const joined = /^([a-z])[a-z'’]*\s+(?:&|and)\s+([a-z])[a-z'’]*(?:[\s,.]|$)/.exec(company.toLowerCase());
  const ampersand = joined ? `${joined[1]}&${joined[2]}`.toUpperCase() : "";
  // (Two letters only when the ticker starts with them: "LP" for Louisiana-Pacific, LPX.)
  return [...new Set([initials, ...shortened, ticker?.toUpperCase() ?? "", ampersand])]
    .filter((a) => (/^[A-Z]{3,5}$/.test(a) || /^[A-Z]&[A-Z]$/.test(a) || (/^[A-Z]{2}$/.test(a) && !!ticker?.toUpperCase().startsWith(a))) && new RegExp(String.raw`(?<![\w-]|\w&)${a}(?![\w-]|&\w)`).test(text) && !new RegExp(String.raw`(?<![\w.-])${a.toLowerCase()}(?![\w-]|\.\w)`).test(text))
    .map((a) => a.toLowerCase());
}

/** A measure of a comparable part of the portfolio, by its name's start ("same_store_noi": same, store). */
const POOL_PREFIX = /^(same|comparable|like_for)_([a-z]+)/;

/** The first letters of a company's name, its legal form and joining words left out ("pseg" for Public Service Enterprise Group, "lp" for Louisiana-Pacific). */
function companyInitials(lowerName: string): string {
  return lowerName.split(/[\s-]+/).filter((w) => w && !/^(?:inc\.?|corp\.?|co\.?|ltd\.?|plc|llc|the|of|and|&|corporation|incorporated|company)$/.test(w)).map((w) => w[0]).join("");
}

/** The tokens of the turn that lie within [start, end), with offsets from `start`. */
function tokensWithin(tagged: TaggedText, start: number, end: number): TaggedToken[] {
  const tokens = tagged.tokens;
  // The first token at or after `start` (a binary search: a turn may hold a whole plain-text call).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: TaggedToken[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.end <= end) out.push({ text: t.text, lower: t.lower, pos: t.pos, type: t.type, start: t.start - start, end: t.end - start });
  }
  return out;
}

function readTurn(turn: Turn, ctx: CallContext, tagged?: TaggedText): FigureTrace[] {
  const out: FigureTrace[] = [];
  const state = new DiscourseState();
  for (const sp of splitSentences(turn.text)) {
    const text = turn.text.slice(sp.start, sp.end);
    // Every sentence is read for its periods (the turn's outlook) and, when a later figure asks, its measures (the
    // subject it carries on); only sentences with digits are read for figures.
    const hasDigit = /\d/.test(text);
    const view = buildView({ text, call: ctx.call, companyNames: ctx.companyNames, companyPattern: ctx.companyPattern, periodsOnly: !hasDigit });
    state.beforeSentence(text, view, ctx);
    if (view.figures.length === 0) {
      state.rememberSubject(null, () => (hasDigit ? view.names : namesIn(text)));
      continue;
    }
    // Tags are read for the words around measures' names; a sentence that names none needs none.
    const tokens = !view.names.length ? [] : tagged ? tokensWithin(tagged, sp.start, sp.end) : tagText(text).tokens;
    const listed = /respectively|«M\d+»[^«]* and [^«]*«M\d+»[^;]*«F\d+»,? and «F\d+»/.test(view.abstract) ? readRespectively(view, tokens, (slot) => nameCanBeSubject(view, slot, "after", tokens, 0)) : null;
    const resolved: (Resolved | null)[] = [];
    const linked: (Relation | null)[] = [];
    for (let i = 0; i < view.figures.length; i++) {
      const trace: FigureTrace = {
        turn: turn.index, speaker: turn.speaker, sentenceStart: sp.start, sentenceEnd: sp.end, sentence: text,
        figure: text.slice(view.figures[i]!.start, view.figures[i]!.end), steps: [], fact: null, dropped: null,
      };
      const r = readFigure({ view, i, tokens, ctx, state, resolved, linked, trace, listed: listed?.get(i) ?? null });
      resolved.push(r);
      linked[i] ??= null;
      if (r?.fact) trace.fact = r.fact;
      out.push(trace);
    }
    const read = resolved.filter((r): r is Resolved => r !== null);
    state.afterSentence(read);
    state.rememberSubject(read.at(-1) ?? null, () => view.names, new Set(read.filter((r) => !r.silent).map((r) => r.def.name)).size > 1, read.length === 0 && PART_WORD.test(text));
  }
  return out;
}

interface FigureInput {
  view: SentenceView;
  i: number;
  tokens: readonly TaggedToken[];
  ctx: CallContext;
  state: DiscourseState;
  resolved: (Resolved | null)[];
  /** How each earlier figure of the sentence was linked to a measure, whether or not it became a fact (null: not linked). */
  linked: (Relation | null)[];
  trace: FigureTrace;
  /** The figure's place in a "respectively" list, when it is in one. */
  listed: ListedLink | null;
}

/** Expectations said in the past tense, which report no result: "expected", "projected". */
const EXPECTED_WORD = /^(?:expected|anticipated|projected|estimated|forecasted|planned|targeted|guided|budgeted|assumed|implied)$/;

/**
 * Whether the figure's clause goes on with a verb in the past tense right after it ("GAAP net income of $250 million resulted in
 * ...", "Laneway sales of approximately $14.9 million represented a 27% increase"): the sentence reports, it lists no outlook.
 * Not a participle before a noun ("diluted share", "adjusted EBITDA"), nor an expectation ("projected").
 */
function pastVerbAfter(view: SentenceView, i: number, tokens: readonly TaggedToken[]): boolean {
  const from = view.figures[i]!.end;
  const m = /^\s+((?:[a-z]+ly\s+)?)([a-z]+ed)\b/.exec(view.text.slice(from));
  if (!m || EXPECTED_WORD.test(m[2]!)) return false;
  const at = from + m[0].length - m[2]!.length;
  const k = tokens.findIndex((t) => t.start === at);
  const next = tokens[k + 1];
  return k >= 0 && tokens[k]!.pos === "VERB" && !(next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ"));
}

/** The corporate division or the holding companies named as the clause's subject: a part of the group. */
const PART_OF_GROUP = /\b(?:corporate (?:results|segment|division|and other)|holding (?:companies|company)|the parent(?: company)?(?! company\b)(?= (?:had|has|have|held|holds|maintained|maintains|ended|reported))|parent[- ]company (?:cash|liquidity|debt))\b[^.;]*$/i;

/** A figure that is an amount per share: said so, or money too small to be a company's total ("$0.13", "$2.45"). */
/** Per share, or an amount of cents or a few dollars ("earnings between $1.68 and $1.78": a range's ends both). */
function perShareAmount(q: Quantity): boolean {
  const most = q.value ?? (q.low !== null && q.high !== null ? Math.max(Math.abs(q.low), Math.abs(q.high)) : null);
  return q.perShare || (/^[A-Z]{3}$/.test(q.unit) && most !== null && Math.abs(most) < 100);
}

function drop(trace: FigureTrace, stage: TraceStep["stage"], rule: string, why: string): null {
  trace.steps.push({ stage, rule, note: why });
  trace.dropped = why;
  return null;
}

/** Finds the first link rule that reads the figure. */
export function findLink(view: SentenceView, i: number, tokens: readonly TaggedToken[] = []): Link | null {
  const slot = view.slots.get(`F${i}`)!;
  const before = view.abstract.slice(0, slot.start);
  const after = view.abstract.slice(slot.end);
  const q = view.figures[i]!;
  for (const rule of LINK_RULES) {
    if (rule.when && !rule.when(q)) continue;
    if (rule.cue && !rule.cue.test(rule.side === "before" ? before : after)) continue;
    const m = rule.side === "before" ? rule.pattern.exec(before) : rule.pattern.exec(after);
    if (!m) continue;
    if (rule.context && !rule.context.test(before)) continue;
    if (rule.notContext && rule.notContext.test(before)) continue;
    if (rule.afterContext && !rule.afterContext.test(after)) continue;
    if (rule.names && !rule.names.includes(view.names[Number(m[1])]?.def.name ?? "")) continue;
    if (rule.subjectWhen && !(view.figures[Number(m[1])] && rule.subjectWhen(view.figures[Number(m[1])]!))) continue;
    // A measure restated as "X, or Y," is one measure only when both names are: "earnings before interest, taxes, depreciation and
    // amortization, or adjusted EBITDA," restates no D&A.
    const restated = /«M(\d+)»,? or «M(\d+)»,/.exec(m[0]);
    if (restated && view.names[Number(restated[1])]?.def.name !== view.names[Number(restated[2])]?.def.name) continue;
    // "versus prior-year earnings of $204.9 million": "earnings" alone names no measure; a later rule may say whose figure it is.
    const link = rule.link(m);
    // (Unless a per-share companion follows: "earnings were $96 million or $0.88 per diluted share" is read for the EPS.)
    // ("Earnings in the quarter of $0.54": an amount of cents is the earnings per share.)
    // (A change of cents is said of earnings as often as of a driver's share of them: "a $0.06 increase in earnings", not read.)
    if (link?.subject.kind === "name" && view.names[link.subject.slot]!.def.name === "earnings" && !q.perShare && !(perShareAmount(q) && link.relation === "level") && !perShareCompanion(view, after) && !(link.relation === "level" && companyReportedEarnings(view, link.subject.slot))) continue;
    if (link?.subject.kind === "name" && !rule.placesName && !nameCanBeSubject(view, link.subject.slot, rule.side, tokens, i)) continue;
    // ("Our core preneed funeral average revenue per contract [Inaudible] the backlog now is over $6,300": words lost right before the
    // measure's name may have been what the figure is of.)
    if (link?.subject.kind === "name" && GAP_NOTE.test(view.text.slice(Math.max(0, view.names[link.subject.slot]!.start - 30), view.names[link.subject.slot]!.start))) continue;
    // "a $0.48 loss per share in last year's third quarter and a $0.7 loss per share for ...": a per-share figure is no other
    // per-share figure's companion.
    // (Nor is an amount of cents or a few dollars, a per-share figure itself: "$0.16 per share ... compared to $0.13 last quarter
    // and $0.19 per share for the third quarter of last year".)
    if (link?.perShareOf && link.subject.kind === "figure" && perShareAmount(view.figures[link.subject.slot]!)) continue;
    if (rule.needsChangeWord && !CHANGE_SAID.test(m[0]) && !CHANGE_AFTER.test(after)) continue;
    if (link) return { rule: rule.name, ...link };
  }
  return null;
}

/** "low", "mid" or "high" right before a round percentage: "the high 30% range", "mid- to high 20%", "low-40%". */
const DECADE_BAND = /\b(?:low|mid|high|upper)(?:-\s?|\s)(?:to (?:the )?(?:low|mid|high|upper)(?:-\s?|\s))?$/i;
/** The words between a measure's name and its figure when the two are one noun phrase ("cash of", "EPS, approximately"). */
const NAME_OF_FIGURE = new RegExp(String.raw`^${HEAD}${MID}(?: (?:of|at|:)|,)(?: ${HEDGE.slice(0, -1)})? ?$`);
/** Words before a measure's phrase that make it something other than the clause's subject. */
const NOT_SUBJECT_BEFORE = /(?:\b(?:of|from|in|on|at|to|for|with|by|into|than|about|over|under|between|among|excluding|including|and|or|plus|minus|versus|vs\.?|as well as|&)|,) $/;
/** A transcriber's note that words were lost. */
const GAP_NOTE = /\[(?:inaudible|indecipherable|audio gap|technical difficult(?:y|ies)|technical issues?|unintelligible|audio cut[- ]?out)\]/i;

/** Nouns that may follow a measure's name as its head ("inventory levels") rather than make the name a modifier ("cash interest payments"). */
const HEAD_NOUNS = /^(?:deficit|shortfall|levels?|balances?|figures?|numbers?|amounts?|totals?|positions?|trends?|turns?|line|growth|increases?|decreases?|declines?|guidance|outlook|range|rate|dollars|performance|results?|expectations?|margins?|forecast|target|budget|plan|estimate|basis|mix|run-rate|generation|activity|activities|trajectory|comparison|comps?|y\/y|yoy|year)$/;
/** A change of the measure named right before its name: "a net decrease to IDACORP's", "an improvement in our", "change in". */
const CHANGE_BEFORE_NAME = /\b(?:(?:net )?(?:increase|decrease|decline|reduction|improvement|rise|drop) (?:to|in|of)|(?<!no )change in) (?:the |our |its |«C\d+»(?:'s|’s)? )?$/;
/** Nouns of a change that may head a ratio's name ("operating margin expansion", "gross margin contraction"). */
const RATIO_CHANGE_HEAD = /^(?:expansions?|improvements?|contractions?|compressions?|reductions?|deterioration|erosion)$/;
const WE = /^(?:we|i|«C\d+»|company|it)$/;

/*
 * A measure's name is no subject of the figure when it is part of another noun phrase: after a
 * preposition ("91% of revenue was down", "excluded from free cash flow was"), in a coordination
 * ("direct expenses and SG&A were down 29%"), as the modifier of a noun that follows it ("cash
 * interest payments"), or as the object of a verb whose subject is something other than the
 * company ("the region experienced organic sales growth of 41%").
 */
function nameCanBeSubject(view: SentenceView, slot: number, side: "before" | "after", tokens: readonly TaggedToken[], figure: number): boolean {
  const name = view.slots.get(`M${slot}`)!;
  const phrase = readSubjectPhrase(view, slot, tokens);
  const lead = view.abstract.slice(0, phrase.start);
  const bridge = view.abstract.slice(name.end, view.slots.get(`F${figure}`)!.start);
  // "cash of $2.38 billion", "EPS of $0.85": the name and the figure are one noun phrase, whatever the clause does with it.
  // ("inclusive of cash on hand totaling $8 million": a participle that gives the amount keeps them one noun phrase.)
  const nounPhrase = side === "after" || NAME_OF_FIGURE.test(bridge) || /^(?: [a-z-]+){0,2} of (?:between |approximately |about )*$/.test(bridge) || (/\b(?:inclusive of|including|of which) (?:our |the )?$/.test(lead) && /^ (?:totaling|totalling|amounting to) (?:approximately |about |roughly |nearly |almost |over |just over )?$/.test(bridge));
  // "the sale of three businesses with combined 2019 revenues of approximately $135 million": what businesses bought or sold bring is
  // theirs, not the company's.
  if (/\b(?:businesses|business|companies|operations|brands|assets|stores|hotels|properties|facilities|plants|sites|portfolios?|acquisitions?|divestitures?|targets?) (?:that (?:have|had) |with )(?:(?:combined|annual|annualized|total|aggregate|trailing|ttm|approximately|about|roughly|nearly|over) )*(?:«P\d+» )?$/.test(lead)) return false;
  // "Total debt net of cash of $252.8 million": a measure taken away from another is not the figure's subject.
  // ("$83 million, net of capital expenditures of $34 million": after a figure, the measure taken away has its own.)
  if (/«M\d+» (?:net of|less|minus)\s*$/.test(lead)) return false;
  // "For the year, adjusting items to EBIT totaled $75 million": what is added to a measure to adjust it is not the measure.
  if (/\b(?:adjusting items|adjustments|add-?backs|reconciling items|(?:special|one-time|non-recurring|unusual) items) (?:to|from) (?:our |the )?$/.test(lead)) return false;
  // "our capital spend which was $63 million": a relative clause makes the name its subject, whatever stands before it.
  // ("with cash from operations during 2021, which is expected to range from $600 million to $650 million": past the name's period.)
  const relative = /^(?: [a-z-]+| «P\d+»){0,2},? (?:which|that) /.test(bridge);
  if (side === "before" && !nounPhrase && !relative) {
    const prep = /(?:\b(of|from|in|on|at|with|by|into|than|about|over|under|between|among|excluding|including|plus|minus|versus|vs\.?)|(\band|\bor|\bas well as|&)) $/.exec(lead);
    if (prep) {
      if (prep[1]) {
        // "For the quarter, revenue ...": a period phrase closed by a comma is fine; so is "compared to ... revenue ...".
        // "..., with gross margin ranging from 89% to 90%": "with" opens a clause whose subject the name is.
        // "Domestic sales grew 55%, with international sales up 49%": so does "with" before a name and its change, or its total
        // ("..., with our 2021 full year capex totaling approximately $800 million").
        const withClause = prep[1] === "with" && /^(?: [a-z-]+ly| now)? (?:ranging|between|expected|estimated|projected|anticipated|forecast|coming in|landing|totaling|totalling|amounting to|at|up|down|higher|lower|increasing|decreasing|rising|falling|growing|declining|improving|expanding|contracting)\b/.test(bridge);
        // "our full year outlook of adjusted earnings per share to be in the range of ...": what an outlook is of or for is its subject.
        const outlookOf = (prep[1] === "of" || prep[1] === "for") && /\b(?:outlook|guidance|forecast|expectations?|estimates?|targets?|view)\s+(?:of|for)\s+(?:our\s+|the\s+|total\s+)?(?:[a-z-]+\s+)?$/.test(lead);
        if (!withClause && !outlookOf && !/(?:«P\d+»|quarter|year|half),? $/.test(lead)) return false;
      } else {
        // "direct expenses and SG&A were down 29%": the name is half of a coordinated subject.
        const before = lead.slice(0, prep.index).trimEnd();
        const prev = before.match(/(«[A-Z]\d+»|[a-z0-9&'-]+)$/)?.[1];
        // ("GAAP and adjusted EPS": two bases of one measure, not two measures; "revenue growth in the 7% to 10% range and adjusted
        // EPS in the range of ...": items of a list, each with its own figure.)
        const listItem = /«F\d+»(?: [a-z-]+){0,3},? $/.test(before + " ");
        if (prev && !prev.startsWith("«") && !listItem && !/^(?:gaap|non-gaap|reported|adjusted|diluted|basic)$/.test(prev)) {
          const tok = tokenAt(view, before.length - prev.length, tokens);
          if (tok && (tok.pos === "NOUN" || tok.pos === "PROPN" || tok.pos === "ADJ")) return false;
        }
      }
    }
    const words = lead.trim().split(/\s+/).filter(Boolean);
    const verb = words.at(-1);
    if (verb && /^(?:experienced|saw|posted|had|delivered|generated|reported|achieved|recorded|produced|drove|grew)$/.test(verb)) {
      const subject = words.slice(Math.max(0, words.length - 4), -1);
      if (subject.length && !subject.some((w) => WE.test(w)) && subject.some((w) => /^[a-z][a-z-]+$/.test(w) && !/^(?:also|then|now|again|the|our|this|that|and|so|as|which|who)$/.test(w))) return false;
    }
  }
  const next = view.abstract.slice(name.end).match(/^ ([a-z][a-z&'-]*)/);
  // "ongoing EBIT margin expansion of 60 basis points": a ratio's change said as a noun is the ratio's. (Not a share of it a cause
  // brought: "Permanent recruitment contributed 50 basis point GP margin improvement", "a 50 basis point gross margin improvement
  // from better operating leverage".)
  if (next && RATIO_CHANGE_HEAD.test(next[1]!) && view.names[slot]?.def.ratio) {
    const contributed = /\bcontribut(?:ed|es|ing)(?: to)? (?:an? |the )?(?:approximately |about |roughly |nearly |over )?(?:«F\d+» )?$/.test(view.abstract.slice(0, name.start));
    const fromCause = new RegExp(String.raw`^ ${next[1]} (?:from|due to|related to|attributable to|as a result of) (?!(?:the |a )?«P)`).test(view.abstract.slice(name.end));
    return !contributed && !fromCause;
  }
  if (next && !HEAD_NOUNS.test(next[1]!)) {
    const tok = tokenAt(view, name.end + 1, tokens);
    if (tok && (tok.pos === "NOUN" || tok.pos === "PROPN") && !/^(?:quarter|year|half|period|month)s?$/.test(tok.lower)) return false;
  }
  return true;
}

/*
 * A figure whose sentence names no measure before it, said of what the last sentence spoke of:
 *   "We ended Q2 with a total of $139.3 million"        (after a sentence on cash)
 *   "And we are down from $65.9 million in Q2 2014."   (after a sentence on inventory)
 *   "We are guiding to a 70% to 72% range for Q3"       (after a sentence on gross margin)
 *   "We delivered a strong $5.60 in the quarter"       (after "A comment on adjusted EPS.")
 */
const CARRY: { re: RegExp; relation: Link["relation"]; rule: string }[] = [
  { re: new RegExp(String.raw`^(?:(?:and|so|but|also|now|then|again),? )*(?:we|it|this|that|they|these|those)(?:'re|'s| are| is| was| were| have| had| remain| remained| ended| also| now| still)* (?:up|down|higher|lower) from (?:the |our )?(?:«P\d+» )?${HEDGE}$`), relation: "base", rule: "carried-base" },
  { re: new RegExp(String.raw`\bended (?:«P\d+»|the (?:quarter|year|period)) with (?:a total of |total )?${HEDGE}$`), relation: "level", rule: "carried-ended-with" },
  // "This compares to $160 million in the third quarter of 2020" (after "Free cash flow was $125 million"): the same measure's level
  // in the period compared with.
  { re: new RegExp(String.raw`^(?:(?:and|so),? )?(?:this|that) ${COMPARED_TO} ${HEDGE}$`), relation: "level", rule: "carried-compares-to" },
  // "These expenses, which we expect to total approximately $119 million".
  { re: new RegExp(String.raw`^(?:these|those|such|the) (?:costs|expenses|charges)(?:,? which (?:we )?(?:expect|anticipate|estimate)\w* (?:will|to)| are (?:expected|anticipated|estimated) to| will| were)? (?:total|be|amount to|come in at|approximate|totaled|amounted to) ${HEDGE}$`), relation: "level", rule: "carried-these-costs" },
  // "Earnings per diluted share was $1.82. Excluding ..., this reflects a constant currency increase of 41%." ("That's an increase of 15%.")
  { re: new RegExp(String.raw`(?:^|, )(?:this|that|which|it)(?:'s|(?: also)? (?:reflects|reflected|represents|represented|is|was|marks|marked|equates to|amounts to)) (?:an? )?(?:[a-z-]+ ){0,3}(?:${CHANGE_NOUN}) of ${HEDGE}$`), relation: "change", rule: "carried-anaphoric-change" },
  { re: new RegExp(String.raw`\b(?:we are|we're|we will be|we'll be) guiding (?:to|for) (?:a |an )?${HEDGE}$`), relation: "level", rule: "carried-guiding" },
  // "Moving down to EPS, we're increasing our adjusted EPS guidance by $0.10 at the midpoint. The new guidance range is now $8.85 to
  // $8.95": an outlook named without its measure is the one the last sentence spoke of.
  { re: new RegExp(String.raw`^(?:(?:and|so|now|therefore|as a result),? )*(?:our|the) (?:new |updated |revised |raised |increased )(?:full[- ]year |«P\d+» )?(?:guidance|outlook)(?: range)? (?:is|was)(?: now)? (?:in the range of |a range of |between |of )?${HEDGE}$`), relation: "level", rule: "carried-new-guidance" },
  // "Net sales totaled $453 million. This 29% increase reflects ...": a change the sentence points back to.
  { re: new RegExp(String.raw`^(?:(?:and|so|also),? )?(?:this|that|the) ${HEDGE}$`), relation: "change", rule: "carried-this-change" },
  // "We paid a dividend of $1.50 in September. That was a 7.1% increase sequentially": the change of what the last sentence gave.
  // ("We expect full year adjusted EPS between $6.59 to $6.69. At the midpoint, this represents 35% growth over 2020": an outlook's
  // change, said of its midpoint.)
  { re: new RegExp(String.raw`^(?:(?:and|so|also),? )?(?:at the mid-?point(?: of (?:the |that |this |our )?(?:range|guidance))?,? )?(?:this|that|it)(?:'s| was| is| represents| represented| marks| marked| implies| implied)(?: an?)? ${HEDGE}$`), relation: "change", rule: "carried-that-was-change" },
  // "A comment on adjusted EPS. We delivered a strong $5.60 in the quarter": the measure the last sentence announced.
  { re: new RegExp(String.raw`^(?:(?:and|so|also|now|then|again),? )*we (?:delivered|generated|reported|posted|produced|achieved|recorded|earned)(?: (?:a|an) (?:[a-z-]+ ){0,2}?)? ${HEDGE}$`), relation: "level", rule: "carried-delivered" },
  { re: new RegExp(String.raw`^(?:[a-z ,-]{0,40}, )?the ${HEDGE}$`), relation: "level", rule: "carried-level-noun" },
];

/** A measure said to be nil before "and" ("with no long-term debt and cash ... totaling $512.9 million"): no part of the amount after. */
const NIL_BEFORE = /\bno (?:[a-z-]+ ){0,2}$/;
/** A name that says the figure is a loss or an outflow ("net loss", "cash used in operating activities", "cash flows used in operations"). */
const LOSS_NAME = /\bloss|\bcash (?:flows? )?used\b|\boutflows?\b/;
const LOSS_OR_NEGATIVE = new RegExp(`${LOSS_NAME.source}|\\bnegative\\b`);
/** Words that name a part of the business ("for our Gathering segment"). */
const PART_WORD = /\b(?:segments?|divisions?|business units?|subsidiar(?:y|ies))\b/i;
/** A part's name that opens on a grammar word, or is only a word of basis or of the whole. */
const IMPLAUSIBLE_PART = /^(?:(?:like|unlike|as|for|with|by|from|to|of|and|or|but|similar|also|both|each|every|all|than|versus|vs\.?)\s|(?:reported|adjusted|gaap|non-gaap|organic|total|consolidated|overall|underlying|comparable|segment|segments)$)/i;
/** A sentence opening on a segment by name: "For the International segment, ", "In our Water Infrastructure segment, ". */
const SEGMENT_OPENING = /^(?:(?:And|So|Now|Also|Then|Finally|Next|Meanwhile),? )?(?:[Ff]or|[Ii]n|[Ww]ithin|[Aa]t|[Oo]n) (?:the |our )?((?:[\w&.'-]+ ){1,4})(?:segment|division|business unit|reportable segment|business segment)s?,/;
/** A sentence's opening on a place: "In California, ...", "And in Europe, ...". */
const PLACE_OPENING = /^(?:(?:And|So|Now|Also|Then|Meanwhile),? )?(?:[Ii]n|[Ww]ithin|[Aa]cross|[Tt]hroughout) ((?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,2}),/;

function carriedLink(view: SentenceView, i: number, state: DiscourseState): Link | null {
  if (!state.carried) return null;
  const slot = view.slots.get(`F${i}`)!;
  const before = view.abstract.slice(0, slot.start);
  const after = view.abstract.slice(slot.end);
  for (const c of CARRY) {
    const m = c.re.exec(before);
    // The words that link the figure must name no measure of their own.
    if (!m || /«M\d+»/.test(m[0]) || (c.rule !== "carried-anaphoric-change" && /«M\d+»/.test(before))) continue;
    // (The change noun right after the figure, then how it is measured or the end: "a 7.1% increase sequentially and 15.4% year over year".)
    // (Only of a fact the last sentence gave: a measure it only named may be another's, "annualized base rent ... by cash and straight-line basis".)
    // ("We generated net income of $111 million or $1.51 per diluted share. This represented a 201% increase": the change of which
    // of the last sentence's measures, the words do not say; "This represents a 71% increase on a per share basis" does.)
    if (c.relation === "change" && state.carried.several && !(state.carried.def.name === "eps" && /\bper[- ](?:diluted )?share\b/i.test(view.text))) continue;
    // ("... is expected to lead to $185 million to $200 million in revenue for our Gathering segment. This is an increase of
    // approximately $50 million": a change of a figure the last sentence gave no fact of, in words on a part of the business, may
    // be the part's: whose it is is unknown.)
    // (So is "This 200 basis point increase reflects ...", after "Moving on to Motorcycle segment operating income margins, ... our
    // updated guidance is a range of 7% to 9%, up from the previously communicated range of 5% to 7%": the move of figures read as no fact.)
    if (c.relation === "change" && state.carried.figuresUnread && !/«F\d+»/.test(before)) continue;
    if (c.rule === "carried-that-was-change" && (!state.carried.fromFact || !new RegExp(String.raw`^ (?:${CHANGE_NOUN})(?:$|[,.;]| (?:sequentially|year[- ]over[- ]year|over|from|versus|vs\.?|compared|and|on)\b| «P\d+»)`).test(after))) continue;
    if (c.rule === "carried-level-noun" && !/^ (?:level|figure|amount|balance|number)\b/.test(after)) continue;
    // "This 29% increase reflects ...": the change noun, then the sentence's verb (not "increase in <a measure of its own>").
    if (c.rule === "carried-this-change" && !new RegExp(String.raw`^ (?:${CHANGE_NOUN})(?: (?:(?:in|for|during) )?(?:the )?«P\d+»)?,? (?:was|is|were|reflects|reflected|came|comes|includes|included|primarily|mainly|largely|was driven|is driven|was due|is due)\b`).test(after)) continue;
    // "We generated more than $150 million of distributable cash flow": the figure names a measure of its own; so does one followed by a noun of its own ("We delivered 28% growth in adjusted EPS"): only its period or comparison may follow.
    // (So does "we ended the first quarter with $435 million in available liquidity": no level of what the last sentence spoke of.)
    if ((c.rule === "carried-delivered" || c.rule === "carried-ended-with" || c.rule === "carried-compares-to") && !/^(?:\s*$|[,.;]| (?:compared|versus|vs\.?|up|down|which|or)\b| (?:(?:in|for|during) (?:the |this )?)?«P\d+»| (?:in|for|during) the (?:quarter|year|period)\b| (?:last|a) (?:year|quarter)\b| (?:in )?(?:the )?(?:same|prior|previous|comparable|year[- ]ago|last) (?:quarter|period|year)\b| (?:at|as of) (?:the (?:end|close)(?: of)? )?«P\d+»| (?:spent|invested|generated|paid|earned|reported|recorded) (?:(?:in|during|for) )?(?:the )?«P\d+»)/.test(after)) continue;
    // "Adjusted EBITDA is expected to be $690 million, which represents growth of 43%": "which" is the figure before it.
    const earlier = c.rule === "carried-anaphoric-change" ? [...before.matchAll(/«F(\d+)»/g)].at(-1) : undefined;
    if (earlier) return { rule: "anaphoric-change-of-figure", subject: { kind: "figure", slot: Number(earlier[1]) }, relation: "change", direction: 0, strength: 0.7 };
    return { rule: c.rule, subject: { kind: "carried" }, relation: c.relation, direction: 0, strength: 0.7 };
  }
  return null;
}

function readFigure(x: FigureInput): Resolved | null {
  const { view, i, tokens, ctx, state, resolved, linked, trace } = x;
  const listedUnit = x.listed?.unitFrom != null ? view.figures[x.listed.unitFrom]! : null;
  // A bare number in a "respectively" list takes the list's unit ("119, 100 and 85 days").
  let q = listedUnit ? { ...view.figures[i]!, unit: listedUnit.unit, marked: true, perShare: listedUnit.perShare } : view.figures[i]!;
  // "inventory turns of 2.6", "our leverage ratio was 5.3": a decimal right after a measure counted in times is that many times.
  if (!q.marked && q.value !== null && q.value < 100 && /\d\.\d/.test(view.text.slice(q.start, q.end))) {
    const named = /«M(\d+)»(?: ratio)?,? (?:of|was|were|is|are|at|to|came in at|stood at|improved to|ended (?:the (?:quarter|year) )?at)(?: approximately| about| roughly)? $/.exec(view.abstract.slice(0, view.slots.get(`F${i}`)!.start));
    if (named && view.names[Number(named[1])]?.def.family === "times") q = { ...q, unit: "times", marked: true };
  }
  // "our gross margin was 30.3% versus 27.7% last year, up 2.6 points": points after a percentage of the same sentence are
  // percentage points.
  if (!q.marked && q.value !== null && q.value < 100 && POINTS_AFTER.test(view.text.slice(q.end)) && view.figures.slice(0, i).some((f) => f.unit === "percent")) {
    q = { ...q, unit: "percent", marked: true };
  }
  // "Diluted EPS is expected to range between 7.23 and 7.38": an amount in cents said without its currency, the level of a measure per
  // share, is money in the call's currency (a call that marks none gives it none).
  if (!q.marked && ctx.currency !== null && /^\d{1,2}\.\d\d(?:\s+(?:and|to)\s+\d{1,2}\.\d\d)?$/.test(view.text.slice(q.start, q.end))) {
    const perShare = findLink(view, i, tokens);
    if (perShare?.relation === "level" && perShare.subject.kind === "name" && view.names[perShare.subject.slot]?.def.perShare) q = { ...q, unit: ctx.currency, marked: true };
  }
  trace.steps.push({ stage: "figure", rule: "quantities", note: describeQuantity(q) });
  if (!q.marked) return drop(trace, "figure", "bare-number", "a bare number without unit or scale");
  // "in the high 30% range", "mid- to high 20% sales growth": a band within a decade, not the figure said.
  if (q.unit === "percent" && q.value !== null && q.value >= 10 && q.value % 10 === 0 && DECADE_BAND.test(view.text.slice(Math.max(0, q.start - 30), q.start))) {
    return drop(trace, "figure", "decade-band", "a band within a decade ('the high 30% range'), not the figure said");
  }
  // "copper sales of 929 million pounds": a weight where the sentence speaks of metals or other weights, not sterling.
  if (q.unit === "GBP" && /\bpounds\b/i.test(view.text.slice(q.start, q.end)) && /\b(?:ounces?|tonnes?|tons|barrels|lbs?|per pound|pounds? (?:of|sold|shipped|produced)|copper|gold|silver|molybdenum|nickel|cobalt|alumin(?:um|ium)|zinc|lithium|uranium|coal|steel|resin|volumes?)\b/i.test(view.text)) {
    return drop(trace, "figure", "weight", "pounds of weight, not money");
  }
  // "a $40 million or $50 million backlog": one of two amounts offered, not a stated figure.
  const near = (a: number | null, b: number | null) => a !== null && b !== null && a * b > 0 && Math.max(a, b) / Math.min(a, b) <= 3;
  // Not a second reading of the same amount ("$1.97 or $1.80, excluding gains", "$146 million or $110 million increase").
  const variant = (f: { end: number }) => /^\s*,?\s*(?:increase|decrease|improvement|decline|growth|higher|lower|up|down|more|less|better|worse|above|below|adjusted|excluding|including|on|in|at|per|reported|gaap|non-gaap|before|after|ex-|net|pre-?tax|after-?tax)\b/i.test(view.text.slice(f.end, f.end + 30));
  const other = q.unit === "percent" ? undefined : [view.figures[i - 1], view.figures[i + 1]].find((f, k) => {
    if (!f || f.unit !== q.unit || f.perShare || q.perShare || !near(f.value, q.value)) return false;
    const [first, second] = k === 0 ? [f, q] : [q, f];
    return /^\s*or\s*$/i.test(view.text.slice(first.end, second.start)) && !variant(second);
  });
  if (other) return drop(trace, "figure", "alternatives", "one of two amounts offered as alternatives ('$40 million or $50 million')");
  // "an increase of approximately $3.5 billion or 10% -- 10.7% from last year": a figure the speaker corrects at once is not the figure.
  const corrected = view.figures[i + 1];
  if (corrected && corrected.unit === q.unit && corrected.perShare === q.perShare && /^\s*(?:--|—|–)\s*(?:i mean,? |sorry,? |or |actually,? )?$/i.test(view.text.slice(q.end, corrected.start))) {
    return drop(trace, "figure", "self-corrected", "a figure the speaker corrects right after ('10% -- 10.7%')");
  }

  // link
  if (x.listed && !x.listed.link) return drop(trace, "link", "respectively", "its item in the 'respectively' list names no measure");
  const link = x.listed?.link ?? findLink(view, i, tokens) ?? carriedLink(view, i, state);
  if (!link) return drop(trace, "link", "no-rule", "no rule links the figure to what it measures");
  trace.steps.push({ stage: "link", rule: link.rule, note: `${link.relation} of ${subjectText(view, link)}` });
  linked[i] = link.relation;
  // "guidance, which includes net interest income, noninterest income and noninterest expense to range from $90 million to $110
  // million": the last of a list of three or more measures, the figure said of them all, is no figure of that one.
  if (!x.listed && link.subject.kind === "name" && /«M\d+», (?:[a-z-]+ ){0,2}«M\d+»,? (?:and|&) (?:[a-z-]+ ){0,2}$/.test(view.abstract.slice(0, view.slots.get(`M${link.subject.slot}`)!.start))) {
    return drop(trace, "link", "list-of-measures", "the last of a list of measures: the figure is said of the list, not of that one");
  }
  // "we returned over $500 million in dividends and share repurchases": an amount whose measure is named with another after it is
  // the two together, neither one's.
  // (Only an amount "in" or "of" the two: "a 4.2% increase in the dividend and ongoing share repurchases" is the dividend's; nor when the
  // second measure has a figure of its own: "$2.5 billion in available liquidity and our total debt-to-adjusted EBITDA has improved to 1.6 times".)
  const amountOf = link.subject.kind === "name" ? view.slots.get(`M${link.subject.slot}`)! : null;
  if (!x.listed && link.subject.kind === "name" && amountOf && /^ (?:(?:to|for) (?:our )?(?:share|stock)holders )?(?:in|of) (?:the |our |its )?$/.test(view.abstract.slice(view.slots.get(`F${i}`)!.end, amountOf.start))) {
    const both = /^ (?:and|&|plus) (?:[a-z-]+ ){0,2}«M(\d+)»(?![^;]*«F)/.exec(view.abstract.slice(amountOf.end));
    if (both && view.names[Number(both[1])]!.def.name !== view.names[link.subject.slot]!.def.name) {
      return drop(trace, "link", "two-measures", "an amount said of two measures together ('$500 million in dividends and share repurchases'), neither one's");
    }
  }
  // "total cash returned to shareholders through dividends, and share repurchases totaled just under $1.2 billion": one amount of
  // money said of two measures joined by "and" is their sum, neither's. (A rate said of two applies to each: "sales and operating
  // income were up 10%"; two amounts are each one's: "... were $1.2 billion and $300 million, respectively".)
  if (!x.listed && link.subject.kind === "name" && !q.perShare && q.unit !== "percent" && q.unit !== "bps" && /«M\d+»,? (?:and|&) (?:our |the |its |total )?(?:[a-z-]+ ){0,2}$/.test(view.abstract.slice(0, view.slots.get(`M${link.subject.slot}`)!.start))
    && !/«F\d+» (?:and|&) «F\d+»|respectively/.test(view.abstract)) {
    const lead = view.abstract.slice(0, view.slots.get(`M${link.subject.slot}`)!.start);
    const first = /«M(\d+)»,? (?:and|&) (?:our |the |its |total )?(?:[a-z-]+ ){0,2}$/.exec(lead);
    const other = first ? view.names[Number(first[1])] : undefined;
    // (Only two names that share the verb: not "$54 million of cash and total debt of $1.21 billion", where the first has its own
    // figure, nor "earnings and adjusted EBITDA improved by $0.5 billion", a change of each.)
    // (Nor "adjusted EBITDA to be in the range of $180 million to $190 million on relatively flat sales and adjusted diluted earnings
    // per share to be ...": the first is what an earlier amount was earned on.)
    const ownFigure = first !== null && /«F\d+» (?:of|in|on) (?:[a-z-]+ ){0,3}$/.test(lead.slice(0, first.index));
    // (Nor "both recognized revenue and gross profit of $12 million": said to be each one's.)
    const both = first !== null && /\bboth (?:[a-z-]+ ){0,2}$/.test(lead.slice(0, first.index));
    // (Nor "with no long-term debt and cash ... totaling $512.9 million": a measure said to be nil has no part in the amount.)
    const nil = first !== null && NIL_BEFORE.test(lead.slice(0, first.index));
    if (other && !ownFigure && !both && !nil && link.relation === "level" && other.def.family === "money" && view.names[link.subject.slot]!.def.family === "money" && other.def.name !== view.names[link.subject.slot]!.def.name) {
      return drop(trace, "link", "two-measures", "one amount said of two measures joined by 'and': their sum, not this one's");
    }
  }
  // "Excluding the favorable impact from the change in working capital of $184 million and ..., adjusted cash from operations
  // was $1.9 billion": an amount inside the opening that says what is left out is that item, no level of the measure.
  if (/^(?:(?:and|so|now|also),? )?(?:excluding|including|adjusting for|after adjusting for|net of|except for|apart from)\b(?:(?!\b(?:we|our|it|was|were|is|are|had|has|have|reported)\b)[^,;])*$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "link", "left-out-item", "an amount the sentence's opening leaves out or adds back, not a level or change of the measure");
  }

  // metric
  let def: MetricDefinition;
  let phrase: SubjectPhrase;
  let relation = link.relation;
  let inheritedScope: string | null = null;
  // The basis of the figure this one is said of ("compared to $51.2 million", "to 17.1%"): the words before that figure are that
  // figure's. (Only a base that is a fact; a basis said between the two is this one's: "down 46% from last year's adjusted $0.71".)
  let linkedBasis: Basis | null | undefined;
  let basePeriod: Period | null = null;
  let inheritedSign = 0;
  let silentByBase = false;
  let companionOf: Period | null = null;
  if (link.subject.kind === "figure" && link.relation === "base") {
    // "$79.9 million or 29.9% of revenue, compared to $49.7 million or 21.9% of revenue": each base pairs with the figure of its own unit.
    // The last such figure before this one that was read as a measure's, a fact or not: "adjusted net income of $83 million
    // [another entity's, no fact], ..., an improvement from $14 million" is the base of no fact, not of an EBITDA said earlier.
    // (A figure whose per-share measure is named right after it is per share: "$3.54 diluted earnings per share compared to $48.3 million".)
    const perShare = (k: number) => view.figures[k]!.perShare || namedPerShareAfter(view, k);
    const same = resolved.findLastIndex((r, k) => (r ? r.relation !== "base" : linked[k] === "level") && view.figures[k]!.unit === q.unit && perShare(k) === q.perShare);
    if (same >= 0 && same !== link.subject.slot) link.subject = { kind: "figure", slot: same };
  }
  // "adjusted earnings per share were $1.26 as compared to adjusted earnings per share of $1.09 in the prior-year period, an
  // increase of 15.6%": a change set after the comparison, not in a clause of the base's own ("..., which was down 5%"), is the
  // change of the level compared; so is one joined by "or" ("$123.9 million as compared to $164.7 million in the prior year or a
  // decrease of approximately 25%").
  // "net income of $20.8 million or $0.74 per diluted share, an increase of $2.1 million": a change in money said after an
  // amount's per-share companion is the amount's.
  if (link.subject.kind === "figure" && link.relation === "change" && !q.perShare && q.unit !== "percent" && Math.abs(q.value ?? q.high ?? 0) >= 1000 && (view.figures[link.subject.slot]!.perShare || resolved[link.subject.slot]?.def.perShare === true)) {
    const amount = new RegExp(String.raw`«F(\d+)»(?: (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»)?${MID},? or $`).exec(view.abstract.slice(0, view.slots.get(`F${link.subject.slot}`)!.start));
    const k = amount ? Number(amount[1]) : -1;
    if (k >= 0 && resolved[k]?.relation === "level" && !view.figures[k]!.perShare) link.subject = { kind: "figure", slot: k };
  }
  const compared = link.subject.kind === "figure" && link.relation === "change" && resolved[link.subject.slot]?.relation === "base" ? link.subject.slot : null;
  if (compared !== null) {
    const between = view.abstract.slice(view.slots.get(`F${compared}`)!.end, view.slots.get(`F${i}`)!.start);
    const baseDef = resolved[compared]!.def.name;
    const level = resolved.findLastIndex((r, k) => k < compared && r !== null && r.relation === "level" && r.fact !== null && r.def.name === baseDef);
    if (level >= 0 && /^(?: (?:(?:in|for|during|of) )?(?:the |our )?(?:«P\d+»|prior[- ]year(?: period| quarter)?|same period last year|last year|a year ago)(?: period)?)?(?:, |,? or )(?!(?:which|that|when|while|and|but)\b)[^«,;]*$/.test(between)) {
      link.subject = { kind: "figure", slot: level };
    }
  }
  if (link.subject.kind === "figure") {
    const base = resolved[link.subject.slot];
    if (!base) return drop(trace, "metric", link.rule, "the figure it is said of is no fact");
    def = base.def;
    // ("Adjusted net income in 2021 was $5.12 per diluted share, representing an increase of more than 100%": a figure said of an
    // income read per share is said of the EPS.)
    if (base.fact?.metric === "eps" && (def.name === "net_income" || def.name === "earnings")) def = metricDefinition("eps")!;
    phrase = base.phrase;
    inheritedScope = base.listedScope ?? base.scope;
    if (base.fact) linkedBasis = base.fact.basis;
    // "compared with $100 million last year and $116 million last quarter": a base beside a base is compared with what the first was.
    // ("$13.3 million for this year's third quarter versus $9 million in the prior year, a 47% improvement": a change said right after
    // a comparison base is the change from it to the figure it was compared with, of that figure's period.)
    const fromBase = (base.relation === "base" || base.kind === "prior") && base.comparedWith ? base.comparedWith : null;
    // ("This compares to a non-GAAP EPS of $2.01 last year, a 59% year-over-year increase": a change said right after a comparison
    // base whose figure compared was in an earlier sentence is of the period the base is compared with, not the base's own: the
    // period rules date it as any figure.)
    const fromEarlier = base.kind === "prior" && !base.comparedWith && link.relation === "change" && link.rule === "figure-then-change";
    basePeriod = fromBase && (link.sameRelation || (link.relation === "change" && link.rule === "figure-then-change")) ? fromBase : fromEarlier ? null : base.period;
    if (link.relation === "change" && base.relation === "change" && link.direction === 0) inheritedSign = base.sign;
    if (base.silent && link.relation !== "base" && !(link.perShareOf && q.perShare && base.def.name === "earnings")) silentByBase = true;
    if (link.perShareOf) {
      if (!q.perShare) {
        // "$X, or Y% of revenue": a ratio of the figure before, read only as a margin.
        if (q.unit !== "percent" || (link.rule !== "share-of-revenue-said-after" && link.rule !== "margin-beside-figure" && !SHARE_OF_REVENUE_AFTER.test(view.abstract.slice(view.slots.get(`F${i}`)!.end)))) {
          return drop(trace, "metric", link.rule, "a second figure beside the first that is neither per share nor a share of revenue");
        }
        // ("Gross margin of $1.5 billion or 24.2% of sales": the share of a margin said in money is that margin.)
        const margin = MARGIN_OF[def.name] ?? (PROFIT_OF[def.name] ? def.name : undefined);
        if (!margin) return drop(trace, "metric", link.rule, `a share of revenue of ${def.name}, which has no margin of its own`);
        def = metricDefinition(margin)!;
        relation = base.relation === "base" ? "base" : "level";
      } else if (def.name === "net_income" || def.name === "eps" || def.name === "earnings") def = metricDefinition("eps")!;
      // ("$41.7 million in dividends ... or $0.40 per share": a dividend is stated per share too.)
      // (Not a yearly rate beside a quarter's: "a dividend of $0.935 or $3.74 per share on an annualized basis".)
      else if (def.name === "dividend" && !view.figures[link.subject.slot]!.perShare && (view.figures[link.subject.slot]!.value ?? 0) >= 100_000) def = metricDefinition("dividend")!;
      // ("an increase in the quarterly dividend of 13% or $0.02 per share": the raise per share.)
      else if (def.name === "dividend" && base.relation === "change" && view.figures[link.subject.slot]!.unit === "percent") def = metricDefinition("dividend")!;
      // ("operating income of $202 million, or $1.08 per share": an insurer's after-tax operating income per share is its adjusted
      // earnings per share, as "core income per diluted share" and "operating income per share" are.)
      else if (def.name === "after_tax_operating_income") def = metricDefinition("eps")!;
      else if (PER_SHARE_MEASURES.has(`${def.name}_per_share`)) def = metricDefinition(`${def.name}_per_share`)!;
      // "$119 million or $0.46 per share" of acquisition-related costs: the cost per share.
      else if (def.describedBy && def.family === "money") def = metricDefinition(`${def.name}_per_share`)!;
      else return drop(trace, "metric", link.rule, `a per-share figure beside ${def.name}, which has no per-share measure`);
      // "compared to $34.1 million or 13.8% of revenue": the companion of a comparison base is a base of the same period.
      if (base.relation === "base") {
        relation = "base";
        companionOf = base.period;
      }
      // "a net decrease in net income of $4.1 million or $0.09 per share": the change per share, with its sign.
      if (base.relation === "change" && q.perShare) {
        relation = "change";
        inheritedSign = base.sign;
      }
    } else if (relation === "change" && base.relation === "base") return drop(trace, "metric", link.rule, "a change said of a comparison base");
    else if (relation === "change" && base.fact?.kind === "guidance" && link.rule !== "midpoint-change-of-figure" && !guidedGrowth(view, link.subject.slot, i, q.unit)) return drop(trace, "metric", link.rule, "a change of a guidance figure (a raise or cut), not a level");
    else if (relation === "level" && base.relation === "change") relation = base.relation === "change" ? "level" : relation;
    if (link.relation === "change" && base.relation === "change") relation = "change";
    if (link.sameRelation) relation = base.relation;
    if (link.relation === "base") relation = "base";
  } else if (link.subject.kind === "carried") {
    const carried = state.carried!;
    def = carried.def;
    // The carried phrase was read in an earlier sentence: its period slot and start belong to that sentence's view.
    phrase = { ...carried.phrase, period: null, start: view.slots.get(`F${i}`)!.start };
    inheritedScope = carried.scope;
    // ("Our directors declared a $0.275 dividend per common share. This represents a 1.9% increase over the October dividend.": the
    // change of the level the last sentence gave is of that level's period.)
    // (Not one after the call's quarter, whose kind the words of the change alone cannot tell.)
    if (link.relation === "change" && carried.fromFact && carried.relation === "level" && carried.kind === "actual" && carried.period && periodEnd(carried.period) <= periodEnd(callAsPeriod(ctx.call))) basePeriod = carried.period;
  } else if (link.subject.kind === "name") {
    const name = view.names[link.subject.slot]!;
    def = name.def;
    // "We returned approximately $250 million to shareholders through our share repurchase plan": money returned through a plan is
    // what was bought back, not what the plan allows.
    if (link.rule === "in-the-form-of-name" && def.name === "share_repurchase_authorization") def = metricDefinition("share_repurchase")!;
    phrase = readSubjectPhrase(view, link.subject.slot, tokens);
    // An item of a "respectively" list that borrows a later item's measure is qualified by its own words: "International" in
    // "International and North America revenue grew 11% and 10%, respectively"; "GAAP" in "GAAP and adjusted EPS".
    const own = x.listed?.ownWords;
    if (own !== undefined) {
      const words = own.replace(/\b(?:gaap|non-gaap|adjusted|reported|diluted|basic|total|organic)\b/gi, "").trim();
      // ("Reported and organic net sales ... were up 6.2% and 8.1%, respectively": "organic" is the later item's only.)
      phrase = { ...phrase, scope: null, international: false, organic: /\borganic\b/i.test(own), company: phrase.company || /\btotal\b/i.test(own) };
      // ("Domestic and international sales": the measure borrowed is sales, not the second item's international sales.)
      if (def.name === "international_revenue") def = metricDefinition("revenue")!;
      if (/^international$/i.test(words)) phrase.international = true;
      else if (words) phrase.scope = words;
    }
  } else {
    def = metricDefinition(link.subject.name)!;
    // (A landlord's outlook per share is of its funds from operations: "Our guidance range is $12.25 to $12.40 per share".)
    if (link.rule === "per-share-guidance" && ctx.landlord) return drop(trace, "metric", link.rule, "a landlord's outlook per share, of its funds from operations, not its EPS");
    phrase = { basis: null, company: false, scope: null, prior: false, organic: false, international: false, global: false, qualifier: null, period: null, annual: false, foreign: false, start: view.slots.get(`F${i}`)!.start };
  }
  const clause = clauseBefore(view, i);
  const after = view.abstract.slice(view.slots.get(`F${i}`)!.end);
  // "operating income of $202 million, or $1.08 per share", "Net operating income for the quarter was $193 million or $1.85 per
  // share": operating income also stated per share is after tax (an insurer's net income less its investment gains), neither
  // operating profit nor a property's net operating income. (Not when said before tax: "pre-tax adjusted operating income was
  // $1.6 billion or $3.18 a share on an after-tax basis".)
  // The same in a call that states it so elsewhere: "we earned $470 million of adjusted operating income".
  const perShareToo = perShareCompanion(view, after);
  if (link.subject.kind === "name" && (def.name === "operating_income" && ctx.operatingIncomeAfterTax || (def.name === "operating_income" || def.name === "noi") && perShareToo) && !q.perShare && !/\bpre-?tax\b/.test(clause.slice(-60))) {
    def = metricDefinition("after_tax_operating_income")!;
    trace.steps.push({ stage: "metric", rule: perShareToo ? "operating-income-per-share" : "after-tax-operating-income-call", note: perShareToo ? "operating income also stated per share is after tax" : "the call states its operating income after tax" });
  }
  // "prior-year net income of $67.9 million", "compared to net income of $67.9 million": an earlier level compared with.
  // (Not "better than expected second quarter sales of $1.4 billion": what is better than expected is the level itself.)
  const betterThanExpected = /\b(?:better|worse|higher|lower|greater|more|less|stronger|weaker) than $/.test(view.abstract.slice(0, phrase.start)) && /^(?:expected|anticipated|forecast|planned|projected)\b/.test(view.abstract.slice(phrase.start));
  // (Not a source: "resulting from cash generated by operating activities of $531 million".)
  // (Nor a sentence opening on the measure as its topic: "From a capital expenditure perspective, we invested $24 million".)
  const opening = link.rule === "opening-names-measure";
  if (relation === "level" && link.subject.kind === "name" && !betterThanExpected && !opening && BASE_BEFORE_NAME.test(view.abstract.slice(0, phrase.start))) {
    relation = "base";
  }
  // "... was $127.9 million for fiscal-year 2021, compared to net income of $98.8 million in the prior fiscal year": a base named
  // by its measure is a year before the level of that measure the sentence gave first.
  if (relation === "base" && link.subject.kind === "name" && basePeriod === null) {
    const level = resolved.findLast((r) => r !== null && r.def.name === def.name && r.relation === "level" && !r.silent);
    if (level) basePeriod = level.period;
  }
  // "a 23% year-over-year increase in revenue from purchased vehicles", "$17 million of revenue from our Ladysmith operations": revenue
  // from a source the words name is that part of revenue (not revenue from operations, nor "from" a period it is compared with, nor
  // what a sentence leaves out: "excluding sales from the QTI acquisition").
  if (link.subject.kind === "name" && (def.name === "revenue" || def.name === "revenue_growth")) {
    const name = view.slots.get(`M${link.subject.slot}`)!;
    if (REVENUE_FROM_SOURCE.test(view.abstract.slice(name.end)) && !/\b(?:excluding|excludes|exclude|ex|without|less|net of|other than|apart from)\s+(?:[^«,;]{0,40})?$/.test(view.abstract.slice(0, name.start))) {
      return drop(trace, "scope", "revenue-from-source", `revenue from a source the words name ("${view.text.slice(view.toText[name.end] ?? 0).split(/[,;.]/)[0]!.trim()}"), a part of the company's revenue`);
    }
  }
  // "$1.10 or 91% of the increase in earnings per share": a share of a change, not the measure or its change.
  if (link.subject.kind === "name" && /^ of (?:the |our |this |that )?(?:(?:total|overall|year[- ](?:over|on)[- ]year) )?(?:increase|decrease|growth|decline|improvement|change|expansion|contraction|reduction)s? (?:in|of) /.test(after)) {
    return drop(trace, "link", "share-of-change", `a share of the change of ${def.name}, not ${def.name} or its change`);
  }
  // "Natural gas midstream operations received cash distributions ... and contributed earnings of $81 million": what a part
  // contributes to the measure is the part's, not the company's (the company's own figure is what "we" contributed to something).
  // (A part's own measure, "Topgolf contributed adjusted EBITDA of $15 million", keeps the part's scope below.)
  if (link.subject.kind === "name" && !isSegmentable(def.name) && /\bcontribut(?:ed|es|ing) (?:(?:net |adjusted |operating )?)«M\d+» (?:of|totaling|totalling) (?:approximately |about |roughly )?$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start)) && !/^(?:(?:and|so|also),? )?(?:we|«C\d+»)\b/.test(view.abstract)) {
    return drop(trace, "scope", "part-contribution", `what a part of the business contributed to ${def.name}, not the company's ${def.name}`);
  }
  // "resulted in a net decrease to IDACORP's net income of $4.1 million": a change of the measure, not its level.
  // (Not the level a relative clause gives after the name: "drove a $320 million reduction to net debt, which ended the quarter at $752 million".)
  // "ongoing EBIT margin expansion to 7.2%": a ratio's change "to" a figure is the level it reached (a growth rate's "growth to 6%"
  // is the rate).
  if (relation === "change" && def.ratio && link.rule === "name-changenoun-figure" && link.subject.kind === "name" && /^«M\d+» (?:[a-z-]+ )?to (?:an? )?(?:new )?(?:(?:record|all-time high)(?: high)?(?: of)? )?(?:approximately |about |roughly |nearly |almost |over |more than )?$/.test(view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.start, view.slots.get(`F${i}`)!.start))) {
    relation = "level";
  }
  const nameToFigure = link.subject.kind === "name" ? view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.end, view.slots.get(`F${i}`)!.start) : "";
  // (Nor what the measure "is" after a change that had its own figure: "helped drive a $12 million improvement in our consolidated
  // income from operations, which is $2.7 million compared to a loss from operations of $9.3 million in the year-ago quarter".)
  const changeHadFigure = /«F\d+» (?:[a-z-]+ ){0,3}$/.test(view.abstract.slice(0, phrase.start).replace(CHANGE_BEFORE_NAME, "")) && /^,? (?:which|that) (?:is|was) $/.test(nameToFigure);
  if (relation === "level" && link.subject.kind === "name" && link.rule !== "change-in-name-to-figure" && link.rule !== "moved-it-from-to" && CHANGE_BEFORE_NAME.test(view.abstract.slice(0, phrase.start))
    && !/^,? (?:which|that) (?:(?:has|have) )?(?:now )?(?:ended|finished|closed|stood|stands|totaled|totalled|was at|is at|came in at|(?:fallen|fell|declined|decreased|dropped|risen|rose|grown|grew|increased|improved) to)\b/.test(nameToFigure) && !changeHadFigure) {
    relation = "change";
  }
  // "an improvement from the fourth quarter revenue decline of 9.2%": a change that is itself only a comparison base.
  if (relation === "change" && link.subject.kind === "name" && /\b(?:from|versus|vs\.?|compared (?:to|with)|than|over) (?:a |an |the )?(?:«P\d+» )?$/.test(view.abstract.slice(0, phrase.start))) {
    return drop(trace, "link", "change-as-base", "a change named only as the base of a comparison");
  }
  // "our Q3 ending inventory has grown more than $3.5 billion since the end of Q3 2019": a change since a period two years or more
  // before the call's is no change of a fiscal period.
  if (relation === "change") {
    const since = /^(?:[^«;.]|«F\d+»){0,40}?\bsince (?:the (?:end|start|beginning|close) of )?(?:the )?«P(\d+)»/.exec(after);
    const pm = since ? view.periods[Number(since[1])] : undefined;
    if (pm && pm.relation === "absolute" && ctx.call.year - pm.period.year >= 2) return drop(trace, "link", "change-since-long-ago", `a change since ${pm.period.year}, over more than a fiscal period`);
  }
  // "22% growth in EPS from our original guidance": a change measured against guidance, not against a period
  // ("up 8% year over year and above the midpoint of our guidance" is measured against a period).
  // (Not a ratio's own level: "Our operating margin of 19.8% was slightly below our guidance of below 20%".)
  if ((relation === "change" || (q.unit === "percent" && !(def.ratio && relation === "level"))) && /^(?:(?!\band\b|year[- ](?:over|on)[- ]year|sequential)[^«;,.]){0,40}\b(?:from|versus|vs\.?|compared (?:to|with)|over|above|below|than|relative to|ahead of|behind|short of|since) (?:the |our )?(?:[a-z-]+ ){0,2}(?:guidance|guide|outlook|forecast|expectations?|plan|budget|consensus|midpoint|target|estimates?|projections?)\b/.test(after)) {
    return drop(trace, "link", "change-from-guidance", "a change measured against guidance or expectations");
  }
  // "SG&A was 26% higher on a constant currency basis", "Q2 revenue was 5% less year-over-year": a change, not the level.
  // "$185 million higher than our projection for the third quarter", "$50 million more than we would have expected": a level said
  // against an outlook or an expectation; "our sales were approximately 5% lower for copper and 8% lower for gold relative to our
  // recent estimates": a change said against one. Either is a difference from the company's own expectation, no fact of either.
  if ((relation === "level" && LEVEL_AGAINST_OUTLOOK.test(after)) || CHANGE_AGAINST_OUTLOOK.test(after)) {
    return drop(trace, "link", "difference-from-guidance", "a difference from guidance or the company's own expectations, not a level or a change over a period");
  }
  // (Not "Adjusted noninterest expense was $268 million up $2 million from the prior quarter": the change is the figure after it.)
  // (Not a measure taken away after it: "cash flow from operating activities of $532 million less capital spending of $61 million".)
  if (relation === "level" && link.subject.kind === "name" && /^ (?:higher|lower|up|down|better|worse|more|less)\b(?! than (?:expected|anticipated))(?! (?:by )?(?:approximately |about |roughly |nearly |almost |over |more than )?«F)/.test(after)
    && !/^ (?:less|minus) (?:the |our |its |total )?(?:[a-z&-]+ ){0,3}«M/.test(after)
    // (Nor a level compared with the one after it: "gross profit margin was 76.3% up from 75.5% in the same period last year".)
    && !/^ (?:up|down|higher|lower) from (?:approximately |about |roughly )?«F/.test(after)) relation = "change";
  // "SG&A was $17 million or 25% lower than the prior year": the difference said two ways, in money and in percent. (Not two figures
  // of one kind: "sales were $2.06 billion or $279 million higher than the prior year" gives the level, then the difference.)
  const twoWays = /^ or «F(\d+)» (?:higher|lower|more|less|above|below) than (?:the |our |last |prior |a |«P)/.exec(after);
  if (relation === "level" && link.subject.kind === "name" && twoWays && pctLike(q.unit) !== pctLike(view.figures[Number(twoWays[1])]?.unit)) relation = "change";
  // "we grew revenues at 18.8%", "we increased our dividend by 6%": the company moved the measure by the figure.
  if (relation === "level" && link.subject.kind === "name" && q.unit === "percent" && !def.ratio
    && /\b(?:grew|grow|grown|growing|increased|increasing|decreased|decreasing|reduced|reducing|raised|raising|lowered|lowering|expanded|expanding)\s+(?:our |its |the |total |overall )*$/.test(view.abstract.slice(0, phrase.start))
    && /^ (?:at|by) (?:approximately |about |roughly |nearly |almost |over |more than )?$/.test(view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.end, view.slots.get(`F${i}`)!.start))) relation = "change";
  // "revenue was about $58 million above last year's Q3": a difference, not the level.
  // ("$0.76 above 2018": a bare year after the comparison word.)
  // (Not what a credit line or a program holds: "liquidity of $2.2 billion under our revolving credit facility".)
  if (relation === "level" && /^ (?:above|below|ahead of|behind|higher than|lower than|more than|less than|better than|worse than|stronger than|weaker than|over|under) (?:the |our |last |prior |a |«P|(?:19|20)\d\d\b)/.test(after)
    // ("the repurchase of 435,000 shares for $71.2 million under our existing share repurchase programs": the program may be named
    // by a measure's name.)
    && !underProgram(view, after)
    && !/^ under (?:the |our |a )?(?:[a-z-]+ ){0,2}(?:credit|revolv\w*|facility|facilities|line|agreement|program|programs|authorization|plan|atm|indenture|notes?|loans?)\b/.test(after)
    // (Nor a level set above the earlier period's own figure: "adjusted EPS of $0.85 per share above prior year's $0.80 per share".)
    && !/^ (?:above|below|ahead of|behind|higher than|lower than|more than|less than|better than|worse than|over|under) (?:the |our )?(?:(?:(?:last|prior|previous)[- ](?:year|quarter|period)|year[- ]ago)(?:'s|’s)|«P\d+»(?:'s|’s)?) (?:(?:adjusted|reported|gaap|non-gaap) )?(?:approximately |about )?«F/.test(after)) {
    // ("highlights include total revenues of $329 million below the prior year period and our guidance": a measure "of" the figure is
    // its level, the words after say it is a difference; which one is meant is unsure.)
    if (link.subject.kind === "name" && /^ of (?:approximately |about |roughly |nearly )?$/.test(view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.end, view.slots.get(`F${i}`)!.start))) {
      return drop(trace, "link", "level-or-difference", "the measure 'of' the figure makes it the level, the words after it a difference: which is meant is unsure");
    }
    relation = "change";
  }
  /** The abstract's last `n` characters before the figure. */
  const justBefore = (n: number) => view.abstract.slice(Math.max(0, view.slots.get(`F${i}`)!.start - n), view.slots.get(`F${i}`)!.start);
  // "EPS to increase between $8.05 and $8.25": by so much, or to so much? An amount "between" after a verb of change is either.
  if (relation === "change" && !pctLike(q.unit) && /\b(?:increas|decreas|grow|grew|declin|ris|rose|fall|fell|improv|expand|climb)\w* between $/.test(justBefore(40))) {
    return drop(trace, "link", "change-or-level-between", "an amount 'between' two figures after a verb of change may be what it moves by or what it moves to");
  }
  let metric = def.name;
  if (def.name === "sg_and_a" && ctx.sgaIsOpex && !phrase.scope) {
    metric = "operating_expenses";
    def = metricDefinition(metric)!;
  }
  if (phrase.international && def.name === "revenue") {
    def = metricDefinition("international_revenue")!;
    metric = def.name;
  }
  // "we have $38 million of debt mature at the end of the quarter": the part of the debt coming due, not the debt.
  if (/^(?:total_debt|net_debt|long_term_debt)$/.test(def.name) && /^ (?:of |in )?(?:[a-z-]+ ){0,2}«M\d+» (?:that |which )?(?:(?:will |is |are |comes? |coming )?(?:matur\w*|due)|expir\w*)\b/.test(after)) return drop(trace, "metric", "debt-coming-due", "the part of the debt coming due, not the debt");
  // "We also had an incremental $78 million in NOI from our developments": what a part added, not the measure's level.
  // ("an additional $1.5 billion in net revenues", "an additional $2 million of strategic investments in R&D": what was added, not the
  // level; but "an additional $500 million share repurchase authorization" is the new authorization's amount.)
  // ("Subsequent to the quarter close, we repurchased an additional 1.5 million shares for $77 million": what was bought since the
  // quarter ended, the next quarter's buyback.)
  const addedSince = def.name === "share_repurchase" && AFTER_QUARTER_END.test(view.text);
  const added = new RegExp(`\\b(?:an? )?(?:incremental${/authorization/.test(def.name) || addedSince ? "" : "|additional"}) (?:(?:approximately|about|roughly|nearly|almost|over|some) )?$`);
  if (link.subject.kind === "name" && added.test(justBefore(40))) return drop(trace, "metric", "increment", "an increment a part added, not the measure's level");
  // "For the full year, 2019 revenue exceeded $7 billion for the first time, at just under $7.2 billion": a mark the measure passed,
  // not its level (which the words may give after it).
  if (link.subject.kind === "name" && /\b(?:exceeded|exceeds|surpassed|surpasses|topped|tops|crossed|crosses|passed|passes|eclipsed|broke) (?:the )?$/.test(justBefore(30)) && /^(?: (?:[a-z-]+ ){0,3}(?:for the first time|mark|milestone|threshold|barrier)\b|,? at (?:just |approximately |about |nearly |almost |roughly )?(?:under |over |above |below )?«F)/.test(after)) {
    return drop(trace, "link", "mark-passed", "a mark the measure passed ('exceeded $7 billion for the first time'), not its level");
  }
  // "our new Frederick site facility, a $185 million capital investment": an amount before the measure's name, after "a", is what
  // one project costs, not the period's spend.
  if (def.name === "capex" && link.subject.kind === "name" && /\b(?:an?|another) (?:(?:approximately|about|roughly|nearly|over|some|total) )?$/.test(justBefore(40)) && new RegExp(`^ (?:[a-z-]+ )?«M${link.subject.slot}»`).test(after)) {
    return drop(trace, "metric", "one-project", "what one project costs ('a $185 million capital investment'), not the period's spend");
  }
  // "Included in the fourth quarter results was a net loss of $0.10 per share from a loss on extinguishment of debt": what one item
  // came to inside the results, not the results.
  if (/^(?:eps|net_income|earnings)$/.test(def.name) && (/^(?:(?:also|and),? )?included in (?:the |our )?(?:«P\d+» )?(?:[a-z-]+ )?(?:results|earnings|«M\d+») (?:was|were|is|are)\b/.test(view.abstract) || /^ (?:per (?:diluted )?share )?(?:from|related to|due to|associated with|attributable to) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:loss|gain|charge|write-?(?:off|down)|impairment|settlement|extinguishment)\b(?! of «F)/.test(after))) {
    return drop(trace, "metric", "item-in-results", "what one item came to inside the results ('a net loss of $0.10 per share from a loss on extinguishment of debt'), not the results");
  }
  if (phrase.effect) return drop(trace, "metric", "effect-on", "what moved the measure ('headwinds to revenue of', 'an impact to EPS of'), not a level of it");
  // ("The reduction in C&I load equates to an earnings decrease of around $0.14 per share": what one cause comes to.)
  if (relation === "change" && link.subject.kind === "name" && /\b(?:equates|equated|equating|translates|translated|translating) to (?:an? |the |about |approximately )?$/.test(view.abstract.slice(0, phrase.start))) return drop(trace, "metric", "effect-on", "what one cause comes to ('equates to an earnings decrease of'), not a change of the measure");
  // "While inventories have risen 3% from their trough": in a landlord's call, its tenants' and customers' inventories.
  if (ctx.landlord && (def.name === "inventory" || def.name === "inventory_turns")) return drop(trace, "metric", "landlord-inventory", "a landlord's call: the inventories it speaks of are its tenants' or customers'");
  // "free cash flow after dividends of $1.3 billion": what is left of one measure after another, a measure of its own.
  if (link.subject.kind === "name" && /«M\d+» (?:after|net of|less|minus) $/.test(view.abstract.slice(0, view.slots.get(`M${link.subject.slot}`)!.start))) {
    return drop(trace, "metric", "net-of-measure", "what is left of another measure after this one ('free cash flow after dividends'), a measure of its own");
  }
  if (phrase.foreign) return drop(trace, "metric", "foreign", "the figure is another party's, a part of the measure (in-transit inventory), or no reported amount (authorized, available)");
  // "Pro forma for the merger, ... roughly $1 billion of liquidity": a balance that would be, not one that is.
  const proForma = def.balance || /leverage/.test(def.name) ? PRO_FORMA_OPENING.exec(view.text) : null;
  if (proForma && proForma[0].length <= view.figures[i]!.start) {
    return drop(trace, "metric", "pro-forma-balance", "the sentence opens on a pro forma view: a balance that would be, not one reported");
  }
  // The measure's name as the sentence says it.
  const nameText = link.subject.kind === "name" ? view.text.slice(view.names[link.subject.slot]!.start, view.names[link.subject.slot]!.end) : null;
  // "Total debt, net of cash, of $143.2 million": a balance net of another is a measure of its own, not the balance named. (Not
  // spending: "Capital expenditures, net of refranchising proceeds, were $55 million" is the capex the company reports.)
  if (def.balance && link.subject.kind === "name" && view.names[link.subject.slot]!.end < view.figures[i]!.start && /^,? net of\b/.test(view.text.slice(view.names[link.subject.slot]!.end, view.figures[i]!.start))) {
    return drop(trace, "metric", "balance-net-of", "a balance said net of another measure is a measure of its own");
  }
  // An insurer's "sales" are policies sold, a landlord's its tenants' sales, a utility's the energy it sells: in such a call a bare "sales" is no revenue,
  // nor are comparable sales its own ("comparable tenant sales are exceeding pre-pandemic levels, with year-to-date comparable sales up 5%").
  if (ctx.salesNotRevenue && nameText !== null && ((def.name === "revenue" && /^(?:total |overall )?sales$/i.test(nameText)) || (def.name === "comparable_sales" && /\bsales$/i.test(nameText)))) {
    return drop(trace, "metric", "sales-not-revenue", `in this call 'sales' are policies sold, tenants' sales, properties sold or energy sold, not the company's ${def.name === "revenue" ? "revenue" : "comparable sales"}`);
  }
  // "9% top line growth" in an insurer's call is growth of premiums written, not of revenue.
  if (def.name === "revenue" && ctx.premiumsCall && nameText !== null && /^top[- ]?line$/i.test(nameText)) {
    return drop(trace, "metric", "top-line-premiums", "in a call that speaks of premiums written, the top line is premiums, not revenue");
  }
  // "earnings" with an amount may be net or operating: not a fact; but read on, silent, so that its per-share companion is EPS
  // ("Adjusted earnings for the second quarter were $96 million or $0.88 per diluted share").
  // But plain earnings said with their per-share amount ("we delivered earnings of $100.2 million or $0.50 per share",
  // "adjusted earnings of $2.1 billion, or $2.37 per share") are what that amount is per share of: net income.
  let silentEarnings = false;
  let earningsWithShare = false;
  if (def.name === "earnings") {
    // ("we had another strong quarter with earnings of $0.28", a landlord's: its earnings per share are its funds from operations.)
    if (ctx.earningsAreFfo && (q.perShare || perShareAmount(q))) return drop(trace, "metric", "landlord-earnings", "a landlord's 'earnings' per share are its funds from operations, not its EPS");
    // ("Earnings in the quarter of $0.54": an amount of cents is per share.)
    if (q.perShare || (perShareAmount(q) && link.subject.kind === "name" && link.relation === "level")) {
      def = metricDefinition("eps")!;
      metric = "eps";
    } else if (PLAIN_EARNINGS.test(nameText ?? "") && perShareCompanion(view, after)) {
      def = metricDefinition("net_income")!;
      metric = "net_income";
      earningsWithShare = true;
    } else if (link.subject.kind === "name" && link.relation === "level" && companyReportedEarnings(view, link.subject.slot)) {
      // ("Today we reported earnings of $211 million": the company's own earnings, reported as its result, are its net income.)
      def = metricDefinition("net_income")!;
      metric = "net_income";
      trace.steps.push({ stage: "metric", rule: "company-reported-earnings", note: "earnings the company says it reported or delivered are its net income" });
    } else if (link.subject.kind === "metric" && /^ after[- ]tax\b/.test(after) && perShareCompanion(view, after)) {
      // ("This quarter, we earned $1.6 billion after-tax or $5.04 per share": what the company earned after tax, per share as its
      // EPS, is its net income.)
      def = metricDefinition("net_income")!;
      metric = "net_income";
      earningsWithShare = true;
      trace.steps.push({ stage: "metric", rule: "earned-after-tax", note: "what the company earned after tax, with its per-share amount, is its net income" });
    } else silentEarnings = true;
  }
  // "On a same store basis, third quarter cash NOI was up 16.6%": the measure of the same-store pool the opening names.
  if (def.name === "noi" && link.subject.kind === "name" && SAME_STORE_OPENING.test(view.abstract)) {
    def = metricDefinition("same_store_noi")!;
    metric = def.name;
    trace.steps.push({ stage: "metric", rule: "same-store-opening", note: "the sentence opens on a same-store basis" });
  }
  trace.steps.push({ stage: "metric", rule: "lexicon", note: `${metric}${phrase.basis ? ` (${phrase.basis})` : ""}` });

  // scope
  // "global fee revenue" is the company's, unless the sentence opens on a segment ("Finally for executive search, global fee revenue ...").
  // "In municipal water, overall sales increased 8%": "overall" or "total" after an opening on a part is the part's.
  // The words say the whole company outright (not only "total", which may be a part's total).
  // ("In Latin America, we saw an 11% increase in overall sales for the region": "overall" of a part that the words after the name
  // point back to is that part's whole.)
  if (phrase.company && link.subject.kind === "name" && PART_POINTED_BACK.test(view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.end))) phrase = { ...phrase, company: false };
  let namedCompanyWide = COMPANY_WIDE.test(view.text);
  // ("Our Wholesale Brokerage Segment delivered total revenue growth of 5.9%": so is a sentence whose subject is a named segment.)
  // ("For our Pharma Solutions division, we achieved combined currency-neutral sales growth of 3%": "combined", pro forma with an
  // acquired business, is a part's too when a part the call knows is named before it.)
  const textBefore = view.text.slice(0, view.toText[phrase.start] ?? 0);
  const onPart = phrase.company && !namedCompanyWide && (partOpening(view, tokens) !== null || NAMED_SEGMENT_SUBJECT.test(textBefore) || NAMED_PART_OPENING.test(textBefore) || (phrase.combined === true && (ctx.segments.find(textBefore) !== null || partSubject(textBefore, ctx))));
  // ("Slide 5 shows a summary of the third quarter results for the Composite Fibers segment. Total revenues for the quarter were 3.4%
  // higher": right after a segment is announced by name, its total.)
  // ("Turning to Loews Hotels. ... The company posted a net loss of $43 million": after a turn to a business named with the company's
  // own word, a subsidiary, "the company" opening a sentence is that business, which a holding company's call speaks of as a company
  // of its own; not after a turn to a segment, "Moving to Slide 7, Americas Banking revenue ... The company ended the quarter with".)
  const theTurnedTo = state.segment?.via === "turning" && state.segment.name !== null && state.segment.name.toLowerCase().split(/\s+/).some((w) => ctx.companyWords.has(w)) && THE_COMPANY_OPENS.test(view.text);
  let companyWide = (phrase.company && !onPart && !(state.segmentOpensHere && state.segment?.via === "turning") && !(state.segmentAnnounced && state.segment?.name) && !theTurnedTo) || (phrase.global && !state.segmentOpensHere);
  if (theTurnedTo && !isSegmentable(def.name)) return drop(trace, "scope", "turned-to-company", `"the company" is ${state.segment!.name}, the business the turn is on: its ${def.name} is not the company's`);
  // "We exited 2019 with nearly $15 billion in global sales": a flow a period is exited with is a yearly rate, no figure of the period.
  if (!def.balance && /\bexit(?:ed|ing|s)? (?:«P\d+»|the (?:year|quarter)|(?:fiscal )?(?:19|20)\d\d) (?:with|at) (?:[^«;,.]{0,30})?$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "period", "exit-rate", "the rate a period was exited at, not the period's own figure");
  }
  // "around $5 billion of free cash flow from 2021 to 2025": an amount said over a span of years is their total, no fiscal period's.
  const span = /^(?: (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»)? «P(\d+)» «P(\d+)»/.exec(view.abstract.slice(view.slots.get(`F${i}`)!.end));
  if (span) {
    const [from, to] = [view.periods[Number(span[1])]!, view.periods[Number(span[2])]!];
    if (/^from (?:fiscal )?(?:19|20)\d\d$/i.test(view.text.slice(from.start, from.end)) && /^(?:to|through|thru) (?:fiscal )?(?:19|20)\d\d$/i.test(view.text.slice(to.start, to.end)) && to.period.year > from.period.year) {
      return drop(trace, "period", "span-of-years", `an amount over the years ${from.period.year} to ${to.period.year}, their total, no fiscal period's`);
    }
  }
  // "cash and cash equivalents of $490 million, including cash of $155 million at Douglas Elliman and $108 million at Liggett": an
  // amount said to be held at a named business is that business's (not at a date or at the company itself).
  const heldAt = /^ (?:held )?(?:at|by) (?:our )?((?:[A-Z][\w&.'’-]*)(?: (?:[A-Z][\w&.'’-]*|&|of))*)/.exec(view.text.slice(view.figures[i]!.end));
  if (heldAt && !NO_HOLDER_WORD.test(heldAt[1]!.split(" ")[0]!) && !/^(?:Q[1-4]|FY|YE|[A-Z]{1,2}\d)/.test(heldAt[1]!) && !namesTheCompany(heldAt[1]!, view, ctx) && !heldAt[1]!.toLowerCase().split(/\s+/).every((w) => ctx.companyWords.has(w))) {
    return drop(trace, "scope", "held-at-part", `an amount held at ${heldAt[1]}, not the company's`);
  }
  let scope = inheritedScope ?? "company";
  let named = false;
  let scopeFromSubject = false;
  /** The scope is the entity the sentence says reports the figure ('the Fertilizer segment reported ...'). */
  let reported = false;
  let reporter: string | null = null;
  // Words before the measure that are no part of the business (scope-words.ts): a drop, or a qualifier to take off; when
  // nothing is left the scope is read as if they were not there ("In our International segment, operational revenue grew 3%").
  let scopeBasis: Basis | null = null;
  // ("International adjusted operating margin expanded 270 basis points to 15.8%": a measure of the business abroad, which only
  // revenue has a measure of its own for; a margin or an income so named is that part's.)
  let subjectScope = phrase.scope ?? (phrase.international && !phrase.company && def.name !== "revenue" && def.name !== "international_revenue" ? "International" : null);
  // "We delivered another quarter of strong profitability generating net income of $111 million", "Acme delivered a record
  // quarter, generating revenue of $5 million": a participle before the measure opens a clause whose subject is the sentence's,
  // the company's when the sentence opens on "we" or its name.
  // ("At the end of the quarter, our liquidity remained at $1.1 billion. This included cash and cash equivalents of $535 million": so
  // is a verb after a pronoun that opens the sentence on a balance; a flow after "This had" may be a part's the last sentence named.)
  if (subjectScope && ((PARTICIPLE_SCOPE.test(subjectScope) && /^(?:(?:and|so|again|overall|in total),? )?(?:we|«C\d+»)\s/i.test(view.abstract)) ||
    (def.balance && /^(?:includes?|included|had|has)$/.test(subjectScope) && new RegExp(`^(?:(?:and|so|also|again|overall),? )?(?:this|that|these|it)(?: also)? ${subjectScope} `).test(view.abstract)))) {
    trace.steps.push({ stage: "scope", rule: "participle-clause", note: `"${subjectScope}" opens a clause of the sentence's subject` });
    subjectScope = null;
  }
  // ("Quarterly highlights include recurring revenue of $352 million": the revenue of subscriptions and maintenance, one line of the
  // total beside licences and consulting, not an adjusted total as "recurring earnings" would be.)
  const namedAt = link.subject.kind === "name" ? view.names[link.subject.slot]!.start : -1;
  if (def.name === "revenue" && ((subjectScope && /^(?:total |annual |annualized )?recurring$/i.test(subjectScope)) || (namedAt >= 0 && /\brecurring\s+$/i.test(view.text.slice(Math.max(0, namedAt - 20), namedAt))))) {
    return drop(trace, "metric", "recurring-revenue", "recurring revenue is one line of the revenue, not the company's total");
  }
  if (subjectScope && !def.describedBy && !inheritedScope && !/^(?:segments?|divisions?|business(?:es)?|units?|regions?|brands?)$/i.test(subjectScope)) {
    const verdict = judgeCallScope(subjectScope, ctx);
    if ("drop" in verdict) return drop(trace, "scope", verdict.drop, verdict.why);
    if (verdict.rule) trace.steps.push({ stage: "scope", rule: verdict.rule, note: `${subjectScope} → ${verdict.scope}` });
    // ("our quarterly base dividend", "our recurring quarterly dividend": the regular dividend, beside a variable or special one, no
    // adjusted measure.)
    scopeBasis = def.name === "dividend" && /^(?:(?:quarterly|annual|base|regular|recurring) ?)+$/i.test(subjectScope) ? null : verdict.basis;
    // The company's own name ("Sun reported core FFO") says the figure is the whole company's.
    if (verdict.rule === "company-name") companyWide = namedCompanyWide = true;
    subjectScope = verdict.scope === "company" ? null : verdict.scope;
  }
  // "Corporate operating expenses were $4.1 million", "Corporate adjusted EBITDA was a $24.4 million loss": the corporate line, not the
  // company's whole; but "the corporate tax rate" is the company's rate.
  if (subjectScope && /^corporate$/i.test(subjectScope) && /(?:^|_)tax_rate$/.test(def.name)) subjectScope = null;
  if (!inheritedScope) {
    if (subjectScope && !def.describedBy) {
      if (/^(?:segments?|divisions?|business(?:es)?|units?|regions?|brands?)$/i.test(subjectScope)) {
        const named = state.segment?.name ?? null;
        if (!named) return drop(trace, "scope", "unnamed-segment", `"${subjectScope}" names no segment the turn has introduced`);
        scope = named;
      } else {
        scope = subjectScope;
        // A name in capitals, not merely a capitalised first word of the sentence ("Domestic wholesale sales"); a word with capitals
        // inside after a word's worth of small letters is a name wherever it stands ("FoodTech revenue was $361 million"; not the
        // surname-like "McCann's net sales", which a sentence's start may still capitalise as any word).
        const atStart = view.toText[phrase.start] === 0;
        named = scope.split(/\s+/).some((w, k) => /^[A-Z]/.test(w) && (!(k === 0 && atStart) || /^[A-Z][a-z]{3,}[A-Z]/.test(w)));
        // "Endoscopy had U.S. organic sales growth of 6%": a region of the part the sentence's subject names, not the company's region.
        const words = scope.toLowerCase().split(/\s+/);
        const owner = !namedCompanyWide && placeAt(words, 0) === words.length ? reportingEntity(view, ctx) : null;
        if (owner && !owner.toLowerCase().split(/\s+/).some((w) => words.includes(w))) scope = `${owner} ${scope}`;
      }
      scopeFromSubject = true;
      trace.steps.push({ stage: "scope", rule: "subject-words", note: scope });
    } else if (!namedCompanyWide && (reporter = reportingEntity(view, ctx))) {
      // "PSE&G, as shown on Slide 15, reported net income of $0.94 per share": a subsidiary's report, not the company's; "Teekay
      // Tankers reported ... total adjusted EBITDA of $132 million": its total, not the company's.
      // (Earnings read for their per-share companion keep the part: "Acme Power reported ... operating earnings of $163 million or $0.35 per share".)
      if (!isSegmentable(def.name) && !silentEarnings) return drop(trace, "scope", "another-entity-reports", `${reporter} reports it, not the company`);
      scope = reporter;
      reported = true;
      trace.steps.push({ stage: "scope", rule: "reporting-entity", note: scope });
    } else if (!companyWide && !isSegmentable(def.name) && state.lastPart && COMPARED_OPENING.test(view.text)) {
      // "For the first quarter, the Fertilizer segment reported an operating loss of $14 million ... This is compared to first quarter
      // 2020 operating losses of $5 million, a net loss of $21 million": what the last sentence's part is compared with is the part's.
      return drop(trace, "scope", "part-discourse", `the last sentence was only on ${state.lastPart}, and this one compares it with an earlier period`);
    } else if (!companyWide && isSegmentable(def.name) && !(relation === "base" && resolved.findLast((r) => r !== null && !r.silent && r.def.name === def.name && r.relation === "level")?.scope === "company")) {
      // (A comparison base is of whom the level it is compared with is: "our consolidated income from operations, which is $2.7 million
      // compared to a loss from operations of $9.3 million in the year-ago quarter", after "The rebound in GRE's margin" in its sentence.)
      // "Measurement and control solutions orders declined 29% and revenue declined 24%": the clause after "and" is on the same segment.
      // The scope of an earlier figure of the sentence carries to this one, unless this one is its
      // cause ("Economic EPS grew 47%, driven by EBITDA growth of 40%": the EBITDA is the company's).
      const upToPhrase = view.abstract.slice(0, phrase.start);
      const lastFigure = upToPhrase.lastIndexOf("«F");
      const sinceFigure = lastFigure < 0 ? "" : upToPhrase.slice(upToPhrase.indexOf("»", lastFigure) + 1);
      // (A cause clause a comma and "with" close goes back to the subject: "Express operating income increased by 27%, driven by
      // higher yields, with adjusted operating margin increasing by 100 basis points to 5.8%": Express's margin.)
      const cause = /\b(?:driven by|due to|because of|as a result of|reflecting|thanks to|led by|offset by|helped by|aided by|supported by)\b(?![^«]*,\s*(?:with|while|and|but)\s)/.test(sinceFigure);
      // Nor does a home market's scope carry to international sales ("Domestic sales grew 55%, with international sales up 49%").
      const contrary = (scope: string) => def.name === "international_revenue" && HOME_MARKET.test(scope);
      const earlier = cause ? undefined : resolved.findLast((r) => r !== null && r.scope !== "company" && !r.silent && !contrary(r.scope));
      // "$3.1 billion to $3.2 billion in service revenues, $750 million to $900 million in adjusted operating income", "subscription
      // gross margins of 85% and an operating margin of 23.5%": a kind of revenue, in small letters, is a line that runs through the
      // business, not a part that reports a profit below the gross line; a gross profit or margin beside it may be the line's.
      const line = earlier && !earlier.named && earlier.scopeFromSubject && /^[a-z]/.test(earlier.scope) && REVENUE_LINE.test(earlier.scope);
      if (line && /^gross_(?:margin|profit)$/.test(def.name)) return drop(trace, "scope", "revenue-line-carry", `the last figure was of ${earlier.scope}, a kind of revenue: whether this ${def.name} is its line's or the company's is unsure`);
      const lineOnly = line && BELOW_GROSS.test(def.name);
      const carried = lineOnly ? undefined : earlier;
      // "This segment had revenue of almost $3.2 billion": the segment the turn is on, or none it named.
      const thisSegment = /^(?:(?:and|so|now|also),? )?(?:this|that|the) (?:segment|division|business unit|unit|reportable segment)\b/.test(view.abstract);
      if (!carried && thisSegment && !state.segment?.name) return drop(trace, "scope", "unnamed-segment", "'this segment' names no segment the turn has introduced");
      // ("Our golf equipment segment continued to experience unprecedented demand, which ..., delivered 29% revenue growth": the
      // segment the sentence opens on as its subject, in small letters, whatever the verb.)
      const headed = SEGMENT_HEAD_LOWER.exec(view.text.slice(0, view.toText[phrase.start] ?? 0))?.[1]?.trim() ?? null;
      const named = lineOnly ? null : (carried?.scope ?? (thisSegment ? state.segment!.name : null) ?? sentenceScope({ view, tokens, before: phrase.start, ctx }) ?? headed);
      // ("Douglas Elliman reported $272.6 million in revenues": a word of the company's own name names no part of it.)
      // (Nor does a home market named earlier in the sentence scope its international sales: "Sales in North America grew 74% and
      // international revenues rose 42%".)
      if (named && !named.toLowerCase().split(/\s+/).every((w) => ctx.companyWords.has(w)) && !contrary(named)) {
        scope = named;
        trace.steps.push({ stage: "scope", rule: "named-in-sentence", note: scope });
      // (Not the year's outlook: "we are maintaining full year 2021 revenue guidance of up 20% to 24%" after a sentence on Brazil.)
      // (Not international revenue, which names its own scope: "International Q1 revenue of $588 million" after a sentence on North America.)
      } else if (state.lastRegion && !companyWide && def.name !== "international_revenue" && !(/\b(?:full[- ]year|for the (?:full )?year|annual)\b/i.test(view.text) && /\b(?:guidance|outlook|forecast|expect\w*)\b/i.test(view.text))) {
        return drop(trace, "scope", "region-discourse", `the last sentence was on ${state.lastRegion}, and this one names no scope of its own`);
      } else if (state.segment && COMPANY_YEAR_OUTLOOK.test(view.text)) {
        // ("we remain on track to achieve our full year adjusted EBITDA guidance of $310 million to $330 million", after a sentence on
        // Real Estate: the company's own outlook for the year, which no segment's walk-through states in those words.)
        trace.steps.push({ stage: "scope", rule: "company-outlook", note: "the company's outlook for the year ('our full year ... guidance')" });
      } else if (state.segment) {
        if (!state.segment.name) return drop(trace, "scope", "segment-discourse", "the turn is walking through segments or regions and this one is not named");
        // ("Our gross margin was 51.5%.": the speaker's own measure, after a part came up in passing, is the company's.)
        // (So is every measure of a sentence that opens on "we" delivering one: "We delivered strong second quarter operating profit of
        // $438 million, ..., with operating margins expanding 60 basis points to 20.1%".)
        const weDelivered = /^(?:(?:and|so|now|also|overall),? )?we (?:delivered|reported|generated|posted|achieved|produced|recorded)(?: (?:an?|strong|solid|record|robust|another|healthy|exceptional|outstanding|excellent|very))*(?: «P\d+»)? (?:(?:adjusted|reported|gaap|non-gaap|total|overall|consolidated) )?«M/.test(view.abstract);
        if (state.segment.via && SEGMENT_IN_PASSING.has(state.segment.via) && (weDelivered || (/^(?:(?:and|so|now|also|overall),? )?$/.test(view.abstract.slice(0, phrase.start)) && /^our (?:(?:adjusted|reported|gaap|non-gaap|total|overall|consolidated) )?«M/.test(view.abstract.slice(phrase.start))))) {
          trace.steps.push({ stage: "scope", rule: "our-measure", note: "the speaker's own measure, opening the sentence: the company's" });
        } else if (state.segment.via && SEGMENT_IN_PASSING.has(state.segment.via) && def.name === "international_revenue" && state.segment.name && HOME_OR_ABROAD.test(state.segment.name)) {
          // ("Domestic sales grew 14%, with international sales up 17%", "International Q1 revenue of $588 million": after the home
          // market said in passing, or heading its own sentence, international sales name their own scope, the company's business
          // outside its home. Not after another part: "In Canada, revenues declined 61% ... International revenues improved $8
          // million", in a segment's walk-through, are the segment's.)
          trace.steps.push({ stage: "scope", rule: "international-own-scope", note: "international sales name their own scope: the company's" });
        } else if (state.segment.via && SEGMENT_IN_PASSING.has(state.segment.via)) {
          return drop(trace, "scope", "segment-in-passing", `the turn came to ${state.segment.name} in passing (${state.segment.via}), not by announcing it, and this sentence names no scope of its own`);
        } else {
          scope = state.segment.name;
          trace.steps.push({ stage: "scope", rule: "segment-discourse", note: scope });
        }
      } else if (state.lastPart && (/^(?:the|its|their)\s/i.test(view.text) || COMPARED_OPENING.test(view.text))) {
        return drop(trace, "scope", "part-discourse", `the last sentence was only on ${state.lastPart}, and this one names no scope of its own`);
      // "At AeroTech, we have narrowed our revenue guidance range to 1% to 4% ... We are holding margin guidance with projected
      // operating margins of 10.75% to 11.25%": after a sentence that opened on a part for itself, one that names none may be on
      // either the part or the company.
      } else if (state.lastOnce) {
        return drop(trace, "scope", "part-once-discourse", `the last sentence opened on ${state.lastOnce}, and this one names no scope of its own: the part's or the company's is unsure`);
      // "Our drilling and evaluation division revenue grew 4%, with increased activity across multiple regions. Operating margin of 11%
      // was about flat sequentially.": a sentence that opens on the bare measure right after one on a named part is as likely the part's.
      } else if (state.partHeadedBefore && /^(?:(?:and|so|also),? )?(?:the )?«M\d+»/.test(view.abstract) && phrase.start <= 4) {
        return drop(trace, "scope", "part-headed-before", `the last sentence opened on ${state.partHeadedBefore}, and this one opens on the bare measure: the part's or the company's is unsure`);
      }
    } else if (!companyWide && !isSegmentable(def.name)) {
      // "Legacy WESCO adjusted operating margin was 3.8% for the quarter and adjusted EPS was $1.04": a measure only the whole reports,
      // in a clause after one on the business as it was before a merger ("legacy", "standalone", "heritage"), is as likely that one's.
      const partClause = resolved.find((r) => r !== null && !r.silent && r.scopeFromSubject && /^(?:legacy|stand-?alone|heritage|pre-?merger)\b/i.test(r.scope));
      if (partClause && phrase.scope === null && /^(?:[^;«]|«[FPM]\d+»)*\band\s(?:[a-z-]+ ){0,3}$/.test(view.abstract.slice(view.slots.get(`F${i - 1}`)?.end ?? 0, phrase.start))) return drop(trace, "scope", "part-clause", `the sentence's first clause was on ${partClause.scope}, and this one, joined to it, names no scope of its own`);
      // "Returning to our same-store results for the quarter. Core operating expenses increased 7.6%": any measure said of the pool of
      // stores or homes open a year and more is the pool's, none the company's.
      if (state.segment?.name && /^(?:same|comparable)-/.test(state.segment.name) && !def.name.startsWith("same_store")) return drop(trace, "scope", "pool-discourse", `the turn is on its ${state.segment.name} results: ${def.name} of the pool, not of the company`);
      // "ALLETE's Regulated Operations segment, which includes Minnesota Power, ..., recorded net income of $154.4 million": a
      // segment the sentence opens on as its subject reports a measure the company reports whole; the figure is the segment's.
      const opening = SEGMENT_SUBJECT.exec(view.text.slice(0, view.toText[phrase.start] ?? 0)) ?? SEGMENT_SUBJECT_LOWER.exec(view.text.slice(0, view.toText[phrase.start] ?? 0));
      if (opening) return drop(trace, "scope", "segment-subject", `the sentence's subject is ${(opening[1] ?? opening[2])!.trim()}, a part of the business, not the company`);
      // "Our Natural Gas Distribution segment showed a sharp increase in earnings ... It earned $0.43 per share": a pronoun that opens
      // the sentence after one on a named part is that part.
      const partBefore = state.segment?.name ?? state.partNamedBefore;
      if (partBefore && /^(?:(?:and|so|also),? )?(?:it|they) (?:also )?(?:earned|reported|posted|generated|delivered|contributed|had|recorded|achieved)\b/i.test(view.text)) return drop(trace, "scope", "part-pronoun", `the sentence's subject is a pronoun for ${partBefore}, the part the last sentence named, not the company`);
      // "Turning to our Kentucky regulated segment. We earned $0.59 per share in 2019": after the turn to a named part, what "we" earned
      // per share is the part's share of the earnings (as a holding company's segments report them), not the company's EPS.
      if (state.segment?.name && state.segment.via === "turning" && q.perShare && /^(?:(?:and|so|also|here),? )?we (?:also )?earned «F\d+»/.test(view.abstract)) return drop(trace, "scope", "part-we-earned", `the turn has turned to ${state.segment.name}: what "we earned" per share is its contribution, not the company's EPS`);
      // "In California, we have deferred our development program and ... are only forecasting to spend around $10 million in capex
      // next year": a sentence that opens on a place speaks of what is spent, earned or held there, not of the company's whole.
      // "For the International segment, adjusted operating expenses decreased 16%": a sentence that opens on a segment by name
      // speaks of that segment's measure.
      const segmentOpening = SEGMENT_OPENING.exec(view.text);
      if (segmentOpening) return drop(trace, "scope", "segment-opening", `the sentence opens on ${segmentOpening[1]!.trim()}, a part of the business: ${def.name} said there is not the company's whole`);
      // ("In manufactured housing, same property NOI increased 4.9%", "Manufactured housing, Same Property NOI increased 4.9%": so
      // does one that opens on a part by its own words.)
      const part = partOpening(view, tokens);
      if (part && part.end <= (view.toText[phrase.start] ?? 0)) return drop(trace, "scope", "part-opening", `the sentence opens on ${part.name}, a part of the business: ${def.name} said there is not the company's whole`);
      const place = PLACE_OPENING.exec(view.text);
      if (place && (STATES.has(place[1]!.toLowerCase()) || placeAt(place[1]!.toLowerCase().split(/\s+/), 0) === place[1]!.split(/\s+/).length)) return drop(trace, "scope", "place-opening", `the sentence opens on ${place[1]}, a place: ${def.name} said there is not the company's whole`);
      // "Now moving to general insurance, first-quarter adjusted pre-tax income was $845 million": a sentence that opens by turning
      // to a part the call names as a segment or business speaks of it, whatever the measure.
      if (state.segmentOpensHere && state.segment?.via === "turning" && state.segment.name && ctx.segments.names.includes(state.segment.name.toLowerCase())) return drop(trace, "scope", "turned-to-part", `the sentence opens by turning to ${state.segment.name}, a part of the business, and ${def.name} is said of it`);
    }
  }

  // "Operating margins of 11.2% were up 190 basis points ..., due to ... the cost structure in this segment": a sentence that speaks of
  // "this segment" is on the segment the turn is on, or on one it does not name.
  if (scope === "company" && !inheritedScope && !namedCompanyWide && THIS_SEGMENT.test(view.text)) {
    if (!state.segment?.name || !isSegmentable(def.name)) return drop(trace, "scope", "this-segment", "the sentence speaks of 'this segment' and names none the turn has introduced");
    scope = state.segment.name;
    trace.steps.push({ stage: "scope", rule: "this-segment", note: scope });
  }
  // "Capital expenditures for the year totaled $111 million", said by the president of a subsidiary: what the head of a part says,
  // naming no scope, is as likely that part's as the company's.
  const headed = trace.speaker ? ctx.partHeadedBy.get(trace.speaker) : undefined;
  if (scope === "company" && headed && !namedCompanyWide && !inheritedScope) return drop(trace, "scope", "speaker-heads-part", `said by the head of ${headed}, naming no scope: ${headed}'s or the company's is unsure`);
  // "The Great Park Venture is a self-funding operation with no debt and had a cash balance of $129 million", "Our joint venture
  // generated revenue of $40 million": a venture, partnership or affiliate the sentence is about has its own figures, not the company's.
  if (scope === "company" && /^(?:(?:and|so|also|now|meanwhile),? )?(?:the|our|its|this|that) (?:[a-z0-9&'.-]+ ){0,3}(?:venture|joint venture|jv|partnership|affiliate|subsidiary)s? (?:(?:is|was|has|had|also|again|then|generated|reported|produced|delivered|posted|ended|earned|recorded|contributed|made|paid|distributed|holds|held)\b)/.test(view.abstract)) {
    return drop(trace, "scope", "venture-subject", "the sentence is about a venture, partnership or affiliate, whose figures are its own, not the company's");
  }
  // "First quarter revenue of $857 million was down 4.1% versus the prior year primarily driven by the 10% sales decline in original
  // equipment": a change of the same measure given as the cause of one the sentence reported is a part's, not the company's again.
  // (Not a part's change the words name, "driven by the strong growth in residential revenues, which increased 9%", nor one in a clause
  // of its own after the cause: "..., driven by higher gross profit ..., while AEC operating income increased 64%".)
  const causeOf = relation === "change" && scope === "company" && link.subject.kind === "name" ? resolved.findLastIndex((r) => r?.fact?.kind === "change" && r.scope === "company" && r.def.name === def.name) : -1;
  if (causeOf >= 0 && /\b(?:driven by|due to|reflecting|as a result of|thanks to|led by|helped by|because of|resulting from)\b(?:(?!\b(?:while|whereas|but)\b)[^;])*$/.test(view.abstract.slice(view.slots.get(`F${causeOf}`)!.end, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "scope", "cause-of-change", `a change of ${def.name} given as the cause of the change the sentence reported: a part's`);
  }
  // "PSEG Power reported net income of $161 million or $0.32 per share, non-GAAP operating earnings of $163 million or $0.32 per
  // share": earnings read for their per-share companion are of the part an earlier figure of the sentence was (also when they
  // are read as its net income: "energy resources reported GAAP earnings of $599 million ... and adjusted earnings of $2.21 billion").
  if ((silentEarnings || earningsWithShare) && scope === "company" && !inheritedScope) {
    const earlier = resolved.findLast((r) => r !== null && !r.silent && r.scope !== "company");
    if (earlier) scope = earlier.scope;
  }
  // "The retail sector had a negative 3.8% decrease in same-store cash NOI", "Our retail segment had revenue of $5 million": a
  // sentence whose subject is a part of the business gives the part's figure, whatever the measure; the part's name is not
  // always cut cleanly from the words before it, so the figure is left out rather than filed under a guessed name.
  if (scope === "company" && !inheritedScope && !namedCompanyWide && !reporter) {
    const head = view.text.slice(0, view.toText[phrase.start] ?? 0);
    const opening = SEGMENT_SUBJECT.exec(head) ?? SEGMENT_SUBJECT_LOWER.exec(head);
    if (opening) return drop(trace, "scope", "segment-subject", `the sentence's subject is ${(opening[1] ?? opening[2])!.trim()}, a part of the business, not the company`);
  }
  // A scope from the segment the turn is on or the sentence's opening is judged the same way (scope-words.ts).
  if (scope !== "company" && !scopeFromSubject) {
    const verdict = judgeCallScope(scope, ctx);
    if ("drop" in verdict) return drop(trace, "scope", verdict.drop, verdict.why);
    // ("our packaging segment", walked through at Packaging Corporation of America: a segment that shares the company's name is a
    // part, not the company; which figures are the part's the words do not say.)
    if (verdict.rule === "company-name" && state.segment?.name === scope) return drop(trace, "scope", "segment-named-as-company", `the turn walks through a segment named as the company is ("${scope}"): whose figure it is is unsure`);
    if (verdict.rule) trace.steps.push({ stage: "scope", rule: verdict.rule, note: `${scope} → ${verdict.scope}` });
    scope = verdict.scope;
    scopeBasis ??= verdict.basis;
  }

  // "Like the Engine" (of "Like the Engine Products segment, ..."), "Reported" (of "Reported revenue was flat"): a part's name that
  // opens on a grammar word or is only a word of basis or of the whole is a cut of the words, not a part of the business.
  if (scope !== "company" && IMPLAUSIBLE_PART.test(scope)) return drop(trace, "scope", "implausible-part", `"${scope}" is no part's name: a cut of the sentence's words`);

  // Amounts said of the measure that are not its level (repaid, sold, canceled).
  if (relation === "level") {
    const words = (r: (typeof NOT_A_LEVEL)[number]) => (r.reads === "clause" ? clause.slice(-r.window) : r.reads === "after" ? after.slice(0, r.window) : r.reads === "sentence" ? view.abstract.slice(0, r.window) : view.abstract.slice(Math.max(0, phrase.start - r.window), phrase.start));
    const moved = NOT_A_LEVEL.find((r) => (def.balance || !r.balanceOnly) && (!r.metric || r.metric.test(def.name)) && r.pattern.test(words(r)));
    if (moved) return drop(trace, "link", moved.rule, moved.why(def.name));
  }
  // "leading to an increase in our transaction-adjusted EPS guidance of $0.35 at the midpoint": how far an outlook moved, no fact.
  if (OUTLOOK_MOVED.test(clause.slice(-90))) return drop(trace, "link", "outlook-moved", `how far the outlook for ${def.name} moved, not a level or change of it`);
  // "LIFO income of $12.5 million or $0.15 of earnings per diluted share": another item's amount per share, not EPS.
  if (def.name === "eps" && link.subject.kind === "name" && /«F\d+» or (?:approximately |about |roughly )?$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start)) && new RegExp(`^ of (?:diluted |adjusted )?«M${link.subject.slot}»`).test(after) && resolved.at(-1)?.def.name !== "net_income") {
    return drop(trace, "link", "per-share-of-item", "another item's amount per share, not earnings per share");
  }
  // "We also expect that post IPO, life and retirement will pay an annual dividend of $400 million to $600 million": what another
  // party is expected to pay or earn is its figure, not the company's (not "we expect that we will generate", nor "that revenue will").
  if (scope === "company" && !inheritedScope) {
    const other = OTHER_PARTY_WILL.exec(view.abstract.slice(0, phrase.start));
    if (other && !/^(?:we|it|they|the company|our company|the business|our business) $/i.test(other[1]!)) return drop(trace, "scope", "another-party-expected", `the sentence expects "${other[1]!.trim()}" to pay or earn it, not the company`);
  }
  // "net sales from discontinued operations were $140 million": a business the company no longer has, not its measure.
  if (/\b(?:from|of|in|for) (?:the |our )?discontinued operations?\b/.test(clause) || /^(?:[^«.;]{0,20}\b)?(?:from|of|in|for) (?:the |our )?discontinued operations?\b/.test(after)) {
    return drop(trace, "scope", "discontinued-operations", "a figure of discontinued operations, not of the company's business");
  }
  // "good organic growth of plus 5.4% in our net revenue per unit": the growth of a measure per unit sold, not of the measure.
  // ("On a per square foot basis, our revenues were up 4.7% sequentially": the same, said first.)
  // ("an increase of 20% overall and 13.7% on a per store basis": so is one said on a per-unit basis.)
  if (PER_UNIT_AFTER.test(after) || PER_UNIT_OPENING.test(view.abstract) || PER_UNIT_BASIS_AFTER.test(after)) return drop(trace, "link", "per-unit-measure", "the figure is said of a measure per unit, not of the measure");
  // "We saw an 11% increase in the sales of industrial signaling equipment, with most of the improvement ...": the sales of one
  // kind of thing, not the company's (not "sales of the company", nor a span, nor a figure: "sales of $2 billion").
  if (def.name === "revenue" && link.subject.kind === "name") {
    const nameEnd = view.slots.get(`M${link.subject.slot}`)!.end;
    const of = /^ of (?:the |our |its |these |those )?((?:[a-z&-]+ ){0,3}[a-z&-]+)(?=[,.;]| (?:with|and|was|were|rose|grew|increased|declined|fell|is|are)\b)/.exec(view.abstract.slice(nameEnd));
    if (of && nameEnd > view.slots.get(`F${i}`)!.end && !/\b(?:company|business|businesses|group|year|quarter|period|segment|total|whole)$/.test(of[1]!)) {
      return drop(trace, "scope", "sales-of-kind", `the ${def.name} of ${of[1]}, one kind of what the company sells, not its own`);
    }
  }
  // "the board has authorized $1.5 billion of share repurchases", "we still have nearly $50 million of share buybacks authorized": an
  // amount the company may buy back, not shares bought.
  // "We have allocated $2 billion to share repurchases with core share repurchases of $1.5 billion": money allocated is a plan as often
  // as a deed, and the amounts the sentence gives under it with it.
  if (/^(?:share_repurchase|capex|dividend)$/.test(def.name) && /\b(?:allocated|allocating|earmarked|set aside|budgeted)\b/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "metric", "allocated-amount", "an amount allocated: a plan as often as a deed, its period unsure");
  }
  // ("we announced the $250 million share buyback": a program announced, not shares bought.)
  if (def.name === "share_repurchase" && (/\b(?:authori[sz]ed|approved|announced|announcing|launched|launching|unveiled)\s+(?:a |an |the |our )?(?:further |additional |new |incremental )?(?:up to |(?:approximately|about|roughly|nearly) )?$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start)) || /^ (?:of |in )?(?:[a-z-]+ ){0,2}«M\d+» (?:authori[sz]ed|approved|remaining|available)\b/.test(after))) {
    return drop(trace, "metric", "authorized-amount", "an amount authorized for buybacks, not shares bought");
  }
  // "Since our IPO in 2017, Newmark has doubled its revenues ..., while generating $1.4 billion of cash flow from operations": a
  // sentence that opens on the years since an event or a year speaks of them all, no fiscal period.
  if (SINCE_OPENING.test(view.text)) return drop(trace, "period", "span", "a sentence on the years since an event or a year, no fiscal period");
  // "adjusted other income and expense was a net income of $38 million": the sign of another line, not the company's net income.
  if (def.name === "net_income" && link.subject.kind === "name" && /\bother (?:income|expense)s?(?: (?:and|or|\/) (?:income|expense)s?)?(?:,? net)? (?:was|were|is|came in at|amounted to) an? $/.test(view.abstract.slice(0, view.slots.get(`M${link.subject.slot}`)!.start))) {
    return drop(trace, "link", "other-line-net", "the net of another line (other income and expense), not the company's net income");
  }
  // "we have retained approximately $57 million of free cash flow after dividends paid": what is left after dividends, another measure.
  // "This required adjustment to the carrying value resulted in a reduction of net operating adjusted net income per share of $0.04":
  // what something did to the measure, its effect, not the measure's change.
  if (link.subject.kind === "name" && /\bresult(?:ed|s)? in an? (?:reduction|decrease|increase|benefit|decline|improvement|charge|hit) (?:of|in|to) (?:our |the )?(?:[a-z-]+ ){0,4}$/.test(view.abstract.slice(0, view.slots.get(`M${link.subject.slot}`)!.start))) {
    return drop(trace, "link", "resulted-in-effect", "what something the sentence names did to the measure, its effect, not the measure's change");
  }
  // "Net revenue from these businesses collectively increased 12% ..., $284 million of net revenue in Q3": a sentence that opens on the
  // measure of businesses named before speaks of them, wherever it names the measure again.
  const fromThese = /^(?:(?:and|so|also),? )?(?:[a-z-]+ ){0,2}«M(\d+)» (?:from|of|in|at|across) (?:these|those|such|the) (?:[a-z-]+ ){0,2}(?:businesses|business lines|operations|units|markets|lines of business|acquisitions|properties|assets)\b/.exec(view.abstract);
  if (fromThese && view.names[Number(fromThese[1])]!.def.name === def.name) {
    return drop(trace, "scope", "from-these-parts", "the sentence opens on the measure of parts named before ('from these businesses'), not the company's");
  }
  // "$81 million of fiscal 2021 revenue is in hand, either converted during the first quarter or from current backlog": revenue already
  // secured for a period is backlog, not the period's revenue nor an outlook of it.
  if (def.name === "revenue" && /^(?:[^.;«]|«[PM]\d+»){0,50}?\b(?:is|are) (?:already )?(?:in hand|booked|secured|contracted|under contract|in (?:our )?backlog)\b/.test(after)) {
    return drop(trace, "metric", "revenue-in-hand", "revenue already in hand or booked for the period: backlog, not its revenue or an outlook of it");
  }
  // (Not "$14 million of free cash flow generation after capex": what free cash flow is after by definition.)
  // ("$85 million of free cash flow after debt service and dividend payments": dividends anywhere in what it is after.)
  const afterWhat = /^[^;,.]{0,50}?\bafter\b([^;,.]{0,60})/.exec(after)?.[1] ?? null;
  const afterDividends = afterWhat !== null && (/\bdividends?\b/.test(afterWhat) || [...afterWhat.matchAll(/«M(\d+)»/g)].some((m) => view.names[Number(m[1])]!.def.name === "dividend"));
  if (def.name === "free_cash_flow" && afterDividends) {
    return drop(trace, "link", "after-dividends", "free cash flow left after dividends, not free cash flow");
  }
  // "Missouri PSC staff recommended a $4 million revenue increase", "we requested a $50 million increase in revenues": the amount
  // of a rate case, asked for or granted, not a change of the company's revenue.
  // ("NIPSCO filed a gas rate case requesting a revenue increase of $115 million annually": the amount after the words.)
  if (def.name === "revenue" && ((RATE_CASE_VERB.test(clause) && RATE_CASE_AMOUNT.test(after)) || RATE_CASE_BEFORE.test(clause) || RATE_SETTLEMENT.test(clause))) {
    return drop(trace, "link", "rate-case-amount", "an amount asked for or granted in a rate case, not the company's revenue");
  }
  // "Our full year guidance for both GAAP and adjusted operating profit increased $65 million": the guidance moved, not the measure.
  // (Not "our outlook for sales growth to be approximately 11%": there the outlook is of a change.)
  if (relation === "change" && link.subject.kind === "name" && /\b(?:guidance|outlook|forecast|expectations?)(?: range)? (?:for|of) (?:both )?(?:our |the )?(?:[a-z-]+ ){0,3}$/.test(view.abstract.slice(0, phrase.start))
    && /^(?: [a-z-]+){0,4}? (?:increased|decreased|rose|fell|declined|grew|improved|went (?:up|down)|(?:was|were|has been|have been) (?:raised|lowered|increased|reduced|cut))(?: by)? [^«]*$/.test(view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.end, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "kind", "guidance-moved", "how far the guidance moved, not a change of the measure");
  }
  // "We continue to target $450 million of cash at the holding company": the cash of one part of the group, not the company's.
  if (def.balance && /^ (?:of |in )?(?:[a-z-]+ )?«M\d+» (?:at|held at|in) (?:the |our )?(?:holding company|holdco|parent(?: company)?|corporate level|holding company level)\b/.test(after)) {
    return drop(trace, "scope", "part-of-group", `${def.name} of one part of the group (the holding company), not the company's`);
  }
  // "cash and cash equivalents of $505.5 million and restricted cash of $132.1 million": cash held back for lenders or escrow, said
  // apart from the company's cash, is no cash the company holds freely (the tagger may read "restricted" after "and" as the clause's
  // verb, so the phrase never reads it).
  // (Not restricted cash listed with the rest, under one amount: "cash, restricted cash and investments were $436.4 million".)
  if (def.name === "cash_and_investments" && link.subject.kind === "name" && /\brestricted\s+$/i.test(view.text.slice(0, view.names[link.subject.slot]!.start)) && resolved.some((r) => r?.fact?.metric === "cash_and_investments")) {
    return drop(trace, "metric", "restricted-cash", "restricted cash, not cash the company holds freely");
  }
  // "a rate review that will provide $6.5 million in new annual revenue": an increment of revenue, not its level.
  if (relation === "level" && /^ (?:of |in )?(?:new|additional) (?:annual(?:ized)? )?«M\d+»/.test(after)) {
    return drop(trace, "link", "new-amount", `an amount of new or additional ${def.name}, an increment rather than the level`);
  }
  // "guidance by $1.07 to $1.11": a move as large as the level it moved to is no move; the words are garbled (a move in percent,
  // "by 18% to a range of $22.50 to $23.50", is another unit).
  if (link.rule === "outlook-verb-to-figure") {
    const by = /\bby (?:[a-z-]+ ){0,3}«F(\d+)»[^«]*$/.exec(view.abstract.slice(0, view.slots.get(`F${i}`)!.start));
    const step = by ? view.figures[Number(by[1])]! : null;
    const level = Math.abs(q.low ?? q.value ?? 0);
    if (step && step.unit === q.unit && Math.abs(step.high ?? step.value ?? 0) * 2 > level) return drop(trace, "link", "garbled-move", "guidance said to move by as much as its new level: the words are garbled");
  }
  // Whether the words say a change, before the unit stage reads a growth rate as a level of its own (for olderBase).
  const changeSaid = relation === "change";
  // "We received award of a total annual expected sales of approximately $30 million", "new business wins with expected peak annual
  // revenue of $40 million": what awards or programs won are expected to sell is no outlook of the company's revenue.
  if (def.name === "revenue" && /\b(?:awards?|awarded|won|wins|new business|bookings?|booked|programs?|contracts?)\b[^.;]{0,60}\b(?:expected|anticipated|estimated|peak|lifetime|life-of-program)\s+(?:annual\s+|yearly\s+)?(?:sales|revenues?)\b|\b(?:annual|lifetime|peak)\s+expected\s+(?:sales|revenues?)\b/i.test(view.text)) {
    return drop(trace, "metric", "awarded-sales", "sales that awards or programs won are expected to bring, not the company's revenue or its outlook");
  }
  // "SG&A and R&D expenses are expected to increase by slightly more than 1% of sales": a change measured as a share of sales, not
  // the measure's growth rate.
  const ofSales = /^ of (?:our |the |total |net |consolidated )*(?:«M(\d+)»|sales\b|revenues?\b)/.exec(after);
  if (relation === "change" && q.unit === "percent" && ofSales && (ofSales[1] === undefined || view.names[Number(ofSales[1])]!.def.name === "revenue")) {
    return drop(trace, "link", "change-as-share-of-sales", "a change said as a share of sales, not a growth rate of the measure");
  }
  // "approximately 70% of our utility gross margin": a share of a percent measure, not its level.
  if (relation === "level" && def.family === "percent" && link.subject.kind === "name" && new RegExp(`^ of (?:our |the |its |their |total )?(?:[a-z-]+ ){0,3}«M${link.subject.slot}»`).test(after)) {
    return drop(trace, "link", "share-of-measure", `a share of ${def.name}, not its level`);
  }
  // "we saw a cash increase of approximately 11%, along with a GAAP increase of 19%", "Cash increases this quarter of 25.4% and GAAP
  // increases of 42.4%": cash set beside GAAP is a basis of a rate (a lease's rent spread), not the cash the company holds.
  if (def.name === "cash_and_investments" && /\bcash\b(?: and GAAP\b)?[^.;]{0,80}\bGAAP (?:increases?|decreases?|basis|rents?|spreads?|leasing spreads?|rental rates?)\b|\bGAAP and cash\b|\bcash and GAAP\b/i.test(view.text)) {
    return drop(trace, "metric", "cash-basis-of-rate", "cash set beside GAAP is the basis of a rate (rent spreads), not the company's cash");
  }
  // "this business generated revenue of approximately $60 million": a part the speaker points back to, unnamed.
  if (link.subject.kind === "name" && /\b(?:this|that) business (?:(?:also|has|had|have) )?(?:generated|had|reported|delivered|posted|contributed|produced|accounted for|represented|did)\b/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "scope", "this-business", "a part of the business the sentence points back to ('this business') without naming it");
  }
  // "after share repurchases and dividends of $51 million", "dividends and share repurchases totaled $2.2 billion": one amount
  // said of two measures is neither's.
  const nameSlot = link.subject.kind === "name" ? view.slots.get(`M${link.subject.slot}`) : undefined;
  const pair = nameSlot && !/\brespectively\b/.test(view.abstract) ? /«M\d+» and (?:[a-z-]+ ){0,2}«M\d+»$/.exec(view.abstract.slice(0, nameSlot.end)) : null;
  // Not "ended June with $370 million in cash and debt of $860 million": there the first name is an earlier figure's.
  // "both recognized revenue and gross profit of $12 million" says it of each; "no long-term debt and cash ... totaling $512.9 million"
  // says the first is nil.
  if (relation === "level" && pair && !/«F\d+»[^,;]*$|\bboth (?:[a-z-]+ )?$/.test(view.abstract.slice(0, pair.index)) && !NIL_BEFORE.test(view.abstract.slice(0, pair.index)) && /^ (?:of|totaling|totalling|totaled|totalled|total|were|was|amounted to|came to|combined (?:to|for)|reached) (?:approximately |about |roughly |nearly |over )?«F\d+»(?!,? (?:and|or) (?:approximately |about )?«F)/.test(view.abstract.slice(nameSlot!.end))) {
    return drop(trace, "link", "two-measures-one-amount", `one amount said of two measures together, not of ${def.name} alone`);
  }

  // "Americas and GSB had net sales growth of 4% and 12%": parts listed, then as many figures, each figure its part's, in order, as
  // "respectively" would say (parts named in lower case, "service and other revenue", may be one line: left as they are).
  // (A figure said of the first keeps the list's parts: "4% and 12%" reads the 12% as a change of the 4%'s measure.)
  let listedScope: string | undefined;
  if (scope !== "company" && / and /.test(scope) && !/\brespectively\b/.test(view.abstract)) {
    const parts = scope.split(/,? and |, /).map((w) => w.trim()).filter(Boolean);
    const list = [...view.abstract.matchAll(new RegExp(FIGURE_LIST, "g"))].map((m) => [...m[0].matchAll(/«F(\d+)»/g)].map((f) => Number(f[1]))).find((fs) => fs.includes(i));
    if (list && parts.length === list.length && parts.every((w) => /^[A-Z]/.test(w))) {
      listedScope = scope;
      scope = parts[list.indexOf(i)]!;
      trace.steps.push({ stage: "scope", rule: "parts-listed", note: scope });
    }
  }
  // unit
  const unitRead = fitUnit({ def, metric, q, relation, phrase, ctx, view, i, after, clause, link, listed: x.listed?.link != null });
  if ("drop" in unitRead) return drop(trace, "unit", unitRead.rule, unitRead.drop);
  metric = unitRead.metric;
  relation = unitRead.relation;
  trace.steps.push({ stage: "unit", rule: unitRead.rule, note: `${metric} in ${unitRead.unit}` });
  // (A measure whose name already starts with the scope's words is not named twice: "International sales" of an International
  // segment is "international_revenue", a same-store pool's same-store NOI "same_store_noi".)
  // "Restaurant-level EBITDA margin", "hotel-level margins": the level a measure is taken at names the measure, not a part of the
  // business (DESIGN.md's scope is a segment, product, region or business): the company's, named so.
  // (Not a segment so called: "Other segment's revenue was $4.1 billion".)
  // (Nor a part named "X and Other": "Enterprise and Other reported net income of $10 million or $0.02 per share".)
  // (Nor "Other operating margin was 22.6%": no company has an "other" margin, a part called Other has.)
  if (scope !== "company" && LEVEL_OF_MEASURE.test(scope) && !(/^other$/i.test(scope) && /margin/.test(def.name)) && !new RegExp(String.raw`\b${scope} segment(?:'s|’s|s)?\b`, "i").test(view.text) && !/\b\p{Lu}[\p{L}-]* (?:and|&) Other\b/u.test(view.text)) {
    if (!metric.startsWith(`${slug(scope)}_`)) metric = `${slug(scope)}_${metric}`;
    scope = "company";
  }
  // ("same community RV NOI increased by 85.1%": a part's measure on a same-store pool keeps the pool in its name.)
  const partPool = phrase.qualifier && !metric.startsWith(`${slug(phrase.qualifier)}_`) ? `${slug(phrase.qualifier)}_` : "";
  if (scope !== "company" && !metric.startsWith(`${slug(scope)}_`)) metric = `${slug(scope)}_${partPool}${metric}`;
  // "same-asset net operating income": a measure of part of the portfolio, named so, of the company;
  // so is one in a sentence that opens on that part ("In the same-store pool, revenue increased 14%").
  else {
    const pool = phrase.qualifier ?? poolOpening(view.abstract);
    // "same-store NOI growth was 11.5%, driven by revenue growth of 10.6%": what drives a pool's measure is the pool's too.
    const drivenPool = pool ? null : /\b(?:driven by|led by|reflecting|due to|thanks to|helped by|supported by|as a result of|on an?|based on)\b[^;]*$/.test(view.abstract.slice(0, phrase.start))
      ? resolved.map((r) => (r !== null && (r.scope === "company" || /^(?:same|comparable|like_for)-/.test(r.scope)) ? POOL_PREFIX.exec(r.metric)?.[0] : undefined)).findLast(Boolean) ?? null
      : null;
    if (pool && !metric.startsWith(`${slug(pool)}_`)) metric = `${slug(pool)}_${metric}`;
    // (Not a pool's measure itself: "6% same-store sales growth, which is on top of a robust 37% same-store sales growth a year ago".)
    else if (drivenPool && !metric.startsWith(`${drivenPool}_`) && metric !== drivenPool && !POOL_PREFIX.test(metric)) metric = `${drivenPool}_${metric}`;
    // A same-store (same-property, same-asset) pool's measure is the company's, named so ("same_store_noi"): the pool is the basis
    // the measure is taken on, not a segment, product, region or business (DESIGN.md's scope). Readers of three samples judged a
    // "same-store" scope wrong.
  }
  // ("restaurant level EBITDA margin of 18.4%, only 150 basis points below last year": what is said of a figure is of its measure
  // as the figure's words named it, not of the plain measure.)
  if (link.subject.kind === "figure") {
    const base = resolved[link.subject.slot];
    if (base && base.scope === scope && base.metric !== metric && base.metric.endsWith(`_${metric}`) && !base.metric.startsWith(`${slug(scope)}_`)) metric = base.metric;
    // (So is its growth rate: "restaurant-level EBITDA margin ..., up 128%" is that measure's change, not the plain measure's.)
    const plain = metric.endsWith("_growth") ? metric.slice(0, -"_growth".length) : null;
    if (base && plain && base.scope === scope && base.metric !== plain && base.metric.endsWith(`_${plain}`) && !base.metric.startsWith(`${slug(scope)}_`)) metric = `${base.metric}_growth`;
  }
  // ("Positive cash flow continues with operating cash flow of $506 million": a measure word of the company's heads the main clause.)
  // "The Industrial segment also had a solid quarter with total sales growing 19.5%", "E-commerce is showing encouraging
  // results with year-to-date sales up 30%": a measure named in a "with" clause is of what the main clause speaks of. When
  // that is no measure, company, "we" or period, and no figure before it in the sentence is the company's, whose it is is unsure.
  const withLead = Math.max(0, phrase.start - 40);
  const withClause = link.subject.kind === "name" ? /(?:^|[ ,])with (?:[a-z-]+ ){0,2}$/.exec(view.abstract.slice(withLead, phrase.start)) : null;
  if (withClause && scope === "company") {
    const main = view.abstract.slice(0, withLead + withClause.index);
    // The main clause's subject, at the sentence's start or after its last ", and" ("..., and we ended the quarter with ...").
    const companySubject = /^(?:(?:and|so|but|also|overall|now|again|finally|in addition|additionally|as a result|[a-z]+ly|on an? [a-z-]+(?: [a-z-]+){0,3} basis),? )*(?:(?:concerning|regarding|as (?:for|to)|turning to|looking at|moving to|with respect to|in terms of|with regards? to|on) (?:the |our )?(?:(?:«P\d+» )?(?:[a-z-]+ )?(?:results|performance|financials)|balance sheet|cash flows?|liquidity|capital allocation|slide (?:[a-z0-9]+|«F\d+»)),? )?(?:(?:in|for|during) (?:the |our |this )?«P\d+»,? )?(?:we\b|i\b|«C\d+»|the company\b|(?:the |our |its )?(?:[a-z-]+ ){0,2}«M|our (?![a-z-]+ (?:[a-z-]+ )?(?:segments?|divisions?|business(?:es)?|units?|channels?|brands?|regions?|markets?|platforms?|groups?)\b)|«P\d+»|(?:total|overall|consolidated)\b|it\b|this\b|that\b|these\b|results\b|performance\b|(?:[a-z-]+ )?(?:cash flows?|cash generation|profitability|earnings)\b)/;
    const lastClause = main.split(/(?:,? and |, but |; )/).at(-1) ?? main;
    // ("In terms of the increased spending in the quarter, so as you mentioned, we did increase spending in Q3 with total opex up about
    // 9%": the clause after the last comma, on "we".)
    // (Not after an opening on a part: "In our aerospace, we expect an additional $200 million of revenue with an operating margin of
    // around 12.4%".)
    const afterComma = main.split(/, /).at(-1) ?? main;
    // (Not a word of discourse that opens no part, OPENING_NOT_PART: "In closing,", "In summary,", "In total,", "In this morning's
    // press release,".)
    const opening = /^(?:(?:and|so|now|also),? )?(?:in|at|within|across) (?:our |the )?(?!«P)([a-z-]+)(?: [a-z-]+)?,/.exec(main);
    const opensOnPart = opening !== null && !OPENING_NOT_PART.has(opening[1]!);
    const onCompany = main.trim() === "" || resolved.some((r) => r !== null && r.scope === "company" && !r.silent) || companySubject.test(main) || companySubject.test(lastClause) || (/^we\b/.test(afterComma) && !opensOnPart);
    if (!onCompany) return drop(trace, "scope", "with-clause-subject", "said in a 'with' clause of a sentence whose subject is no measure, company or 'we': whose figure it is is unsure");
  }

  // "With year-to-date organic bookings up over 80% and year-to-date organic revenue up over 30%, our Americas transport refrigeration
  // business is significantly outperforming": an opening "with" clause gives the figures of the main clause's subject, here a part.
  if (scope === "company" && !namedCompanyWide) {
    const opening = /^(?:(?:and|so|but|also),? )?with\b[^;]*?(,\s+(?:our|the|its) ((?:(?!(?:of|our|the|its|and|in|for)\b)[a-z&'-]+ ){1,5}?)(?:business(?:es)?|segments?|divisions?|units?|operations?)\b)/.exec(view.abstract);
    if (opening && !/^(?:core|overall|total|whole|entire|underlying|base|existing|combined|consolidated) $/.test(opening[2]!) && view.slots.get(`F${i}`)!.end <= opening[0].length - opening[1]!.length) {
      return drop(trace, "scope", "with-opening-part", `an opening 'with' clause gives the figures of ${opening[2]!.trim()}, the part the main clause speaks of, not the company's`);
    }
  }
  // "By brand, net sales increased 20% for Hollister, which includes Gilly Hicks, and 30% for Abercrombie": a sentence that opens
  // on a breakdown by part gives the parts' figures, whichever part each is.
  if (scope === "company" && /^(?:(?:and|so|now|also),? )?by (?:segments?|brands?|regions?|geograph(?:y|ies)|channels?|business(?:es)?|divisions?|products?|product lines?|categor(?:y|ies)|markets?|end markets?|banners?|concepts?|formats?),/i.test(view.text)) {
    return drop(trace, "scope", "breakdown-opening", "a sentence that opens on a breakdown by part ('By brand, ...') gives the parts' figures, not the company's");
  }
  // "full year revenues to range between $8.7 billion and $8.8 billion for our legacy electric segment operations": a part named
  // after the figure.
  if (scope === "company" && /^ (?:for|in|from|of) (?:our |the |its )?(?:[a-z&'-]+ ){1,4}(?:segments?|divisions?|business(?:es)? units?)\b/.test(view.abstract.slice(view.slots.get(`F${i}`)!.end))) {
    return drop(trace, "scope", "part-after", "a part of the business named after the figure ('for our legacy electric segment operations'), not the company's figure");
  }
  // "which brought third quarter corporate results to a net loss of $169 million", "the holding companies currently have cash and
  // investments of approximately $272 million": the corporate division's or the holding companies' figure, a part's.
  if (scope === "company" && PART_OF_GROUP.test(view.text.slice(0, view.figures[i]!.start)) && !/\b(?:consolidated|total company|company-wide)\b/i.test(view.text.slice(0, view.figures[i]!.start))) {
    return drop(trace, "scope", "corporate-or-holding", "said of the corporate division or the holding companies, a part of the group, not the company");
  }

  // period
  // A verbless sentence right after an outlook continues it ("Capital spending of approximately $585 million, total inflation of ...").
  // Not one that reports with a verb of its own after the figure ("Mortgages segment revenue of $26 million was near the high end
  // of our outlook range"): that is a result, compared with the outlook.
  // ("Adjusted earnings per share of $8.80 to $9.40.": a participle that qualifies the measure is no verb of the sentence.)
  // (Not a "with" clause of results before a remark: "With revenue up 14.5% and adjusted earnings per share up 30.5%, the health of
  // our business is very strong.")
  // ("We continue to expect depreciation and amortization to be approximately $21 million. Net interest expense to be approximately
  // $4 million.": "to be" without a verb of its own is the outlook's, said again.)
  // (Nor an item said with "is" or "are", present, that names no period: "Capital expenditure is approximately $70 million which
  // includes ..."; not "Backlog in total is $249 million as of September 30, 2021", a level at a date.)
  const itemIs = view.periods.length === 0 && /^(?:[a-z&' -]+ )?«M\d+»(?: [a-z-]+){0,2} (?:is|are) (?:approximately |about |roughly |around |expected to be |estimated at )*«F/.test(view.abstract);
  // (Not a sentence that opens on what a measure is after: "After capex spending of $29 million, free cash flow was $2 million".)
  const outlookList = state.outlookBefore && /^(?!(?:after|before|excluding|including|net of|less|without)\b)(?:[a-z&' -]+ )?«M\d+»/.test(view.abstract) && !/^(?:(?:and|so|now|but),? )?with\b/.test(view.abstract) && !tokens.some((t) => (t.pos === "VERB" || t.pos === "AUX") && t.start < view.figures[i]!.start && !/^(?:adjusted|diluted|normalized|consolidated)$/i.test(t.text) && !(itemIs && /^(?:is|are|expected|estimated)$/i.test(t.text)) && !(/^be$/i.test(t.text) && /\bto\s+$/i.test(view.text.slice(Math.max(0, t.start - 4), t.start))))
    && !/^(?:[^,;«]|«[MF]\d+»)*?\b(?:was|were|came in|ended|finished|grew|rose|fell|declined|increased|decreased|improved|totaled|reached|exceeded|expanded|contracted|beat|surpassed|topped)\b/.test(after)
    // ("GAAP net income of $250 million resulted in GAAP earnings per share of $3.31": any verb in the past tense after the figure, in its clause.)
    && !pastVerbAfter(view, i, tokens);
  // ("At the midpoint of our guidance, our growth is comprised of ...": the sentence gives the outlook's figures.)
  const midpointOpening = MIDPOINT_OPENING.test(view.abstract);
  // "... gives us the confidence to increase our ongoing earnings per share to approximately $26.25, while delivering adjusted free
  // cash flow of $1.7 billion": a clause of "while delivering" or "with" after an outlook in the same sentence is the same outlook.
  // (Not after a result compared with its guidance: "We delivered record earnings per share of $16, above our $14.75 to $15.50
  // guidance, with free cash flow of $900 million".)
  const lastFact = resolved.findLast((r) => r?.fact) ?? null;
  const sentenceBefore = view.abstract.slice(0, view.slots.get(`F${i}`)!.start);
  const outlookBefore = OUTLOOK_CLAUSE.test(clause.trimStart()) && lastFact?.fact?.kind === "guidance" && !RESULT_VERB.test(sentenceBefore) && !/\bcame in\b/.test(sentenceBefore) ? lastFact : null;
  const read: PeriodChoice | null = companionOf
    ? { period: companionOf, explicit: true, source: "between", rule: "companion-of-base" }
    : figurePeriod({ view, i, phrase, relation, link, basePeriod, state, ctx, guidanceCue: isGuidance(clause) || outlookList || outlookWith(view, i, clause) || midpointOpening || MOVED_FROM_OUTLOOK.test(after) });
  // (A period of its own words or clause still dates it.)
  const choice: PeriodChoice | null = outlookBefore && !read?.explicit ? { period: outlookBefore.period, explicit: false, source: "clause", rule: "outlook-clause" } : read;
  if (!choice) return drop(trace, "period", "none", relation === "base" ? "a comparison base without a period of its own" : "no period is said for it and the turn gives none");
  let period = choice.period;
  let periodRule = choice.rule;
  // "First quarter sales are expected to increase from $160 million in fiscal 2020 to ...": a base dated only by its year, of a measure
  // named with a quarter, is that quarter of the year.
  if (relation === "base" && phrase.period !== null && period.part === "FY") {
    const own = view.periods[phrase.period]!.period;
    if (/^Q[1-4]$/.test(own.part)) {
      period = { year: period.year, part: own.part };
      periodRule = "quarter-of-subject";
    }
  }
  // "We continue to be confident that our $0.40 dividend is supported by ...", in a paragraph on the year: a rate per share whose
  // period is only the paragraph's year is the quarter's rate or the year's sum, which the words do not say.
  if (def.name === "dividend" && unitRead.unit.endsWith("/share") && choice.rule === "paragraph-period" && period.part === "FY") {
    return drop(trace, "period", "dividend-rate-of-year", "a dividend per share dated only by a paragraph on the year: the quarter's rate or the year's sum, unsaid");
  }
  // "we are pleased to announce a dividend increase of 8.3%", in a paragraph on the first nine months: a dividend's rate, or its
  // change, is set for a quarter, and a span of several quarters the paragraph is on says not which.
  // (Not an amount paid over the span: "we spent $107 million in capex and paid $101 million in dividends", year to date.)
  if (def.name === "dividend" && choice.rule === "paragraph-period" && (unitRead.unit.endsWith("/share") || relation === "change" || unitRead.growth) && (period.part === "9M" || period.part === "H1" || period.part === "H2")) {
    return drop(trace, "period", "dividend-of-span", "a dividend dated only by a paragraph on several quarters: which quarter's it is, unsaid");
  }
  // "This compares to prior-year net loss of $68.1 million": words that make the figure an earlier period's move the period the
  // paragraph or call gives by a year; when they do not say how far back ("pre-COVID levels", "the prior EPS"), it is unknown.
  if (phrase.prior && phrase.period === null && relation !== "base" && !choice.explicit && !companionOf) {
    if (!phrase.priorYear) return drop(trace, "period", "prior-unsaid", "said of an earlier period without saying which");
    period = yearAgo(period);
    periodRule = `${choice.rule}, prior-year-words`;
  }
  // "In 2017, our revenue was up 11%", said in a 2021 call: history the call recalls, more than two years before its own year (a
  // comparison with two years back, common after 2020, is kept).
  if (period.year < ctx.call.year - 2) return drop(trace, "period", "long-past", `${period.year} is more than two years before the call's fiscal year: history, not a fact of the call's periods`);
  let spanSaid: Period | null = null;
  // A balance said for a year is its level at the year's end; a change of it the sentence says is over the year ("backlog growth of
  // $2.5 billion for the full year", "In 2020, we reduced our net debt by approximately $100 million") stays the year's.
  // (So is a level in a paragraph on the nine months: "With this strong operating cash flow, cash on hand has increased to $679.3
  // million", after a sentence on the year-to-date cash flow, is the quarter end's; a change of it over the nine months stays theirs.)
  if (def.balance && !(metric.endsWith("_growth") && choice.explicit) && !(relation === "change" && choice.explicit) && choice.rule !== "own-span" && !(period.part === "9M" && (relation !== "level" || choice.explicit)) && !period.part.startsWith("Q") && choice.source !== "guidance") {
    // (The span the words said stays the paragraph's: "we ended the year with a cash balance of $850 million" is on the year.)
    spanSaid = period;
    period = { year: period.year, part: period.part === "H1" ? "Q2" : period.part === "9M" ? "Q3" : "Q4" };
  }
  // "Since the start of 2008, our insured portfolio amortized ... This has reduced our exposure, even though we ... paid $680 million
  // in dividends": a sentence after one that opens on the years since a year, naming no period of its own, goes on about that span.
  if (!choice.explicit && state.sinceBefore) return drop(trace, "period", "span-since", "the sentence before opened on the years since a year, and this one names no period of its own");
  // "Looking ahead, we expect sales to grow in the first quarter. We expect sales of $3.5 billion to $3.7 billion": a quarter the
  // last sentence's outlook named carries to this one; one named further back does not ("... we expect fourth quarter marketing
  // to be higher. ... We continue to anticipate underlying depreciation and amortization of $800 million" is the year's).
  // (A balance the outlook's year gives is one at the year's end, a quarter's: "We are targeting ... a cash level of $2.5 billion"
  // far from the year it names is a standing target as often as the year's.)
  if (choice.rule === "outlook-of-turn" && period.part !== "FY") {
    const age = state.guidanceAt > view.slots.get(`F${i}`)!.end && state.guidanceBefore ? state.guidanceAgeBefore : state.guidanceAge;
    if (age > 1) return drop(trace, "period", "outlook-quarter-far", `the outlook's ${periodLabel(period)} was named ${age} sentences back, and this sentence names no period of its own`);
  }
  // "we'll reduce our total debt to approximately $3 billion", "we see return to $5 billion, $6 billion EBITDA": a level the company
  // means to reach, with no period said, is an aim, not a figure of a fiscal period. (So is "our financial targets of $4.5 billion in
  // sales and 11% EBITDA margins", whose timing the call leaves to the cycle.)
  if (!choice.explicit && TARGET_LEVEL.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))) {
    return drop(trace, "period", "target-level", "a level the company means to reach, with no period said: an aim");
  }
  trace.steps.push({ stage: "period", rule: periodRule, note: periodLabel(period) });
  // "Revenues in the year were 2.688 billion, down by 12.1%. Gross margin was 25.2%.": a sentence that opens on a measure of the year
  // ("in the year", "for the year" between the measure and its figure) puts the paragraph on the year, as "For the year, ..." does.
  const yearOpening = choice.rule === "between" && period.part === "FY" && relation === "level" && view.toText[phrase.start] === 0;
  trace.periodSaid = choice.explicit;
  // "This compares to $14 million of net income or $0.04 per diluted share in the same period last year": a figure compared with
  // is an earlier period's, which the words must say ("This compares to $14 million of net income" says none; "compared to $3.05
  // of adjusted earnings per share in 2021", in the fourth quarter's call, is the year reported, not an earlier one; "in the 2020
  // period" says the year but not the span).
  if (link.rule === "figure-of-name" && relation === "level" && COMPARED_WITH.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))
    && (!(choice.explicit && periodEnd(period) < periodEnd(callAsPeriod(ctx.call))) || /\bthe (?:19|20)\d\d period\b/i.test(view.text))) {
    return drop(trace, "period", "compared-without-period", "a figure compared with whose earlier period the words do not say");
  }
  // (And the measure compared with is the sentence's own, or the last sentence's: "net credit losses were negligible at $100,000 ...
  // compared to a $1.4 million net loss in the first quarter" is a credit loss, not the company's net loss.)
  if (link.rule === "figure-of-name" && link.subject.kind === "name" && COMPARED_WITH.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))
    && !/^(?:(?:and|so|now|also),? )?(?:this|that|it|which|these|those)\b/i.test(view.text)
    && !view.names.some((n, k) => k !== (link.subject as { slot: number }).slot && n.def.name === def.name && view.slots.get(`M${k}`)!.start < view.slots.get(`F${i}`)!.start)) {
    return drop(trace, "metric", "compared-other-measure", `a figure compared with, of ${def.name}, which the sentence does not otherwise speak of`);
  }
  const older = olderBase(view, i, after, period, changeSaid, link.relation === "change");
  if (older) return drop(trace, "kind", older.rule, `a change against ${older.base}, not against the year before`);
  // "Excluding North American Consumer Tissue, our organic sales were up 4%": the company less a named part of it is no
  // figure of the company (not "Excluding the impact of FX," nor "excluding special items", which adjust the measure).
  if (scope === "company") {
    const less = /\b(?:[Ee]xcluding|[Ee]xcluded|[Ee]x-|[Oo]ther than|[Aa]part from)\s+((?:[A-Z][\w&.'’-]*\s*){1,5})(?:business(?:es)?|segment|division|unit)?\s*,/.exec(view.text.slice(0, view.figures[i]!.start));
    // A name in words ("Pirate Brands", "China"), not an adjustment's acronym ("excluding PPP", "excluding AOCI").
    if (less && /[a-z]/.test(less[1]!) && !/^(?:FX|Currency|Foreign|COVID|Covid|Special|Acquisitions?|Divestitures?|M&A|Items?|Charges?|Certain|One-time|Onetime|Non-recurring|Discrete|Unusual|The|Our|This|These|Those|Its)\b/.test(less[1]!.trim()) && !ctx.companyNames.some((c) => less[1]!.toLowerCase().includes(c))) {
      return drop(trace, "scope", "company-less-part", `said of the company without ${less[1]!.trim()}, not of the company`);
    }
  }
  let declaredNext = false;
  // "our board declared a regular quarterly dividend of $0.37 per share", "we are raising our quarterly dividend to $0.12": a rate
  // declared at the call, after the quarter it reports, is declared and paid in the next quarter (LABELLING.md: the quarter the
  // rate is paid in, or the one it is declared in). Not one the quarter paid ("during the quarter, we paid dividends of $0.25").
  // (The change a raise makes goes with the rate it raises: "approved a 5% increase in our regular quarterly dividend to $0.21".)
  const rateOrRaise = metric === "dividend_growth" ? unitRead.unit === "percent" : metric === "dividend" && (relation === "level" ? unitRead.unit.endsWith("/share") : relation === "change" && (unitRead.unit === "percent" || unitRead.unit.endsWith("/share")));
  // ("the Board of Directors has approved a quarterly dividend of $0.28 a share for the first quarter", in the first quarter's call:
  // the rate for the quarter reported, set after it ended, is paid in the next.)
  const forThisQuarter = BOARD_SET_FOR_QUARTER.exec(view.text);
  const setForCallQuarter = forThisQuarter !== null && ORDINAL_QUARTER[forThisQuarter[1]!.toLowerCase()] === ctx.call.quarter && Number(/^,? (?:of )?(?:fiscal )?((?:19|20)\d\d)\b/.exec(view.text.slice(forThisQuarter.index + forThisQuarter[0].length))?.[1] ?? ctx.call.year) === ctx.call.year;
  if (rateOrRaise && (!choice.explicit || choice.rule === "quarterly" || (setForCallQuarter && choice.rule === "dividend-quarter")) && period.part === `Q${ctx.call.quarter}` && period.year === ctx.call.year
    && (DECLARED_NOW.test(view.text) || SET_LATELY.test(view.text)) && (setForCallQuarter || !PAID_IN_QUARTER.test(view.text)) && !SET_IN_MONTH.test(view.text.slice(0, view.figures[i]!.start)) && !setOnDayOfQuarter(view.text.slice(0, view.figures[i]!.start), ctx.call)) {
    declaredNext = true;
    period = quarterAfter(ctx.call);
    trace.steps.push({ stage: "period", rule: "declared-at-the-call", note: `${periodLabel(period)}: a rate declared at the call is paid in the quarter after the one it reports` });
  }
  // "the board has approved a dividend per share of $1.52 for the first quarter, which represents a 49% increase in our dividend": the
  // raise of a rate set for a later quarter, its own period unsaid, is that quarter's, as the rate is.
  if ((metric === "dividend_growth" || (metric === "dividend" && relation === "change")) && !choice.explicit && !declaredNext) {
    const rate = resolved.find((r) => r?.fact && r.def.name === "dividend" && r.relation === "level" && periodEnd(r.period) > periodEnd(callAsPeriod(ctx.call)));
    if (rate) {
      period = rate.period;
      trace.steps.push({ stage: "period", rule: "raise-of-rate", note: `${periodLabel(period)}: the raise of the rate the sentence sets for that quarter` });
    }
  }
  // "Earlier this month, our Board ... authorized an additional $500 million", "subsequent to quarter end, we repurchased
  // $108 million": a buyback taken after the quarter, in a quarter the call does not report. (A dividend rate declared today
  // is dated to the next quarter above, the one it is declared and paid in.)
  // "Subsequent to the quarter close, we repurchased an additional 1.5 million shares for $77 million", "since the end of June, we've
  // spent an additional $140 million on buybacks" (a second quarter's call): a buyback made after the quarter the call reports, and
  // before the call, is the next quarter's, as labellers date it. (An authorization, or one said of today, is no buyback made.)
  if (!choice.explicit && /^(?:share_repurchase|share_repurchase_authorization)$/.test(metric) && AFTER_THE_QUARTER.test(view.text)) {
    const after = AFTER_QUARTER_END.exec(view.text);
    const ended = after !== null && (after[1] === undefined || monthNumber(after[1]) === monthsOfCallQuarter(ctx.call)[0]);
    if (!ended || metric !== "share_repurchase" || relation !== "level" || !/\b(?:repurchased|bought back|bought|purchased|spent|spending)\b/i.test(view.text)) {
      return drop(trace, "period", "after-the-quarter", "a capital action taken after the quarter the call reports, in a period it does not name");
    }
    declaredNext = true;
    period = quarterAfter(ctx.call);
    trace.steps.push({ stage: "period", rule: "bought-after-the-quarter", note: `${periodLabel(period)}: a buyback made after the quarter the call reports, before the call` });
  }
  // "At June 12, our unrestricted cash was $242 million", "As of February 2, we had $500 million of cash": a balance on a day that is
  // no month's end, so no fiscal period's (a quarter's end is the 28th to the 31st, or a 52-week year's nearby Saturday).
  const onDay = /\b(?:at|as of|on) (?:january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})(?:st|nd|rd|th)?\b/i.exec(view.text.slice(0, view.figures[i]!.start) + view.text.slice(view.figures[i]!.end, view.figures[i]!.end + 40));
  if (def.balance && relation !== "change" && onDay && Number(onDay[1]) < 24 && !/\b(?:end(?:ed|ing)? (?:of )?(?:the|our) (?:quarter|year|period)|(?:quarter|year|period)[- ]end)\b/i.test(view.text)) return drop(trace, "period", "balance-on-a-day", `a balance on ${onDay[0]}, a day that ends no fiscal period`);
  // "post quarter end, we ended October with approximately $350 million of cash": a balance struck after the quarter.
  if (!choice.explicit && def.balance && /\b(?:(?:subsequent to|after|since) (?:the )?(?:end of the )?(?:quarter|period)[- ]end|post[- ](?:quarter|period)[- ]?end)\b/i.test(view.text)) {
    return drop(trace, "period", "after-the-quarter", "a balance struck after the quarter the call reports, at a date it does not label");
  }

  // "we received about $274 million in dividends from CNA", "$199 million dividend from Altium": a dividend the company receives
  // from a business it holds is that business's payout, not the company's dividend.
  if (/^dividend/.test(def.name) && (/\b(?:received|receive|receives|receiving|collected|collects|collecting)\b[^;«]*$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start)) || /^(?: (?:in|of) )?(?: [a-z-]+){0,3} dividends? (?:payments? )?from (?!operations\b)/.test(view.text.slice(view.figures[i]!.end)))) {
    return drop(trace, "scope", "dividend-received", "a dividend the company receives from a business it holds, not one it pays");
  }

  // kind
  const kindRead = decideKind({ metric: def.name, relation, period: declaredNext ? choice.period : period, ctx, clause, phrase, basePeriod: companionOf ? null : basePeriod, after, explicit: choice.explicit, unitRelation: unitRead.growth, guidanceLink: link.guidance === true, outlookList: outlookList || outlookWith(view, i, clause) || midpointOpening || outlookBefore !== null, ...spokenAround(view, i, clause), sentenceBefore: view.text.slice(0, view.figures[i]!.start), linkRule: link.rule });
  if ("drop" in kindRead) return drop(trace, "kind", kindRead.rule, kindRead.drop);
  trace.steps.push({ stage: "kind", rule: kindRead.rule, note: kindRead.kind });
  if (kindRead.kind === "guidance" && choice.source === "default") return drop(trace, "period", "guidance-without-period", "guidance that names no period, in a turn that gives none");
  // "We continue to target a payout ratio of 65% to 70% of earnings", "our targeted leverage ratio of 2.25 to 2.5 times": a standing
  // policy with no period of its own is no outlook for the year the turn is on.
  if (kindRead.kind === "guidance" && !choice.explicit && /(?:^|_)(?:payout_ratio|net_leverage|leverage|leverage_ratio)$/.test(metric) && /\btarget(?:s|ed|ing)?\b/i.test(view.text)) return drop(trace, "period", "standing-target", "a standing policy target with no period of its own, not an outlook for a period");
  // A reported figure is one number: a range is an expectation or a spread across parts, never an actual.
  if (q.low !== null && kindRead.kind !== "guidance") return drop(trace, "kind", "range-not-actual", "a range that is no guidance");
  // "operating margin to be up 180 basis points": an expected (or earlier) change is no level of the measure, so its name says it is a change.
  if (relation === "change" && !unitRead.growth && kindRead.kind !== "change") {
    metric = `${metric}_change`;
    trace.steps.push({ stage: "kind", rule: "change-of-other-kind", note: metric });
  }

  // value
  const changeLike = relation === "change" || unitRead.growth;
  // "a 110.3% increase over the second quarter": the noun after the figure says which way.
  const ownDirection: number = link.direction !== 0 ? link.direction : /^(?: or «F\d+»)? (?:increase|increases|growth|improvement|rise|gain|uptick|higher|more|up|ahead of|above)\b/.test(after) ? 1 : /^(?: or «F\d+»)? (?:decrease|decreases|decline|declines|reduction|drop|fall|lower|less|fewer|down|behind|below)\b/.test(after) ? -1 : 0;
  if (ownDirection !== 0) inheritedSign = 0;
  const falls = changeLike && (ownDirection === -1 || inheritedSign === -1 || (ownDirection === 0 && inheritedSign === 0 && fallsAround(view, i)));
  // A loss is a negative income; a loss that "declined" is an income that rose.
  // (Cash "used in operating activities" or an "operating cash outflow" is a negative operating cash flow, as a loss is a negative income.)
  const lossName = nameText !== null && LOSS_NAME.test(nameText.toLowerCase());
  // (A comparison base named as an income is none, after a loss: "a loss of $0.24, compared with earnings of $0.02", "net loss of
  // $21 million ..., compared to net income of $22 million".)
  const ownIncome = /(?:«M(\d+)»|\b(?:earnings|income|profits?)) (?:of |was |were )?(?:approximately |about |roughly )?$/.exec(view.abstract.slice(0, view.slots.get(`F${i}`)!.start));
  const ownIncomeSaid = ownIncome !== null && (ownIncome[1] === undefined || !LOSS_OR_NEGATIVE.test(view.text.slice(view.names[Number(ownIncome[1])]!.start, view.names[Number(ownIncome[1])]!.end).toLowerCase()));
  const lossSubject = (lossName || (link.subject.kind === "figure" && resolved[link.subject.slot]?.loss === true)) && !(relation === "base" && ownIncomeSaid);
  // "a net loss of $12 million", "free cash flow was negative $7 million", "negative FFO of $15.6 million" (not "Excluding the
  // negative impact of FX, revenue was up 16%"; nor an income named right before its own figure after an earlier loss: "a net loss
  // of $59.4 million for the quarter ..., and net income of $1 million for the year").
  const figStart = view.slots.get(`F${i}`)!.start;
  // ("negative free cash flow, a non-GAAP measure, of $40 million": the aside is passed over.)
  const wordsBefore = view.abstract.slice(Math.max(0, figStart - 80), figStart).replace(/,? (?:a|which is a) non-gaap (?:financial )?measure,/g, "").slice(-40);
  // "... was $2.77 negative": the sign said after the figure.
  // "compared to a $0.48 loss per share": the loss said inside the figure.
  // "a negative total economic return of 12.9%", "operating margin was negative 3%": a percentage level said negative.
  const negativeRate = relation !== "change" && !changeLike && def.family === "percent" && unitRead.unit === "percent" && /\bnegative (?:(?:«M\d+»|[a-z-]+) ){0,3}?(?:(?:of|was|were|is|at) )?(?:approximately |about |roughly )?$/.test(wordsBefore);
  const lossWords = negativeRate || relation !== "change" && !changeLike && def.family === "money" && (lossSubject || /\bloss per\b/i.test(view.text.slice(q.start, q.end)) || /\bnet loss(?:es)?\b|\bloss(?:es)? of\b|\bnegative (?:(?:«M\d+»|[a-z-]+) ){0,3}?(?:of )?(?:approximately |about |roughly )?$|\b(?:a |cash )?(?:use|usage|outflow|burn) of (?:approximately |about |roughly )?$/.test(ownIncomeSaid ? wordsBefore.replace(/^.*«F\d+»/, "") : wordsBefore) || /^ negative\b/.test(view.abstract.slice(view.slots.get(`F${i}`)!.end)) ||
    // "Corporate adjusted EBITDA was a $24.4 million loss": the loss said right after the amount.
    /^ (?:net )?loss\b(?! (?:of|on|from|in|related|associated|due)\b)/.test(view.text.slice(view.figures[i]!.end)) ||
    // "$51 million of negative adjusted free cash flow": the sign said before the measure named after the figure.
    (link.subject.kind === "name" && /^ (?:of|in) negative (?:[a-z-]+ ){0,2}«M\d+»/.test(view.abstract.slice(view.slots.get(`F${i}`)!.end))) ||
    // "H&P consumed approximately $20 million in operating cash flow": a cash flow consumed or burned is an outflow.
    // ("For the full year, we expect to use $110 million to $125 million of cash from operations": used, an outflow too.)
    (/(?:^|_)(?:operating_cash_flow|free_cash_flow|cash_flow)$/.test(def.name) && /\b(?:consumed|consuming|consumes|burned|burnt|burning|burns|use|used|uses|using) (?:approximately |about |roughly |nearly |some |just |only )?$/.test(wordsBefore)));
  // (A loss that "improved" by $7.2 million is an income $7.2 million higher: the word says better or worse, not up or down.)
  const figEnd = view.slots.get(`F${i}`)!.end;
  // (The words of the figure's own clause just before it, where "improved" or "fell" is said.)
  const nearBefore = view.abstract.slice(Math.max(0, figStart - 40), figStart).split(/[;,]/).at(-1)!;
  const betterOrWorse = /\b(?:improv\w*|better|worse\w*|deteriorat\w*)\b/.test(nearBefore + view.abstract.slice(figEnd, figEnd + 20));
  // ("Net debt improved by 58 million": a measure whose lower is better improves by falling, as a loss does.)
  const improvedLower = def.higherIsBetter === false && changeLike && /\b(?:improv\w*|better)\b/.test(nearBefore) && !/\b(?:increas|decreas|declin|reduc|lower|higher|rose|fell|up|down)\w*/.test(nearBefore);
  const fallsNet = (lossSubject && changeLike && !unitRead.growth && !betterOrWorse) || improvedLower ? !falls : falls;
  const signed = (v: number): number => tidy((fallsNet || lossWords ? -Math.abs(v) : v) * unitRead.scale);
  const value = q.value === null ? null : signed(q.value);
  let low = q.low === null ? null : signed(q.low);
  let high = q.high === null ? null : signed(q.high);
  // "in the range of down 1% to up 5%": the range's second end says its own way.
  if (q.high !== null && high !== null && high < 0 && /\bto up\b/i.test(view.text.slice(q.start, q.end))) high = tidy(Math.abs(q.high) * unitRead.scale);
  if (low !== null && high !== null && low > high) [low, high] = [high, low];
  const sign = falls ? -1 : 1;

  // A growth rate is a change, whatever its name says: later figures said of it are changes too.
  const resolvedRelation: Link["relation"] = unitRead.growth ? "change" : relation;
  // confidence
  const scopeFactor = scope === "company" ? (companyWide ? 1 : 0.95) : 0.85;
  const periodFactor = choice.explicit ? 1 : choice.source === "discourse" ? 0.85 : 0.9;
  const confidence = round2(link.strength * scopeFactor * periodFactor * kindRead.factor);
  trace.steps.push({ stage: "confidence", rule: "product", note: String(confidence) });
  // A growth rate is its measure's change in percent ("revenue grew 12%": revenue, change, 12%) and a guided one its
  // measure's guidance in percent, as the labelling conventions have it; organic growth is a measure of its own.
  const growthOf = unitRead.growth && unitRead.metric !== "organic_growth" && metric.endsWith("_growth");
  const fact: FigureFact = {
    metric: growthOf ? metric.slice(0, -"_growth".length) : metric, value, low, high, unit: unitRead.unit, period: periodLabel(period),
    kind: growthOf && kindRead.kind !== "guidance" ? "change" : kindRead.kind,
    // A measure whose name says its basis keeps it ("We reported Q4 adjusted EBITDA": "reported" is the verb, not a basis).
    // (A one-off charge is no measure of a basis: "on a non-GAAP basis, we have excluded ... legal-related expenses of $8.8 million" says
    // what the adjusted measures leave out, not the charge's basis.)
    basis: namedBasis(unitRead.metric, link.subject.kind === "name" ? view.names[link.subject.slot]! : null, view) ?? x.listed?.basis ?? phrase.basis ?? (def.describedBy ? null : excludedAfterName(view, link, def) ?? (phrase.organic && (resolvedRelation === "change" || unitRead.growth) ? "non-GAAP" : null) ?? (phrase.reportedBy ? null : scopeBasis) ?? afterBasis(after, def) ?? clauseBasis(view, clause, link, linkedBasis, unitRead.metric, def.name) ?? openingBasis(view.text, view.figures[i]!.start) ?? (ctx.neutralGrowth && unitRead.unit === "percent" && (resolvedRelation === "change" || unitRead.growth) ? "constant currency" : null) ?? (takesCallBasis(def) ? ctx.defaultBasis : null)), scope, confidence,
  };
  // "Revenues for the year decreased 1% in constant currency to $20.9 billion": the currency words are said of the change; the
  // amount it reached is as reported.
  if (fact.basis === "constant currency" && fact.unit === ctx.currency && /«F\d+»(?:(?!«)[^;])*\b(?:currenc(?:y|ies)|fx[- ]neutral|currency[- ]neutral)\b(?: basis)?,? to (?:approximately |about |roughly |nearly |over )?$/.test(view.abstract.slice(0, view.slots.get(`F${i}`)!.start))) fact.basis = null;
  if (silentEarnings || link.silent || silentByBase) {
    trace.dropped = silentEarnings ? "'earnings' with an amount may be net or operating: read only as what its per-share companion is said of" : "read only as what later figures are said of (a midpoint)";
    return { def, phrase, metric, scope, listedScope, relation: resolvedRelation, period, fact: null, named, sign, silent: true, comparedWith: basePeriod };
  }
  if (confidence < MIN_CONFIDENCE) {
    trace.dropped = `confidence ${confidence} is below ${MIN_CONFIDENCE}`;
    return { def, phrase, metric, scope, relation: resolvedRelation, period, fact: null, named, sign, loss: lossSubject };
  }
  return { def, phrase, metric, scope, listedScope, relation: resolvedRelation, period, fact, named, sign, loss: lossSubject, scopeFromSubject, reported, comparedWith: basePeriod, explicitPeriod: choice.explicit && (choice.source !== "between" || yearOpening) || choice.source === "subject" || choice.source === "after" ? spanSaid ?? period : null, kind: kindRead.kind, subordinate: withClause !== null };
}

/** Signs of an electric or gas utility, each counted once however it is written: two make a call a utility's. */
const UTILITY_SIGNS = [/\brate base\b/i, /\bweather[- ](?:normal(?:ized)?|adjusted)\b|\badjusted for weather\b/i, /\bkilowatt[- ]hours?\b|\bkwh\b|\bmegawatt[- ]hours?\b/i, /\bcustomer class(?:es)?\b/i, /\bload growth\b/i];

/** The company as subject of a verb that reports its result, right before the earnings it names: "Today we reported earnings of", "MDU delivered record earnings of". */
const COMPANY_REPORTS_EARNINGS = /(?:^|[,;] |(?:\b(?:today|yesterday|this morning|for|in|during),? )?«P\d+»,? |\b(?:today|yesterday|this morning),? )(?:we|«C\d+»|the company)(?: also| again| have| has)? (?:reported|delivered|posted|recorded|generated|achieved|produced) (?:(?:record|solid|strong|gaap|adjusted|reported|net) )*$/;

/** Plain earnings the company says it reported, right after its verb: "Today we reported earnings of $211 million". */
function companyReportedEarnings(view: SentenceView, slot: number): boolean {
  const name = view.names[slot]!;
  return PLAIN_EARNINGS.test(view.text.slice(name.start, name.end)) && COMPANY_REPORTS_EARNINGS.test(view.abstract.slice(0, view.slots.get(`M${slot}`)!.start));
}

/** Earnings by that word alone, whatever their basis: not operating, segment, pre-tax or core earnings. */
const PLAIN_EARNINGS = /^(?:(?:adjusted|gaap|non-gaap|reported|net|diluted)\s+)*earnings$/i;

/** A per-share figure right after a figure, its companion: "$202 million, or $1.08 per share". */
function perShareCompanion(view: SentenceView, after: string): boolean {
  // ("we earned $1.6 billion after-tax or $5.04 per share": what is earned after tax, with its per-share amount.)
  const m = /^(?: after[- ]tax)?,? or (?:approximately |about )?«F(\d+)»/.exec(after);
  return m !== null && view.figures[Number(m[1])]!.perShare;
}

/** The level a measure is taken at: "restaurant level", "hotel-level", "property level", "store-level". */
// ("other operating income totaled $8.9 million": a line of its own of the company's, named so.)
const LEVEL_OF_MEASURE = /^(?:(?:restaurant|hotel|property|store|site|unit|asset|community|center|plant|mine|field|well)[- ]level|other)$/i;

/**
 * A call's "all figures are non-GAAP unless noted" (or "we will discuss non-GAAP measures") speaks of its earnings measures:
 * not of what is reported as is (revenue, dividends), of balances ("$629 million of total liquidity") or of counts, days
 * and multiples.
 */
function takesCallBasis(def: MetricDefinition): boolean {
  return !def.asReported && !def.balance && (def.family === "money" || def.family === "percent");
}

/** A basis the measure's name says: "adjusted EBITDA", "core FFO per share", "normalized FFO" (the qualifier is part of the name the lexicon matched). */
function namedBasis(metric: string, name: { start: number; end: number } | null, view: SentenceView): Basis | null {
  // Operating income after tax is no line of the financial statements: a non-GAAP measure by its nature.
  if (/^(?:adjusted|core|underlying)_|^organic_growth$|(?:^|_)after_tax_operating_income(?:_per_share)?(?:_growth)?$/.test(metric)) return "non-GAAP";
  // "operating earnings of $2.58 per share", "operating EPS": earnings per share before items, a non-GAAP measure.
  return name && (/^(?:core|normalized|adjusted|underlying)\b/i.test(view.text.slice(name.start, name.end)) || /^eps/.test(metric) && /^operating (?:earnings|eps)\b/i.test(view.text.slice(name.start, name.end))) ? "non-GAAP" : null;
}

const MARGIN_OF: Record<string, string> = {
  operating_income: "operating_margin", gross_profit: "gross_margin", ebitda: "ebitda_margin", adjusted_ebitda: "ebitda_margin",
};
/** The profit a margin said in money is ("gross margin of $1.5 billion"). */
// (Not an EBITDA margin in money: adjusted or not, its profit is unsure, and on the calls read it was a transcript's slip.)
const PROFIT_OF: Record<string, string> = { gross_margin: "gross_profit", operating_margin: "operating_income" };

function subjectText(view: SentenceView, link: Link): string {
  const s = link.subject;
  if (s.kind === "metric") return s.name;
  if (s.kind === "carried") return "what the last sentence spoke of";
  if (s.kind === "name") {
    const n = view.names[s.slot]!;
    return `"${view.text.slice(n.start, n.end)}"`;
  }
  const f = view.figures[s.slot]!;
  return `the figure "${view.text.slice(f.start, f.end)}"`;
}

function describeQuantity(q: Quantity): string {
  const v = q.value !== null ? String(q.value) : `${q.low} to ${q.high}`;
  return `${v} ${q.unit}${q.perShare ? " per share" : ""}${q.marked ? "" : " (bare)"}`;
}

/** Causes a sentence may open on as if they acted ("Acquisitions contributed", "Pricing added"). */
const CAUSE_WORD = /^(?:Acquisitions?|Divestitures?|Pricing|Prices?|Volumes?|Currenc(?:y|ies)|FX|Foreign exchange|Mix|Inflation|Weather|Productivity|Tariffs?|Synergies|Savings|Demand|Growth|Organic growth|Costs?|Price increases?|Higher [a-z]+|Lower [a-z]+)$/;
/** Capitalised words after "at" that name no business holding an amount: months, days, and words that open a phrase of time or place. */
const NO_HOLDER_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Year|Quarter|End|Midpoint|Least|Most|Par|Closing|Close)$/;
/** A sentence that opens by comparing what the last one said with something ("This is compared to ...", "That compares with ..."). */
const COMPARED_OPENING = new RegExp(String.raw`^(?:this|that|these|those) ${COMPARED_TO}\b`, "i");
/** The capitalised name a sentence opens with as the one reporting ("PSE&G, as shown on Slide 15, reported ..."), when it is not the company. */
function reportingEntity(view: SentenceView, ctx: CallContext): string | null {
  // (after an opening such as "During the quarter, ": "During the quarter, HilltopSecurities generated $17.4 million of pre-tax income").
  // "Subsequent to quarter end, Albertsons declared a dividend of $0.10 per common share": another company's dividend.
  // "At the end of Q1 2021, HDFS had approximately $1.7 billion in cash": a subsidiary's cash.
  // "Excluding net recognized losses of $3 million, our Title segment generated $2.5 billion in total revenue": after what it leaves out.
  // "For the first quarter of 2021, the Fertilizer segment reported an operating loss of $14 million, a net loss of $25 million": a
  // segment named as the one that reports.
  const m = /^(?:(?:[Aa]nd|[Ss]o|[Nn]ow|[Aa]lso|[Tt]hen|[Nn]ext|[Ff]inally),?\s+)?(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Aa]t|[Bb]y|[Oo]ver|[Tt]hrough|[Ss]ubsequent to|[Aa]fter|[Ff]ollowing) (?:the |this |our )?(?:[a-z-]+ ){0,3}(?:quarter|year|period|half|months?)(?:[- ]end)?(?: of (?:fiscal )?(?:19|20)\d\d)?,\s+|(?:[Aa]t|[Bb]y) the end of (?:the )?(?:(?:[a-z]+|Q[1-4]) )?(?:quarter|year|Q[1-4]|[A-Z][a-z]+)(?: (?:19|20)\d\d)?,\s+|(?:[Ee]xcluding|[Aa]djusting for|[Aa]fter adjusting for|[Oo]n an? [a-z-]+ basis)\b[^,;]{0,80},\s+)?(?:(?<=^|,\s+|\s)(?:[Tt]he|[Oo]ur) (?=[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|&|of|and))*\s+(?:segment|division|subsidiary)\b))?((?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|&|of|and))*)(?:['’]s)?(?:\s+(?:segment|division|subsidiary))?(?:,[^,]{0,60},)?\s+(?:also\s+)?(?:reported|posted|delivered|earned|recorded|generated|had|achieved|declared|contributed|reports?|posts?|delivers?|earns?|records?|generates?|achieves?|contributes)\b/.exec(view.text)
    // "Let me now turn to Gulf Power, which reported third quarter net income of $91 million".
    ?? /\b(?:turn(?:ing)? (?:now )?to|move (?:on )?to|moving (?:on )?to|at)\s+((?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|&|of|and))*),\s+which\s+(?:also\s+)?(?:reported|posted|delivered|earned|recorded|generated|had|achieved)\b/.exec(view.text)
    // "This was another strong quarter for PrimeLending generating $62 million in pre-tax income".
    ?? /\b(?:quarter|year|period|half) for ((?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|&|of|and))*),?\s+(?:(?:which|that) )?(?:reporting|posting|delivering|earning|recording|generating|achieving|reported|posted|delivered|earned|recorded|generated|achieved|with)\b/.exec(view.text)
    // "At OG&E, net income for the year was $350 million or $1.74 per share": a name the sentence opens at, then the measure.
    ?? (/^(?:(?:and|so|now|also|then|next|finally),? )?at [^,«]+, (?:(?:the|our|its|total|adjusted|reported|gaap|non-gaap) )*«M\d+»/.test(view.abstract)
      ? /^(?:(?:[Aa]nd|[Ss]o|[Nn]ow|[Aa]lso|[Tt]hen|[Nn]ext|[Ff]inally),?\s+)?[Aa]t ((?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|FY|Fiscal|Year)\b)(?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|&|of|and))*),\s/.exec(view.text)
      : null);
  if (!m) return null;
  const name = m[1]!.replace(/(?:\s+(?:and|of|&))+$/, "");
  // ("Acquisitions contributed 6.5% of the growth": a cause is no entity that contributes; "CNA", "Boardwalk" or "Loews Hotels" is.)
  if (/\bcontribut/.test(m[0]) && CAUSE_WORD.test(name)) return null;
  // ("PSEG Enterprise and Other reported a net loss of $25 million", "Corporate and Other reported": a reporting line of the rest of
  // the business, which a name of the company's own may head, is no company.)
  if (/\s(?:and|&)\s+Other$/.test(name)) return name;
  if (namesTheCompany(name, view, ctx)) return null;
  const lower = name.toLowerCase();
  if (/^(?:we|i|our|the|this|that|it|they|management|everyone|overall|together|total|consolidated)(?:['’](?:ll|ve|re|d|s|m))?$/i.test(name) || /\b(?:board|directors)\b/i.test(name) || namesIn(lower).length > 0) return null;
  // A grammar word that opens the sentence ("As reported, ...", "The Company recorded ..."), not a name.
  if (OPENING_WORD.test(name.split(/\s+/)[0]!)) return null;
  if (ctx.personWords.has(lower.split(/\s+/)[0]!)) return null;
  return name;
}

/**
 * The company's own name as the call writes it: the name the view marks (not its word inside a longer name: "Teekay Tankers" of
 * Teekay Corporation, a subsidiary that reports its own figures), its first words or one of its words, its name with a legal form
 * ("Xylem Inc"), its ticker, its initials ("PSEG" for Public Service Enterprise Group) or an acronym of its ticker's letters.
 */
function namesTheCompany(name: string, view: SentenceView, ctx: CallContext): boolean {
  const at = view.text.indexOf(name);
  for (const [label, slot] of view.slots) {
    if (label[0] !== "C") continue;
    const start = view.toText[slot.start] ?? -1;
    if (start >= at && start < at + name.length) return true;
  }
  const lower = name.toLowerCase();
  const ownName = (c: string) => c === lower || c.startsWith(`${lower} `) || c.split(/\s+/).includes(lower)
    || (lower.startsWith(c) && /^(?:['’]s)?(?:,? (?:inc|incorporated|corp|corporation|company|co|group|holdings|ltd|limited|plc|llc|lp|n\.?v|s\.?a|ag|se)\.?)*$/.test(lower.slice(c.length)));
  if (ctx.companyNames.some(ownName) || lower === ctx.ticker) return true;
  const initials = companyInitials(ctx.companyNames[0] ?? "");
  // ("PSE&G", Public Service Electric & Gas, is a subsidiary of PSEG: an "&" spells other words.)
  if (initials.length >= 2 && !lower.includes("&") && lower.replace(/[^a-z]/g, "") === initials) return true;
  return Boolean(ctx.ticker && /^[A-Z]{2,8}$/.test(name) && new RegExp(ctx.ticker.split("").join(".*")).test(lower));
}

/** A comparable part of the portfolio the sentence opens on ("In the same-store pool, ...", "For our same-property portfolio, ..."). */
function poolOpening(abstract: string): string | null {
  return /^(?:(?:and|so|now|also|then),? )?(?:in|for|within|across|on) (?:the |our )?((?:same|comparable|like-for)[- ](?:stores?|assets?|propert(?:y|ies)|centers?|portfolio|communit(?:y|ies)|hotels?|restaurants?|like))\b[^,;«]{0,30},/.exec(abstract)?.[1] ?? null;
}

/** The part of the sentence before the figure that belongs to its clause. */
/** The clause before the figure and the words after it, as spoken (lower-cased). */
function spokenAround(view: SentenceView, i: number, clause: string): { clauseText: string; afterText: string } {
  const slot = view.slots.get(`F${i}`)!;
  const from = view.toText[slot.start - clause.length] ?? 0;
  const f = view.figures[i]!;
  return { clauseText: view.text.slice(from, f.start).toLowerCase(), afterText: view.text.slice(f.end).toLowerCase() };
}

/** The words before a figure that say how far an outlook moved ("an increase in our adjusted EPS guidance of"): no level or change of the measure. */
const OUTLOOK_MOVED = /\b(?:increase|raise|rise|decrease|reduction|cut|change|revision|lift) (?:in|to|of) (?:our |the )?(?:(?:[a-z-]+|«M\d+») ){0,3}(?:guidance|outlook|forecast)(?: range)? (?:of |by )?(?:(?:approximately|about|roughly|nearly|over) )?$/;

/**
 * Amounts said of a measure that are not its level, each read in the words right before the figure
 * (`clause`) or before the measure's name (`name`). `balanceOnly`: only a balance (cash, debt,
 * receivables) has amounts moved into and out of it.
 */
const NOT_A_LEVEL: readonly { rule: string; balanceOnly: boolean; metric?: RegExp; reads: "clause" | "name" | "after" | "sentence"; window: number; pattern: RegExp; why: (metric: string) => string }[] = [
  // "SCE is requesting an ROE of 10.53%", "The commission also approved an ROE of 9.86%", "The order recommends a rate increase on a 9.67%
  // ROE": a utility's return asked for, allowed or set by its regulator, not the return it earned (which "earned" names)
  {
    rule: "regulated-return", balanceOnly: false, metric: /(?:^|_)return_on_equity$/, reads: "sentence", window: 400,
    pattern: /^(?![^]*\bearn(?:ed|ing|s)\b)[^]*\b(?:request(?:s|ed|ing)?|seek(?:s|ing)?|sought|fil(?:e|es|ed|ing|ings)|application|approv(?:e|es|ed|al)|authoriz(?:e|es|ed|ation)|allow(?:s|ed)?|(?:the|an?|final|interim|rate) order|the commission|settlement|stipulat\w*|rate (?:case|review|plan|filing)|propos(?:e|es|ed|al)|recommend(?:s|ed|ation)?|regulator\w*|return calculations)\b/,
    why: (m) => `a ${m} asked for, allowed or set by a regulator, not the one the company earned`,
  },
  // "$300 million of debt scheduled to mature in November": the part of a balance that falls due, not the balance
  { rule: "part-falling-due", balanceOnly: true, reads: "after", window: 70, pattern: /^(?:[^«;.]|«M\d+»){0,50}?\b(?:(?:scheduled|set|due) to (?:mature|expire|come due)|maturing|matures|mature in|coming due|comes due|due (?:in|by|this|next))\b/, why: (m) => `the part of ${m} falling due, not its level` },
  // "$2.5 billion of cash deposited in escrow to fund the Meggitt transaction": cash set aside, not the company's cash
  // "the $3.5 billion of debt that we bought down with part of the proceeds": an amount repaid, not what is owed.
  { rule: "amount-repaid", balanceOnly: true, reads: "after", window: 70, pattern: /^ of (?:our |the |its )?(?:[a-z-]+ )?«M\d+»,? (?:that |which )?(?:we |it |the company )?(?:(?:have|has|had|will|plan to|expect to) )?(?:(?:also|already|recently|then) )?(?:bought down|paid down|paid off|repaid|retired|redeemed|extinguished|prepaid|bought back|repurchased)\b/, why: (m) => `the part of ${m} repaid, not its level` },
  { rule: "held-in-escrow", balanceOnly: true, reads: "after", window: 70, pattern: /^(?:[^«;.]|«M\d+»){0,40}?\b(?:(?:deposited|held|placed|put|funded) (?:in|into) (?:an? )?escrow|in escrow|escrowed)\b/, why: (m) => `${m} held in escrow for one purpose, not the company's ${m}` },
  // "a bridge of adjusted earnings per share of $0.16 from the third quarter of last year to this year's third quarter": where a bridge starts
  { rule: "bridge-start", balanceOnly: false, reads: "after", window: 60, pattern: /^ from (?:the |our )?«P\d+»(?: of «P\d+»)? to\b/, why: (m) => `where a bridge of ${m} starts, said without its kind` },
  // "$160 million of available liquidity under our $400 million line of credit": the part a credit line gives, not the balance
  { rule: "part-of-liquidity", balanceOnly: true, reads: "after", window: 90, pattern: /^(?:(?:(?!includ|remainder|plus\b|and\b)(?:[^«;.,]|«M\d+»)){0,40}?\b(?:available|availability|undrawn|unused|capacity)\b(?:[^«;.,]|«M\d+»){0,20}?|(?: of| in)? «M\d+») (?:available )?(?:under|on|from) (?:our|its) (?:[^«;.,]|«F\d+»){0,30}?\b(?:(?:revolving )?credit (?:line|facility|facilities|agreement)|line of credit|revolv\w*|term loan)\b/, why: (m) => `the part of ${m} one credit line gives, not the whole` },
  // "After paying the special dividend, we will have $2.8 billion of cash on hand": a balance after an event to come
  { rule: "after-an-event", balanceOnly: true, reads: "sentence", window: 60, pattern: /^(?:(?:and|so|now|also),? )?(?:after|following|upon) (?:paying|giving effect to|funding|closing|the (?:payment|closing|close|funding) of)\b/, why: (m) => `${m} after an event still to come, not a balance of a period` },
  // "$33 million of signed not-open NOI": income of leases signed but not yet open, not the period's NOI
  { rule: "signed-not-open", balanceOnly: false, reads: "after", window: 50, pattern: /^ of (?:(?:signed|executed|leased)[,]? )?(?:but )?not[- ](?:yet[- ])?(?:open|opened|commenced)\b/, why: (m) => `${m} of leases signed but not yet open, not the period's ${m}` },
  { rule: "signed-not-open", balanceOnly: false, reads: "clause", window: 60, pattern: /\bnot[- ](?:yet[- ])?(?:open|opened|commenced) «M\d+» (?:of |was |is |at )?(?:(?:approximately|about|roughly|nearly|over) )?$/, why: (m) => `${m} of leases signed but not yet open, not the period's ${m}` },
  // "we expect to refinance $177 million of debt": the part being refinanced, not the balance
  { rule: "part-falling-due", balanceOnly: true, reads: "clause", window: 50, pattern: /\b(?:refinanc\w*|repric\w*|extend\w*|roll(?:ing)? over|rolled over) (?:(?:approximately|about|roughly|nearly|almost|over|another|an additional|the remaining) )?$/, why: (m) => `the part of ${m} refinanced or extended, not its level` },
  // "we had an average of approximately $1.5 billion of cash at the Fed in the second quarter": an average over the period, no balance at its end
  { rule: "average-balance", balanceOnly: true, reads: "clause", window: 50, pattern: /\b(?:an|the|our) (?:daily |quarterly |monthly )?average (?:balance )?of (?:(?:approximately|about|roughly|nearly|almost|over|some|just) )?$/, why: (m) => `an average ${m} over the period, not its level at the period's end` },
  // "It caused us to push about $150 million of revenue out of the quarter", "$50 million of sales shifted into the fourth quarter":
  // revenue moved from one period to another, not a period's level
  { rule: "revenue-shifted", balanceOnly: false, metric: /(?:^|_)revenue$/, reads: "after", window: 60, pattern: /^ (?:of|in) (?:[a-z-]+ ){0,2}«M\d+» (?:(?:was |were |has been |have been )?(?:pushed|shifted|moved|slipped|deferred|pulled) )?(?:out of|into|forward into|from (?:the |one )?(?:quarter|«P\d+»)|to (?:the )?(?:next|following) (?:quarter|year))\b/, why: (m) => `${m} moved from one period to another, not a period's level` },
  // "$1 of EPS for every $1 billion in revenue": a rule of thumb, one measure per unit of another, no level of either
  { rule: "for-every", balanceOnly: false, reads: "after", window: 60, pattern: /^(?: (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»)? (?:for|per) (?:every|each)\b/, why: (m) => `a rule of thumb of ${m} per unit of another measure, not a level` },
  { rule: "for-every", balanceOnly: false, reads: "clause", window: 40, pattern: /\b(?:for|per) (?:every|each) (?:(?:approximately|about|roughly|additional|incremental) )?$/, why: (m) => `the unit of a rule of thumb, not a level of ${m}` },
  // "we expect to complete the disposition of approximately $1 billion in combustion revenue": the revenue of businesses sold or to
  // be sold, not a level of the measure
  { rule: "business-sold", balanceOnly: false, reads: "clause", window: 60, pattern: /\b(?:dispos(?:ition|al|ing|e) of|divest(?:iture|ing|ed)? (?:of )?|sale of|selling|sold|exit(?:ing)? (?:of )?) (?:(?:approximately|about|roughly|nearly|almost|over|some|more than|businesses with|a business with) )*$/, why: (m) => `the ${m} of a business sold or to be sold, not a level of the company's ${m}` },
  // "net of a use of cash of $6.8 million"
  { rule: "flow-of-balance", balanceOnly: true, reads: "name", window: 40, pattern: /\b(?:uses?|sources?|outflows?|inflows?|burn) of (?:[a-z]+ ){0,2}$/, why: (m) => `a use or source of ${m}, not its level` },
  // "we repaid $13.8 million of debt", "used $7 million of cash", "returning $335 million in cash to shareholders"
  {
    rule: "flow-of-balance", balanceOnly: true, reads: "clause", window: 60,
    pattern: /\b(?:repaid|repay|repaying|brought back|bring back|bringing back|repatriated|repatriate|repatriating|paid (?:down|off)|pay (?:down|off)|paying (?:down|off)|retired|retire|retiring|redeemed|redeem|redeeming|reduce|reducing|reduced|prepaid|borrowed|issued|drew(?: down)?|drawn|refinanced|extinguished|repurchased|built|added|released|collected|used|using|spent|deployed|generated|generating|invested|returned|returning|return|paid|paying|distributed|distributing|utilized|utilizing|consumed|consuming) (?:(?:approximately|about|roughly|nearly|almost|over|another|an additional|a further|the remaining|between) )?$/,
    why: (m) => `an amount moved into or out of ${m} (repaid, borrowed, issued, used, generated), not its level`,
  },
  // "we returned more than $8.1 billion in cash last year to shareholders": cash paid out, not the cash the company holds (the verb
  // may stand further from the figure than the row above reads)
  { rule: "cash-returned", balanceOnly: true, metric: /^cash_and_investments$/, reads: "name", window: 80, pattern: /\b(?:returned|return|returning|returns|distributed|distribute|paid out|pay out)\b[^«;]{0,30}«F\d+» (?:in|of) (?:[a-z]+ )?$/, why: () => "cash returned to shareholders, not the cash the company holds" },
  // "DN will harvest approximately $10 million in cash for 68% interest", "So we used that $150 million of cash in the first quarter",
  // "the receipt by Tidewater of $17.1 million of cash": cash paid, received or used, not the cash the company holds
  { rule: "cash-in-a-deal", balanceOnly: true, metric: /^cash_and_investments$/, reads: "name", window: 80, pattern: /\b(?:harvest\w*|receiv\w*|paid|pay|pays|paying|proceeds|consideration|purchase price|sold|sell\w*)\b[^«;]{0,30}«F\d+» in $|\b(?:receiv\w*|receipt|used|use|uses|using|spent|spend|spending|burn\w*|consum\w*|paid|pay|pays|paying)\b[^«;]{0,30}«F\d+» of $/, why: () => "cash paid, received or used, not the cash the company holds" },
  // "we received $25 million in cash for the sale", "$10 million in cash for 68% interest": cash given for a stake or an asset
  { rule: "cash-in-a-deal", balanceOnly: true, metric: /^cash_and_investments$/, reads: "after", window: 60, pattern: /^ in «M\d+» for (?:a |an |the |our |its )?«F\d+»/, why: () => "cash paid, received or used, not the cash the company holds" },
  // "As of June 30, it had $65 million in unrestricted cash": a subsidiary or investee the turn spoke of, not "we"
  { rule: "another-holder", balanceOnly: true, reads: "clause", window: 40, pattern: /(?:^|[^a-z'])(?:it|they)\s+(?:had|has|have|held|holds|ended (?:the (?:quarter|year|period) )?with|maintains|maintained|carries|carried)\s+(?:(?:approximately|about|roughly|nearly|almost|over|some|just|only) )?$/, why: (m) => `${m} of another holder the turn spoke of ("it had"), not the company's` },
  // "At the time we bought it, it was producing a negative EBITDA of $100 million": a business the turn spoke of.
  { rule: "another-holder", balanceOnly: false, reads: "clause", window: 60, pattern: /(?:^|[^a-z'])(?:it|they)\s+(?:was|were|is|are)\s+(?:producing|generating|earning|doing|running at|making)\s+(?:[a-z-]+ ){0,3}(?:«M\d+» (?:of )?)?(?:(?:approximately|about|roughly|nearly|almost|over|some|just|only) )?$/, why: (m) => `${m} of a business the turn spoke of ("it was producing"), not the company's` },
  // "After the acquisition and as of today, our total liquidity position remains strong at approximately $1.3 billion in cash": a balance on
  // the day of the call, after the quarter's end, is no quarter-end level (and the call names no period it is the end of).
  { rule: "after-quarter-end", balanceOnly: true, reads: "sentence", window: 400, pattern: /\b(?:as of today|as of now|as we sit here(?: today)?|we sit here today|as we speak|post[- ]quarter(?:[- ]end)?|subsequent to (?:the )?(?:quarter|period)[- ]end|since (?:the )?(?:end of the )?quarter[- ]end)\b/, why: (m) => `${m} on the day of the call, after the quarter's end, not at a period's end` },
  // "the additional sale of $300 million in receivables"
  { rule: "flow-of-balance", balanceOnly: true, reads: "clause", window: 40, pattern: /\b(?:sold|selling|sell|factored|sales? of|(?:sale|factoring) of) (?:(?:approximately|about|roughly|nearly|almost|over|another|an additional|a further) )?$/, why: (m) => `an amount of ${m} sold, not its level` },
  // "we can support nearly $270 million in debt with zero cash earnings": what the company could carry, not what it has
  { rule: "capacity", balanceOnly: false, reads: "clause", window: 60, pattern: /\b(?:can|could|would|might)(?: still| easily| comfortably)? (?:support|handle|carry|afford|sustain|absorb|borrow|raise|access|take on|service) (?:(?:approximately|about|roughly|nearly|almost|over|up to|another|an additional|more than) )?$/, why: (m) => `an amount of ${m} the company could carry, not its level` },
  // "we have canceled approximately $35 million in capex previously planned", "deferred $20 million of capital expenditures"
  { rule: "amount-taken-out", balanceOnly: false, reads: "clause", window: 50, pattern: /\b(?:cancell?ed|cancell?ing|deferred|deferring|postponed|eliminated|eliminating|cut|trimmed|pulled|removed|taken out) (?:(?:approximately|about|roughly|nearly|almost|over|another|an additional|a further|some) )?$/, why: (m) => `an amount of ${m} canceled, deferred or cut, not its level` },
];

/** Words that make a figure a level to be reached ("we'll reduce our total debt to", "see return to"), read before the figure. */
const TARGET_LEVEL = /(?:\b(?:will|'ll|plan to|plans to|intend to|intends to|going to|aim to|aims to|want to|would)\b[^«;]{0,30}\b(?:reduce|lower|bring|pay|cut|grow|increase|raise|take|get|deleverage)\w* (?:down |up |back )?(?:(?:our|the|its) )?(?:[a-z-]+ ){0,2}«M\d+»(?: (?:down|up|back))? to|\b(?:see|expect|expects|will|to) (?:a )?return to|\bget back to|\b(?:our|the|its) (?:[a-z-]+ ){0,2}(?:targets?|goals?|aspirations?|ambitions?) (?:of|to reach|to achieve)(?: (?:approximately |about |roughly |around )?«F\d+»(?: (?:in |of )?(?:[a-z-]+ )?«M\d+»)?,?(?: and)?)*) (?:(?:approximately|about|roughly|around|nearly|below|under|less than|more than|over) )?(?:«F\d+»,? (?:or |to |and )?)?$/;
/** A sentence that opens on a measure per unit ("On a per square foot basis, ..."). */
const SINCE_OPENING = /^(?:(?:And|So|Now|Also|In fact),? )?(?:Ever )?[Ss]ince (?:(?:the (?:end|beginning|start) of )?(?:fiscal (?:year )?)?(?:19|20)\d\d|(?:initial public offering|inception)\b|(?:our|the|its) (?:[A-Za-z-]+ )?(?:IPO|inception|founding|spin-?off|separation|listing|emergence|formation|merger|acquisition of [^,]{1,40})(?: in (?:19|20)\d\d)?),/;
const PER_UNIT_BASIS = String.raw`on an? per[- ](?:square[- ]foot|sq\.? ?ft\.?|unit|home|ton|tonne|barrel|case|room|key|seat|store|customer|subscriber|user|box|pound|gallon|vehicle|visit|transaction|order|employee|head) basis\b`;
const PER_UNIT_OPENING = new RegExp(String.raw`^(?:(?:and|so|now|also|then),? )?${PER_UNIT_BASIS}`);
/** A figure said on a per-unit basis right after it ("13.7% on a per store basis"). */
const PER_UNIT_BASIS_AFTER = new RegExp(String.raw`^ ${PER_UNIT_BASIS}`);
/** A figure said of a measure per unit right after it ("5.4% in our net revenue per unit"). */
/** ("an 11% increase in net sales per hectoliter": any unit but a share, which names a measure of its own, "FFO per share".) */
const PER_UNIT_AFTER = /^(?: (?:(?:increase|decrease|growth|decline|rise|improvement|reduction) )?(?:in|of) (?:our |the |its )?(?:[a-z-]+ ){0,2}«M\d+»| (?:growth )?in (?:our |the |its )?(?:[a-z-]+ ){0,2}(?:revenue|revenues|sales|price|prices|pricing|margin|profit|cost|costs)) per (?:available |occupied |square |sq\.? )?(?!(?:fully )?(?:diluted |basic |common |weighted )?(?:shares?|ads|adss|adrs?)\b)[a-z][a-z-]*\b/;

/** A comparison with the levels before the pandemic, right after a change's figure or opening its sentence. */
const PRE_PANDEMIC_BASE = String.raw`(?:compared (?:to|with)|versus|vs\.?|relative to|over|above|below|against|from) (?:the |our )?(?:pre-?(?:pandemic|covid(?:-19)?|crisis)|«P\d+» pre-?(?:pandemic|covid))(?: levels?| period| baseline| year)?\b`;
const PRE_PANDEMIC_AFTER = new RegExp(String.raw`^[^;,]{0,40}?\b${PRE_PANDEMIC_BASE}`);
/** A named period a change is compared with, right after its figure ("compared to the third quarter of 2019"). */
// ("compared to 2019": the mention may hold the "to" itself.)
const BASE_AFTER = /^[^;,]{0,40}?\b(?:compared(?: to| with)?|versus|vs\.?|relative to|over|from) (?:the |our )?(?:same (?:quarter|period|month) (?:(?:of|in) )?)?«P(\d+)»/;
/** A bare year a change is compared with, which the period finder does not read as a period after "over" ("up 26% over 2019"). */
const BASE_YEAR_AFTER = /^[^;,«]{0,40}?\b(?:over|above|below) (?:the )?((?:19|20)\d\d)\b(?!\s*(?:%|percent|levels? of\b))/;
/** "system sales are up 15% on a two-year basis", "On a two-year stack, sales rose 21%", "19% versus LLY": a change over two years or more. */
const TWO_YEAR_AFTER = /^[^;,]{0,30}?\b(?:on an? (?:two|2|three|3)[- ]year(?:[- ]stack(?:ed)?)? basis|(?:on an? )?(?:two|2|three|3)[- ]year[- ]stack(?:ed)?|(?:versus|vs\.?|compared (?:to|with)|over|from|relative to|above|below) (?:the )?(?:same (?:quarter|period|month) |«P\d+» )?(?:lly|last[- ]last year|the year before last|(?:two|2|three|3) years (?:ago|prior|earlier|before)))\b/;
/** A clause that opens on a two-year basis before its figure, after another clause ("..., and on a two-year stack comp sales were up 8.5%"). */
const TWO_YEAR_CLAUSE = /(?:^|[,;] |\band )(?:on an? )?(?:two|2|three|3)[- ]year[- ](?:stack(?:ed)?|basis)\b(?:[^;,«]|«[MP]\d+»)*$/;
const TWO_YEAR_OPENING = /^(?:(?:and|so|now|also|[a-z]+ly),? )?(?:on an? )?(?:two|2|three|3)[- ]year(?:[- ]stack(?:ed)?)?(?: basis)?,/;
const PRE_PANDEMIC_OPENING = new RegExp(String.raw`^(?:(?:and|so|now|also),? )?${PRE_PANDEMIC_BASE},`);

/**
 * A change against another base than the year before, which is what a dashboard plots: pre-pandemic levels ("an increase of 15%
 * compared to pre-pandemic levels"), two years stacked ("up 15% on a two-year basis"), or a named period two years or more
 * before the figure's ("a total revenue decline of 0.7% compared to the third quarter of 2019", of a 2022 quarter).
 */
function olderBase(view: SentenceView, i: number, after: string, period: Period, changeSaid: boolean, linkedAsChange: boolean): { rule: string; base: string } | null {
  const sinceFigure = after.split(/«F\d+»/)[0]!;
  // ("On a comp basis sales were up 21% and on a two-year stack comp sales were up 8.5%": the clause of the figure may open on it.)
  const beforeFigure = view.abstract.slice(0, view.slots.get(`F${i}`)!.start);
  if (changeSaid && (PRE_PANDEMIC_AFTER.test(sinceFigure) || PRE_PANDEMIC_OPENING.test(view.abstract) || TWO_YEAR_AFTER.test(sinceFigure) || TWO_YEAR_OPENING.test(view.abstract) || TWO_YEAR_CLAUSE.test(beforeFigure))) {
    return { rule: "pre-pandemic-base", base: "pre-pandemic levels" };
  }
  // "When compared to Q3 2019, organic revenue increased 13.1%": a sentence that opens on a comparison with a year two or more
  // before the figure's.
  // ("Versus 2019, we grew sales 20%": the mention may hold the comparison word itself.)
  // ("When you compare our third quarter performance to Q3 2019, revenue is 28% higher": the same said with its subject.)
  // ("When comparing our results against two years ago for the third quarter of our fiscal '20, total revenue grew more than 20%".)
  const compared = /^(?:(?:and|so|now|also),? )?(?:when |as |if )?(?:compared(?: to| with)?|versus|vs\.?|relative to|(?:you|we) compare (?:(?:our|the|this|[a-z-]+|«P\d+») ){1,4}(?:to|with)|comparing (?:(?:our|the|this|[a-z-]+) ){1,3}(?:to|with|against)) (?:the |our )?«P(\d+)»(?: (?:for|of|in) (?:the |our )?«P\d+»(?: of (?:the |our )?«P\d+»)?)?,/.exec(view.abstract);
  const bare = compared ? null : /^(?:(?:and|so|now|also),? )?«P(\d+)»,/.exec(view.abstract);
  const openSlot = compared?.[1] ?? (bare && /^(?:versus|vs\.?)\s/i.test(view.text.slice(view.periods[Number(bare[1])]!.start)) ? bare[1] : undefined);
  const openedOn = openSlot === undefined ? null : view.periods[Number(openSlot)]!;
  if (changeSaid && openedOn && openedOn.relation === "absolute" && (period.year - openedOn.period.year >= 2 || /^(?:two|three|four|[2-4]) years ago$/i.test(view.text.slice(openedOn.start, openedOn.end)))) return { rule: "older-base", base: String(openedOn.period.year) };
  // ("group total revenues were 5% above the third quarter of 2019", in a 2022 call: a level said in percent of an older one.)
  const above = /^ (?:above|below|ahead of|behind|higher than|lower than|over|versus|vs\.?|compared (?:to|with)) (?:the |our )?«P(\d+)»/.exec(sinceFigure);
  const aboveBase = above ? view.periods[Number(above[1])]! : null;
  if (aboveBase && aboveBase.relation === "absolute" && period.year - aboveBase.period.year >= 2) return { rule: "older-base", base: String(aboveBase.period.year) };
  // ("We are back above the 2019 pre-COVID levels on every financial metric, with sales up 11%", in a 2021 call: the changes that
  // follow a clause on the levels of a year two or more before are against those levels.)
  const levels = changeSaid ? /\b(?:above|below|ahead of|behind|back to|versus|vs\.?|compared (?:to|with)|relative to) (?:the |our )?«P(\d+)»(?: [a-z-]+){0,2} levels?\b/.exec(beforeFigure) : null;
  const levelsOf = levels ? view.periods[Number(levels[1])]! : null;
  if (levelsOf && levelsOf.relation === "absolute" && period.year - levelsOf.period.year >= 2) return { rule: "older-base", base: String(levelsOf.period.year) };
  if (!linkedAsChange) return null;
  const year = BASE_YEAR_AFTER.exec(sinceFigure);
  if (year && period.year - Number(year[1]) >= 2) return { rule: "older-base", base: year[1]! };
  // ("The 220 basis point improvement in the second quarter of 2021 adjusted gross margin versus 2019": the mention holding its
  // comparison word may come after another period mention.)
  const nextPeriod = [...sinceFigure.slice(0, 60).matchAll(/«P(\d+)»/g)].find((m) => /^(?:versus|vs\.?|compared|from|relative|over)\b/i.test(view.text.slice(view.periods[Number(m[1])]!.start)));
  // (The first of them: "were down 57.8% versus 2019 and continue the progress from the first quarter".)
  const baseAfter = BASE_AFTER.exec(sinceFigure);
  const named = nextPeriod && (!baseAfter || nextPeriod.index! < baseAfter[0].length) ? nextPeriod : (baseAfter ?? null);
  const base = named ? view.periods[Number(named[1])]! : null;
  return base && base.relation === "absolute" && period.year - base.period.year >= 2 ? { rule: "older-base", base: String(base.period.year) } : null;
}

/** Words before a measure's name that make its figure a base compared with ("compared to net income of", "up from prior-year sales of"). */
const BASE_BEFORE_NAME = new RegExp(String.raw`(?:\b(?:compared (?:to|with)|versus|vs\.?|against|than|${COMPARING_FROM})|«F\d+»(?: [a-z-]+){0,2} over) (?:a |an |the )?(?:«P\d+» )?$`);
/** A named segment as the subject right before a measure ("our Wholesale Brokerage Segment delivered total revenue growth"). */
/** An opening on a part named in capitals with the word for its kind: "For Health & Bioscience division,", "In our Water Systems segment,". */
const NAMED_PART_OPENING = /^(?:(?:And|So|Now|Also|Then),? )?(?:For|In|Within|At|Across) (?:our |the )?(?:[A-Z][\w.'’-]*(?: &)? ){1,4}(?:[Ss]egment|[Dd]ivision|[Bb]usiness|[Gg]roup|[Uu]nit)s?,/;
const NAMED_SEGMENT_SUBJECT = /\b(?:[Tt]he|[Oo]ur) (?:[A-Z][\w&.-]*\s+){1,4}(?:[Ss]egment|[Dd]ivision|[Bb]usiness [Uu]nit)\s+(?:[a-z]+\s+){0,2}$/;
/** A scope that ends in a participle opening a clause on the measure ("profitability generating"), the noun before it the main clause's. */
const PARTICIPLE_SCOPE = /^(?:[a-z-]+ )?(?:generating|delivering|producing|posting|recording|achieving|earning)$/;
/** "expect that [post IPO,] life and retirement will pay": the subject of an expected payment or earning, right before the measure. */
const OTHER_PARTY_WILL = /\bexpects? (?:that )?(?:[^«,;]*, )?((?:[a-z&'-]+ ){1,4})will (?:pay|generate|produce|earn|contribute|declare|distribute) (?:(?:an?|the|its|their) (?:[a-z-]+ ){0,2})?$/i;
/** An opening that puts the sentence's measures on a same-store pool: "On a same store basis, ...", "On a same-property basis, ...". */
const SAME_STORE_OPENING = /^(?:(?:and|so|also|now),? )?on an? (?:same|comparable)[- ](?:store|property|properties|center|asset|portfolio|community) (?:cash |gaap )?basis,/;
/** Points said right after a bare number ("up 2.6 points"): percentage points when the sentence speaks in percentages. */
const POINTS_AFTER = /^\s*(?:points?|pts?)\b/i;
/** Profits below the gross line, which a kind of revenue ("service", "subscription") does not report. */
const BELOW_GROSS = /^(?:operating_income|operating_margin|ebitda|adjusted_ebitda|ebitda_margin|ebit|net_income|eps|free_cash_flow|operating_cash_flow)$/;
/** A sentence whose subject is a named segment: "ALLETE's Regulated Operations segment, which includes ..., recorded". */
const SEGMENT_SUBJECT = /^(?:(?:And|So|Now|Also|Finally|Next),? )?(?:(?:(?:The|Our) |[A-Z][\w&.-]*(?:'s|’s) )?((?!(?:Total|Full|Overall|Each|Every|All|Combined|Consolidated|Adjusted|Reportable|Operating)\b)(?:[A-Z][\w&.-]*\s+){1,4})(?:segment|division|business unit|subsidiary)\b(?!\s+(?:margins?|revenues?|sales|income|profits?|ebitda|results|operating|earnings))(?![^,;]*\b(?:and|or|&) (?:the |our )?(?:[A-Z][\w&.-]*\s+){1,4}(?:segments?|divisions?)\b)|(?:The|Our) ((?:[a-z][\w&-]*\s+){1,4})(?:businesses|segments|operations|subsidiaries),? (?:which|that) (?:include|includes|consists? of|comprises?)\b)/;

/** The home market, or international sales themselves, as the part a sentence heads: "Domestic", "North American", "International Q1". */
/** Words after "the" or "our" that head no part of the business ("our total", "the other", "our own"). */
const NOT_A_PART = "total|full|overall|each|every|all|combined|consolidated|adjusted|reportable|operating|other|same|largest|smallest|biggest|core|whole|entire|underlying|existing|base|own|new|ongoing|remaining";
const HOME_MARKET_NAMES = String.raw`domestic|u\.?s\.?|united states|north america|americas`;
/** The corpus's home market, as a part a sentence names: "Domestic", "U.S.", "North America". */
const HOME_MARKET = new RegExp(`^(?:${HOME_MARKET_NAMES})$`, "i");
const HOME_OR_ABROAD = new RegExp(String.raw`^(?:international\b.*|${HOME_MARKET_NAMES}|north american)$`, "i");
/** A sentence that opens on a segment in small letters as its subject: "Our golf equipment segment continued to ..." (the segment's words). */
const SEGMENT_HEAD_LOWER = new RegExp(String.raw`^(?:(?:and|so|now|also|finally|next),?\s+)?(?:the|our) ((?!(?:${NOT_A_PART}|two|three|four|five|six)\b)(?:(?!(?:of|our|the|its|in|for|with)\b)[a-z][\w&-]*\s+){1,3})(?:segment|division|business unit)\s+(?!(?:revenues?|sales|margins?|income|profits?|results|earnings|ebitda|operating|was|were|is|are)\b)[a-z]+`, "i");
/**
 * The same in lower case, where only the part noun and the verb after it tell a part from a measure: "On a segmented basis, the
 * development segment generated net income of $2.9 million".
 */
const SEGMENT_SUBJECT_LOWER = new RegExp(String.raw`^(?:(?:and|so|now|also|finally|next),?\s+)?(?:on a segment(?:ed)? basis,\s+)?(?:the|our) ((?!(?:${NOT_A_PART})\b)(?:(?!(?:of|our|the|its|in|for|with)\b)[a-z][\w&-]*\s+){1,3})(?:segment|division|business unit|sector|business)\s+(?:generated|reported|had|delivered|posted|recorded|earned|produced|achieved|contributed)\b`, "i");

/** The company's outlook for the year, in its own words: "our full year adjusted EBITDA guidance", "our 2022 outlook". */
const COMPANY_YEAR_OUTLOOK = /\bour (?:(?:prior|previous|updated|revised|raised|current|original) )?(?:full[- ]year|(?:fiscal )?(?:19|20)\d\d|annual) (?:[A-Za-z&-]+ ){0,4}(?:guidance|outlook)\b(?! (?:for|of|in) (?:the|this|that|each|every|our) (?:[a-z-]+ )?(?:segments?|divisions?|business|units?)\b)/i;

/** A dividend rate declared, raised or announced at the call: "our board declared", "we are raising our quarterly dividend to". */
const DECLARED_NOW = /\b(?:(?:board|directors)\b[^.;]{0,40}\b(?:declared|approved|authorized|announced|raised|increased|reduced|lowered|cut)|(?:declared|declares|declaring|announced|announcing|announce|approved|raising|increasing|are raising|are increasing|have raised|have increased|reinstat\w*|will pay|payable|to be paid)\b)/i;
/** A rate the company set at the call's time, which is after the quarter it reports: "Earlier this month, we decreased our dividend by 9.8% to $1.85 per share annually". */
const SET_LATELY = /^(?:(?:and|so|also|now),? )?(?:(?:earlier|just) )?(?:today|this (?:month|morning|week)|yesterday|last (?:week|night))\b,?[^.;]{0,60}?\b(?:raised|increased|reduced|decreased|lowered|cut|reset|rebased)\b/i;
/** "And on January 28, the board of directors approved a 2% increase in the regular quarterly cash dividend", in a first-quarter call: set on a day of the quarter reported, not at the call. */
function setOnDayOfQuarter(text: string, call: CallPeriod): boolean {
  const day = /\bon (january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?\b/i.exec(text);
  return day !== null && monthsOfCallQuarter(call).includes(monthNumber(day[1]!));
}
/** An outlook a figure is set beside: "against our previous full year outlook range of", "compared to our full year outlook of". */
const BESIDE_OUTLOOK = String.raw`(?:(?:compared|relative) (?:to|with)|against|versus|vs\.?) (?:the |our )?(?:(?:previous|prior|original|initial|earlier|updated|current|raised|new|latest) )?(?:«P\d+» |full[- ]year |annual )?(?:[a-z-]+ ){0,2}(?:guidance|outlook|forecast|expectations?|target)\b`;
/** Right after a figure: the outlook it is set beside. */
const OUTLOOK_AFTER = new RegExp(String.raw`^ ${BESIDE_OUTLOOK}`);
/** The same anywhere in a clause ("against our previous full year outlook range of $1.92 to $1.96"): no cue that the clause states an outlook. */
const OUTLOOK_SET_BESIDE = new RegExp(String.raw`\b${BESIDE_OUTLOOK}`, "g");
/**
 * A month the board acted in, named before the rate without a day ("in August, we announced an 11% increase", "as a reminder, in
 * early May, our board approved"): most often a month of the quarter the call reports, so the rate is that quarter's, not the
 * next one's. ("On October 26, our Board declared": a day named is most often the days just before the call, after the quarter.)
 */
const SET_IN_MONTH = /\b(?:in|during|earlier in|back in) (?:early |mid-?|late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,? \d)/i;
/** After a level: said against an outlook or an expectation ("$6 million above our guidance", "more than we would have expected", "lower than expected"). */
const LEVEL_AGAINST_OUTLOOK = /^ (?:above|below|ahead of|behind|higher than|lower than|more than|less than|better than|worse than|over|under) (?:(?:the |our )?(?:(?:top|high|upper|low|lower|bottom)[- ]end of (?:our |the )?)?(?:[a-z-]+ |«M\d+» ){0,2}(?:guidance|outlook|expectations?|forecasts?|consensus|range|target|plan|projections?|estimates?|budget)\b|(?:we|i) (?:would|had|might|could|expected|planned|anticipated|projected|thought)\b|(?:expected|planned|anticipated|projected|forecast|budgeted)\b)/;
/** After a change: said against the company's own estimate ("5% lower for copper ... relative to our recent estimates"). */
const CHANGE_AGAINST_OUTLOOK = /^ (?:higher|lower|above|below|ahead|behind|more|less|better|worse|short)\b[^;«]{0,40}?(?:«F\d+»[^;«]{0,30}?)?\b(?:relative to|compared (?:to|with)|versus|vs\.?|against|than|of) (?:the |our )?(?:[a-z-]+ |«M\d+» ){0,2}(?:guidance|outlook|expectations?|forecasts?|consensus|target|plan|projections?|estimates?|budget)\b/;
/** Words that make the figure after them one compared with: "This compares to $14 million of net income". */
const COMPARED_WITH = /\b(?:compar(?:e|es|ed|ing) (?:to|with)|versus|vs\.?) (?:the |an? )?(?:approximately |about |roughly )?$/;
/** A span through a day or month, as written (one that names a period of the call's is a period placeholder by then). */
const THROUGH_DATE = /\b(?:through|thru|until) (?:the end of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** The board setting a dividend "for the first quarter": the quarter whose rate it is. */
const BOARD_SET_FOR_QUARTER = /\b(?:board|directors)\b(?:[^.;]|\.(?=\d)){0,60}\b(?:declared|approved|authorized)\b(?:[^.;]|\.(?=\d))*?\bfor the (first|second|third|fourth) quarter\b/i;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** Said of a dividend the reported quarter paid or declared: "during the quarter", "in the third quarter we paid". */
// ("We also declared and paid a $0.23 per share common stock dividend": paid already, in the quarter reported.)
const PAID_IN_QUARTER = /\b(?:during|in|for|throughout) the (?:quarter|period)\b|\b(?:we|company) (?:also )?(?:(?:declared|approved) and )?(?:paid|returned|distributed)\b|\bpaid (?:out )?(?:during|in)\b|\bfor the (?:first|second|third|fourth) quarter\b|\bin (?:the )?(?:first|second|third|fourth) quarter\b/i;

/** A rate case's verbs, right before its amount ("requested a", "the staff recommended an annual"). */
const RATE_CASE_VERB = /\b(?:request|requests|requested|requesting|recommend|recommends|recommended|recommending|propose|proposes|proposed|proposing|approve|approves|approved|approving|authorize|authorizes|authorized|award|awarded|grant|grants|granted|seek|seeks|seeking|sought|file|filed|filing)(?: for)?(?: (?:an?|the|its|our))?(?: (?:net|annual|annualized|base|total|overall|electric|gas|water|rate|approximately|about|roughly|nearly))* $/;
/** A settlement's or rate case's increase of revenue named before its amount ("The settlement includes an overall increase in revenues of $18.6 million"). */
// ("This settlement stipulates a 9.85% return on equity and a revenue increase of $9.25 million": the measure before the increase.)
// ("We're seeking a modest revenue increase of $6.4 million": one the company asks for, too.)
const RATE_SETTLEMENT = /\b(?:settlement|stipulat\w*|rate case|rate review|rate order|rate filing|rate plan|general rate|seek(?:s|ing)?|request(?:s|ed|ing)?|sought|asking for)\b[^;]{0,80}?(?:\b(?:increase|decrease|reduction)s? (?:in|of) (?:(?:our|the|its|annual|annualized|base|rate|electric|gas|overall|total) )*«M\d+» (?:of )?|(?:(?:annual|annualized|base|rate|electric|gas|overall|total) )*«M\d+» (?:increase|decrease|reduction|requirement)s? (?:of|in) )(?:approximately |about |roughly |nearly )?$/;
/** A rate case's amount named before it: "requesting a revenue increase of $115 million", "approved a base rate increase of". */
const RATE_CASE_BEFORE = /\b(?:request|requests|requested|requesting|recommend\w*|propos\w*|approv\w*|authoriz\w*|award\w*|grant\w*|seek\w*|sought|fil\w*)(?: for)?(?: (?:an?|the|its|our))?(?: (?:net|annual|annualized|base|total|overall|electric|gas|water|rate))* «M\d+» (?:increase|decrease|reduction|requirement)s? (?:of|in) (?:approximately |about |roughly |nearly )?$/;
/** What a rate case's amount is said to be: an increase of revenue or a revenue requirement. */
const RATE_CASE_AMOUNT = /^ (?:(?:net|annual|annualized|base|total|overall|electric|gas|water|rate) )*(?:«M\d+» (?:increase|decrease|reduction|requirement)s?\b|(?:increase|decrease|reduction)s? in (?:(?:our|the|its|annual|base|rate|electric|gas) )*«M\d+»)/;

/** Words that date what a sentence says after the quarter's end: the day of the call, or since the quarter closed. */
/** Said after the quarter's end: "subsequent to the quarter close", "subsequent to year end", "since the end of June" (group 1: the month). */
const AFTER_QUARTER_END = /\b(?:subsequent to|after|since) (?:the )?(?:(?:quarter|year|period)[- ](?:end|close)|end of (?:the )?(?:quarter|period|(?:fiscal )?year)|end of (january|february|march|april|may|june|july|august|september|october|november|december))\b|\bpost[- ](?:quarter|period)[- ]?end\b/i;
const AFTER_THE_QUARTER = /\b(?:today|this morning|yesterday|last night|this week|last week|earlier this month|this month|(?:subsequent to|after|since) (?:the )?(?:end of the )?(?:quarter|period)(?:[- ](?:end|close))?|(?:subsequent to|after|since) (?:the )?(?:fiscal )?year[- ]end|since the end of (?:january|february|march|april|may|june|july|august|september|october|november|december)|post[- ](?:quarter|period)[- ]?end|quarter-to-date|so far this quarter)\b/i;

function clauseBefore(view: SentenceView, i: number): string {
  const before = view.abstract.slice(0, view.slots.get(`F${i}`)!.start);
  const cut = Math.max(
    before.lastIndexOf("; "),
    before.lastIndexOf(": "),
    lastMatch(before, /, (?:but|while|whereas|although|though) /g),
    lastMatch(before, /, and (?=(?:we|our|the|it|this|that|i) )/g),
    lastMatch(before, /\bwhich (?:was|were|is) (?:better|worse|above|below|ahead)/g),
    // "came in as we expected at 18% with our fourth quarter tax rate expected to be around 20%": a new subject after a figure.
    lastMatch(before, /(?<=«F\d+»[^«;]{0,20}?) with (?=(?:our|the|a|an) |«[PM])/g),
  );
  if (cut < 0) return before;
  // "we anticipate industry demand to grow ...; net sales of between $5.65 billion and $5.75 billion; ...; and adjusted EPS of
  // approximately $8": each verbless item of a list that a sentence opening with an outlook runs through is said under it, or one
  // whose verb the outlook governs ("we expect revenue to be $5.1 billion ...; earnings per share increase to $0.99 ...").
  const semi = before.indexOf("; ");
  if (semi >= 0 && cut === before.lastIndexOf("; ")) {
    const opening = /^(?:[^«;]|«[MPC]\d+»)*?\b(?:we|i) (?:now |currently |still )?(?:expect|anticipate|forecast|project|estimate|are expecting|are anticipating|are forecasting|are projecting|are guiding)\b/.exec(before.slice(0, semi));
    const item = before.slice(cut + 2);
    if (opening && isGuidance(opening[0]) && /^(?:and )?(?:[a-z-]+ ){0,3}«M\d+»(?: (?:of|in|at|around|approximately|about|roughly|between|excess|exceeding|greater|than|more|less|up|to|over|under|the|a|an|as|percent|per|share|baseline|be|increase|decrease|grow|decline|rise|fall|improve|remain|total|reach|range|from))* $/.test(item)) {
      return `${opening[0]}; ${item}`;
    }
  }
  // "we expect the following: for the third quarter, revenue of $1.3 billion, ...; EBITDA of $295 million, ...": each item
  // of a list an outlook introduces is said under its lead.
  const colon = before.indexOf(": ");
  const lead = colon >= 0 && colon <= cut ? before.slice(0, colon) : "";
  return lead && isGuidance(lead) && !/«F\d+»/.test(lead) ? `${lead} ${before.slice(cut)}` : before.slice(cut);
}

function lastMatch(s: string, re: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

/** A clause that goes on with what was said before it: "with capital expenditures of", "while delivering adjusted free cash flow of". */
const OUTLOOK_CLAUSE = /^\W*(?:with|while (?:delivering|generating|producing|achieving|maintaining))\b/;
/** A verb of a result, not of an outlook: "we delivered", "sales were". */
const RESULT_VERB = /\b(?:delivered|reported|achieved|generated|posted|was|were|had|grew|increased|decreased|declined|rose|fell)\b/;

/** "We project free cash flow of $900 million, with capital expenditures of $380 million for the year": a "with" clause goes on with the outlook before it. */
function outlookWith(view: SentenceView, i: number, clause: string): boolean {
  if (!OUTLOOK_CLAUSE.test(clause.trimStart())) return false;
  // (Not after a result: "We delivered record earnings per share of $16, above our guidance, with free cash flow of $900 million".)
  const before = view.abstract.slice(0, view.slots.get(`F${i}`)!.start - clause.length);
  return isGuidance(before) && /\b(?:expect|project|anticipat|forecast|estimat|plan|guid(?:e|ing)\b|see|confiden)\w*/.test(before) && !RESULT_VERB.test(before);
}

function isGuidance(clause: string): boolean {
  const said = withoutAsides(clause);
  return GUIDANCE_CUE.test(said) && !NOT_GUIDANCE.test(said);
}

/**
 * The clause without words that look ahead to nothing: an aside to the listener ("As you will see on slide six, net sales for
 * Q2 reached $1.3 billion") and an adjective of comparison ("a lower-than-expected tax rate").
 */
function withoutAsides(clause: string): string {
  // (What a measure is said to leave out, set off by commas, is no outlook: "excluding the change in estimated earn-out payable,".)
  // ("On slide 13, you'll see that we posted net income of $113 million": the aside without "as" too.)
  // ("Given the cash performance and confidence in our outlook, we deployed excess cash through share buybacks": an opening reason
  // that names the outlook says why, not what the clause after it gives.)
  return clause.replace(/^(?:(?:and|so),? )?(?:given|in light of|supported by) (?:[^,;«]|«[MP]\d+»)*, (?=we )/, "").replace(/\b(?:as )?(?:you|we) ?(?:will|'ll|can|may|might|should|could) (?:see|note|notice|recall|hear|find)\b/g, "").replace(THAN_EXPECTED, "").replace(DIVIDEND_RAISED, "").replace(/, excluding [^,;]*,/g, ",");
}

/** A sentence that opens on the midpoint of the outlook ("At the midpoint of our guidance, our growth is comprised of 3.75% ..."): its figures are the outlook's. */
const MIDPOINT_OPENING = /^(?:(?:and|so|now|again),? )?at the mid-?point(?: of (?:our |the |this |that )?(?:[a-z-]+ )?(?:guidance|outlook|range|forecast)(?: range)?)?,/;

/**
 * A dividend raised, said with its count ("for the 56th time"), in a sentence on other figures: the board's act, no outlook ("These
 * record cash returns included paying $6.4
 * billion in dividends, raising the dividend for the 56th time in 52 years and repurchasing nearly 36 million shares during the year
 * totaling $1.7 billion").
 */
const DIVIDEND_RAISED = /\b(?:rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)) (?:the |our |its )?(?:regular |quarterly |annual |common |cash )*(?:dividends?|«M\d+»)(?:,? (?:for|in) (?:the |our )?(?:\d+(?:st|nd|rd|th)|«F\d+»)(?: consecutive| straight)? (?:time|year|quarter)s?\b)/g;

function fallsAround(view: SentenceView, i: number): boolean {
  const slot = view.slots.get(`F${i}`)!;
  const before = view.abstract.slice(Math.max(0, slot.start - 40), slot.start);
  const after = view.abstract.slice(slot.end, slot.end + 30).split(/[,;]|«/)[0] ?? "";
  const lastBefore = before.split(/«F\d+»/).at(-1) ?? before;
  // ("a 10% constant currency decline": a word of basis may stand between the figure and the word of its way.)
  const own = after.replace(new RegExp(String.raw`^ ${BASIS_BEFORE_CHANGE}(?= )`), "");
  return FALL.test(own.slice(0, 20)) || (FALL.test(lastBefore) && !/\bfrom\b/.test(lastBefore.slice(-12)) && lastAt(FALL, lastBefore) > lastAt(RISE, lastBefore));
}

/** Where the last match of `re` in `text` starts; -1 when none. "Excluding the negative impact of FX, revenue was up 16%": the nearer word says the way. */
function lastAt(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(re.source, "g"))) at = m.index;
  return at;
}

interface UnitInput {
  def: MetricDefinition;
  metric: string;
  q: Quantity;
  relation: Link["relation"];
  phrase: SubjectPhrase;
  ctx: CallContext;
  view: SentenceView;
  i: number;
  after: string;
  clause: string;
  link: Link;
  /** An item of a "respectively" list: its own words say whether it is organic, not the whole list's. */
  listed: boolean;
}

type UnitRead = { metric: string; unit: Unit; scale: number; relation: Link["relation"]; growth: boolean; rule: string } | { drop: string; rule: string };

/** Measures the lexicon names per share of their own ("ffo_per_share"), unlike an impact per share ("$0.19 per share increase in revenues"). */
const PER_SHARE_MEASURES = new Set(METRICS.filter((m) => m.perShare && m.name.endsWith("_per_share")).map((m) => m.name));

/*
 * The figure's unit against the measure's:
 *   a money measure:   money → its level or change; percent and a change → its growth rate
 *                      (read as "revenue_growth", stated as revenue, kind change, in percent; organic
 *                      growth when the sentence or the call says so);
 *                      per share → only a per-share measure (EPS, dividend)
 *   a percent measure: percent → its level; a change in percent or basis points → a change in
 *                      percentage points (167 bp → 1.9)
 *   days, times, count: the same unit only
 */
function fitUnit(x: UnitInput): UnitRead {
  const { def, q, relation, phrase, ctx, view, i, after, clause } = x;
  const unit = q.unit;
  const money = unit === "USD" || unit === "EUR" || unit === "GBP" || unit === "DKK" || unit === "JPY" || unit === "CHF" || unit === "CAD";
  // (An opening on the organic basis is every item's: "On an organic basis, GAAP and non-GAAP revenues grew 7.6% and 7.5%, respectively".)
  const organicWords = phrase.organic || (!x.listed && /\borganic(?:ally)?\b/.test(clause.slice(-80))) || (x.listed && /^(?:(?:and|so|now|also),? )?(?:on an? organic(?: [a-z-]+){0,2} basis|organically),/.test(view.abstract)) || /^ (?:(?:year[- ]over[- ]year|year[- ]on[- ]year),? )?(?:organic(?:ally)?|core|on an organic(?: [a-z-]+){0,2} basis|in organic)\b/.test(after);
  switch (def.family) {
    case "money": {
      if (money) {
        // "diluted net income of $1.13 per share": net income stated per share is earnings per share.
        if (q.perShare && def.name === "net_income") return { metric: "eps", unit: `${unit}/share`, scale: 1, relation, growth: false, rule: "net-income-per-share" };
        // "Core FFO of $1.45 per diluted share": a measure stated per share that has a per-share measure of its own is that one.
        if (q.perShare && !def.perShare && PER_SHARE_MEASURES.has(`${def.name}_per_share`)) return { metric: `${def.name}_per_share`, unit: `${unit}/share`, scale: 1, relation, growth: false, rule: "measure-per-share" };
        if (q.perShare && !def.perShare) return { drop: `a per-share figure of ${def.name}, which is not stated per share`, rule: "per-share-mismatch" };
        if (def.perShare && def.name === "eps" && !q.perShare && Math.abs(q.value ?? q.high ?? 0) >= 100) return { drop: "an amount of money where earnings per share are meant", rule: "eps-scale" };
        if (def.name === "dividend" && !q.perShare && Math.abs(q.value ?? q.high ?? 0) < 100 && !/\bper share\b|\ba share\b/.test(after.slice(0, 30))) {
          return { metric: "dividend", unit: `${unit}/share`, scale: 1, relation, growth: false, rule: "money" };
        }
        // A company's amounts run to thousands at least: "a $0.06 sequential increase in same-store NOI" (a walk
        // of FFO per share), "$100 of equity and $100 of debt against it" (an illustration) are no amounts of it.
        if (!def.perShare && def.name !== "revpar" && Math.abs(q.value ?? q.high ?? 0) < 1000) return { drop: `${q.value ?? q.high} is per share, per unit or an illustration, not an amount of ${def.name}`, rule: "too-small-for-an-amount" };
        // A per-share measure's figure said per share, or too small for an amount ("EPS of $1.23", "a quarterly dividend of
        // $0.25"), is per share; one in millions is the total ("$1.2 billion of dividends").
        if (def.perShare && (q.perShare || Math.abs(q.value ?? q.high ?? q.low ?? 0) < 100)) return { metric: def.name, unit: `${unit}/share`, scale: 1, relation, growth: false, rule: "money-per-share" };
        return { metric: def.name, unit, scale: 1, relation, growth: false, rule: "money" };
      }
      if (unit === "percent" || unit === "bps") {
        // "sales growth of 14% to $16": a range of percentages whose second end the transcript garbled into a dollar sign, too small
        // for an amount of the measure: neither end alone is the figure. (Not "grew 14% to $1.6 billion", the level it reached.)
        const next = view.figures[i + 1];
        // (Only a range said as one, "growth of 14% to $16", of an amount: "EPS increased 68% to $7.46" is the change and the level.)
        if (next && !def.perShare && next.marked && next.unit !== "percent" && !next.perShare && next.value !== null && Math.abs(next.value) < 1000 && /^\s*(?:to|-|–)\s*$/.test(view.text.slice(q.end, next.start)) && /\b(?:of|between)\s+(?:approximately |about |roughly )?$/i.test(view.text.slice(Math.max(0, q.start - 30), q.start))) {
          return { drop: "a range of percentages whose second end is written as money (a transcription slip): neither end is the figure", rule: "garbled-range" };
        }
        // "operating expenses to be in the range of minus 1% to plus 1%": a percentage of money running from a fall to a rise is its change.
        const signed = unit === "percent" && q.low !== null && q.high !== null && q.low < 0 && q.high > 0;
        // ("we expect our revenue to be in the range of 19% to 22% growth in local currency": a percentage the word "growth" follows.)
        // (Not a base compared with: "decreased 9% in comparison to a 22% increase in the year ago quarter".)
        const growthSaid = relation !== "base" && /^ (?:growth|increase|decline|decrease)\b/.test(after);
        if (relation === "change" || signed || growthSaid) {
          if (unit === "bps") return { drop: "basis points of a money measure", rule: "bps-of-money" };
          // ("As a percentage of net sales, SG&A improved by 0.1 percentage point": points move a ratio of the measure, not the measure.)
          if (/\b(?:percentage )?points?\b|\bpts?\b/i.test(view.text.slice(q.start, q.end)) || POINTS_AFTER.test(view.text.slice(q.end))) return { drop: "percentage points of a money measure: a move of its ratio to sales", rule: "points-of-money" };
          // (A call's "unless otherwise specified, revenue refers to organic revenues" holds until the words specify otherwise: "Net
          // revenue was up 19.6% ... Organic revenue was up 16.4%".)
          const name = x.link.subject.kind === "name" ? view.names[x.link.subject.slot]! : null;
          // (The words before the name are the subject phrase's: "total" and "consolidated" make it the company's, "GAAP" its basis.)
          const otherwise = phrase.company || phrase.basis === "GAAP" || (name !== null && /\b(?:net|total|reported|consolidated|gaap)\b/i.test(view.text.slice(name.start, name.end)));
          const organic = def.name === "organic_growth" || (def.name === "revenue" && (organicWords || (ctx.organicCall && !otherwise)));
          if (organic) return { metric: "organic_growth", unit: "percent", scale: 1, relation: "level", growth: true, rule: "organic-growth" };
          // "adjusted FFO increased 1.5% to $1.34 per share", "net income increased 5% to $1.20 per share": the growth of the amount
          // per share the figure after it reached.
          const perShareAfter = next?.perShare && /^\s*(?:,\s*)?to\s*$/.test(view.text.slice(q.end, next.start));
          const perShareName = def.name === "net_income" || def.name === "earnings" ? "eps" : PER_SHARE_MEASURES.has(`${def.name}_per_share`) ? `${def.name}_per_share` : null;
          if (perShareAfter && perShareName) return { metric: `${perShareName}_growth`, unit: "percent", scale: 1, relation: "level", growth: true, rule: "growth-of-amount-per-share" };
          return { metric: `${def.name}_growth`, unit: "percent", scale: 1, relation: "level", growth: true, rule: "growth-rate" };
        }
        // ("International revenue now accounts for 36% of sales": the whole's name may be read as a measure's, «M».)
        const ofWhole = /^ of (?:our |the )?(?:total |net |consolidated )?(?:revenues?|sales|«M(\d+)»)/.exec(after);
        if (def.name === "international_revenue" && ofWhole && (ofWhole[1] === undefined || view.names[Number(ofWhole[1])]?.def.name === "revenue")) {
          return { metric: def.name, unit: "percent", scale: 1, relation, growth: false, rule: "share-of-revenue" };
        }
        return { drop: `a percentage said of ${def.name}, a money measure, that is no change of it`, rule: "percent-of-money" };
      }
      if (unit === "times" && def.name === "inventory") return { metric: "inventory_turns", unit, scale: 1, relation, growth: false, rule: "inventory-turns" };
      // "we generated revenue of 3.15 billion", "net loss of 757 million", "consolidated revenues of 681 million with CooperVision
      // revenues of 507 million": millions said of a money measure with no unit of their own, in a call that writes its other amounts
      // with a currency sign, are that currency (the transcriber left the sign out).
      // (Not "2.7 million shares", "5 million dekatherms per day": a unit of their own follows; nor inventory, often counted in
      // tons or barrels: "We have 1.2 million in inventory".)
      // (Nor a count of shares: "we deployed $2.2 billion to repurchase 8.8 million of our shares".)
      // (Inventory may be counted in units, homes or barrels; "we were carrying 624 million of inventory" is money.)
      // (So is inventory after an amount of it in the currency: "decreased by 19% to $336 million ... compared to 413 million".)
      if (unit === "count" && ctx.currency && !def.perShare && (def.name !== "inventory" || /^ of (?:our |its |the )?«M\d+»/.test(after) || view.figures.some((f, k) => k < i && f.unit === ctx.currency && !f.perShare)) && /\d\s*(?:million|billion)$/i.test(view.text.slice(q.start, q.end)) && !/^ (?:of )?(?:our |its |the )?(?:own )?(?:common |outstanding )?shares\b/.test(after) && /^(?:$|[,.;:)]| (?:of|in|for|from|and|or|to|up|down|which|that|this|versus|vs\.?|compared|as|at|during|was|were|is|are|with|«P\d+»)(?:\b|$))/.test(after)) {
        return { metric: def.name, unit: ctx.currency, scale: 1, relation, growth: false, rule: "unsigned-amount" };
      }
      return { drop: `a ${unit} figure of ${def.name}, a money measure`, rule: "unit-mismatch" };
    }
    case "percent": {
      // A measure that is itself a growth rate: "organic growth of 5%", and so "comparable store sales grew 5%" (the comparable
      // sales' growth is the measure, as "organic revenue grew 5%" is organic growth).
      if (def.name === "organic_growth" || def.name === "comparable_sales") {
        // ("comp sales improved sequentially by 17.8 percentage points", "organic growth accelerated by 300 basis points": points a
        // rate moved by are a change of the rate, not the rate.)
        if (relation === "change" && (unit === "bps" || (unit === "percent" && (/\b(?:percentage )?points?\b|\bpts?\b/i.test(view.text.slice(q.start, q.end)) || POINTS_AFTER.test(view.text.slice(q.end)))))) {
          return { metric: def.name, unit: "percent", scale: unit === "bps" ? 0.01 : 1, relation, growth: false, rule: "points-of-a-rate" };
        }
        if (unit !== "percent") return { drop: `${def.name} not in percent`, rule: "unit-mismatch" };
        // ("organic growth of 21% versus a 13% decline in last year's second quarter": a base stays a base; not a range "from 3% to
        // 5%", whose "from" opens the range.)
        return { metric: def.name, unit: "percent", scale: 1, relation: relation === "base" && q.low === null ? "base" : "level", growth: true, rule: "growth-measure" };
      }
      if (unit === "bps") {
        if (relation !== "change") return { drop: "basis points that are no change", rule: "bps-level" };
        return { metric: def.name, unit: "percent", scale: 0.01, relation, growth: false, rule: "basis-points" };
      }
      // "Gross margin of $1.5 billion or 24.2% of sales": a margin in money is the profit it is the margin of.
      if (money && PROFIT_OF[def.name] && !q.perShare && Math.abs(q.value ?? q.high ?? 0) >= 1000) return { metric: PROFIT_OF[def.name]!, unit, scale: 1, relation, growth: false, rule: "margin-in-money" };
      if (unit !== "percent") return { drop: `a ${unit} figure of ${def.name}, a percentage`, rule: "unit-mismatch" };
      if (relation === "change" && !/\bpoints?\b/.test(view.text.slice(view.figures[i]!.start, view.figures[i]!.end)) && !POINTS_AFTER.test(view.text.slice(view.figures[i]!.end)) && !x.link.rule.includes("changenoun")) {
        // "operating margin increased 19%" is ambiguous (points or percent): only points are read.
        return { drop: "a percent change of a percentage, ambiguous between points and percent", rule: "percent-of-percent" };
      }
      return { metric: def.name, unit: "percent", scale: 1, relation, growth: false, rule: "percent" };
    }
    case "days":
      return unit === "days" ? { metric: def.name, unit, scale: 1, relation, growth: false, rule: "days" } : { drop: `a ${unit} figure of ${def.name}, counted in days`, rule: "unit-mismatch" };
    case "times":
      return unit === "times" ? { metric: def.name, unit, scale: 1, relation, growth: false, rule: "times" } : { drop: `a ${unit} figure of ${def.name}, a multiple`, rule: "unit-mismatch" };
    case "count":
      return unit === "count" ? { metric: def.name, unit, scale: 1, relation, growth: false, rule: "count" } : { drop: `a ${unit} figure of ${def.name}, a count`, rule: "unit-mismatch" };
  }
}

interface KindInput {
  /** The measure's name: a dividend's "annualized" rate is no aim. */
  metric: string;
  relation: Link["relation"];
  period: Period;
  ctx: CallContext;
  clause: string;
  phrase: SubjectPhrase;
  basePeriod: Period | null;
  after: string;
  explicit: boolean;
  unitRelation: boolean;
  /** The link rule read the figure as the guidance for another figure's period ("above our $69 million guidance"). */
  guidanceLink: boolean;
  /** The sentence follows an outlook sentence. */
  outlookList: boolean;
  /** The clause and the words after the figure as spoken (periods not replaced by placeholders). */
  clauseText: string;
  afterText: string;
  /** The sentence up to the figure, as spoken. */
  sentenceBefore: string;
  /** The link rule that read the figure. */
  linkRule: string;
}

type KindRead = { kind: FactKind; rule: string; factor: number } | { drop: string; rule: string };

/*
 * Kind, first that applies:
 *   a comparison base                              → prior (its period before the figure's it is compared with)
 *   a hypothetical ("if", "would")                  → dropped
 *   an expectation word governs it                  → guidance (for a period not yet reported)
 *   a comparison with guidance or expectations      → actual (or, when the figure is that guidance, dropped)
 *   a change (growth rate, difference)              → change (a growth rate is read as "X_growth" and stated as X, change)
 *   a period after the call's                       → guidance when its clause looks ahead, else dropped
 *   a period before the call's                      → prior
 *   otherwise                                       → actual
 */
/** Text before a figure ending in the analysts' expectation of it, through a list of such figures, with no word of the company's in between. */
const STREET_FIGURE = /\b(?:(?:the )?street(?:['’]s)?(?: [a-z0-9-]+){0,2} (?:expectations?|estimates?|forecasts?|numbers?|consensus)|(?:analysts?['’]?|sell[- ]side)(?: [a-z0-9-]+){0,2} (?:expectations?|estimates?|forecasts?|consensus)|consensus(?: (?:expectations?|estimates?|forecasts?|numbers?))?) (?:of|at|for|was|were|is|are)\b(?:(?!\b(?:we|our|us|i|reported|delivered|generated|posted|achieved|came|was|were|is|are|but|while|whereas|compared|versus|than)\b)[^;])*$/i;

function decideKind(x: KindInput): KindRead {
  const { relation, period, ctx, clause } = x;
  const callEnd = periodEnd(callAsPeriod(ctx.call));
  const end = periodEnd(period);
  // ("a sale of our position would result in a gain in excess of $30 million or in excess of $0.30 a share of FFO": what would follow.)
  // ("this would have represented EPS of less than $2 per share", "we would have seen adjusted operating margin expand by 100 basis
  // points": what would have been; not "Excluding special items, we would have reported a net loss of $16.2 million", an adjusted
  // figure, which the basis reads.)
  if (/\b(?:if|were to|would have (?:been|represented|seen|had|generated|delivered|grown|increased|declined|expanded|come in|totaled|achieved|earned|posted)|could be|could have|hypothetically|would (?:result in|mean|equate to|translate (?:in)?to))\b/.test(clause)
    || (/\bwould have reported\b/.test(clause) && !/\b(?:excluding|ex-|adjusting for|without|before|absent)\s/.test(clause))) return { drop: "a hypothetical", rule: "hypothetical" };
  // "So in 2015, you guys were expecting $3 billion sales in 2020": what the company is told it once expected, in an analyst's
  // words (a transcript may give the question to the company's speaker), no figure of the company's.
  if (/\byou (?:guys |all |folks )?(?:were|had been|are|have been) (?:expecting|guiding|targeting|forecasting|projecting|assuming|looking for)\b|\byou (?:guys |all |folks )?(?:had )?(?:expected|guided|targeted|forecast|projected)\b/i.test(clause)) return { drop: "what the company is told it expected, an analyst's words", rule: "second-person-expectation" };
  // "well above the current 2021 Street expectations of $4.3 billion in revenue and $5.57 of earnings per share", "versus consensus
  // of $1.10": the analysts' expectation, each figure of its list, is no figure of the company's (not one said after the company's
  // own words: "Above consensus, EPS was $1.20").
  if (STREET_FIGURE.test(x.sentenceBefore)) return { drop: "the Street's expectation, not the company's figure", rule: "street-expectation" };
  // "We've raised our full year guidance ranges at the midpoint by $350 million in total revenue and $100 million in adjusted EBITDA":
  // what the outlook moved by, each figure of the list after "by", not its level (not the level it moved to: "by $50 million to $1.2 billion",
  // "by $65 million and now expect free cash flow of approximately $500 million").
  if (/\b(?:rais|increas|lift|lower|reduc|cut|trimm|updat|revis)\w* (?:our |the |its )?(?:[a-z-]+ ){0,3}(?:guidance|outlook|forecast)(?: ranges?)?\b[^.;]*? by (?:(?:approximately|about|roughly|nearly|around) )?[$€£]?\d(?:(?!\b(?:to|now|expect\w*|anticipat\w*|see|forecast\w*|project\w*)\b)[^.;])*$/i.test(x.sentenceBefore)) return { drop: "what an outlook moved by, not its level", rule: "outlook-moved-by" };
  // "This is an increase of $1 per share at the midpoint": a move of the outlook, said at its midpoint, no change of the measure.
  // (Not an expected change said at the midpoint of its range: "We expect our operating profit margin to be up 180 basis points at the midpoint".)
  if (relation === "change" && /^ (?:per (?:diluted )?share )?at the midpoint\b/.test(x.after) && !GUIDANCE_CUE.test(clause.replace(THAN_EXPECTED, ""))) return { drop: "a revision of the outlook at its midpoint, not a change of the measure", rule: "midpoint-revision" };
  // "removed $10.5 million in hotel EBITDA or $0.08 per share of FFO from our Q4 outlook": an amount taken into or out of an outlook.
  if (/\b(?:removed|took out|taken out|excluded|added|included|built in|baked in)\b/.test(clause) && /^[^.;]*?\b(?:from|in|into) (?:our |the )?(?:[a-zA-Z0-9«»-]+ ){0,3}(?:outlook|guidance|forecast)\b/.test(x.after)) return { drop: "an amount moved into or out of an outlook, not a level of the measure", rule: "outlook-adjustment" };
  // "We expect sales to increase ... compared to Q1 of fiscal 2021 when sales grew 9%", "against difficult prior-year comparisons when
  // sales were up 21%": the figure of the period compared with, said in passing, not the outlook's.
  // ("a challenging comparison to the prior-year period when sales increased 21.4% and adjusted EBIT increased 65.8%": the "when"
  // clause goes on past "and" to the second figure.)
  if (/\b(?:comparisons?|compared (?:to|with)|compares? (?:to|with)|comparable|against|versus|vs\.?)\b[^.;]{0,80}?\bwhen\b[^.;]*$/.test(x.clauseText) || /\b(?:comparisons?|compared (?:to|with)|compares? (?:to|with)|against|versus|vs\.?)\b[^.;]{0,80}?\bwhen\b(?:[^.;,]|\.(?=\d))*$/.test(x.sentenceBefore)) return { drop: "a figure of the period compared with, said in passing ('compared to last year when sales grew 9%')", rule: "comparison-when" };
  // "as we cycled a 17% organic growth comparison to a year ago", "lapping a 20% comp": the figure of the period compared with, which
  // this one is set against, not this period's.
  if (/\b(?:cycl(?:e|es|ed|ing)|lap(?:s|ped|ping)?|fac(?:e|es|ed|ing)|up against)\s+(?:a |an |the |our |last year's |the prior[- ]year's )?(?:very |really |tough |difficult |challenging |strong )*$/.test(x.clauseText) && /^(?: [a-z-]+){0,4} (?:comparisons?|compares?|comps?)\b/.test(x.afterText)) return { drop: "a figure of the period compared with ('cycled a 17% organic growth comparison'), not this period's", rule: "cycled-comparison" };
  // "expected growth in that dividend of 7% to 8% annually": growth said to recur every year is a standing aim over years, not
  // one period's.
  if ((relation === "change" || x.unitRelation) && /^ (?:annually|per annum|(?:per|a|each|every) year)\b(?!,? (?:compared|versus|vs\.?|over|from|against|relative)\b)/.test(x.afterText)) return { drop: "a rate of growth every year: a standing aim over years, not a figure of one fiscal period", rule: "growth-every-year" };
  // ("in excess of the current annualized $1.40 dividend per common share", "At an annual indicated dividend of $1.68": a dividend's
  // yearly rate, said before it, is no period's dividend.)
  if (x.metric === "dividend" && /\b(?:annualized|annual)(?: (?:rate|run[- ]rate|cash|indicated|dividend)){0,2}(?: of)? (?:approximately |about |roughly )?$/.test(x.clauseText)) return { drop: "a dividend's annualized rate, not a dividend of a period", rule: "dividend-annualized" };
  // "our quarterly dividend at $0.39 per share or $1.56 per share on an annualized basis": a dividend's yearly rate is no aim.
  const aim = (t: string) => ASPIRATION.test(x.metric === "dividend" ? t.replace(/\b(?:annualized|on an annual(?:ized)? basis|run[- ]rate)\b/g, "") : t);
  // (Only the figure's own clause after it: "we earned $153 million of net income or $0.44 per diluted share and generated an
  // annualized 13% return" says "annualized" of the return.)
  // (Not what a past-tense verb says was spent or earned, whatever it served: "we spent $22 million on capital expenditures in
  // support of our long-term capital plan".)
  const done = /\b(?:spent|invested|generated|paid|returned|repurchased|delivered|earned|reported|posted|recorded|incurred)\s+(?:[a-z]+\s+){0,2}$/i.test(x.clauseText);
  if (aim(x.clauseText) || (!done && aim(x.afterText.slice(0, 60).split(/;|,?\s+(?:and|while|but|whereas)\s+(?:we\s+|it\s+)?(?:generated|delivered|produced|achieved|earned|posted|reported|had|saw|returned|paid|ended)\b/)[0]!))) return { drop: "a goal or multi-year aim, not a figure of a fiscal period", rule: "aspiration" };
  // (Not the span of the next clause: "Our book-to-bill for the quarter was 1.3 times, while our last 12-months book-to-bill was
  // 1.2 times"; nor the trailing year a leverage ratio is always taken over: "net leverage was 1.8 times trailing 12-months EBITDA".)
  // (Nor a span the figure is compared with: "Our current capital expenditure estimate of $35 million is consistent with the past couple
  // of years".)
  // (Nor a span of the cause given after it: "net sales increased 38.5% from $141.5 million to $196 million, primarily due to business
  // recovery we have seen over the last five quarters".)
  const ownAfter = x.afterText.slice(0, 90).split(/;|,?\s+(?:and|while|but|whereas)\s+(?!every\b)/)[0]!.split(/\b(?:consistent with|in line with|similar to|comparable to|compared (?:to|with)|versus|vs\.?|relative to|due to|driven by|reflecting|because|as a result of|thanks to|owing to)\b/)[0]!;
  // (Nor the trailing year inventory turns and days sales outstanding are taken over: "On a trailing 12-month basis, inventory turns
  // of 2.6": a reading at the period's end.)
  const trailingByNature = /^(?:inventory_turns|dso)$/.test(x.metric);
  // ("Over the past 10 years, ... we've grown our dividend 18%; ...": a span the sentence opens on is every clause's.)
  const openingSpan = /^(?:(?:and|so|now|also|but),? )?(?:over|in|during|across|since|through) [^,;]{0,60},/i.exec(x.sentenceBefore)?.[0];
  if (!trailingByNature && (SPAN.test(x.clauseText) || (openingSpan !== undefined && SPAN.test(openingSpan)) || (SPAN.test(ownAfter) && !/leverage/.test(x.metric)))) return { drop: "a span that is no fiscal period (the last three quarters, twelve months)", rule: "span" };
  // "Vector Group reported revenues of $2.38 billion, net income of $195.7 million and adjusted EBITDA of $435.3 million for the last
  // 12 months ended June 30, 2021": a span after a list of measures and their amounts is every one's.
  const listAfter = /^(?:,? (?:and )?(?:[a-z&-]+ ){1,3}(?:of|was|were|totaling|totalling) (?:approximately |about |roughly )?[$€£][\d.,]+(?: (?:million|billion|thousand))?(?: (?:or |and )?[$€£]?[\d.,]+ per (?:diluted |basic )?share)?)+/.exec(x.afterText);
  if (listAfter && SPAN.test(x.afterText.slice(listAfter[0].length, listAfter[0].length + 40).split(/;|,?\s+(?:and|while|but|whereas)\s/)[0]!) && !/leverage/.test(x.metric)) return { drop: "a span that is no fiscal period (the last three quarters, twelve months), said after the list the figure is in", rule: "span" };
  // "We've already completed $550 million in share repurchases through October 31", "From October one through October 27, we
  // repurchased": a span through a day or month that ends no period the call reports (one that does is a period: "through
  // September 30", in a third-quarter call, is the nine months).
  // (A count said to be the year to date is dated so, as the conventions do: "Through the end of July, we repurchased $100 million of
  // stock year-to-date", at the second quarter's call.)
  if ((THROUGH_DATE.test(x.clause) || THROUGH_DATE.test(x.after.slice(0, 60))) && !/\b(?:year[- ]to[- ]date|ytd)\b/i.test(x.clauseText + x.afterText.slice(0, 40))) return { drop: "a span through a day that ends no fiscal period the call reports", rule: "span-to-date" };
  // "Since 2018, we have repurchased approximately $900 million of our common stock", "$900 million since 2018": the years since,
  // not one fiscal period (a "since 2017" later in the sentence is another clause's: "the highest it has been since 2017").
  if (/\bsince (?:the (?:end|beginning|start) of )?(?:fiscal (?:year )?)?(?:19|20)\d\d\b/.test(x.clauseText) || /^(?: [a-z,]+){0,3} since (?:the (?:end|beginning|start) of )?(?:fiscal (?:year )?)?(?:19|20)\d\d\b/.test(x.afterText)) return { drop: "a span of the years since, no fiscal period", rule: "span" };
  // "an effective tax rate of approximately 24% for the balance of 2020" in a first-quarter call: three quarters, no label.
  if ((REMAINDER.test(x.clauseText) || REMAINDER.test(x.afterText.slice(0, 60))) && ctx.call.quarter !== 2 && ctx.call.quarter !== 3) return { drop: "what is left of the year after this quarter, which is no fiscal period of its own", rule: "remainder-of-year" };
  // "These factors were partially offset by an increase in earnings of $0.05 per share": one driver of a change, not the change.
  // A dividend or buyback offsetting a balance's growth is still paid at its amount ("partially offset by our quarterly dividend of $0.18");
  // so is the capital spending a free cash flow is said to be made of ("comprised of $148 million of operating cash flow, offset by
  // $56 million of capex").
  if (x.linkRule !== "free-cash-flow-parts" && /\b(?:offset|outweighed|mitigated|countered) (?:in part |partially |partly |largely |mostly |somewhat |more than )?by\b(?!.*\b(?:was|were|is|are|totaled|came in|reached|resulting in (?:positive |negative )?(?:[a-z-]+ ){1,4}of)\b)/.test(x.clauseText) && !/\b(?:dividends?|repurchases?|buybacks?)\b[^,;]{0,20}$/.test(x.clauseText)) return { drop: "a driver that offset another, not the measure's own level or change", rule: "offsetting-driver" };
  // "NOI growth of up to 2%": a ceiling, not the figure.
  if (/(?:^|[^a-z])(?:up to|as much as|no more than|at most|a maximum of)\s*$/.test(x.clauseText) && !/\b(?:was|were|is|are|went|moved|came|rose|increased|grew|jumped|climbed|ramped)\s+up to\s*$|\b(?:bringing|taking|brings|takes|brought|took) (?:the |our |its )?(?:[a-z-]+ ){0,3}(?:total|amount|tally)\s+up to\s*$/.test(x.clauseText)) return { drop: "a ceiling ('up to'), not the figure itself", rule: "ceiling" };
  const paidIn = x.metric === "dividend" ? PAID_IN_MONTH.exec(x.afterText) : null;
  if (ONE_MONTH.test(x.afterText) && !(paidIn && monthOfCallQuarter(paidIn[1]!, ctx.call))) return { drop: "one month's figure, not a fiscal period's", rule: "one-month" };
  // "we remain on track to deliver over $200 million in adjusted free cash flow", "this asset is on track to generate nearly $700 million",
  // "135 stores on track to deliver $1 million in sales": an aim said in passing, of the company or of a part, with or without its
  // period. Read by hand in the 800 seeded calls, such figures were about as often a part's, a cost saving or misdated as right
  // (six of eleven wrong), so none is read: a wrong fact is worse than a missing one.
  // (An outlook the company is on track to meet is the outlook restated: "we are on track to achieve our full year 2021 adjusted
  // EPS guidance range of $1.50 to $1.58".)
  // ("we're well on our track to deliver a very strong 2021 with ... 35% adjusted EPS growth": "our track" too.)
  if (/\bon (?:our |the )?(?:track|pace|course|target) (?:to|for)\b/.test(x.clauseText)) return /\b(?:guidance|outlook)(?: range)? (?:of|at) (?:approximately |about |roughly )?$/.test(x.clauseText) && period.part === "FY" ? { kind: "guidance", rule: "on-track-outlook", factor: 0.9 } : { drop: "an aim the company or a part is on track to meet, not a stated figure", rule: "on-track" };
  // "Henry was expected to deliver $100 million of free cash flow in our first year of ownership": an expectation of the past,
  // neither reported nor guided now.
  if (/\b(?:was|were|had been) (?:originally |previously |initially )?(?:expected|anticipated|projected|scheduled|slated) to\b/.test(x.clauseText)) return { drop: "an expectation of the past, neither reported nor guided", rule: "past-expectation" };
  // "Reflecting back on our original guidance in February, we were projecting at that time, $1 billion of free cash flow": what the
  // company expected before, not what it reports or guides now.
  if (/\b(?:we|i|they) (?:were|had been) (?:originally |previously |initially )?(?:projecting|expecting|forecasting|guiding|anticipating|targeting|budgeting|planning (?:on|for))\b|\b(?:original|initial|prior|previous|earlier) (?:guidance|outlook|forecast|plan|budget)\b[^.;]{0,60}\bat (?:that|the) time\b/.test(x.clauseText)) return { drop: "an expectation of the past, neither reported nor guided", rule: "past-expectation" };
  // "we paid a $150 million dividend from MGIC to our holding company": money moved inside the group, not paid to shareholders.
  if (x.metric === "dividend" && /^[^.;]{0,40}\bfrom (?:[A-Z][\w&.-]*\s?){1,3} to (?:our|the|its) (?:holding company|parent(?: company)?|holdco)\b/i.test(x.afterText)) return { drop: "a dividend inside the group (a subsidiary's to its parent), not one paid to shareholders", rule: "intra-group" };
  // "we closed 23 transactions with approximately $105 million of annual revenue": what acquired businesses bring, not the company's.
  if (/\b(?:acquisitions?|transactions?|deals?|tuck-ins?|bolt-ons?|acquired (?:businesses|companies|entities))\s+(?:(?!and\b)[a-z0-9-]+\s+){0,3}?(?:with|representing|totaling|totalling|that (?:had|have|has|generate|generated|generates|bring|brought)|bringing|accounting for)\s+(?:approximately |about |roughly |nearly |over |more than |almost |just over )?$/.test(x.clauseText)) return { drop: "what acquired businesses bring, not the company's figure", rule: "acquired-businesses" };
  // "next year we expect more than $150 million in free cash flow from our E&P and gathering businesses": what some businesses bring.
  if (/^ (?:of|in) «M\d+» (?:from|of|in) (?:our|the|its|their) (?:[a-z&+'’-]+ ){1,4}(?:businesses|segments|divisions|units|subsidiaries)\b/i.test(x.after)) return { drop: "what some of the company's businesses bring, not the company's figure", rule: "businesses-bring" };
  // "we generated sales of roughly $11.5 million in the two acquisitions": the figure said to be in the acquired businesses is theirs.
  if (/^ in (?:the|our|these|those) (?:(?:two|three|four|five|\d|recent|recently completed|new|latest) )*(?:acquisitions|acquired (?:businesses|companies|entities))\b/.test(x.after)) return { drop: "what acquired businesses bring, not the company's figure", rule: "acquired-businesses" };
  // "Adjusted net income has grown from $29 million to $303 million at a compounded annual growth rate of 319%": a span of years.
  if (/\b(?:compound(?:ed)? annual(?: growth)?(?: rate)?|cagr)\b/.test(x.clauseText) || /^[^,.;]{0,40}\b(?:compound(?:ed)? annual|cagr)\b/.test(x.afterText)) return { drop: "a growth over several years (a compound annual rate), not a fiscal period's", rule: "compound-annual" };
  if (UNSURE.test(clause.slice(-80)) || /^[^«.;]{0,20}\bor so\b/.test(x.after)) return { drop: "said with doubt ('probably', 'maybe'), not stated", rule: "unsure" };
  // "Revenue growth was closer to 3% for the year, if we exclude sales from our Ladysmith operation": a figure on a basis made up for
  // the moment, not one the company reports.
  if (/^(?:(?!\b(?:and|but)\b)[^«.;]|«P\d+»){0,30}?,? if (?:we|you) (?:exclude|excluded|take out|strip out|back out|remove|adjust for|normalize for)\b/.test(x.after)) return { drop: "a figure the speaker adjusts for the moment ('if we exclude ...'), on no basis the company reports", rule: "if-we-exclude" };
  // (Not a level the company expects, with why: "Operating expenses are now expected to be approximately $3.9 billion due to the
  // Alliance Healthcare acquisition".)
  // (Nor the level a change reached, with what drove it: "Sales grew 13.9% to $2 billion based on strong contribution from recent
  // acquisitions".)
  if (CAUSED.test(x.after) && !/\b(?:expected|anticipated|projected|forecast|estimated) to (?:be|total|come in at|reach)(?: in the range of| at)? (?:approximately |about |roughly |around )?$/.test(clause) && !LEVEL_REACHED.test(clause)) return { drop: "the effect of a cause (acquisitions, currency, pricing), not the measure itself", rule: "caused" };
  // "you'll see a decrease in operating income of $6.8 million that relates to the change in the per megawatt hour revenue": a step of
  // a bridge, what one driver did to the measure, not its change.
  if (relation === "change" && /^(?: (?:of|in) (?:[a-z-]+ ){0,2}«M\d+»)?,? (?:that|which) (?:relates?|related|is related|was related) to\b/.test(x.after)) return { drop: "what one driver did to the measure (a step of a bridge), not its change", rule: "driver-step" };
  // "SG&A is now expected to be approximately a $40 million headwind": the size of an effect, not the measure's level.
  if (/^ (?:of )?(?:[a-z-]+ )?(?:headwinds?|tailwinds?)\b/.test(x.after)) return { drop: "the size of a headwind or tailwind, not the measure's level", rule: "headwind" };
  // "The foregoing amounts do not include approximately 33 million in capital expenditures for Topgolf": what figures leave out.
  if (/\b(?:do|does|did|will) not include (?:the |an? )?(?:approximately |about |roughly |nearly |some )?$/.test(x.clauseText)) return { drop: "an amount the figures given leave out, not the company's level", rule: "not-included" };
  // "a new three year authorization to repurchase up to an additional $3 billion": what the board allows, not what was bought.
  if (/\b(?:authoriz\w*|approv\w*)\b[^.;]{0,40}\bto (?:re)?(?:purchase|buy back)\b|\b(?:re)?purchase up to\b/i.test(x.clauseText)) return { drop: "an authorization to repurchase, not a repurchase", rule: "authorization" };
  // "$318 million in cash and cash equivalents including undrawn amounts under our loan facility": cash counted with credit not
  // drawn is liquidity, not cash.
  if (x.metric === "cash_and_investments" && (/^(?:[^.;«]|«[MP]\d+»){0,60}\bincluding (?:the |our )?(?:undrawn|unused|available|availability)\b/.test(x.after) || (/\bcombined (?:[a-z-]+ ){0,3}$/.test(x.clause) && /^(?:[^.;«]|«[MP]\d+»){0,40}\band (?:the |our )?(?:undrawn|unused|available|availability)\b/.test(x.after)))) return { drop: "cash counted with credit not drawn: liquidity, not cash", rule: "cash-with-undrawn" };
  if (PORTION.test(x.afterText)) return { drop: "a part of a whole named before it ('of this cash'), not the measure's level", rule: "portion" };
  if (SUBSET.test(x.afterText)) return { drop: "said of part of the business (some customers, a portfolio), not the company", rule: "subset" };
  // "Gross capital expenditures of approximately 275 million in leasing and management services, 55 million in manufacturing, and
  // 10 million in maintenance services": figures each followed by "in" and words that name no measure or period are a breakdown
  // by part, the first one's included.
  // (Not currencies: "sales were up 11% in US dollars and up 10% in local currencies".)
  if (/^ in (?!(?:u\.?s\.? |local |constant |reported |nominal )?(?:dollars?|currenc))(?:[a-z&'-]+ ){0,4}?[a-z&'-]+,? (?:and )?«F\d+» (?:in|for) (?!«)/.test(x.after)) return { drop: "one part of a breakdown by part ('$275 million in leasing, $55 million in manufacturing'), not the company's figure", rule: "breakdown" };
  // "Our reportable segments had EBIT of $98 million": the segments' sum leaves out corporate costs, so it is no company figure.
  if (/\b(?:our|the|all|its) (?:(?:reportable|operating|business|four|three|two|five) )*segments['’]? (?:combined |together |collectively )?(?:had|have|reported|generated|delivered|posted|achieved|earned|produced|totaled)\b[^.;]*$/.test(x.clauseText)) return { drop: "the sum of the segments, which leaves out what no segment holds, not the company's figure", rule: "segments-sum" };
  if (relation === "base") {
    if (x.basePeriod && end >= periodEnd(x.basePeriod)) return { drop: "a comparison base not earlier than the figure it is compared with", rule: "base-period" };
    // "we are raising our full-year 2021 operating margin from 23.5% to 24.5%": the base of a period not yet over is the outlook it
    // moved from, superseded, no earlier period's figure.
    if (end > callEnd && /\b(?:rais|lower|increas|reduc|narrow|updat|tighten|revis|cut|boost|lift)\w*\b/i.test(x.clauseText)) return { drop: "the outlook an outlook moved from, superseded: no earlier period's figure", rule: "superseded-outlook" };
    return { kind: "prior", rule: "comparison-base", factor: 1 };
  }
  if (x.phrase.prior) return { kind: "prior", rule: "prior-words", factor: 0.95 };
  const plain = withoutAsides(clause);
  // ("Our 11.25% same-store revenue growth assumption is based upon ...": the figure's own noun phrase is an outlook.)
  // "same-store NOI growth of 10% at the midpoint of our guidance range": a figure said to be the outlook's midpoint is the outlook
  // (not one that came in there: "EPS of $1.20 was at the midpoint of our guidance").
  const atMidpoint = /^ at the mid-?point of (?:our |the )?(?:[a-z-]+ ){0,2}(?:guidance|outlook|forecast|range)\b/.test(x.after) && !/\b(?:was|were|came in|reported|delivered|achieved|ended|finished|landed)\b/.test(plain);
  // ("supported by a strong outlook, the Board of Directors has approved an increase in the quarterly dividend to $0.085 a share": a
  // dividend approved or declared is the company's act, not an outlook.)
  const dividendSet = x.metric === "dividend" && SETS_DIVIDEND.test(plain);
  const cue = (GUIDANCE_CUE.test(plain) && !dividendSet) || atMidpoint || x.outlookList || /^ (?:[a-z-]+ ){0,2}«M\d+»(?: [a-z-]+){0,2} (?:assumptions?|guidance|outlook|forecast)\b(?! (?:range )?(?:of|was|for the (?:quarter|period)))/.test(x.after);
  // (The opening "At the midpoint of our guidance," says where in the outlook the figures sit, not a result against it.)
  const recalled = NOT_GUIDANCE.test(plain.replace(MIDPOINT_OPENING, ""));
  if (x.guidanceLink) {
    if (end === callEnd) return { kind: "guidance", rule: "guidance-of-figure", factor: 0.9 };
    if (end > callEnd) return { kind: "guidance", rule: "guidance-of-figure", factor: 0.9 };
    return { drop: "guidance for a period before the call's", rule: "stale-guidance" };
  }
  // (Not the result said against it: "EPS was above the high end of our guidance range at $0.91".)
  const resultAgainst = /\b(?:was|were|came in) (?:above|below|within|at|near|ahead of|in line with) [^«]{0,40}\b(?:guidance|outlook|expectations?|forecast)(?: range)? at\s?$/.test(clause);
  // (Not the range a result is expected to land in: "we expect our full year capital expenditures to be at the high end of our range
  // of $725 million to $775 million" restates the outlook.)
  const expectedWithin = /\b(?:expect|anticipate|see)\w* (?:(?:[a-z-]+|«[PMC]\d+») ){0,6}?to (?:be|come in|land|finish|end) (?:at|near|toward|towards|in) the (?:high|low|upper|lower|top|bottom) end of\b/.test(clause);
  // "Earnings per share of $1.86 against our previous full year outlook range of $1.92 to $1.96 and year-to-date free cash flow of
  // $347 million compared to our full year outlook of at least $400 million": a result set beside an outlook, not the outlook. Of a
  // span not yet over, it is a part of that span whose own length the words do not give.
  // (Not an outlook itself set beside the one it replaces: "Our 2021 earnings guidance range is now $3.75 per share to $3.95 per share
  // compared to our original guidance range of $3.65 per share to $3.85 per share".)
  if (!GUIDANCE_CUE.test(plain.replace(OUTLOOK_SET_BESIDE, " ")) && OUTLOOK_AFTER.test(x.after)) {
    if (end > callEnd) return { drop: "a result set beside the outlook of a span not yet over: its own span is unsure", rule: "result-against-outlook" };
    return relation === "change" ? { kind: "change", rule: "result-against-outlook", factor: 1 } : { kind: "actual", rule: "result-against-outlook", factor: 0.9 };
  }
  // "GAAP earnings per share of between $3.23 and $3.38 increased from prior guidance of $2.84 to $3.14": a figure of a span not yet
  // over that the words say moved from an earlier outlook is the outlook now (the earlier one, after it, is recalled).
  if (end > callEnd && MOVED_FROM_OUTLOOK.test(x.after)) return { kind: "guidance", rule: "moved-from-outlook", factor: 0.9 };
  if (cue && recalled && !resultAgainst && !expectedWithin && /\b(?:guidance|outlook|range|expectations?|forecast) (?:of|was|range of|at)\s?[^«]{0,20}$/.test(clause)) {
    return { drop: "an earlier guidance recalled, not a new one", rule: "recalled-guidance" };
  }
  if (cue && !recalled) {
    if (end <= callEnd && !(period.part === "FY" && period.year === ctx.call.year && ctx.call.quarter < 4)) {
      // ("We have already exceeded our annual free cash flow outlook with first half free cash flow of $324 million": a result.)
      if (/\b(?:was|were|came in|reported|delivered|achieved|ended|recorded|generated|grew|declined|increased|decreased|exceeded|surpassed|beat|topped)\b|, (?:delivering|generating|producing|achieving|posting) /.test(clause)) {
        return relation === "change" ? { kind: "change", rule: "change", factor: 1 } : { kind: "actual", rule: "past-tense", factor: 0.9 };
      }
      // "in that guidance, we estimated revenues of between $132 million and $137 million": the quarter's guidance, recalled to compare.
      if (end === callEnd && /\b(?:guid\w*|outlook|estimated|forecast\w*|expected|range)\b/.test(clause + " " + x.after.slice(0, 30))) return { kind: "guidance", rule: "recalled-quarter-guidance", factor: 0.9 };
      return { drop: "guidance for a period the call has already reported", rule: "stale-guidance" };
    }
    return { kind: "guidance", rule: "expectation-words", factor: 1 };
  }
  if (end > callEnd) {
    // ("our Board raised the quarterly cash dividend to $0.6325 a share for the first quarter of 2020": declared, for the quarter it is paid in.)
    // (One dated a year ahead is a rate, "raising the annualized dividend to $1.66", or a quarter's misdated: neither is a fact.)
    if (dividendSet) return period.part.startsWith("Q") ? { kind: relation === "change" ? "change" : "actual", rule: "dividend-declared", factor: 0.9 } : { drop: "a dividend set for a year ahead: a rate, not a paid dividend", rule: "dividend-rate-ahead" };
    // ("We communicated a capex range of $40 million to $45 million for 2020 and expect to come in at the lower end": the
    // expectation may follow the figure.)
    if (/\b(?:will|plan|plans|planning|intend|going to|expect)\b/.test(clause) || /^(?:[^.;«]|«P\d+»){0,40}\band (?:we )?(?:still |now |continue to )?(?:expect|anticipate)\b/.test(x.after)) return { kind: "guidance", rule: "future-period", factor: 0.9 };
    return { drop: "a figure for a period after the call's that no words present as guidance", rule: "future-without-cue" };
  }
  if (relation === "change") return { kind: "change", rule: "change", factor: 1 };
  // ("we increased our quarterly dividend by 12% to $0.14 per share during the second quarter of this year": the rate set for
  // an earlier quarter is that quarter's dividend, no comparison base.)
  if (end < callEnd && dividendSet && relation === "level" && period.part.startsWith("Q")) return { kind: "actual", rule: "dividend-set-earlier", factor: 0.9 };
  if (end < callEnd && !(x.unitRelation)) return { kind: "prior", rule: "earlier-period", factor: 0.9 };
  return { kind: "actual", rule: "reported", factor: 1 };
}

/**
 * "Our new revenue guidance is $13,775 million to $13,850 million, representing year-over-year growth of 21.3% to 21.9%": a growth
 * rate said of a guided level is the growth the outlook implies over the year before, guidance in percent as the level is. A change
 * in money, or one said against an earlier outlook ("an increase of $20 million from our prior guidance"), is a raise or a cut.
 */
function guidedGrowth(view: SentenceView, baseSlot: number, i: number, unit: string): boolean {
  if (unit !== "percent") return false;
  const between = view.abstract.slice(view.slots.get(`F${baseSlot}`)!.end, view.slots.get(`F${i}`)!.start);
  // ("... or a growth rate of 8%, which is consistent with the early outlook provided on our last call": a remark on the outlook
  // after the figure's clause says nothing of a raise.)
  // ("an increase of approximately 21% over 2020, and above our prior guide of $4.62": nor does a clause of its own after a comma.)
  const rest = view.abstract.slice(view.slots.get(`F${i}`)!.end).split(/[;.]|«F|, (?:which|that) (?:is|was) (?:consistent|in line) with\b|,? (?:and|but|while) (?:above|below|ahead of|up from|down from|versus|compared)\b/)[0] ?? "";
  return !/\b(?:prior|previous|earlier|original|last|initial|midpoint|guidance|outlook|forecast|range|rais\w*|lift\w*|cut\w*|lower\w*|narrow\w*)\b/.test(between + rest.slice(0, 60));
}

/** "in this segment", "this segment's", "for that division": the sentence is on a segment, named or not. */
// ("as the segment is expected to continue to benefit", "productivity initiatives across the segment": "the segment" too, but not
// "the segment line" or "the segment level", which speak of all of them.)
const THIS_SEGMENT = /\b(?:in|of|within|across|for|from|to|as|and) (?:this|that|the) (?:segment|division|business unit|reportable segment)\b(?!s\b| (?:line|level|results|reporting|perspective|basis|view|standpoint|data|information|disclosures?)\b)|\b(?:this|that) (?:segment|division)['’]s\b/i;

/** The words before a level a measure's change reached: "grew 13.9% to", "increased $40 million, or 5%, to". */
const LEVEL_REACHED = new RegExp(String.raw`\b${CHANGE_VERB} (?:by )?(?:approximately |about |roughly |nearly |over )?«F\d+»(?:,? (?:or|and) (?:approximately |about )?«F\d+»,?)? to (?:approximately |about |roughly |nearly |a record (?:of )?|an? (?:all-time |new )?record (?:of )?)?$`);

/** A figure in percent or basis points, against one in money or a count. */
const pctLike = (unit: string | undefined) => unit === "percent" || unit === "bps";

/** An opening on a pro forma view: "Pro forma for the merger, ...", "On a pro forma basis for the acquisition, ...", "Giving effect to the offering, ...". */
const PRO_FORMA_OPENING = /^(?:(?:and|so|now|also),?\s+)?(?:pro[- ]forma(?: for| including| to include)?|on an? pro[- ]forma basis(?: for)?|giving (?:pro[- ]forma )?effect to)\b[^,;]{0,100},/i;

/** "Diluted earnings per share, excluding losses and gains on sales of facilities, increased 35%": what the measure's name is said to leave out, set off by commas. */
function excludedAfterName(view: SentenceView, link: Link, def: MetricDefinition): Basis | null {
  if (link.subject.kind !== "name") return null;
  const rest = view.abstract.slice(view.slots.get(`M${link.subject.slot}`)!.end);
  return /^, excluding /.test(rest) ? afterBasis(rest, def) : null;
}

/** "125.9% on a non-GAAP basis": a basis said right after the figure. */
/**
 * After a figure, what it leaves out: "excluding pension contributions", "before restructuring costs", or charges a measure's name
 * starts ("excluding inventory related charges"; not a measure left out itself, "excluding sales from the QTI acquisition", which
 * may open the next clause, nor "excluding cash" after liquidity, no adjustment).
 */
const LEFT_OUT_AFTER = /^,? (?:(?:when|after|if) )?(?:excluding|before|adjusting for|adjusted for) (?:(?!that\b|this\b|which\b)[a-z]|«M\d+» (?:[a-z-]+ )?(?:charges?|costs?|expenses?|items?|impairments?|write-?downs?|adjustments?)\b)/;

function afterBasis(after: string, def: MetricDefinition): Basis | null {
  // "up 44% FX-neutral", "grew 5% in constant currency": growth with exchange rates held is on a constant-currency basis;
  // one with a divestiture taken out ("on a pro forma basis") is a non-GAAP measure.
  // "EBITDA margin was 18.2% as reported or 22.7% adjusted".
  if (/^ (?:adjusted|as adjusted|on an adjusted basis)\b/.test(after)) return "non-GAAP";
  // "up 9% reported and up 7% core" (not the verb: "the $1.47 a share reported in the second quarter").
  if (/^ (?:as )?reported\b(?! (?:in|for|during|by|on|at|last|a year|«P))/.test(after)) return "GAAP";
  // "free cash flow guidance of $20 million to $60 million, excluding pension contributions": a measure with items taken out.
  // "down 3% when excluding the impact of ...", "up 6% constant currency".
  if (/^,? (?:(?:when|after|if) )?(?:excluding|adjusting for|adjusted for)\s/.test(after) && CURRENCY_NEUTRAL.test(after.slice(0, 60))) return "constant currency";
  // ("$274 million before adjusting for nonrecurring items": the figure as it stands, not an adjusted one.)
  if (/^,? before (?:adjusting|any adjust|adjustments?)\b/.test(after)) return null;
  // (Not what a spend, a balance or an expense line leaves out of its scope: "capital expenditures were $19 million, excluding the
  // equipment acquired under a finance lease" (reported as is), "Corporate SG&A, excluding amounts allocated to our business segments".)
  if (LEFT_OUT_AFTER.test(after)) return (def.asReported && def.name !== "revenue") || /^,? excluding (?:the )?(?:amounts? |costs? |expenses? )?allocat/.test(after) ? null : "non-GAAP";
  if (/^ (?:constant[- ]currency|cc)\b/.test(after)) return "constant currency";
  if (/^(?: (?:[a-z-]+|«P\d+»)){0,3}? (?:in (?:constant|local) (?:currenc(?:y|ies)|dollars?)|fx[- ]neutral|currency[- ]neutral|at (?:a )?(?:constant|consistent) (?:currency|exchange)(?: translation)?(?: rates)?|on an? (?:constant[- ]currency|fx[- ]neutral|currency[- ]neutral|local[- ]currency) basis)\b/.test(after)) return "constant currency";
  // ("Our EPS was down 4% on a GAAP basis and up 7% on a base business basis": the basis said after the second figure is its own.)
  if (AFTER_NON_GAAP_BASIS.test(after)) return "non-GAAP";
  // ("6% operationally", "4% to 5% on an operational basis": growth with currency and other items taken out, a non-GAAP measure.)
  if (/^ (?:operationally|on an? operational basis)\b/.test(after)) return "non-GAAP";
  // (Not one a contrast opens: "our effective tax rate was 15%, while on a non-GAAP basis, our effective tax rate was 21%".)
  // ("$1.47 per diluted share for the quarter on a GAAP basis": past the figure's period too.)
  const m = /^,?(?: (?!while\b|whereas\b|but\b|and\b)(?:[a-z-]+|«P\d+»)){0,3}? on an? (gaap|non-gaap|adjusted|reported|as-reported) basis\b/.exec(after);
  if (!m) return null;
  return m[1] === "gaap" || m[1] === "reported" || m[1] === "as-reported" ? "GAAP" : "non-GAAP";
}

/** Words that say a figure is read at steady exchange rates: its basis is constant currency. */
// "also adjusting for currency translation effects, net sales were up 4.9%", "excluding the impact of foreign exchange": only
// currency taken out (not "currency and acquisitions", which is organic growth).
const CURRENCY_NEUTRAL = /\b(?:constant|local|consistent)[- ](?:currency|currencies|dollars?|exchange rates?|currency translation rates)\b|\b(?:fx|currency)[- ]neutral\b|\bat constant (?:exchange )?rates\b|\b(?:excluding|adjusting for|adjusted for|ex-)\s+(?:the\s+)?(?:(?:impacts?|effects?)\s+of\s+)?(?:(?:changes|movements|fluctuations)\s+in\s+)?(?:foreign\s+)?(?:currency|currencies|fx|exchange rates?|foreign exchange)(?:\s+(?:translation|rates?))?(?:\s+(?:effects?|impacts?|changes|movements|fluctuations))?(?![^,;]{0,40}\b(?:acquisitions?|divestitures?|dispositions?|m&a|mergers?|days|weeks|volumes?|prices?|pricing)\b)/;

/**
 * A sentence that opens on what its figures leave out or on their basis: "Excluding the release of the state tax valuation
 * allowance, our effective tax rate ... was 22.4%", "On a pro forma basis, net income was $50 million", "Globally, in constant currency
 * terms, device sales increased by 31% while masks and other sales increased by 8%". Only for figures after
 * the opening's comma.
 */
const OPENING_BASIS = /^(?:(?:and|so|now|also|again|similarly|globally|overall|consolidated),?\s+)?(?:(?:looking at|turning to|moving to|for|in) [^,;«]{0,50},\s+(?=on an? ))?(?:(?:excluding|ex-|adjusting for|after adjusting for|before)\s[^,;]{2,150}|on an? ((?:[a-z]+[ -]){0,2}?[a-z]+) basis|(?:in|at) (constant[- ]currency|local[- ]currency|constant exchange rates?)(?: terms)?)\s*,/i;

/** Words that open a concession after the main clause: "despite a 3% decline in revenues". */
const CONCESSION = /\b(?:despite|in spite of|notwithstanding)\s/gi;

function openingBasis(text: string, figureStart: number): Basis | null {
  const m = OPENING_BASIS.exec(text);
  if (!m || m[0].length > figureStart) return null;
  if (lastMatch(text.slice(m[0].length, figureStart), CONCESSION) >= 0) return null;
  if (m[2] !== undefined) return "constant currency";
  if (m[1] === undefined) return CURRENCY_NEUTRAL.test(m[0].toLowerCase()) ? "constant currency" : "non-GAAP";
  const words = m[1].toLowerCase();
  if (/^(?:gaap|reported|as[- ]reported|u\.?s\.? gaap)$/.test(words)) return "GAAP";
  if (/^(?:constant[- ]currency|currency[- ]neutral|fx[- ]neutral|local[- ]currency)$/.test(words)) return "constant currency";
  return /^(?:non[- ]gaap|adjusted|pro[- ]forma|underlying|core|comparable|normalized|operating|recurring|organic|like[- ]for[- ]like|ex[- ]items)$/.test(words) ? "non-GAAP" : null;
}

/**
 * The basis the words of the figure's clause say: for a figure said of another, the words between the two, else that
 * figure's basis; for one named by its measure, the words that may be its own (ownBasisClause).
 */
function clauseBasis(view: SentenceView, whole: string, link: Link, linkedBasis: Basis | null | undefined, metric: string, measure: string): Basis | null {
  // ("Excluding those higher restructuring expenses, margin improved 10 basis points despite a 3% decline in revenues": a figure in a
  // concession after the main clause takes none of its words.)
  const concession = lastMatch(whole, CONCESSION);
  const clause = concession >= 0 ? whole.slice(concession) : whole;
  if (link.subject.kind === "figure" && linkedBasis !== undefined) return localBasis(clause.slice(clause.lastIndexOf(`«F${link.subject.slot}»`) + 1), metric) ?? linkedBasis;
  // (A figure said of another is of that one's measure, whatever its own name: "adjusted operating income of $43 million or $0.55 per share".)
  const own = link.subject.kind === "figure" ? clause : withoutOthersBasis(view, clause, measure, link.subject.kind === "name" ? link.subject.slot : null);
  return localBasis(ownBasisClause(view, own, link.subject.kind === "name" ? link.subject.slot : null), metric);
}

/** Measures whose basis words carry to each other: "adjusted net income and EPS", "GAAP operating earnings and operating margin". */
const BASIS_FAMILY: Record<string, string> = {
  eps: "net_income", earnings: "net_income", operating_margin: "operating_income", gross_margin: "gross_profit", ebitda_margin: "ebitda", adjusted_ebitda: "ebitda",
};
const basisFamily = (metric: string | undefined) => (metric === undefined ? undefined : BASIS_FAMILY[metric] ?? metric);

/**
 * The clause without the basis words that qualify another measure's name: "continuing to produce adjusted distributable
 * earnings that support the $0.20 per share quarterly dividend" says nothing of the dividend's basis, unless the two names are
 * joined ("Adjusted direct operating expenses and SG&A expenses"). ("reported" is left: as a verb it carries to all it reports.)
 */
function withoutOthersBasis(view: SentenceView, clause: string, measure: string, slot: number | null): string {
  const own = basisFamily(measure);
  const ownName = (k: string | undefined) => k !== undefined && (Number(k) === slot || basisFamily(view.names[Number(k)]?.def.name) === own);
  return clause.replace(/\b(?:(?:fx|currency)[- ]neutral|constant[- ]currency|(?:gaap to )?(?:non-gaap|adjusted|gaap))(?: (?:non-gaap|adjusted|gaap))? ((?:[a-z-]+ ){0,2}«M(\d+)»)/g, (all, rest: string, k: string, at: number) =>
    ownName(k) || ownName(/^,? (?:and|or|&) (?:[a-z-]+ ){0,2}«M(\d+)»/.exec(clause.slice(at + all.length))?.[1]) ? all : rest);
}

/**
 * The part of a figure's clause whose basis words may be its own, when the figure is named by a measure after an earlier
 * figure: a basis word that qualifies another measure's name ("GAAP EPS of $4.98 to $5.08 on revenue of $690 million") or
 * follows another figure ("revenue increased 2.5% excluding foreign exchange and operating margin improved to 17.1%") is
 * that measure's, not the later one's. (Said of the same measure, it carries: "Non-GAAP EPS was $0.36, compared to EPS of
 * $0.06", "GAAP net income of $42.9 million and earnings per share of $0.82"; a verb carries to all it reports: "we reported
 * revenues of $2.38 billion and net income of $195.7 million".)
 */
function ownBasisClause(view: SentenceView, clause: string, nameSlot: number | null): string {
  if (nameSlot === null) return clause;
  const at = clause.lastIndexOf(`«M${nameSlot}»`);
  // ("GAAP EPS of $0.95, $0.83 on an adjusted basis on $232 million in revenue": with the name after the figure, a basis said right
  // after an earlier figure is that figure's.)
  if (at < 0) {
    const earlier = clause.lastIndexOf("«F");
    const said = earlier < 0 ? null : /^«F\d+» (?:on an? [a-z -]+ basis|(?:in|at) constant currenc(?:y|ies)|excluding [^,;«]+|adjusted)\b/.exec(clause.slice(earlier));
    return said ? clause.slice(earlier + said[0].length) : clause;
  }
  const lastFigure = at < 0 ? -1 : clause.lastIndexOf("«F", at);
  if (lastFigure < 0) return clause;
  // Where the words of the figure's own measure begin: after the last comma or joining word before its name.
  const cut = Math.max(lastFigure, lastMatch(clause.slice(0, at), /(?:,| and| or| on| with| while| but)(?= )/g));
  const prefix = clause.slice(0, cut);
  const family = (k: number) => basisFamily(view.names[k]?.def.name);
  const own = family(nameSlot);
  const qualified = [...prefix.matchAll(/\b(?:gaap|non-gaap|adjusted) (?:[a-z-]+ ){0,2}«M(\d+)»/g)].map((q) => family(Number(q[1])));
  if (qualified.includes(own)) return clause;
  // "... down 280 basis points, and, after excluding the restructuring and other special items, operating profit margin was
  // 2.6%": what is left out, set off by commas just before the name, opens the later measure's clause.
  // (Not exchange rates taken out, which may as well be the earlier figure's: "flat sales, excluding exchange rate impacts,
  // operating income decreased by $2 million to $124 million".)
  const opening = EXCLUSION_BEFORE_NAME.exec(prefix);
  if (opening && !CURRENCY_NEUTRAL.test(opening[1]!)) return clause.slice(opening.index + opening[0].length - opening[1]!.length);
  const afterFigure = prefix.slice(prefix.lastIndexOf("«F"));
  const followsAFigure = /\b(?:excluding|adjusting for|adjusted for|ex-|in constant|at constant|on an? [a-z -]+ basis)\b/.test(afterFigure);
  return qualified.length > 0 || followsAFigure ? clause.slice(cut) : clause;
}

/** What a measure leaves out, said between commas (or after "and") just before its name: the end of the words before the name. */
const EXCLUSION_BEFORE_NAME = /(?:,|\band|\bbut|\bwhile)\s*,?\s*((?:after |when |if )?(?:excluding|adjusting for|ex-)\s[^,;«]{2,60})$/;

/** The names of a basis that takes items out ("on a base business basis", "on an underlying basis"): a non-GAAP one. */
const NON_GAAP_BASIS_NAME = String.raw`(?:base[- ]business|comparable|core|underlying|like[- ]for[- ]like|pro[- ]forma)`;
const NAMED_NON_GAAP_BASIS = new RegExp(String.raw`\b${NON_GAAP_BASIS_NAME}\b`);
/** A basis said right after the figure: "up 7% on a base business basis", "grew 5% on an organic basis". */
const AFTER_NON_GAAP_BASIS = new RegExp(String.raw`^(?: (?:[a-z-]+|«P\d+»)){0,3}? on an? (?:organic|${NON_GAAP_BASIS_NAME})(?: [a-z-]+){0,2} basis\b`);

function localBasis(clause: string, metric: string): Basis | null {
  let m = /\b(non-gaap|adjusted|gaap|reported|as reported)\b(?![\s\S]*\b(?:non-gaap|adjusted|gaap|reported)\b)/.exec(clause.slice(-80));
  // "60.7% on both a GAAP basis where we were up 50 basis points, and a base business basis where we were up 40 basis points": the
  // last basis the clause names, after the last basis word, is the figure's.
  const named = [...clause.slice(-80).matchAll(/\ban? ((?:[a-z-]+ ){1,3})basis\b/g)].at(-1);
  if (named && (!m || named.index > m.index) && NAMED_NON_GAAP_BASIS.test(named[1]!) && !/\b(?:constant|currency|fx)\b/.test(named[1]!)) return "non-GAAP";
  // "We reported funds from operations of $17.5 million": a measure that is no GAAP measure by its nature is not made one by
  // the verb "reported".
  if (m && m[1] === "reported" && NON_GAAP_BY_NATURE.test(metric)) m = null;
  // "Excluding special items, we would have reported a net loss of $16.2 million": what would have been reported is no report.
  if (m && m[1] === "reported" && /\b(?:would|could|might) have reported\b/.test(clause.slice(-80))) m = null;
  // "On a non-GAAP adjusted basis, excluding these costs, we reported net income of $31.1 million": the verb reports what the
  // clause has already said is adjusted.
  if (m && m[1] === "reported" && /\b(?:non-gaap|adjusted)\b|\b(?:excluding|ex-|adjusting for)\s/.test(clause.slice(-160))) return "non-GAAP";
  // "EPS, excluding special items, was $1.16", "Excluding the net impact of Bisnode, our EBITDA margin was 40.8%",
  // "EPS before charges and credits", "Adjusting for this onetime gain, net income is down": a measure with something left
  // out is an adjusted one.
  // "On a constant currency basis, sales decreased 41%", "In constant dollars, net sales increased 20%", "Orders, organically, were
  // down": growth with currency (or acquisitions) taken out is an adjusted figure.
  if (!m && CURRENCY_NEUTRAL.test(clause.slice(-80))) return "constant currency";
  if (!m) return /\b(?:excluding|excludes|exclusive of|ex-|adjusting for|after adjusting for)\s|\bbefore (?:the )?(?:(?:special|one-time|onetime|one-off|nonrecurring|non-recurring|discrete|unusual|notable|significant) )?(?:[a-z]+ )?(?:items?|charges?|gains?)\b/.test(clause.slice(-80)) ? "non-GAAP" : null;
  return m[1] === "gaap" || m[1] === "reported" || m[1] === "as reported" ? "GAAP" : "non-GAAP";
}

function slug(s: string): string {
  return s.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function tidy(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}

export { IMPACT, type StatedBy };

/** After a revenue name: the source it comes from ("from purchased vehicles", "from our Ladysmith operations"), not operations as a whole, a period or a level compared with. */
const REVENUE_FROM_SOURCE = /^ from (?!(?:(?:continuing|discontinued|total) )?operations\b|(?:the |these |those |that |our |its )?(?:prior|previous|last|same|first|second|third|fourth|year|quarter|period|levels?|a year|«P|«F|approximately|about|roughly|\$|\d))(?:the |our |its |these |those )?[a-z]/;

/** Words after a measure's name that point back to a part of the business: "overall sales for the region". */
const PART_POINTED_BACK = /^ (?:for|in|of|across) (?:the|that|this|each) (?:region|segment|division|business|unit|group|market|country|geography)\b/;

/** After a figure: it moved from an earlier outlook ("increased from prior guidance of", ", up from our previous range of"). */
const MOVED_FROM_OUTLOOK = /^,? (?:which (?:is|was) )?(?:now )?(?:(?:increased|raised|up|lowered|reduced|decreased|down|narrowed|changed|updated|revised) from) (?:our |the )?(?:prior|previous|earlier|original|initial) (?:(?:[a-z-]+|«M\d+») ){0,2}(?:guidance|outlook|range|forecast|expectations?)\b/;

/** "under our existing share repurchase programs": a program named by a measure's name ("share repurchase programs"). */
function underProgram(view: SentenceView, after: string): boolean {
  const m = /^ under (?:the |our |a |its )?(?:[a-z-]+ ){0,2}«M(\d+)»/.exec(after);
  const name = m ? view.names[Number(m[1])] : undefined;
  return name !== undefined && /\b(?:programs?|authorizations?|plans?)$/i.test(view.text.slice(name.start, name.end));
}

/** A per-share measure named right after the figure: "$3.54 diluted earnings per share". */
function namedPerShareAfter(view: SentenceView, k: number): boolean {
  const m = /^ «M(\d+)»/.exec(view.abstract.slice(view.slots.get(`F${k}`)!.end));
  return m !== null && view.names[Number(m[1])]?.def.perShare === true;
}

/** A name in capitals, not the company's, as the subject of the clause the measure is in: "As Andreas noted, H&B had a combined ... decline". */
function partSubject(textBefore: string, ctx: CallContext): boolean {
  const m = /(?:^|, )([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?:had|has|achieved|delivered|posted|reported|saw|grew|generated|recorded)\b[^,]*$/.exec(textBefore);
  if (!m || OPENING_WORD.test(m[1]!.split(" ")[0]!)) return false;
  return !m[1]!.toLowerCase().split(" ").some((w) => ctx.companyWords.has(w));
}
