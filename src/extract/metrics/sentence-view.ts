/**
 * A sentence as the figure rules read it: lower-cased, whitespace folded, with each figure, period
 * phrase, metric name and mention of the company itself replaced by a placeholder:
 *
 *   "Our revenue in the quarter declined 19%"  →  "our «M0» in «P0» declined «F0»"
 *
 * so a rule is a short pattern over the words that link a figure to what it measures, and the
 * placeholders point back to the figures, periods and names with their offsets in the sentence.
 */
import { findPeriods, type CallPeriod, type PeriodMention } from "../text/periods.js";
import { findQuantities, type Quantity } from "../text/quantities.js";
import { findMetricNames, metricDefinition, type MetricMatch } from "./lexicon.js";
import { FUNCTION_WORDS, LEADING_MODIFIERS } from "../text/function-words.js";
import { COMPANY_WORDS, GAAP_WORDS, NEUTRAL_WORDS, NON_GAAP_WORDS } from "./words.js";

const RELATED_COSTS = /\b(costs?|expenses?|charges?)\b(?:(?![.;«]).){0,80}?\b(?:related to|associated with|in connection with|attributable to) (?:the |our |this )?(?:[a-z&.'-]+ ){0,3}?(acquisitions?|mergers?|integration|restructuring)\b/g;

export interface SentenceView {
  /** The sentence as spoken. */
  text: string;
  /** The sentence with placeholders, lower-cased, one space between words. */
  abstract: string;
  /** For each character of `abstract` (and one past its end), the offset in `text`. */
  toText: number[];
  figures: Quantity[];
  periods: PeriodMention[];
  names: MetricMatch[];
  /** Offsets in `text` of the company's own name where the sentence says it. */
  company: { start: number; end: number }[];
  /** Where each placeholder sits in `abstract`: key "F0", "P1", "M2", "C0". */
  slots: Map<string, { start: number; end: number }>;
}

interface Span {
  start: number;
  end: number;
  label: string;
}

export interface ViewInput {
  text: string;
  call: CallPeriod;
  /** Words of the company's own name, lower-cased ("acme"); empty when unknown. */
  companyNames: readonly string[];
  /** The same names as one pattern, compiled once per call (companyPattern). */
  companyPattern?: RegExp | null;
  /** Read periods only (a sentence without digits: no figures, and its measures found on demand). */
  periodsOnly?: boolean;
}

/** The measures a sentence names, as the view reads them (for a sentence read for periods only, on demand). */
export function namesIn(text: string): MetricMatch[] {
  const lower = text.toLowerCase();
  const names = findMetricNames(lower);
  addRelatedCosts(lower, names, []);
  return names;
}

/** "expenses that will be expensed in the second quarter related to the Norvale acquisition": costs named by what they are for. */
function addRelatedCosts(lower: string, names: MetricMatch[], taken: readonly { start: number; end: number }[]): void {
  if (!MAY_RELATE.test(lower)) return;
  for (const m of lower.matchAll(RELATED_COSTS)) {
    const span = { start: m.index, end: m.index + m[1]!.length };
    if (taken.some((x) => overlaps(x, span)) || names.some((x) => overlaps(x, span))) continue;
    const def = metricDefinition(/^(?:acquisition|merger)/.test(m[2]!) ? "acquisition_related_expenses" : /^integration/.test(m[2]!) ? "integration_costs" : "restructuring_costs")!;
    names.push({ def, ...span });
  }
  names.sort((a, b) => a.start - b.start);
}

/** The company's names as one pattern, for every sentence of a call. */
export function companyPattern(companyNames: readonly string[]): RegExp | null {
  const names = companyNames.filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
  return names.length ? new RegExp(String.raw`(?<![\w-])(?:${names.map(escape).join("|")})(?:,?\s+(?:inc|corp|co|ltd|plc|llc|corporation|incorporated|company|(?:and|&)\s+co(?:mpany)?)\.?)?(?:'s|’s)?(?![\w-])`, "g") : null;
}

/** Capitalised words beside the company's name that do not make it another name: grammar, basis, period and whole-company words. */
const BESIDE_THE_NAME = new Set([...FUNCTION_WORDS, ...LEADING_MODIFIERS, ...COMPANY_WORDS, ...GAAP_WORDS, ...NON_GAAP_WORDS, ...NEUTRAL_WORDS, "today", "yesterday", "tonight", "again", "finally", "lastly", "additionally"]);

/**
 * A match of the company's name that is the company: written with a capital ("industrial minerals" is a
 * kind of mineral, not Minerals Technologies), and not one word of a longer name ("Specialty Minerals"
 * is a segment of Minerals Technologies, "Genie Renewables" one of Genie Energy, "Dover Fueling
 * Solutions" one of Dover). A measure's name or a period after it leaves it the company's ("Acme
 * Adjusted EBITDA", "Acme Q3 revenue").
 */
function namesTheCompany(text: string, span: { start: number; end: number }, names: readonly { start: number }[], periods: readonly { start: number }[]): boolean {
  if (!/\p{Lu}|\d/u.test(text[span.start] ?? "")) return false;
  // "EMCOR's Industrial Services segment": the company owns what follows its possessive.
  if (/['’]s$/.test(text.slice(span.start, span.end))) return !capitalisedBefore(text, span.start);
  if (capitalisedBefore(text, span.start)) return false;
  const next = span.end + 1;
  if (text[span.end] !== " " || names.some((n) => n.start === next) || periods.some((p) => p.start === next)) return true;
  return !capitalised(/^[\p{L}][\p{L}\p{N}&.'’-]*/u.exec(text.slice(next))?.[0]);
}

const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && !BESIDE_THE_NAME.has(w.toLowerCase());
/** The word right before `at` is capitalised and no grammar word: "Specialty Minerals". */
const capitalisedBefore = (text: string, at: number) => capitalised(/(?:^|[^\p{L}\p{N}&.'’-])([\p{L}][\p{L}\p{N}&.'’-]*) $/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]);

const TRANSCRIBER_NOTE = /\[(?:phonetic|ph|indiscernible|inaudible|sic|technical difficulty|audio gap|foreign language|laughter|ui)\]/g;

/** A bare number broken off and corrected at once: "20 -- or $62.8 million", "15 -- I mean, 16%". */
const FALSE_START = /(?<![$€£\d.,])\b\d[\d,.]*\s*(?:--|—|–)\s*(?:or|i mean|sorry)\b,?\s*(?=[$€£]?\d)/gi;

/** An acronym set off after a name: " (ANI)", ", or ANI,". */
const ACRONYM_ASIDE = /\s\(([A-Z]{2,6})\)(?=\s)|,\s+or\s+([A-Z]{2,6}),(?=\s)/g;

/** Cheap tests that spare the costlier patterns: most sentences say none of these words. */
const MAY_RELATE = /related to|associated with|in connection with|attributable to/;

export function buildView({ text, call, companyNames, companyPattern: pattern, periodsOnly }: ViewInput): SentenceView {
  // A period phrase wins over a bare number inside it ("FY '32"); a marked figure wins over a period.
  const allPeriods = findPeriods(text, call);
  // ("compared to net income of 20 -- or $62.8 million": a bare number the speaker breaks off and corrects is no figure, and no word.)
  const falseStarts = periodsOnly || !text.includes("-") && !text.includes("—") && !text.includes("–") ? [] : [...text.matchAll(FALSE_START)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const figures = periodsOnly ? [] : findQuantities(text).filter((f) => (f.marked || !allPeriods.some((p) => overlaps(f, p))) && !(!f.marked && falseStarts.some((x) => overlaps(f, x))));
  const periods = allPeriods.filter((p) => !figures.some((f) => overlaps(f, p)));
  // "rose 16.5% [Phonetic] to $74.9 million [Phonetic] or $0.23 per diluted share": a transcriber's note is no word of the sentence.
  let lower = text.toLowerCase().replace(TRANSCRIBER_NOTE, (m) => " ".repeat(m.length));
  for (const x of falseStarts) lower = lower.slice(0, x.start) + " ".repeat(x.end - x.start) + lower.slice(x.end);
  // ("Adjusted net income for the quarter, or ANI, increased 36% to $268 million", "net service revenue (NSR) grew 7%": an acronym
  // a measure is given in passing is no word between the measure and its verb.)
  if (!periodsOnly && (text.includes("(") || text.includes(", or "))) {
    for (const m of text.matchAll(ACRONYM_ASIDE)) {
      if (/^(?:GAAP|US|USA|UK|EU)$/.test(m[1] ?? m[2]!)) continue;
      lower = lower.slice(0, m.index) + " ".repeat(m[0].length) + lower.slice(m.index + m[0].length);
    }
  }
  const names = periodsOnly ? [] : findMetricNames(lower).filter((n) => !figures.some((f) => overlaps(f, n)) && !periods.some((p) => overlaps(p, n)));
  if (!periodsOnly) addRelatedCosts(lower, names, [...figures, ...periods]);
  const company: { start: number; end: number }[] = [];
  const re = pattern === undefined ? companyPattern(companyNames) : pattern;
  // The pattern starts with a lookbehind, so it was tried at every character of every sentence; a sentence
  // that holds none of the names (of three letters or more, as in the pattern) as written cannot match.
  if (re && companyNames.some((n) => n.length >= 3 && lower.includes(n))) {
    re.lastIndex = 0;
    for (const m of lower.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (figures.some((x) => overlaps(x, span)) || periods.some((x) => overlaps(x, span)) || names.some((x) => overlaps(x, span))) continue;
      if (!namesTheCompany(text, span, names, periods)) continue;
      company.push(span);
    }
  }
  const spans: Span[] = [
    ...figures.map((f, i) => ({ start: f.start, end: f.end, label: `F${i}` })),
    ...periods.map((p, i) => ({ start: p.start, end: p.end, label: `P${i}` })),
    ...names.map((n, i) => ({ start: n.start, end: n.end, label: `M${i}` })),
    ...company.map((c, i) => ({ start: c.start, end: c.end, label: `C${i}` })),
  ].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const toText: number[] = [];
  const slots = new Map<string, { start: number; end: number }>();
  let length = 0;
  let lastSpace = true;
  let at = 0;
  // Whitespace runs fold to one space (none at the start); the typographic apostrophe reads as "'".
  const emitText = (from: number, to: number) => {
    let runStart = from;
    for (let i = from; i < to; i++) {
      const c = lower.charCodeAt(i);
      const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
      if (space || c === 8217) {
        if (i > runStart) { parts.push(lower.slice(runStart, i)); for (let k = runStart; k < i; k++) toText.push(k); length += i - runStart; lastSpace = false; }
        runStart = i + 1;
        if (c === 8217) { parts.push("'"); toText.push(i); length++; lastSpace = false; continue; }
        if (lastSpace) continue;
        parts.push(" "); toText.push(i); length++; lastSpace = true;
      }
    }
    if (to > runStart) { parts.push(lower.slice(runStart, to)); for (let k = runStart; k < to; k++) toText.push(k); length += to - runStart; lastSpace = false; }
  };
  for (const sp of spans) {
    emitText(at, sp.start);
    const ph = `«${sp.label}»`;
    parts.push(ph);
    for (let k = 0; k < ph.length; k++) toText.push(sp.start);
    slots.set(sp.label, { start: length, end: length + ph.length });
    length += ph.length;
    lastSpace = false;
    at = sp.end;
  }
  emitText(at, text.length);
  toText.push(text.length);
  return { text, abstract: parts.join(""), toText, figures, periods, names, company, slots };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
