import type { Diagnostic, Role, SectionName } from "../model/transcript.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { FOOL_TRAILER, readFoolHeader } from "./motleyfool-header.js";
import { readListedParticipant } from "./parse-json.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { looksLikeName } from "./parse-streetevents.js";
import { looksLikeStrictName } from "./speaker-label.js";
import { isBlank, splitLines, type SourceLine } from "./source-lines.js";

const PREPARED = /^prepared remarks\s*:\s*$/i;
const QA = /^questions?\s*(?:and|&)\s*answers?\s*:\s*$/i;
const PARTICIPANTS = /^call participants\s*:\s*$/i;
const DURATION = /^duration\s*:\s*\d+\s*minutes?\s*$/i;
const DASHED_HEADER = /^([^-\n]{2,60}?)\s*--\s*(.{1,160})$/;

/**
 * Motley Fool, classic:
 *   "Prepared Remarks:" turn*  "Questions & Answers:" turn*  "Duration: N minutes"
 *   "Call participants:" ("Name--Title" | "Name--Firm -- Analyst")*
 *   turn   := header-line blank paragraph (blank paragraph)*
 *   header := "Name--Title" | "Name--Firm -- Analyst" | "Operator" | a bare name
 * The table of contents at the top repeats the headings without colons and is skipped.
 */
export function readMotleyFool(input: ReaderInput): LayoutReading {
  const lines = splitLines(input.text);
  const turns: RawTurn[] = [];
  const participants: ListedParticipant[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName | null = null;
  let mode: "header" | "turns" | "participants" | "done" = "header";
  let headerEnd = 0;
  let current: (FoolHeader & { first: SourceLine | null; last: SourceLine | null; line: number }) | null = null;
  const close = () => {
    if (current?.first && current.last && section) {
      const start = current.first.start + (current.first.text.length - current.first.text.trimStart().length);
      const { label, organization, title, role } = current;
      turns.push({ label, organization, title, role, section, start, end: current.last.start + current.last.text.trimEnd().length, line: current.first.number });
    } else if (current) {
      diagnostics.push({ severity: "warning", ruleId: "empty-turn", message: `${current.label} has a header line but no text`, line: current.line });
    }
    current = null;
  };

  for (let i = 0; i < lines.length && mode !== "done"; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === "") continue;
    if (PREPARED.test(text) || QA.test(text)) {
      close();
      if (mode === "header") headerEnd = line.start;
      section = PREPARED.test(text) ? "presentation" : "qa";
      mode = "turns";
      continue;
    }
    // The call ends at its duration line; the participant list follows it.
    if (PARTICIPANTS.test(text) || DURATION.test(text)) {
      close();
      mode = "participants";
      continue;
    }
    if (FOOL_TRAILER.test(text)) {
      close();
      mode = "done";
      continue;
    }
    if (mode === "participants") {
      const p = DASHED_HEADER.test(text) || looksLikeStrictName(text) ? readListedParticipant(text) : null;
      if (p) participants.push({ ...p, line: line.number });
      continue;
    }
    if (mode !== "turns") continue;
    const standsAlone = isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
    const header = standsAlone ? readFoolTurnHeader(text) : null;
    if (header) {
      close();
      current = { ...header, first: null, last: null, line: line.number };
      continue;
    }
    if (current) {
      current.first ??= line;
      current.last = line;
    }
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no `Name--Title` turn headers found", line: null });
  const head = input.text.slice(0, headerEnd || 3000);
  return { turns, participants, call: readFoolHeader(head), diagnostics, headerText: head };
}

interface FoolHeader {
  label: string;
  organization: string | null;
  title: string | null;
  role: Role | null;
}

function readFoolTurnHeader(text: string): FoolHeader | null {
  if (text.length > 200) return null;
  const dashed = DASHED_HEADER.exec(text);
  if (dashed && (looksLikeStrictName(dashed[1]!.trim()) || (looksLikeName(dashed[1]!.trim()) && /\banalyst\b|\bofficer|\bpresident|\bdirector|\bhead\b|\bvice/i.test(dashed[2]!)))) {
    const p = readListedParticipant(text);
    if (p) return { label: p.name, organization: p.organization, title: p.title, role: p.role };
  }
  if (isOperatorLabel(text) || (isUnidentifiedLabel(text) && text.length < 50 && !/[.?!,]$/.test(text)) || looksLikeStrictName(text)) {
    return { label: text, organization: null, title: null, role: null };
  }
  return null;
}
