import type { Diagnostic, SectionName } from "../model/transcript.js";
import type { LayoutReading, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { isQaOpening } from "./qa-opening.js";
import { readHeading } from "./section-headings.js";
import { looksLikeStrictName } from "./speaker-label.js";
import { splitLines, type SourceLine } from "./source-lines.js";

const LABELLED = /^\s{0,4}(?:\[[^\]]{1,12}\]\s*)?([^:\n]{2,60}?)\s*(?:\(([^()\n]{1,80})\))?\s*:\s+(\S.*)$/;
const QA_LINE = /^(?:question-and-answer session|questions? (?:and|&) answers?(?: session)?)\s*:?$/i;

/** `Name: text` or `Name (Company, Title): text`, with an optional `[00:01:02]` timestamp. */
export function readLabelledLine(text: string): { label: string; note: string | null; speech: string } | null {
  const m = LABELLED.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  if (!(isOperatorLabel(label) || (isUnidentifiedLabel(label) && label.length < 50) || looksLikeStrictName(label))) return null;
  return { label, note: m[2]?.trim() ?? null, speech: m[3]! };
}

/**
 * `Speaker: text` logs (chat exports, meeting notes, simple transcripts):
 *   log  := (heading | labelled-line continuation-line*)*
 *   labelled-line := [timestamp] Name [" (" note ")"] ":" text
 * A line without a label continues the current turn. The Q&A starts at a Q&A heading, or else at
 * the operator turn that opens the line for questions.
 */
export function readSpeakerLog(input: ReaderInput): LayoutReading {
  const lines = splitLines(input.text);
  const turns: RawTurn[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName = "presentation";
  let sawQaHeading = false;
  let current: { label: string; note: string | null; start: number; line: number; last: SourceLine } | null = null;
  let firstTurnOffset = -1;
  const close = () => {
    if (!current) return;
    const [organization, title] = splitNote(current.note);
    turns.push({ label: current.label, organization, title, section, start: current.start, end: current.last.start + current.last.text.trimEnd().length, line: current.line });
    current = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    const heading = readHeading(text);
    if (heading === "qa" || heading === "presentation" || QA_LINE.test(text)) {
      close();
      section = heading === "presentation" ? "presentation" : "qa";
      sawQaHeading ||= section === "qa";
      continue;
    }
    if (heading === "end") break;
    const labelled = readLabelledLine(line.text);
    if (labelled) {
      close();
      if (!sawQaHeading && section === "presentation" && turns.length > 0 && isOperatorLabel(labelled.label) && isQaOpening(labelled.speech)) section = "qa";
      const start = line.start + line.text.lastIndexOf(labelled.speech);
      if (firstTurnOffset === -1) firstTurnOffset = line.start;
      current = { label: labelled.label, note: labelled.note, start, line: line.number, last: line };
      continue;
    }
    if (current) current.last = line;
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no `Name: text` lines found", line: null });
  const header = input.text.slice(0, Math.max(0, firstTurnOffset));
  return { turns, participants: [], call: {}, diagnostics, headerText: (header + "\n" + (turns[0] ? input.text.slice(turns[0].start, turns[0].start + 1500) : "")).slice(0, 4000) };
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
    const l = readLabelledLine(line);
    if (l) {
      n++;
      speakers.add(l.label.toLowerCase());
    }
  }
  return { lines: n, speakers: speakers.size };
}
