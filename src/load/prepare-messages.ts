import type { Extraction } from "../model/facts.js";
import type { Layout, Transcript } from "../model/transcript.js";
import type { TranscriptErrorInit } from "../parse/transcript-error.js";

/** What prepare-pool.ts sends its worker: one transcript to parse and extract. */
export interface PrepareRequest {
  id: number;
  input: string | Uint8Array;
  fileName: string;
  format?: Layout;
}

/** What the worker answers: the stage outputs, or the error as data (errors do not cross threads whole). */
export type PrepareReply =
  | { id: number; ok: true; transcript: Transcript; extraction: Extraction }
  | { id: number; ok: false; transcriptError: TranscriptErrorInit }
  | { id: number; ok: false; message: string };
