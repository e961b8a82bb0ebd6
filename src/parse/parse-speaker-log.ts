import type { Diagnostic, Role, SectionName } from "../model/transcript.js";
import { dateFromText } from "./call-period.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { isQaOpening } from "./qa-opening.js";
import { readHeading } from "./section-headings.js";
import { looksLikeStrictName } from "./speaker-label.js";
import { splitLines, type SourceLine } from "./source-lines.js";

const LABELLED = /^\s{0,4}(?:\[[^\]]{1,12}\]\s*)?([^:\n]{2,60}?)\s*(?:\(([^()\n]{1,80})\))?\s*:\s+(\S.*)$/;
/** Transcription services' placeholders for voices they could not name: `Speaker 2`, `Participant 3`. */
const NUMBERED_SPEAKER = /^(?:speaker|participant|caller)\s?\d{1,3}$/i;
const QA_LINE = /^(?:question-and-answer session|questions? (?:and|&) answers?(?: session)?)\s*:?$/i;
const LIST_HEADING = /^(hosts?|speakers?|presenters?|executives|company participants|corporate participants|participants|analysts|conference call participants)\s*:?$/i;
const LIST_ENTRY = /^([^,]{3,50}),\s+(.{2,120})$/;
/** Legal text that printed transcripts append after the call without a heading. */
const TRAILER = /^(?:Certain statements in this (?:document|transcript)|This (?:document|transcript) (?:contains|may contain|includes) forward-looking|Copyright ©|©\s?\d{4})/i;

const TIMESTAMP = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;
const STAMPED_HEADER = new RegExp(String.raw`^\s{0,4}([^:()\n]{2,60}?)\s*(?:\(\s*${TIMESTAMP}\s*\)|\s${TIMESTAMP})\s*:?\s*$`);

/**
 * A header line of recording-service transcripts (Rev, Otter): `Name (00:01:23):` or
 * `Speaker 1  00:01:23` alone on a line, the speech on the lines after it.
 */
export function readStampedHeader(text: string): string | null {
  const m = STAMPED_HEADER.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  return isOperatorLabel(label) || (isUnidentifiedLabel(label) && label.length < 50) || NUMBERED_SPEAKER.test(label) || looksLikeStrictName(label) ? label : null;
}

/** `Name: text` or `Name (Company, Title): text`, with an optional `[00:01:02]` timestamp. */
export function readLabelledLine(text: string): { label: string; note: string | null; speech: string } | null {
  const m = LABELLED.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  if (!(isOperatorLabel(label) || (isUnidentifiedLabel(label) && label.length < 50) || NUMBERED_SPEAKER.test(label) || looksLikeStrictName(label))) return null;
  const note = m[2]?.trim() ?? null;
  return { label, note: note !== null && new RegExp(`^${TIMESTAMP}$`).test(note) ? null : note, speech: m[3]! };
}

interface OpenTurn {
  label: string;
  note: string | null;
  start: number;
  line: number;
  last: SourceLine;
  body: string[];
}

/**
 * `Speaker: text` logs (chat exports, meeting notes, printed transcripts such as Citi's):
 *   log  := [lists] (heading | labelled-line continuation-line*)*
 *   lists := ("Host" | "Speakers" | "Analysts" …) ("Name, Title")*
 *   labelled-line := [timestamp] Name [" (" note ")"] ":" text
 *                  | Name ("(" timestamp "):" | "  " timestamp) NEWLINE text   (Rev, Otter)
 * A line without a label continues the current turn. The Q&A starts at a Q&A heading, or else at
 * the operator turn that opens the line for questions, or else where the assembler infers it. Legal boilerplate after the call ends it.
 */
export function readSpeakerLog(input: ReaderInput): LayoutReading {
  const lines = input.lines ?? splitLines(input.text);
  const turns: RawTurn[] = [];
  const participants: ListedParticipant[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName = "presentation";
  let sawQaHeading = false;
  let listing: Role | null | undefined;
  let current: OpenTurn | null = null;
  let firstTurnOffset = -1;
  const close = () => {
    if (!current) return;
    if (current.start === -1) {
      diagnostics.push({ severity: "warning", ruleId: "empty-turn", message: `${current.label} has a header but no words`, line: current.last.number });
      current = null;
      return;
    }
    const [organization, title] = splitNote(current.note);
    const end = current.last.start + current.last.text.trimEnd().length;
    turns.push({ label: current.label, organization, title, section, start: current.start, end: input.lines ? current.last.end : end, line: current.line, ...(input.lines ? { text: current.body.join("\n") } : {}) });
    current = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    if (TRAILER.test(text) && turns.length > 0) break;
    const heading = readHeading(text);
    if (heading === "qa" || heading === "presentation" || QA_LINE.test(text)) {
      close();
      section = heading === "presentation" ? "presentation" : "qa";
      sawQaHeading ||= section === "qa";
      listing = undefined;
      continue;
    }
    if (heading === "end") break;
    const stamped = readStampedHeader(line.text);
    if (stamped) {
      close();
      listing = undefined;
      if (firstTurnOffset === -1) firstTurnOffset = line.start;
      current = { label: stamped, note: null, start: -1, line: -1, last: line, body: [] };
      continue;
    }
    const labelled = readLabelledLine(line.text);
    if (labelled) {
      close();
      listing = undefined;
      if (!sawQaHeading && section === "presentation" && turns.length > 0 && isOperatorLabel(labelled.label) && isQaOpening(labelled.speech)) section = "qa";
      const start = line.start + line.text.lastIndexOf(labelled.speech) + (input.lines ? sourceShift(input.text, line, labelled.speech) : 0);
      if (firstTurnOffset === -1) firstTurnOffset = line.start;
      current = { label: labelled.label, note: labelled.note, start, line: line.number, last: line, body: [labelled.speech] };
      continue;
    }
    if (current) {
      if (current.start === -1) {
        if (!sawQaHeading && section === "presentation" && turns.length > 0 && isOperatorLabel(current.label) && isQaOpening(text)) section = "qa";
        [current.start, current.line] = [line.start + line.text.indexOf(text[0]!), line.number];
      }
      current.last = line;
      current.body.push(text);
      continue;
    }
    const list = LIST_HEADING.exec(text);
    if (list) listing = /analyst|conference call/i.test(list[1]!) ? "analyst" : "executive";
    else if (listing !== undefined) {
      const entry = LIST_ENTRY.exec(text);
      if (entry && looksLikeStrictName(entry[1]!)) participants.push({ name: entry[1]!, ...listedDetail(entry[2]!, listing), role: listing, line: line.number });
    }
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no `Name: text` lines found", line: null });
  const header = input.text.slice(0, Math.max(0, firstTurnOffset));
  const opening = turns[0]?.text ?? (turns[0] ? input.text.slice(turns[0].start, turns[0].start + 1500) : "");
  return { turns, participants, call: { date: dateFromText(header.slice(0, 3000)) }, diagnostics, headerText: `${header}\n${opening}`.slice(0, 4000), inferQa: !sawQaHeading };
}

/**
 * In tagged text the clean line and the source differ by tags; find where the speech begins in the
 * source so the turn's start offset points at its first word.
 */
function sourceShift(text: string, line: SourceLine, speech: string): number {
  const firstWord = speech.split(" ")[0] ?? "";
  const inSource = text.indexOf(firstWord, line.start);
  const inClean = line.start + line.text.lastIndexOf(speech);
  return inSource === -1 || inSource > line.end ? 0 : inSource - inClean;
}

/** An analyst list names the firm (`Dana Whitfield, Harbor Point Securities`), others the title. */
function listedDetail(detail: string, role: Role | null): { organization: string | null; title: string | null } {
  if (role !== "analyst") return { organization: null, title: detail };
  const m = /^(.+?)\s*[,–—-]\s+((?:senior |equity |research )*analyst.*)$/i.exec(detail);
  if (m) return { organization: m[1]!, title: m[2]! };
  return /\banalyst\b/i.test(detail) ? { organization: null, title: detail } : { organization: detail, title: null };
}

/** `(Acme Corp, CFO)` → organization, title; `(CFO)` → title only. */
function splitNote(note: string | null): [string | null, string | null] {
  if (!note) return [null, null];
  const parts = note.split(/\s*[,–—-]\s+/);
  return parts.length >= 2 ? [parts[0]!, parts.slice(1).join(", ")] : [null, note];
}

/** How many lines of the first part of `text` are `Speaker: text` lines, and with how many speakers. */
export function countLabelledLines(text: string): { lines: number; speakers: number } {
  const speakers = new Set<string>();
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/, 400)) {
    if (line.length > 5000) continue;
    const label = readLabelledLine(line)?.label ?? readStampedHeader(line);
    if (label) {
      n++;
      speakers.add(label.toLowerCase());
    }
  }
  return { lines: n, speakers: speakers.size };
}
