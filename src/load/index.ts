export { loadCall, type LoadOptions } from "./load-call.js";
export { ingestPaths, ingestText, getValidConcurrency, DEFAULT_CONCURRENCY, type IngestOptions } from "./ingest.js";
export { findTranscripts, TRANSCRIPT_EXTENSIONS } from "./find-transcripts.js";
export { buildCallGraph, type CallGraph } from "./call-graph.js";
export type { IngestFailure, IngestProgress, IngestSkip, IngestSummary, LoadResult } from "./load-result.js";
