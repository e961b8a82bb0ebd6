import type { Diagnostic, SectionName } from "../model/transcript.js";
import { dateFromText } from "./call-period.js";
import type { LayoutReading, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel } from "./participant-roles.js";
import { readHeading } from "./section-headings.js";
import { looksLikeStrictName } from "./speaker-label.js";
import { splitLines, type SourceLine } from "./source-lines.js";

const QA_HEADING = /^(?:(?:analyst\s+)?q\s?&\s?a(?:\s+session)?|questions?\s+(?:and|&)\s+answers?(?:\s+session)?|question-and-answer session)\s*:?$/i;
const FIRM = /^[\p{Lu}0-9][\p{L}0-9&.'’ -]{1,50}$/u;

interface Header {
  label: string;
  organization: string | null;
}

/** `Sergio P. Ermotti` or `Flora Bocahut, Jefferies`: a line that is only a name, maybe with a firm. */
function readHeaderLine(text: string): Header | null {
  if (text.length > 90 || /[.?!:;]$/.test(text)) return null;
  if (isOperatorLabel(text)) return { label: text, organization: null };
  const comma = text.indexOf(", ");
  if (comma === -1) return looksLikeStrictName(text) ? { label: text, organization: null } : null;
  const name = text.slice(0, comma);
  const firm = text.slice(comma + 2).trim();
  return looksLikeStrictName(name) && FIRM.test(firm) && firm.split(/\s+/).length <= 6 ? { label: name, organization: firm } : null;
}

/**
 * Speeches under name lines, as banks print them (UBS): no operator, no colons, a line holding
 * only the speaker's name (executives) or `Name, Firm` (analysts), then the text.
 *   document := (header-line text-line+)*      with an optional Q&A heading between the sections
 * A name line must recur to count as a header (a short line of prose that happens to look like a
 * name rarely does); analysts' `Name, Firm` lines also count once. Without a Q&A heading the Q&A
 * starts at the first analyst's line.
 */
export function readNameBlocks(input: ReaderInput): LayoutReading {
  const lines = input.lines ?? splitLines(input.text);
  const counts = new Map<string, number>();
  for (const l of lines) {
    const h = readHeaderLine(l.text.trim());
    if (h) counts.set(l.text.trim(), (counts.get(l.text.trim()) ?? 0) + 1);
  }
  const isHeader = (text: string): Header | null => {
    const h = readHeaderLine(text);
    return h && ((counts.get(text) ?? 0) >= 2 || h.organization !== null) ? h : null;
  };
  const turns: RawTurn[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName = "presentation";
  let sawQaHeading = false;
  let current: { header: Header; body: SourceLine[] } | null = null;
  const close = () => {
    if (current && current.body.length > 0) {
      const first = current.body[0]!;
      const last = current.body[current.body.length - 1]!;
      const role = current.header.organization ? "analyst" : null;
      turns.push({ label: current.header.label, organization: current.header.organization, role, section, start: first.start, end: last.end, line: first.number, text: current.body.map((l) => l.text.trim()).join("\n") });
    }
    current = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    const heading = readHeading(text);
    if (QA_HEADING.test(text) || heading === "qa" || heading === "presentation") {
      close();
      section = heading === "presentation" ? "presentation" : "qa";
      sawQaHeading ||= section === "qa";
      continue;
    }
    if (heading === "end") break;
    const header = isHeader(text);
    if (header) {
      close();
      if (!sawQaHeading && header.organization !== null) section = "qa";
      current = { header, body: [] };
      continue;
    }
    current?.body.push(line);
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no speaker name lines found", line: null });
  const firstStart = turns[0]?.start ?? 0;
  return { turns, participants: [], call: { date: dateFromText(input.text.slice(0, Math.min(firstStart, 3000))) }, diagnostics, headerText: input.text.slice(0, Math.max(firstStart, 3000)) };
}

/** Whether the lines hold at least a few recurring name lines with text under them. */
export function hasNameBlocks(lines: SourceLine[]): boolean {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (readHeaderLine(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let recurring = 0;
  for (const n of counts.values()) if (n >= 2) recurring++;
  return recurring >= 2;
}
