import type { CallInfo, Diagnostic, Role, SectionName } from "../model/transcript.js";
import type { SourceLine } from "./source-lines.js";

/**
 * What a layout reader hands to the assembler: turns with the speaker as the header writes it,
 * the participant lists as the layout states them, and whatever call metadata the layout states.
 * Readers never resolve names or roles across the transcript; `assembleTranscript` does that once.
 */
export interface RawTurn {
  /** Speaker as written in the turn header; null only for unattributed text. */
  label: string | null;
  organization?: string | null;
  title?: string | null;
  /** Role only when the layout states it (a list heading, `Analyst` title, `Operator`). */
  role?: Role | null;
  section: SectionName;
  /** Offsets of the spoken text in the decoded source. */
  start: number;
  end: number;
  /** 1-based line where the spoken text starts. */
  line: number;
  /** Decoded text when it is not a plain slice of the source (JSON string escapes). */
  text?: string;
}

export interface ListedParticipant {
  name: string;
  organization: string | null;
  title: string | null;
  role: Role | null;
  line: number | null;
}

export interface LayoutReading {
  turns: RawTurn[];
  participants: ListedParticipant[];
  call: Partial<CallInfo>;
  diagnostics: Diagnostic[];
  /** The part of the text where call metadata (company, period) may be stated; defaults to the start. */
  headerText?: string;
  /**
   * Set by layouts with no Q&A heading when no operator turn opened the Q&A: the assembler then
   * infers where it starts from the participants' roles and the turns' words (`infer-qa-start.ts`).
   */
  inferQa?: boolean;
}

export interface ReaderInput {
  text: string;
  file: string | null;
  /**
   * Lines already cut from a container format (tagged PDF text), each holding clean text with
   * offsets into `text`; readers use them instead of splitting `text`, and build turn text from
   * them because the source between the offsets still holds the container's tags.
   */
  lines?: SourceLine[];
}

export type LayoutReader = (input: ReaderInput) => LayoutReading;
