import type { Diagnostic, Role, SectionName } from "../model/transcript.js";
import { isQaOpening } from "./qa-opening.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { FOOL_TRAILER, readFoolHeader } from "./motleyfool-header.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { looksLikeName } from "./parse-streetevents.js";
import { splitLines, type SourceLine } from "./source-lines.js";

const TRANSCRIPT_START = /^full conference call transcript\s*$/i;
const PARTICIPANTS_HEADING = /^call participants\s*:?\s*$/i;
const LISTED = /^(.{2,120}?)\s+[—–]\s+(.{2,60})$/;
const TURN = /^([^:\n]{2,60}):\s*(\S.*)?$/;

/**
 * Motley Fool, 2025 layout:
 *   header, "CALL PARTICIPANTS" ("Title — Name")*, AI-written summary and glossary (not spoken),
 *   "Full Conference Call Transcript", then turns `Name:text` whose following lines (until the
 *   next `Name:`) are further paragraphs, then the page footer.
 * There is no Q&A heading: the Q&A starts at the operator turn that opens the line for questions,
 * or else where the assembler infers it (`inferQa`).
 */
export function readMotleyFool2025(input: ReaderInput): LayoutReading {
  const lines = splitLines(input.text);
  const diagnostics: Diagnostic[] = [];
  const participants: ListedParticipant[] = [];
  const startAt = lines.findIndex((l) => TRANSCRIPT_START.test(l.text.trim()));
  const listEnd = startAt === -1 ? lines.length : startAt;
  let listing = false;
  for (let i = 0; i < listEnd; i++) {
    const text = lines[i]!.text.trim();
    if (PARTICIPANTS_HEADING.test(text)) listing = true;
    else if (listing && text !== "") {
      const m = LISTED.exec(text);
      if (!m || !looksLikeName(m[2]!.trim())) {
        listing = false;
        continue;
      }
      const title = m[1]!.trim();
      const role: Role = /\banalyst\b/i.test(title) ? "analyst" : "executive";
      participants.push({ name: m[2]!.trim(), organization: null, title, role, line: lines[i]!.number });
    }
  }
  if (startAt === -1) {
    diagnostics.push({ severity: "error", ruleId: "no-transcript", message: "no `Full Conference Call Transcript` line: the page holds only the summary", line: null });
    return { turns: [], participants, call: readFoolHeader(input.text.slice(0, 3000)), diagnostics };
  }
  diagnostics.push({
    severity: "info",
    ruleId: "summary-skipped",
    message: `lines 1–${lines[startAt]!.number - 1} (header, participants, AI-written summary) are not part of the call and were left out`,
    line: lines[startAt]!.number,
  });

  const turns: RawTurn[] = [];
  let section: SectionName = "presentation";
  let current: { label: string; first: { offset: number; line: number }; last: SourceLine } | null = null;
  const close = () => {
    if (current) turns.push({ label: current.label, section, start: current.first.offset, end: current.last.start + current.last.text.trimEnd().length, line: current.first.line });
    current = null;
  };
  for (let i = startAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === "") continue;
    if (FOOL_TRAILER.test(text)) break;
    const m = TURN.exec(line.text);
    const label = m ? m[1]!.trim() : null;
    if (m && label && (isOperatorLabel(label) || isUnidentifiedLabel(label) || looksLikeName(label))) {
      close();
      if (section === "presentation" && isOperatorLabel(label) && turns.length > 0 && isQaOpening(m[2] ?? "")) section = "qa";
      const offset = m[2] === undefined ? line.end : line.start + line.text.indexOf(m[2], m[1]!.length + 1);
      current = { label, first: { offset, line: line.number }, last: line };
      continue;
    }
    if (current) current.last = line;
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no `Name:text` turns after `Full Conference Call Transcript`", line: lines[startAt]!.number });
  const head = input.text.slice(0, lines[startAt]!.start);
  return { turns, participants, call: readFoolHeader(head.slice(0, 3000)), diagnostics, headerText: head.slice(0, 3000), inferQa: true };
}
