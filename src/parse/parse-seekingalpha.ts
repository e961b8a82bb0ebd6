import type { CallInfo, Diagnostic, Role, SectionName } from "../model/transcript.js";
import { dateFromText, periodFromText } from "./call-period.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { looksLikeStrictName } from "./speaker-label.js";
import { findPerson } from "./person-names.js";
import { isBlank, splitLines, type SourceLine } from "./source-lines.js";

const TITLE_LINE = /^(.{2,100}?)\s*\((?:NYSE|NASDAQ|NasdaqGS|NasdaqGM|NasdaqCM|Nasdaq|AMEX|NYSEMKT|NYSEArca|OTC|OTCPK|TSX|LSE|[A-Z]{2,10}):\s*([A-Z][A-Z0-9.\-]{0,9})\)/;
const EXEC_HEADING = /^(?:executives|company participants|corporate participants|company representatives)\s*:?$/i;
const ANALYST_HEADING = /^(?:analysts|conference call participants|other participants)\s*:?$/i;
const QA_HEADING = /^(?:question-and-answer session|questions? (?:and|&) answers?(?: session)?)\s*:?$/i;
const QA_PREFIX = /^([QA])\s*[-–—:]\s*(.+)$/;
const LIST_ENTRY = /^(.{2,60}?)(?:\s+[-–—]\s+|\s*;\s*)(.{1,150})$/;
/** S&P Capital IQ's title: `Acme Corp. NasdaqGS:ACME`, without the parentheses. */
const BARE_TICKER_TITLE = /^(.{2,100}?)\s+(?:NYSE|NASDAQ|NasdaqGS|NasdaqGM|NasdaqCM|AMEX|NYSEAM|NYSEArca|OTCPK|TSX|LSE|ASX|[A-Z]{2,10}):([A-Z][A-Z0-9.\-]{0,9})\s*$/;
const PRESENTATION_HEADING = /^(?:presentation|prepared remarks)\s*:?$/i;

/**
 * Seeking Alpha:
 *   title-line   := Company "(" EXCHANGE ":" TICKER ")" period … date time
 *   lists        := "Executives" ("Name - Title" | "Name; Title")* "Analysts" ("Name - Firm")*
 * S&P Capital IQ (`capitaliq`) is read the same way: an `Acme Corp. NasdaqGS:ACME` title line,
 * EXECUTIVES / ANALYSTS lists, `Presentation` and `Question and Answer` headings.
 *   body         := (header-line text-line+)*, "Question-and-Answer Session" between the sections
 *   header-line  := a listed name | "Operator" | ("Q" | "A") " - " name | an unlisted line that is
 *                   nothing but a person's name
 * Blank lines inside a turn are paragraph breaks.
 */
export function readSeekingAlpha(input: ReaderInput): LayoutReading {
  const lines = splitLines(input.text);
  const diagnostics: Diagnostic[] = [];
  const participants: ListedParticipant[] = [];
  const call: Partial<CallInfo> = {};
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  const titleLine = lines[i];
  const title = titleLine ? TITLE_LINE.exec(titleLine.text.trim()) : null;
  if (titleLine && title) {
    call.company = title[1]!.trim();
    call.ticker = title[2]!;
    call.date = dateFromText(titleLine.text);
    const p = periodFromText(titleLine.text);
    if (p) Object.assign(call, p);
    i++;
  }
  let listing: Role | null = null;
  let headerLines = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === "") continue;
    if (listing === null && !EXEC_HEADING.test(text) && !ANALYST_HEADING.test(text) && headerLines < 8 && !title) {
      // A title block without the exchange:ticker form: "Acme Corp Q3 2019 Earnings Call", a date.
      headerLines++;
      const bare = BARE_TICKER_TITLE.exec(text);
      if (bare && headerLines === 1) {
        call.company = bare[1]!.trim();
        call.ticker = bare[2]!;
        continue;
      }
      call.company ??= /^(.{2,80}?)\s+(?:F?Q[1-4]|fiscal|first|second|third|fourth|full[- ]year)\b.*\bcall\b/i.exec(text)?.[1]?.trim() ?? null;
      const p = call.fiscalYear === undefined ? periodFromText(text) : null;
      if (p) Object.assign(call, p);
      call.date ??= dateFromText(text);
      continue;
    }
    if (EXEC_HEADING.test(text)) listing = "executive";
    else if (ANALYST_HEADING.test(text)) listing = "analyst";
    else if (listing !== null && LIST_ENTRY.test(text)) {
      const [, name, rest] = LIST_ENTRY.exec(text)!;
      participants.push(
        listing === "executive"
          ? { name: name!.trim(), organization: call.company ?? null, title: rest!.trim(), role: "executive", line: line.number }
          : { name: name!.trim(), organization: rest!.trim(), title: null, role: "analyst", line: line.number },
      );
    } else break;
  }

  const turns: RawTurn[] = [];
  let section: SectionName = "presentation";
  let current: { label: string; first: SourceLine | null; last: SourceLine | null; line: number } | null = null;
  const close = () => {
    if (current?.first && current.last) {
      const start = current.first.start + (current.first.text.length - current.first.text.trimStart().length);
      turns.push({ label: current.label, section, start, end: current.last.start + current.last.text.trimEnd().length, line: current.first.number });
    } else if (current) {
      diagnostics.push({ severity: "warning", ruleId: "empty-turn", message: `${current.label} has a header line but no text`, line: current.line });
    }
    current = null;
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === "") continue;
    if (QA_HEADING.test(text)) {
      close();
      section = "qa";
      continue;
    }
    if (PRESENTATION_HEADING.test(text) && section === "presentation") {
      close();
      continue;
    }
    const label = headerLabel(text, participants);
    if (label !== null) {
      close();
      current = { label, first: null, last: null, line: line.number };
      continue;
    }
    if (current) {
      current.first ??= line;
      current.last = line;
    } else if (!diagnostics.some((d) => d.ruleId === "text-without-speaker")) {
      diagnostics.push({ severity: "warning", ruleId: "text-without-speaker", message: "text before the first speaker header is left out", line: line.number });
    }
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no speaker header lines found", line: null });
  return { turns, participants, call, diagnostics, headerText: titleLine?.text ?? "" };
}

function headerLabel(text: string, listed: ListedParticipant[]): string | null {
  if (text.length > 80) return null;
  const prefixed = QA_PREFIX.exec(text);
  if (prefixed && (looksLikeStrictName(prefixed[2]!.trim()) || isOperatorLabel(prefixed[2]!))) return prefixed[2]!.trim();
  if (isOperatorLabel(text)) return text;
  if (isUnidentifiedLabel(text) && text.length < 50 && !/[.?!,]$/.test(text)) return text;
  if (findPerson(text, listed, (p) => [p.name]) && looksLikeStrictName(text)) return text;
  return looksLikeStrictName(text) ? text : null;
}
