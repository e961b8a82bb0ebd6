import type { Diagnostic, Role, SectionName } from "../model/transcript.js";
import { dateFromText } from "./call-period.js";
import type { LayoutReading, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { looksLikeName } from "./parse-streetevents.js";
import { splitLines, type SourceLine } from "./source-lines.js";

const SEPARATOR = /^\.{10,}$|^[-_=]{10,}$/;
const PRESENTATION = /^(?:MANAGEMENT DISCUSSION SECTION|PRESENTATION|PREPARED REMARKS)$/;
const QA = /^(?:QUESTION AND ANSWER SECTION|QUESTIONS AND ANSWERS|QUESTION AND ANSWER|Q&A)$/;
const END = /^(?:Disclaimer|DISCLAIMER)$/;
const INLINE_OPERATOR = /^(Operator|Moderator)\s*:\s*(.*)$/;
const CORPORATE_SUFFIX = /^(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Co|Corp|Corporation|N\.A|NA|plc|PLC|S\.A|SA|AG|LP|L\.P|LLP|N\.V|NV|SE|AB|ASA|A\/S|GmbH)\.?$/;

/**
 * `Title, Company`: the company is the last comma part, or the last two when the last is a
 * corporate suffix ("Analyst, Deutsche Bank Securities, Inc.").
 */
export function splitTitleCompany(text: string): { title: string | null; organization: string | null } {
  const parts = text.split(/,\s+/);
  if (parts.length < 2) return { title: text.trim() || null, organization: null };
  let orgParts = 1;
  if (parts.length >= 3 && CORPORATE_SUFFIX.test(parts[parts.length - 1]!.trim())) orgParts = 2;
  return { title: parts.slice(0, -orgParts).join(", ").trim() || null, organization: parts.slice(-orgParts).join(", ").trim() || null };
}

function looksLikeTitleLine(text: string): boolean {
  return text.length <= 160 && text.includes(",") && !/[.?!]$/.test(text.replace(/(?:Inc|Co|Corp|Ltd|N\.A|L\.P|S\.A|plc)\.$/i, "")) && /^\p{Lu}/u.test(text);
}

/**
 * FactSet CallStreet (plain or as tagged PDF text):
 *   "MANAGEMENT DISCUSSION SECTION" block*  "QUESTION AND ANSWER SECTION" block*  "Disclaimer" …
 *   block := separator (a dotted rule) ( "Operator:" text | name-line title-line ["Q"|"A"] text )
 * A page break may split a block; page numbers (lines of digits) are dropped.
 */
export function readCallStreet(input: ReaderInput): LayoutReading {
  const lines = input.lines ?? splitLines(input.text).map(trimLine);
  const turns: RawTurn[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName | null = null;
  let afterSeparator = false;
  let headerEnd = -1;
  let current: { label: string; organization: string | null; title: string | null; role: Role | null; body: SourceLine[]; line: number } | null = null;
  const close = () => {
    if (current && current.body.length > 0 && section) {
      const first = current.body[0]!;
      const last = current.body[current.body.length - 1]!;
      const { label, organization, title, role } = current;
      turns.push({ label, organization, title, role, section, start: first.start, end: last.end, line: first.number, text: current.body.map((l) => l.text).join("\n") });
    } else if (current) {
      diagnostics.push({ severity: "warning", ruleId: "empty-turn", message: `${current.label} has a speaker block but no text`, line: current.line });
    }
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === "" || /^\d{1,3}$/.test(text)) continue;
    if (PRESENTATION.test(text) || QA.test(text)) {
      close();
      if (headerEnd === -1) headerEnd = i;
      section = QA.test(text) ? "qa" : "presentation";
      afterSeparator = true;
      continue;
    }
    if (section === null) continue;
    if (END.test(text)) break;
    if (SEPARATOR.test(text)) {
      afterSeparator = true;
      continue;
    }
    const inline = INLINE_OPERATOR.exec(text);
    if (inline) {
      close();
      current = { label: inline[1]!, organization: null, title: null, role: "operator", body: [], line: line.number };
      if (inline[2]) current.body.push({ ...line, text: inline[2], start: line.end - inline[2].length });
      afterSeparator = false;
      continue;
    }
    const titleLine = nextContent(lines, i);
    const marker = titleLine ? nextContent(lines, titleLine.index) : null;
    const strong = titleLine && looksLikeTitleLine(titleLine.line.text) && marker && /^[QA]$/.test(marker.line.text);
    if ((afterSeparator || strong) && (looksLikeName(text) || isOperatorLabel(text) || isUnidentifiedLabel(text)) && titleLine) {
      close();
      const hasTitle = looksLikeTitleLine(titleLine.line.text);
      const { title, organization } = hasTitle ? splitTitleCompany(titleLine.line.text) : { title: null, organization: null };
      let next = hasTitle ? titleLine.index : i;
      let role: Role | null = null;
      const qa = nextContent(lines, next);
      if (qa && /^[QA]$/.test(qa.line.text)) {
        role = qa.line.text === "Q" ? "analyst" : null;
        next = qa.index;
      }
      current = { label: text, organization, title, role, body: [], line: line.number };
      i = next;
      afterSeparator = false;
      continue;
    }
    afterSeparator = false;
    if (current) current.body.push(line);
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no CallStreet speaker blocks (name line, `Title, Company` line) found", line: null });
  const header = lines.slice(0, Math.max(headerEnd, 0)).map((l) => l.text).join("\n");
  const named = /^(.{2,100}?)\s*\(([A-Z][A-Z0-9.]{0,9})\)\s*$/m.exec(header);
  const call = { date: dateFromText(header), ...(named ? { company: named[1]!, ticker: named[2]! } : {}) };
  return { turns, participants: [], call, diagnostics, headerText: header || lines.slice(0, 40).map((l) => l.text).join("\n") };
}

function nextContent(lines: SourceLine[], from: number): { line: SourceLine; index: number } | null {
  for (let j = from + 1; j < lines.length && j < from + 6; j++) {
    const l = lines[j]!;
    if (l.text !== "" && !/^\d{1,3}$/.test(l.text)) return { line: l, index: j };
  }
  return null;
}

function trimLine(line: SourceLine): SourceLine {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { number: line.number, text, start: line.start + lead, end: line.start + lead + text.length };
}
