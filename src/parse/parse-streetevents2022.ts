import type { Diagnostic, Role, SectionName } from "../model/transcript.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { looksLikeName, readStreetEventsTitle, SENTENCE_BREAK, type SpeakerHeader } from "./parse-streetevents.js";
import { readHeading } from "./section-headings.js";
import { isBlank, splitLines, type SourceLine } from "./source-lines.js";

const ORG_TITLE = /^(.{2,120}?)\s+[-–—]\s+(.{1,150})$/;

/**
 * Name line grammar (StreetEvents 2022, Refinitiv):
 *   name-line := name | name ";" title | name ";" organization ";" title
 * A bare name is usually followed by an `Organization - Title` line.
 */
function readNameLine(text: string): SpeakerHeader | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return null;
  if (trimmed.includes(";")) {
    const parts = trimmed.split(";").map((s) => s.trim());
    if (parts.length > 3 || !looksLikeName(parts[0]!)) return null;
    if (parts.length === 3) return { name: parts[0]!, organization: parts[1] || null, title: parts[2] || null };
    return { name: parts[0]!, organization: null, title: parts[1] || null };
  }
  if (isOperatorLabel(trimmed) || (isUnidentifiedLabel(trimmed) && trimmed.length < 50 && !/[.?!,]/.test(trimmed))) {
    return { name: trimmed, organization: null, title: null };
  }
  return looksLikeName(trimmed) ? { name: trimmed, organization: null, title: null } : null;
}

function readOrgTitle(text: string): { organization: string; title: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > 200 || /[?!]$/.test(trimmed)) return null;
  const m = ORG_TITLE.exec(trimmed);
  if (!m || SENTENCE_BREAK.test(m[1]!)) return null;
  return { organization: m[1]!.trim(), title: m[2]!.trim() };
}

interface Open {
  header: SpeakerHeader;
  headerLine: number;
  first: SourceLine | null;
  last: SourceLine | null;
}

/**
 * StreetEvents 2022 (Refinitiv): `CORPORATE PARTICIPANTS` and `CONFERENCE CALL PARTICIPANTS` lists,
 * `PRESENTATION`, `QUESTIONS AND ANSWERS`, `DISCLAIMER` headings on lines of their own. Blocks are
 * separated by lines holding nothing but spaces; a block that starts with a name line is a speaker
 * block (name, optional `Organization - Title` line, then hard-wrapped text). A separator followed
 * by anything else is a paragraph break inside the turn.
 */
export function readStreetEvents2022(input: ReaderInput): LayoutReading {
  const lines = splitLines(input.text);
  const turns: RawTurn[] = [];
  const participants: ListedParticipant[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: SectionName = "presentation";
  let listing: Role | null | undefined;
  let current: Open | null = null;
  let headerEnd = 0;

  const close = () => {
    if (current === null) return;
    const { header, first, last } = current;
    if (listing !== undefined) {
      participants.push({ ...header, role: listing ?? null, line: current.headerLine });
    } else if (first && last) {
      const start = first.start + (first.text.length - first.text.trimStart().length);
      turns.push({ label: header.name, organization: header.organization, title: header.title, section, start, end: last.start + last.text.trimEnd().length, line: first.number });
    } else {
      diagnostics.push({ severity: "warning", ruleId: "empty-turn", message: `${header.name} has a speaker line but no text`, line: current.headerLine });
    }
    current = null;
  };

  let i = 0;
  let atBlockStart = true;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      atBlockStart = true;
      i++;
      continue;
    }
    const heading = readHeading(line.text);
    if (heading !== null) {
      close();
      if (headerEnd === 0) headerEnd = line.start;
      if (heading === "end") break;
      if (heading === "presentation" || heading === "qa") [section, listing] = [heading, undefined];
      else listing = heading === "participants-company" ? "executive" : heading === "participants-analysts" ? "analyst" : null;
      atBlockStart = true;
      i++;
      continue;
    }
    const header = atBlockStart ? readNameLine(line.text) : null;
    atBlockStart = false;
    if (header) {
      close();
      const next = lines[i + 1];
      const orgTitle = header.organization === null && header.title === null && next && !isBlank(next) ? readOrgTitle(next.text) : null;
      let used = orgTitle ? 2 : 1;
      if (orgTitle) {
        header.organization = orgTitle.organization;
        header.title = orgTitle.title;
        // A long title wraps onto a line of its own ("…& Senior Research" / "Analyst"): in the lists
        // any line before the next separator is such a tail; in the body only the listed title tells.
        const tail = lines[i + 2];
        const listedTitle = participants.find((p) => p.name === header.name)?.title;
        const wraps = tail !== undefined && !isBlank(tail) && readHeading(tail.text) === null && tail.text.trim().length <= 60;
        if (wraps && (listing !== undefined || listedTitle === `${orgTitle.title} ${tail.text.trim()}`)) {
          header.title = `${orgTitle.title} ${tail!.text.trim()}`;
          used = 3;
        }
      }
      current = { header, headerLine: line.number, first: null, last: null };
      i += used;
      continue;
    }
    if (current && listing === undefined) {
      current.first ??= line;
      current.last = line;
    }
    i++;
  }
  close();
  if (turns.length === 0) diagnostics.push({ severity: "error", ruleId: "no-speakers", message: "no speaker blocks (name line, `Company - Title` line) found", line: null });
  const company = mostCommon(participants.filter((p) => p.role === "executive").map((p) => p.organization));
  // The title block some exports carry above the lists ("LRKN - Q4 2024 Larkspur Networks Inc Earnings Call"): its ticker,
  // quarter and date; the company as its executives' lines spell it when they do.
  const title = readStreetEventsTitle(input.text.slice(0, headerEnd));
  return { turns, participants, call: { ...title, company: company ?? title.company ?? null }, diagnostics, headerText: input.text.slice(0, Math.max(headerEnd, 4000)) };
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
