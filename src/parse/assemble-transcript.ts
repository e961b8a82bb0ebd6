import type { CallInfo, Diagnostic, Layout, Participant, SourceInfo, Transcript, Turn } from "../model/transcript.js";
import { dateFromGreeting, periodFromFileName, periodMentions, quarterEndedOn, quarterNamedWithoutYear, yearNamedForCall, tickerFromFileName, type FiscalPeriod } from "./call-period.js";
import { buildExchanges } from "./build-exchanges.js";
import { assignRoles, companyFromOpening, fullestSpelling, inferCompany, withOwnApostrophe } from "./infer-roles.js";
import type { LayoutReading } from "./layout-reading.js";
import { inferQaStart } from "./infer-qa-start.js";
import { isAnonymousLabel } from "./participant-roles.js";
import { SpeakerRegistry, type Person } from "./speaker-registry.js";
import { lineAt, splitLines } from "./source-lines.js";

export interface AssembleInput {
  format: Layout;
  text: string;
  source: SourceInfo;
  reading: LayoutReading;
}

/**
 * Turns a layout reading into the transcript model: one participant per person (list entries and
 * turn headers merged by `findPerson`), roles from lists, titles and Q&A behaviour, call metadata
 * from the layout, then the text, then the file name, and the Q&A exchanges.
 */
export function assembleTranscript(input: AssembleInput): Transcript {
  const { format, text, source, reading } = input;
  const diagnostics: Diagnostic[] = [...reading.diagnostics];
  const registry = new SpeakerRegistry();
  for (const listed of reading.participants) registry.addListed(listed);
  const speakerOf = reading.turns.map((raw) => registry.speakerOf(raw));
  const people = registry.people;
  if (reading.inferQa && !reading.turns.some((t) => t.section === "qa")) markInferredQa({ reading, text, speakerOf, diagnostics });

  const fromLayout = reading.call.company ? withOwnApostrophe(reading.call.company, text) : null;
  const greeted = companyFromOpening(text, reading.turns);
  const stated = fromLayout ?? inferCompany(people, reading.turns, speakerOf) ?? greeted;
  const company = fullestSpelling({ company: stated, people, greeted, text });
  assignRoles({ people, company, turns: reading.turns, speakerOf, text });

  let lines: ReturnType<typeof splitLines> | null = null;
  const turns: Turn[] = reading.turns.map((raw, index) => {
    const person = speakerOf[index] ?? null;
    if (person) person.turns++;
    const body = raw.text ?? text.slice(raw.start, raw.end);
    const line = raw.line > 0 ? raw.line : lineAt((lines ??= splitLines(text)), raw.start);
    return { index, section: raw.section, speaker: person?.name ?? null, text: foldWhitespace(body), start: raw.start, end: raw.end, line };
  });

  for (const person of people) {
    if (person.listed && person.turns === 0 && person.role !== "operator") {
      diagnostics.push({ severity: "info", ruleId: "silent-participant", message: `${person.name} is listed as a participant but speaks no turn`, line: null });
    }
  }

  const participants: Participant[] = people.map((p) => ({
    name: p.name,
    role: p.role ?? "other",
    organization: p.organization,
    title: p.title,
    aliases: [...p.aliases].filter((a) => a !== p.name),
    turns: p.turns,
    anonymous: p.role !== "operator" && isAnonymousLabel(p.name),
  }));
  const call = callInfo({ reading, text, file: source.name, company });
  const fromFile = call.periodSource === "text" ? periodFromFileName(source.name) : null;
  if (fromFile && (fromFile.fiscalYear !== call.fiscalYear || fromFile.fiscalQuarter !== call.fiscalQuarter)) {
    diagnostics.push({
      severity: "info",
      ruleId: "period-mismatch",
      message: `the text states ${call.fiscalYear}-Q${call.fiscalQuarter} but the file name says ${fromFile.fiscalYear}-Q${fromFile.fiscalQuarter}; the text's period is kept`,
      line: null,
    });
  }
  const exchanges = buildExchanges({ turns, participants });
  return { format, source, text, call, participants, turns, exchanges, diagnostics };
}

function callInfo(input: { reading: LayoutReading; text: string; file: string | null; company: string | null }): CallInfo {
  const { reading, text, file, company } = input;
  const stated = reading.call;
  const header = reading.headerText ?? text.slice(0, 3000);
  let fiscalYear = stated.fiscalYear ?? null;
  let fiscalQuarter = stated.fiscalQuarter ?? null;
  let periodSource: CallInfo["periodSource"] = fiscalYear !== null && fiscalQuarter !== null ? "text" : null;
  if (periodSource === null) {
    // The header's first period, unless the header states several and the file name agrees with a later one (an
    // operator may misspeak the year: "Third Quarter 2023" in a 2025 call, the host saying 2025 a line later). A period
    // stated as a comparison ("compared to second quarter of 2020") is not the call's.
    const said = distinct(periodMentions(header).filter((m) => !m.comparison).map((m) => m.period));
    const named = periodFromFileName(file);
    // (So does a quarter the header dates by its last day, "the quarter ended September 30, 2022", that the file name agrees with,
    // against an operator's "welcome to the Q3 2020 Earnings Call": a date read as a calendar quarter is only trusted when the
    // file name says the same.)
    const agrees = (s: FiscalPeriod) => s.fiscalYear === named?.fiscalYear && s.fiscalQuarter === named.fiscalQuarter;
    // A fourth quarter stated with two years (Redwood's operator welcomes "fourth-quarter 2019", its host says "fourth-quarter
    // 2020"): the year whose next one the call gives an outlook for ("our 2020 outlook") is the call's, before the file name's.
    const fourth = said.filter((p) => p.fiscalQuarter === 4);
    const byOutlook = fourth.length === 2 && Math.abs(fourth[0]!.fiscalYear - fourth[1]!.fiscalYear) === 1 ? outlookYearOf(fourth, text) : undefined;
    const agreeing = byOutlook ?? (named && said.length > 1 ? said.find(agrees) : named && said.length === 1 && !agrees(said[0]!) && quarterEndedOn(header).some(agrees) ? named : undefined);
    // "Welcome to the Provident Financial Services Second Quarter Earnings Conference Call" in a file named for the fourth: the
    // quarter the call names itself by wins over the file name's, in the file name's year or, for a later quarter, the year before.
    const namedQuarter = quarterNamedWithoutYear(header.slice(0, 600));
    // It wins over a period the header states in passing too ("welcome to the Cullen/Frost's Q4 Earnings Results Conference
    // Call ... compared with ... $95.1 million in the third quarter of 2020"): the header's statement of that quarter, else the
    // file name's when it names that quarter.
    const first = agreeing ?? said[0] ?? null;
    const fromText = first && namedQuarter !== null && first.fiscalQuarter !== namedQuarter
      ? said.find((s) => s.fiscalQuarter === namedQuarter) ?? (named?.fiscalQuarter === namedQuarter ? null : first)
      : first;
    // The year the greeting names the call by is its fiscal year: "the Chesapeake Utilities 2019 Earnings Conference call"
    // reviewing "our fourth quarter and annual results", in a file named for the fourth quarter of 2020.
    const namedYear = yearNamedForCall(header.slice(0, 600));
    const fromFile = fromText ? null : named && namedYear !== null
      ? { fiscalYear: namedYear, fiscalQuarter: namedQuarter ?? named.fiscalQuarter }
      : named && namedQuarter && namedQuarter !== named.fiscalQuarter
      ? { fiscalYear: namedQuarter < named.fiscalQuarter ? named.fiscalYear : named.fiscalYear - 1, fiscalQuarter: namedQuarter }
      : named;
    // "we're projecting revenues of about $14 billion for Textron's 2020 financial guidance", in a fourth-quarter call the file
    // names for 2020 and whose text names no fourth quarter of 2020: a call that gives the outlook of the file name's year reports
    // the year before it.
    const outlookOfOwnYear = !fromText && fromFile?.fiscalQuarter === 4 && givesOutlookOf(fromFile.fiscalYear, text) && !namesFourthQuarterOf(fromFile.fiscalYear, text);
    const p = outlookOfOwnYear ? { fiscalYear: fromFile!.fiscalYear - 1, fiscalQuarter: 4 } : fromText ?? fromFile;
    if (p) [fiscalYear, fiscalQuarter, periodSource] = [p.fiscalYear, p.fiscalQuarter, fromText || outlookOfOwnYear ? "text" : "filename"];
  }
  const date = stated.date ?? greetingDate(reading, text);
  // "welcome to the Dynex Capital Q3 2019 Earnings Conference Call", in a file named for the fourth quarter, the press release
  // "issued ... this morning, February 6, 2020": a stated quarter that ended more than 100 days before the call's date, where the
  // calendar quarter just before the date is the file name's quarter, is a slip; that quarter, in the date's year, is the call's.
  // (Only calendar quarters are checked: a company on its own calendar states its quarter, and the file name agrees with it.)
  if (periodSource === "text" && fiscalYear !== null && fiscalQuarter !== null && date) {
    const named = periodFromFileName(file);
    const day = Date.parse(date);
    const end = (y: number, q: number) => Date.UTC(y, q * 3, 0);
    if (named && named.fiscalQuarter !== fiscalQuarter && Number.isFinite(day) && (day - end(fiscalYear, fiscalQuarter)) / 864e5 > 100) {
      const d = new Date(day);
      const before = d.getUTCMonth() < 3 ? { y: d.getUTCFullYear() - 1, q: 4 } : { y: d.getUTCFullYear(), q: Math.floor(d.getUTCMonth() / 3) };
      const gap = (day - end(before.y, before.q)) / 864e5;
      if (before.q === named.fiscalQuarter && gap >= 0 && gap <= 100) [fiscalYear, fiscalQuarter] = [before.y, before.q];
    }
  }
  return {
    company,
    ticker: stated.ticker ?? tickerFromFileName(file),
    fiscalYear,
    fiscalQuarter,
    date,
    periodSource,
  };
}

/**
 * Of two fourth quarters a year apart, the one whose next year alone the text gives an outlook for ("our 2020 outlook",
 * "guidance for 2020"); none when it speaks of both years ahead or of neither.
 */
function outlookYearOf(fourth: readonly FiscalPeriod[], text: string): FiscalPeriod | undefined {
  // ("in line with our 2019 guidance", said of the year the call reports, is no outlook.)
  const says = (year: number) => new RegExp(String.raw`\b(?:${year} outlook|(?:outlook|guidance) for (?:fiscal (?:year )?)?${year})\b`, "i").test(text);
  const ahead = fourth.filter((p) => says(p.fiscalYear + 1));
  return ahead.length === 1 ? ahead[0] : undefined;
}

/** The text gives an outlook for the year: "2020 financial guidance", "our outlook for 2020", "For 2020, we expect". */
function givesOutlookOf(year: number, text: string): boolean {
  return new RegExp(String.raw`\b(?:${year}\s+(?:financial\s+)?(?:guidance|outlook|forecast)|(?:guidance|outlook|forecast)\s+for\s+(?:fiscal\s+)?${year}|for\s+(?:the\s+full\s+year\s+)?${year},?\s+we\s+(?:expect|anticipate|project))\b`, "i").test(text);
}

/** The text names the fourth quarter of the year, or the year's results, as its own: "fourth quarter of 2020", "Q4 2020", "2020 results". */
function namesFourthQuarterOf(year: number, text: string): boolean {
  return new RegExp(String.raw`\b(?:fourth[- ]quarter(?:\s+of)?\s+${year}|q4\s+${year}|${year}\s+(?:fourth[- ]quarter|results))\b`, "i").test(text);
}

/** Each period once, in the order first stated. */
function distinct(periods: readonly FiscalPeriod[]): FiscalPeriod[] {
  const out: FiscalPeriod[] = [];
  for (const p of periods) if (!out.some((o) => o.fiscalYear === p.fiscalYear && o.fiscalQuarter === p.fiscalQuarter)) out.push(p);
  return out;
}

/** A character of JavaScript's `\s` (the set `trim()` removes). */
function isWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where a run of whitespace needs folding: a character of \s other than a space, or two spaces. */
const FOLD_AT = /[^\S ]| {2}/g;

/**
 * Trimmed, with every run of whitespace one space: what `s.replace(/\s+/g, " ").trim()` returns.
 * Speech is long and its runs to fold are few (mostly paragraph breaks), so the regex engine finds
 * them and only the stretches between them are copied.
 */
export function foldWhitespace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isWhitespace(s.charCodeAt(end - 1))) end--;
  let parts: string[] | null = null;
  let from = start;
  FOLD_AT.lastIndex = start;
  while (FOLD_AT.test(s)) {
    const after = FOLD_AT.lastIndex;
    let i = s.charCodeAt(after - 1) === 32 ? after - 2 : after - 1;
    if (i >= end) break;
    // A single space before the match belongs to the same run.
    while (i > from && s.charCodeAt(i - 1) === 32) i--;
    let j = after;
    while (isWhitespace(s.charCodeAt(j))) j++;
    (parts ??= []).push(s.slice(from, i));
    from = j;
    FOLD_AT.lastIndex = j;
  }
  if (parts === null) return s.slice(start, end);
  parts.push(s.slice(from, end));
  return parts.join(" ");
}

/** The date the operator's opening turn states, for layouts without a dated title. */
function greetingDate(reading: LayoutReading, text: string): string | null {
  const first = reading.turns[0];
  if (!first) return null;
  return dateFromGreeting(first.text ?? text.slice(first.start, Math.min(first.end, first.start + 2000)));
}

/** Moves the turns from the inferred Q&A start on into the Q&A, and says where and why. */
function markInferredQa(input: { reading: LayoutReading; text: string; speakerOf: (Person | null)[]; diagnostics: Diagnostic[] }): void {
  const { reading, text, speakerOf, diagnostics } = input;
  const found = inferQaStart({ turns: reading.turns, speakerOf, textOf: (t) => t.text ?? text.slice(t.start, t.end) });
  if (found === null) return;
  for (const t of reading.turns.slice(found.at)) t.section = "qa";
  const first = reading.turns[found.at]!;
  const line = first.line > 0 ? first.line : lineAt(splitLines(text), first.start);
  const why = { announcement: "the turn before it hands over to questions", "first-question": "it opens with the first question", analyst: "a participant known to be an analyst speaks" }[found.evidence];
  diagnostics.push({ severity: "info", ruleId: "qa-inferred", message: `no Q&A heading or operator opening: the Q&A is taken to start at line ${line} because ${why}`, line });
}
