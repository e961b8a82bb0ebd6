import type { CallInfo, Diagnostic, SectionName } from "../model/transcript.js";
import { dateFromText } from "./call-period.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { readHeading } from "./section-headings.js";
import { isBlank, splitLines, type SourceLine } from "./source-lines.js";

export interface SpeakerHeader {
  name: string;
  organization: string | null;
  title: string | null;
}

/** The end of a sentence inside a would-be organization: a word (not an initial or "Co.") then ". X". */
export const SENTENCE_BREAK = /\p{Ll}{2}[.!?]\s+\p{Lu}|[!?]/u;
const DASH_SEPARATOR = /\s+[-–—]\s+/;
const NAME_TOKEN = /^(?:[A-Z][\p{L}'’.-]*|[a-z]{1,3}|[A-Z]\.|\(.*\)|[\p{Lu}][\p{L}'’.-]*)$/u;

/** A person's name as headers write it: 1–6 capitalised words, no digits, no sentence. */
export function looksLikeName(s: string): boolean {
  if (s.length === 0 || s.length > 60 || /[0-9?!;:,"]/.test(s) || /\.$/.test(s) && !/\b[A-Z]\.$|\b(?:Jr|Sr)\.$/.test(s)) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length > 6) return false;
  if (!/^\p{Lu}/u.test(s)) return false;
  return tokens.every((t) => NAME_TOKEN.test(t));
}

/**
 * Speaker line grammar (StreetEvents):
 *   speaker-line := [" "] name " - " organization " - " title [" [" n "]"]   (title may hold " - ")
 *                 | [" "] name ", " organization " - " title " [" n "]"       (ruled export)
 *                 | [" "] ("Operator" | "Unidentified …") [" [" n "]"]
 * A speaker line stands alone: a blank line or a rule (`-----`) before it, or a page-break
 * artifact (the line starts with a space); a blank line or a rule after it.
 */
export function readDashedSpeaker(text: string): SpeakerHeader | null {
  const numbered = /\s\[\d{1,4}\]$/.test(text.trimEnd());
  const trimmed = text.trim().replace(/\s*\[\d{1,4}\]$/, "");
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  if (isOperatorLabel(trimmed) || (isUnidentifiedLabel(trimmed) && trimmed.length < 60 && !/[.?!]$/.test(trimmed))) {
    return { name: trimmed, organization: null, title: null };
  }
  let parts = trimmed.split(DASH_SEPARATOR);
  // `Name, Company - Title` (the ruled StreetEvents export) names the person before the first comma.
  if (numbered && parts.length === 2 && /^[^,]{2,60},\s+\S/.test(parts[0]!)) {
    const comma = parts[0]!.indexOf(",");
    parts = [parts[0]!.slice(0, comma), parts[0]!.slice(comma + 1).trim(), parts[1]!];
  }
  if (parts.length < 3) return null;
  const [name, organization, ...title] = parts as [string, string, ...string[]];
  if (!looksLikeName(name) && !isUnidentifiedLabel(name)) return null;
  if (organization.length > 100 || SENTENCE_BREAK.test(organization)) return null;
  const titleText = title.join(" - ");
  if (titleText.length > 100 || /[?!]/.test(titleText)) return null;
  return { name, organization, title: titleText };
}

/**
 * StreetEvents, reference layout: spaced or plain headings (`P R E S E N T A T I O N`,
 * `Q U E S T I O N S  A N D  A N S W E R S`), `Name - Company - Title` speaker lines each followed by
 * a blank line, the turn's paragraphs after it. PDF page breaks leave lines that start with a space;
 * such a line may be a speaker line even without a blank line before it.
 */
export function readStreetEvents(input: ReaderInput): LayoutReading {
  const lines = splitLines(input.text);
  const turns: RawTurn[] = [];
  const participants: ListedParticipant[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName = "presentation";
  let listing: ListedParticipant["role"] | undefined;
  let current: { header: SpeakerHeader; first: SourceLine | null; last: SourceLine | null; line: number } | null = null;
  let ended = false;
  let headerEnd = 0;

  const close = () => {
    if (current === null) return;
    if (current.first && current.last) {
      const start = current.first.start + (current.first.text.length - current.first.text.trimStart().length);
      const end = current.last.start + current.last.text.trimEnd().length;
      turns.push({ label: current.header.name, organization: current.header.organization, title: current.header.title, section, start, end, line: current.first.number });
    } else {
      diagnostics.push({ severity: "warning", ruleId: "empty-turn", message: `${current.header.name} has a speaker line but no text`, line: current.line });
    }
    current = null;
  };

  for (let i = 0; i < lines.length && !ended; i++) {
    const line = lines[i]!;
    if (isGap(line)) continue;
    const heading = readHeading(line.text) ?? (isRule(lines[i - 1]) || isRule(lines[i + 1]) ? readHeading(line.text.toUpperCase()) : null);
    if (heading !== null) {
      close();
      if (heading === "end") ended = true;
      else if (heading === "presentation" || heading === "qa") [section, listing] = [heading, undefined];
      else listing = heading === "participants-company" ? "executive" : heading === "participants-analysts" ? "analyst" : null;
      if (headerEnd === 0) headerEnd = line.start;
      continue;
    }
    const prev = lines[i - 1];
    const standsAlone = isGap(lines[i + 1]) && (isGap(prev) || line.text.startsWith(" ") || (prev !== undefined && readHeading(prev.text) !== null));
    const header = standsAlone ? readDashedSpeaker(line.text) : null;
    if (listing !== undefined) {
      const listed = header ?? readBulletedEntry(lines, i);
      if (listed) participants.push({ name: listed.name, organization: listed.organization, title: listed.title, role: listing, line: line.number });
      continue;
    }
    if (header) {
      close();
      current = { header, first: null, last: null, line: line.number };
      continue;
    }
    if (current) {
      current.first ??= line;
      current.last = line;
    }
  }
  close();
  if (turns.length === 0) {
    diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no `Name - Company - Title` speaker lines found", line: null });
  }
  const head = input.text.slice(0, Math.max(headerEnd, 3000));
  return { turns, participants, call: readStreetEventsTitle(input.text.slice(0, headerEnd)), diagnostics, headerText: head };
}

const RULE = /^\s*(?:={10,}|-{10,})\s*$/;

function isRule(line: SourceLine | undefined): boolean {
  return line !== undefined && RULE.test(line.text);
}

function isGap(line: SourceLine | undefined): boolean {
  return isBlank(line) || isRule(line);
}

/** A participant-list entry of the ruled export: ` * Name` then `Company - Title` on the next line. */
function readBulletedEntry(lines: SourceLine[], i: number): SpeakerHeader | null {
  const m = /^\s*[*•]\s+(.{2,60})$/.exec(lines[i]!.text);
  if (!m || !looksLikeName(m[1]!.trim())) return null;
  const next = lines[i + 1]?.text.trim() ?? "";
  const dash = next.search(DASH_SEPARATOR);
  if (dash === -1 || /^[*•]/.test(next)) return { name: m[1]!.trim(), organization: null, title: null };
  const [organization, ...title] = next.split(DASH_SEPARATOR);
  return { name: m[1]!.trim(), organization: organization!.trim(), title: title.join(" - ").trim() || null };
}

/**
 * The title block some StreetEvents exports carry above the first heading:
 *   "CLX - Q2 2015 Calix Inc Earnings Call" · "EVENT DATE/TIME: JULY 28, 2015 / 8:30PM GMT"
 */
export function readStreetEventsTitle(head: string): Partial<CallInfo> {
  const call: Partial<CallInfo> = {};
  const title = /^\s*(?:([A-Z][A-Z0-9.]{0,9}) - )?Q([1-4]) (\d{4}) (.{2,80}?) (?:Earnings|Financial Results|Results|Sales)\b.*Call/m.exec(head);
  if (title) {
    if (title[1]) call.ticker = title[1];
    call.fiscalQuarter = Number(title[2]);
    call.fiscalYear = Number(title[3]);
    call.company = title[4]!.trim();
  }
  const event = /EVENT DATE\/TIME:\s*(.{6,40})$/im.exec(head);
  if (event) call.date = dateFromText(event[1]!);
  return call;
}
