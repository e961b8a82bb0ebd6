import type { Layout, Transcript } from "../model/transcript.js";
import { LAYOUTS } from "../model/transcript.js";
import { assembleTranscript } from "./assemble-transcript.js";
import { decodeSource, DEFAULT_MAX_BYTES } from "./decode-source.js";
import { detectLayout } from "./detect-layout.js";
import type { LayoutReader } from "./layout-reading.js";
import { readCallStreet } from "./parse-callstreet.js";
import { readJson } from "./parse-json.js";
import { readMotleyFool } from "./parse-motleyfool.js";
import { readMotleyFool2025 } from "./parse-motleyfool2025.js";
import { readPlain } from "./parse-plain.js";
import { readTaggedPdf } from "./parse-tagged-pdf.js";
import { readSeekingAlpha } from "./parse-seekingalpha.js";
import { readSpeakerLog } from "./parse-speaker-log.js";
import { readStreetEvents } from "./parse-streetevents.js";
import { readStreetEvents2022 } from "./parse-streetevents2022.js";
import { TranscriptError } from "./transcript-error.js";

export { TranscriptError } from "./transcript-error.js";
export type { TranscriptErrorCode } from "./transcript-error.js";
export { DEFAULT_MAX_BYTES } from "./decode-source.js";

export interface ParseOptions {
  /** File name or path, for messages and for the period/ticker in names like `GLW_q2_2021.json`. */
  fileName?: string;
  /** A layout to read the text as, or `auto` (the default) to detect it. */
  format?: Layout | "auto";
  /** Inputs over this many bytes are refused; default 32 MiB. */
  maxBytes?: number;
}

const READERS: Partial<Record<Layout, LayoutReader>> = {
  streetevents: readStreetEvents,
  json: readJson,
  "speaker-log": readSpeakerLog,
  plain: readPlain,
  "tagged-pdf": readTaggedPdf,
  callstreet: readCallStreet,
  motleyfool: readMotleyFool,
  motleyfool2025: readMotleyFool2025,
  seekingalpha: readSeekingAlpha,
  capitaliq: readSeekingAlpha,
  streetevents2022: readStreetEvents2022,
};

/**
 * Text or bytes in, the transcript model out; no I/O. Throws only `TranscriptError`, whose `code`
 * says why the input is not a transcript this parser can read.
 */
export function parseTranscript(input: string | Uint8Array, options: ParseOptions = {}): Transcript {
  const file = options.fileName ?? null;
  try {
    return parseChecked(input, file, options);
  } catch (error) {
    if (error instanceof TranscriptError) throw error;
    // A reader bug must still surface as the parse stage's one error type, with the cause kept.
    const reason = error instanceof Error ? error.message : String(error);
    throw new TranscriptError({ code: "INTERNAL_ERROR", file, reason: `the parser failed on this input (a bug; please report it): ${reason}` });
  }
}

function parseChecked(input: string | Uint8Array, file: string | null, options: ParseOptions): Transcript {
  const format = getValidFormat(options.format, file);
  const maxBytes = getValidMaxBytes(options.maxBytes, file);
  const { text, source } = decodeSource(input, { file, maxBytes });
  const layout = format === "auto" ? detectLayout(text) : format;
  if (layout === null) {
    throw new TranscriptError({
      code: "UNRECOGNIZED_LAYOUT",
      file,
      reason: `no known transcript layout found (expected one of ${LAYOUTS.join(", ")}); pass --format to choose one`,
    });
  }
  const reader = READERS[layout];
  if (reader === undefined) {
    throw new TranscriptError({ code: "UNRECOGNIZED_LAYOUT", file, reason: `layout '${layout}' is not supported yet` });
  }
  const reading = reader({ text, file });
  if (reading.turns.length === 0) {
    const first = reading.diagnostics.find((d) => d.severity === "error");
    throw new TranscriptError({
      code: "NO_TURNS",
      file,
      line: first?.line ?? null,
      reason: `read as ${layout} but found no turns${first ? `: ${first.message}` : ""}`,
    });
  }
  return assembleTranscript({ format: layout, text, source, reading });
}

function getValidFormat(format: ParseOptions["format"], file: string | null): Layout | "auto" {
  if (format === undefined || format === "auto") return "auto";
  if ((LAYOUTS as readonly string[]).includes(format)) return format;
  throw new TranscriptError({ code: "INVALID_OPTION", file, reason: `format must be 'auto' or one of ${LAYOUTS.join(", ")}; got '${String(format)}'` });
}

function getValidMaxBytes(maxBytes: number | undefined, file: string | null): number {
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (Number.isInteger(maxBytes) && maxBytes > 0) return maxBytes;
  throw new TranscriptError({ code: "INVALID_OPTION", file, reason: `maxBytes must be a positive integer; got ${String(maxBytes)}` });
}
