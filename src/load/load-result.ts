/** What loading one call did. Counts are exact: what this load's transaction created and deleted. */
export interface LoadResult {
  callId: string;
  /** `unchanged`: the call already held this very source (same sha256), so nothing was written. */
  status: "loaded" | "unchanged";
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Turns and metric facts written (0 when unchanged). */
  turns: number;
  facts: number;
  /** RESOLVED_BY relationships this load wrote (guidance resolved within the call and across calls). */
  resolutions: number;
}

/** A file that could not be loaded, with why; `line` when the parser could say where. */
export interface IngestFailure {
  file: string;
  line: number | null;
  /**
   * Stable code: a parse error code (`UNRECOGNIZED_LAYOUT`, …), or `READ_FAILED`, `LOAD_FAILED`,
   * `DATABASE_UNAVAILABLE`, `TIME_BUDGET_EXCEEDED`, `DUPLICATE_CALL`.
   */
  code: string;
  reason: string;
}

/** A file found while walking a directory that is not taken for a transcript. */
export interface IngestSkip {
  file: string;
  reason: string;
}

export interface IngestProgress {
  /** Transcript files found. */
  total: number;
  /** Files done so far (loaded, unchanged, skipped or failed). */
  done: number;
  loaded: number;
  unchanged: number;
  skipped: number;
  failed: number;
  /** Metric facts written so far. */
  facts: number;
  /** The file just finished, and how. */
  file: string;
  /** `skipped`: another file of this run, or the file already loaded, holds the same call. */
  outcome: "loaded" | "unchanged" | "skipped" | "failed";
  /** Set when `outcome` is `failed`. */
  failure?: IngestFailure;
  /** Set when `outcome` is `loaded`, `unchanged` or `skipped`. */
  result?: LoadResult;
}

export interface IngestSummary {
  files: number;
  loaded: number;
  unchanged: number;
  failed: IngestFailure[];
  skipped: IngestSkip[];
  facts: number;
  turns: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Wall-clock milliseconds for the whole ingest. */
  elapsedMs: number;
  /**
   * Set when ingest stopped early because the database became unreachable (several loads in a
   * row failed to reach it); the files not tried are in `notTried`. Running the same ingest again
   * resumes: what was loaded is skipped as unchanged.
   */
  stopped?: { reason: string; cause: string };
  /** Files not tried because ingest stopped early. */
  notTried: string[];
}
