import type { Diagnostic, Role, SectionName } from "../model/transcript.js";
import { companyFromGreeting } from "./call-company.js";
import { dateFromGreeting } from "./call-period.js";
import { findSpeechSpans, type StringSpan } from "./json-speech-offsets.js";
import type { LayoutReading, ListedParticipant, RawTurn, ReaderInput } from "./layout-reading.js";
import { looksLikeJobTitle, looksLikeOfficerTitle } from "./participant-roles.js";
import { cleanSpeakerLabel } from "./speaker-label.js";
import { TranscriptError } from "./transcript-error.js";

interface Entry {
  speaker: string;
  speech: string;
}

const QA_MARKER = /^(?:questions?\s*(?:and|&)\s*answers?|question-and-answer session)\s*:?$/i;
const OTHER_MARKER = /^(?:contents|prepared remarks|presentation)\s*:?$/i;
const PARTICIPANTS_MARKER = /^call participants\s*:?$/i;
const DURATION = /^duration\s*:\s*\d*\s*(?:minutes?|mins?)?\.?$/i;
/** The turns that may state the call's date: the operator's, the host's, the first speaker's. */
const OPENING_TURNS = 3;

/**
 * JSON layout:
 *   { "prepared_remarks": [{ "speaker": S, "speech": T }…], "q_and_a": [{ speaker, speech }…],
 *     "participants": ["Name--Title" | "Name--Firm -- Analyst"…], "header_texts": [...] }
 * prepared_remarks is the presentation, q_and_a the Q&A. Entries whose speaker is a heading
 * (`Questions and Answers:`) switch section; `Duration: N minutes` and `Call participants:` end
 * the call (entries after them list names, they are not turns). Empty speech is not a turn.
 */
export function readJson(input: ReaderInput): LayoutReading {
  const { text, file } = input;
  const doc = parseJson(text, file);
  const sections = validShape(doc, file);
  const spans = findSpeechSpans(text);
  const turns: RawTurn[] = [];
  const participants: ListedParticipant[] = [];
  const diagnostics: Diagnostic[] = [];
  let ended = false;
  let lineCursor = { offset: 0, line: 1 };
  const lineOf = (offset: number) => {
    lineCursor = advanceLine(text, lineCursor, offset);
    return lineCursor.line;
  };

  for (const [key, entries] of sections) {
    let section: SectionName = key === "q_and_a" ? "qa" : "presentation";
    const keySpans = spans.get(key) ?? [];
    entries.forEach((entry, i) => {
      const label = entry.speaker.trim();
      const span: StringSpan | undefined = keySpans[i];
      if (ended || PARTICIPANTS_MARKER.test(label)) {
        if (!ended) ended = true;
        else if (label !== "" && !PARTICIPANTS_MARKER.test(label) && !DURATION.test(label) && label.length < 60) {
          participants.push({ name: cleanSpeakerLabel(label), organization: null, title: null, role: null, line: span ? lineOf(span.start) : null });
        }
        return;
      }
      if (DURATION.test(label)) {
        ended = true;
        return;
      }
      if (QA_MARKER.test(label) && entry.speech.trim() === "") {
        section = "qa";
        return;
      }
      if (OTHER_MARKER.test(label) && entry.speech.trim() === "") return;
      if (entry.speech.trim() === "") {
        diagnostics.push({ severity: "info", ruleId: "empty-turn", message: `entry for ${label || "an unnamed speaker"} has no speech`, line: span ? lineOf(span.start) : null });
        return;
      }
      const start = span?.start ?? 0;
      const end = span?.end ?? 0;
      turns.push({ label: cleanSpeakerLabel(label) || "Unknown Speaker", section, start, end, line: span ? lineOf(start) : 1, text: entry.speech });
    });
  }
  for (const item of listedStrings(doc)) {
    const p = readListedParticipant(item);
    if (p) participants.push(p);
  }
  const firstSpeech = turns[0]?.text ?? "";
  // JSON has no dated title: the date is the one the opening turns state as today's (the
  // operator's greeting, or the host's "speaks only as of today, …" after it).
  const date = turns.slice(0, OPENING_TURNS).map((t) => dateFromGreeting(t.text ?? "")).find((d) => d !== null) ?? null;
  return {
    turns,
    participants,
    call: { company: companyFromGreeting(firstSpeech), date },
    diagnostics,
    headerText: turns.slice(0, 3).map((t) => t.text ?? "").join("\n").slice(0, 4000),
  };
}

function parseJson(text: string, file: string | null): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const truncated = /end of (?:JSON )?input|Unterminated string/i.test(message);
    const line = errorLine({ text, message, truncated });
    throw new TranscriptError({
      code: "MALFORMED_JSON",
      file,
      line,
      reason: truncated ? `JSON ends before it is complete (truncated file?): ${message}` : `not valid JSON: ${message}`,
    });
  }
}

/**
 * The line a JSON.parse error points at: from `at position N` when V8 gives it, from the quoted
 * snippet (`Unexpected token 'P', " P R E S E "... is not valid JSON`) otherwise, the last line
 * when the input ends early; null when the message says nothing about where.
 */
function errorLine(input: { text: string; message: string; truncated: boolean }): number | null {
  const { text, message, truncated } = input;
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineOf(Number(pos[1]));
  if (truncated) return lineOf(text.length);
  const snippet = /"((?:[^"\\]|\\.){1,40})"\.\.\. is not valid JSON/.exec(message);
  const at = snippet ? text.indexOf(snippet[1]!) : -1;
  return at === -1 ? null : lineOf(at);
}

function validShape(doc: unknown, file: string | null): [string, Entry[]][] {
  const expected = 'expected an object with "prepared_remarks" and/or "q_and_a" arrays of {"speaker", "speech"} strings';
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new TranscriptError({ code: "UNSUPPORTED_JSON", file, reason: `JSON of another shape: ${expected}; found ${Array.isArray(doc) ? "an array" : typeof doc}` });
  }
  const record = doc as Record<string, unknown>;
  const sections: [string, Entry[]][] = [];
  for (const key of ["prepared_remarks", "q_and_a"]) {
    const value = record[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || !value.every(isEntry)) {
      throw new TranscriptError({ code: "UNSUPPORTED_JSON", file, reason: `JSON of another shape: "${key}" is not an array of {"speaker", "speech"} strings` });
    }
    sections.push([key, value]);
  }
  if (sections.length === 0) {
    const keys = Object.keys(record).slice(0, 8).join(", ");
    throw new TranscriptError({ code: "UNSUPPORTED_JSON", file, reason: `JSON of another shape: ${expected}; found keys: ${keys || "none"}` });
  }
  return sections;
}

function isEntry(e: unknown): e is Entry {
  return typeof e === "object" && e !== null && typeof (e as Entry).speaker === "string" && typeof (e as Entry).speech === "string";
}

function listedStrings(doc: unknown): string[] {
  const list = (doc as Record<string, unknown>).participants;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
}

const FIRM = /\b(?:securities|capital|partners|research|bank|banc|group|inc|llc|ltd|co|company|management|advisors|associates|markets|investments?|financial|holdings|asset|trust|global|sachs|morgan|suisse|barclays|ubs|citi\w*|jefferies|cowen|stifel|wells fargo|raymond james|piper|baird|evercore|bernstein|nomura|mizuho|macquarie|oppenheimer|kbw|btig|sidoti)\b/i;
const OUTSIDER = /\b(?:investor|shareholder|stockholder|retail|individual)s?\b/i;
/** A private investor or shareholder, who works for neither side (not "Investor Relations", a company's officer). */
const isOutsider = (text: string): boolean => OUTSIDER.test(text) && !/investor relations/i.test(text);

/** `Name--Title` (an executive), `Name--Title -- Title` (an executive) or `Name--Firm -- Analyst` (an analyst); a bare name says neither. */
export function readListedParticipant(item: string): ListedParticipant | null {
  const parts = item.split(/\s*--\s*/).map((s) => s.trim());
  const name = cleanSpeakerLabel(parts[0] ?? "");
  if (name === "") return null;
  if (parts.length >= 3) {
    // `Name--Executive Vice President -- Chief Financial Officer`: an officer's title in two pieces, no firm and no analyst.
    // (Not an analyst with a misspelt tail, `--Bank of America -- Anlayst`, nor an investor, `Lee Cooperman--Omega Family Officer -- Investor`.)
    const tail = parts.slice(2).join(" ");
    if (looksLikeOfficerTitle(parts[1] ?? "") && !/\ban(?:al?y|la|s?l)/i.test(tail) && !isOutsider(tail)) return { name, organization: null, title: parts.slice(1).join(" - "), role: "executive", line: null };
    const title = parts.slice(2).join(" - ").replace(/^-\s*/, "") || null;
    const role: Role = title && /\b(?:reporter|writer|journalist|editor|correspondent)\b/i.test(title) ? "other" : "analyst";
    return { name, organization: withoutGluedName(parts[1] ?? "", name) || null, title, role, line: null };
  }
  if (parts.length === 2) {
    const title = parts[1] || null;
    const glued = title === null ? null : /^(.*[a-z.])Analyst$/.exec(title);
    if (glued) return { name, organization: glued[1]!.trim(), title: "Analyst", role: "analyst", line: null };
    const analyst = title !== null && /^(?:[\w .&,-]*\s)?analyst\.?$/i.test(title);
    // A private investor or shareholder asks questions but works for neither side: the Q&A decides.
    const outsider = title !== null && isOutsider(title);
    // `Name--JMP Securities`: an analyst's firm without the `-- Analyst` tail; the Q&A decides the role.
    if (title !== null && !outsider && !looksLikeJobTitle(title) && FIRM.test(title)) return { name, organization: title, title: null, role: null, line: null };
    return { name, organization: null, title, role: analyst ? "analyst" : title && !outsider ? "executive" : null, line: null };
  }
  return { name, organization: null, title: null, role: null, line: null };
}

/** Scraped lists sometimes glue the name again onto the firm: `Deutsche BankKevin Marek`. */
function withoutGluedName(org: string, name: string): string {
  return org.length > name.length && org.endsWith(name) ? org.slice(0, -name.length).trim() : org;
}

function advanceLine(text: string, cursor: { offset: number; line: number }, offset: number): { offset: number; line: number } {
  if (offset < cursor.offset) return advanceLine(text, { offset: 0, line: 1 }, offset);
  let line = cursor.line;
  for (let i = text.indexOf("\n", cursor.offset); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { offset, line };
}
