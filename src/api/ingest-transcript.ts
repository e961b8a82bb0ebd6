import type { Database } from "../db/database.js";
import { ingestText } from "../load/ingest.js";
import { PrepareTimeoutError } from "../load/prepare-pool.js";
import { LAYOUTS, type Layout } from "../model/transcript.js";
import { TranscriptError } from "../parse/index.js";
import type { IngestReport, IngestRequest } from "./context.js";
import { ApiError, ErrorCode } from "./errors.js";

/**
 * The write path of `ingestTranscript`: the load stage's `ingestText`, with its input checked and
 * a transcript that cannot be read turned into an INVALID_TRANSCRIPT error naming the reason.
 */
export async function ingestTranscript(db: Database, request: IngestRequest): Promise<IngestReport> {
  if (request.format !== null && !LAYOUTS.includes(request.format as Layout)) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected format to be one of ${LAYOUTS.join(", ")}, found ${JSON.stringify(request.format)}`);
  }
  try {
    const result = await ingestText(db, {
      text: request.text,
      fileName: request.fileName,
      ...(request.format === null ? {} : { format: request.format as Layout }),
    });
    return { callId: result.callId, status: result.status, turns: result.turns, facts: result.facts };
  } catch (error) {
    // Both messages name the file, the reason and their code once ("… [EMPTY_INPUT]").
    if (error instanceof TranscriptError || error instanceof PrepareTimeoutError) {
      throw new ApiError(ErrorCode.INVALID_TRANSCRIPT, error.message, { cause: error });
    }
    throw error;
  }
}
