import { parentPort } from "node:worker_threads";
import { extract } from "../extract/index.js";
import { parseTranscript, TranscriptError } from "../parse/index.js";
import type { PrepareReply, PrepareRequest } from "./prepare-messages.js";

/*
 * The worker thread of prepare-pool.ts: parses and extracts one transcript per message, off the
 * main thread's event loop, and answers with the result or the error, as plain data.
 */
parentPort?.on("message", (request: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    const transcript = parseTranscript(request.input, {
      fileName: request.fileName,
      ...(request.format === undefined ? {} : { format: request.format }),
    });
    reply = { id: request.id, ok: true, transcript, extraction: extract(transcript) };
  } catch (error) {
    reply =
      error instanceof TranscriptError
        ? { id: request.id, ok: false, transcriptError: { code: error.code, file: error.file, line: error.line, reason: error.reason } }
        : { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});

// Warm up before saying ready: the first extraction loads the language model and compiles the
// patterns, which would otherwise be charged to the first job's time budget.
try {
  extract(parseTranscript("Ann Exec: Revenue was $1.2 million in the second quarter, up 5% from a year ago.", { fileName: "warm-up.txt", format: "speaker-log" }));
} catch {
  // A warm-up that fails costs the first job some time, nothing else.
}
parentPort?.postMessage("ready");
