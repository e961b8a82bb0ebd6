/**
 * The one error the parse stage throws. `code` is stable (scripts and the CLI rely on it); the
 * message names the file, the line when there is one, and the reason.
 */
export type TranscriptErrorCode =
  | "EMPTY_INPUT"
  | "BINARY_INPUT"
  | "PDF_INPUT"
  | "HTML_INPUT"
  | "INPUT_TOO_LARGE"
  | "MALFORMED_JSON"
  | "UNSUPPORTED_JSON"
  | "UNRECOGNIZED_LAYOUT"
  | "NO_TURNS"
  | "INVALID_OPTION"
  | "INTERNAL_ERROR";

export const TRANSCRIPT_ERROR_CODES: readonly TranscriptErrorCode[] = [
  "EMPTY_INPUT",
  "BINARY_INPUT",
  "PDF_INPUT",
  "HTML_INPUT",
  "INPUT_TOO_LARGE",
  "MALFORMED_JSON",
  "UNSUPPORTED_JSON",
  "UNRECOGNIZED_LAYOUT",
  "NO_TURNS",
  "INVALID_OPTION",
  "INTERNAL_ERROR",
];

export interface TranscriptErrorInit {
  code: TranscriptErrorCode;
  reason: string;
  file?: string | null;
  line?: number | null;
}

export class TranscriptError extends Error {
  readonly code: TranscriptErrorCode;
  readonly file: string | null;
  readonly line: number | null;
  readonly reason: string;

  constructor(init: TranscriptErrorInit) {
    const file = init.file ?? null;
    const line = init.line ?? null;
    const where = `${file ?? "<input>"}${line === null ? "" : `:${line}`}`;
    super(`${where}: ${init.reason} [${init.code}]`);
    this.name = "TranscriptError";
    this.code = init.code;
    this.file = file;
    this.line = line;
    this.reason = init.reason;
  }
}
