import type { Diagnostic, SectionName } from "../model/transcript.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { readHeading } from "./section-headings.js";
import { isBlank, splitLines, type SourceLine } from "./source-lines.js";

export interface SpeakerHeader {
  name: string;
  organization: string | null;
  title: string | null;
}

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
 * Speaker line grammar (the reference StreetEvents layout):
 *   speaker-line := [" "] name " - " organization " - " title    (title may itself hold " - ")
 *                 | [" "] ("Operator" | "Unidentified …")
 * A speaker line stands alone: blank line (or a page-break artifact: the line starts with a space)
 * before it, blank line after it.
 */
export function readDashedSpeaker(text: string): SpeakerHeader | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  if (isOperatorLabel(trimmed) || (isUnidentifiedLabel(trimmed) && trimmed.length < 60 && !/[.?!]$/.test(trimmed))) {
    return { name: trimmed, organization: null, title: null };
  }
  const parts = trimmed.split(DASH_SEPARATOR);
  if (parts.length < 3) return null;
  const [name, organization, ...title] = parts as [string, string, ...string[]];
  if (!looksLikeName(name) && !isUnidentifiedLabel(name)) return null;
  if (organization.length > 100 || /[.?!]\s/.test(organization)) return null;
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
    if (isBlank(line)) continue;
    const heading = readHeading(line.text);
    if (heading !== null) {
      close();
      if (heading === "end") ended = true;
      else if (heading === "presentation" || heading === "qa") [section, listing] = [heading, undefined];
      else listing = heading === "participants-company" ? "executive" : heading === "participants-analysts" ? "analyst" : null;
      if (headerEnd === 0) headerEnd = line.start;
      continue;
    }
    const prev = lines[i - 1];
    const standsAlone = isBlank(lines[i + 1]) && (isBlank(prev) || line.text.startsWith(" ") || (prev !== undefined && readHeading(prev.text) !== null));
    const header = standsAlone ? readDashedSpeaker(line.text) : null;
    if (listing !== undefined) {
      if (header) participants.push({ name: header.name, organization: header.organization, title: header.title, role: listing, line: line.number });
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
  return { turns, participants, call: {}, diagnostics, headerText: input.text.slice(0, Math.max(headerEnd, 3000)) };
}
