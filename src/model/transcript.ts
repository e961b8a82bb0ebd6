/**
 * The transcript model: what the parse stage produces from any layout. Pure data, no behaviour.
 * Every turn keeps character offsets into `Transcript.text` (the decoded source), so every fact
 * derived from it can point back to its words.
 */

/** The layouts the parser reads. `plain` has no speakers or headings at all. */
export type Layout =
  | "streetevents"
  | "streetevents2022"
  | "seekingalpha"
  | "motleyfool"
  | "motleyfool2025"
  | "json"
  | "tagged-pdf"
  | "callstreet"
  | "speaker-log"
  | "capitaliq"
  | "plain";

export const LAYOUTS: readonly Layout[] = [
  "streetevents",
  "streetevents2022",
  "seekingalpha",
  "motleyfool",
  "motleyfool2025",
  "json",
  "tagged-pdf",
  "callstreet",
  "speaker-log",
  "capitaliq",
  "plain",
];

export type Role = "executive" | "analyst" | "operator" | "other";

/** `unattributed` is the single section of a `plain` transcript, which has no headings. */
export type SectionName = "presentation" | "qa" | "unattributed";

export interface CallInfo {
  /** Company name as the text states it ("Calix, Inc."); null when the text does not say. */
  company: string | null;
  /** Ticker only when stated in the text or the file name (`GLW_q2_2021.json`). */
  ticker: string | null;
  fiscalYear: number | null;
  fiscalQuarter: number | null;
  /** ISO date (YYYY-MM-DD) of the call, only when the text states it; never invented. */
  date: string | null;
  /** Where fiscal year/quarter came from, so users can judge them. */
  periodSource: "text" | "filename" | null;
}

export interface Participant {
  /** Canonical display name, used as the speaker name of turns. */
  name: string;
  role: Role;
  /** Employer: the company itself for executives, the firm for analysts; full name kept. */
  organization: string | null;
  title: string | null;
  /** Other spellings seen for this person in this transcript (list vs turn headers). */
  aliases: string[];
  /** Number of turns spoken. */
  turns: number;
  /**
   * A placeholder, not a named person ("Unidentified Analyst", "Unknown Speaker", "Speaker 2"):
   * the same label in two calls is not the same human, so identity must stay within this call.
   */
  anonymous: boolean;
}

export interface Turn {
  index: number;
  section: SectionName;
  /** `Participant.name` of the speaker; null only in `plain` transcripts. */
  speaker: string | null;
  text: string;
  /** Character offsets into `Transcript.text`: text === transcript.text.slice(start, end) after whitespace folding. */
  start: number;
  end: number;
  /** 1-based line in the decoded source where the turn's text starts (JSON: line of the speech). */
  line: number;
}

/** One Q&A slot: an analyst's questions (follow-ups included) and the answers to them. */
export interface Exchange {
  index: number;
  analyst: string;
  organization: string | null;
  /** Turn indices, in order, from the analyst's first question to the last answer. */
  turns: number[];
}

export type Severity = "error" | "warning" | "info";

/** A diagnostic in the manner of vfile-message: what is odd, and where. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, e.g. `no-speakers`, `unknown-speaker`, `summary-skipped`. */
  ruleId: string;
  message: string;
  /** 1-based line in the decoded source, when there is one. */
  line: number | null;
}

export interface SourceInfo {
  /** File name (or path) the text came from, when known. */
  name: string | null;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  bytes: number;
  encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
}

export interface Transcript {
  format: Layout;
  source: SourceInfo;
  /** The decoded source text (BOM removed, CRLF kept as found); offsets point into it. */
  text: string;
  call: CallInfo;
  participants: Participant[];
  turns: Turn[];
  exchanges: Exchange[];
  diagnostics: Diagnostic[];
}
