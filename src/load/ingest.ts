import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Database } from "../db/database.js";
import { DbError } from "../db/db-errors.js";
import type { Extraction } from "../model/facts.js";
import type { Layout, Transcript } from "../model/transcript.js";
import { TranscriptError } from "../parse/index.js";
import { callIdFor, companyIdFor } from "./call-graph.js";
import { findTranscripts } from "./find-transcripts.js";
import { loadCall } from "./load-call.js";
import { LoadScheduler } from "./load-scheduler.js";
import type { IngestFailure, IngestProgress, IngestSummary, LoadResult } from "./load-result.js";
import { DEFAULT_TIME_BUDGET_MS, PreparePool, PrepareTimeoutError } from "./prepare-pool.js";

export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 64;

export interface IngestOptions {
  paths: string[];
  /** Files in flight at once (parse, extract, load); default 4. */
  concurrency?: number;
  /** Called after every file, in the order files finish. */
  onProgress?: (progress: IngestProgress) => void;
  /** Reload calls even when they already hold the same source. */
  force?: boolean;
  /** How long parsing and extracting one file may take (default 30 s); a file over it fails. */
  timeBudgetMs?: number;
}

/**
 * Loads that fail in a row because the database is unreachable before ingest stops: by then the
 * database is down, not busy, and every remaining file would fail the same way.
 */
export const MAX_CONSECUTIVE_UNAVAILABLE = 3;

/** The concurrency option: a whole number from 1 to 64; default 4. */
export function getValidConcurrency(value: number | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new RangeError(`Expected concurrency to be a whole number from 1 to ${MAX_CONCURRENCY}, found ${String(value)}`);
  }
  return value;
}

/**
 * Parses, extracts and loads one transcript given as text or bytes (the GraphQL
 * `ingestTranscript` mutation). Throws `TranscriptError` when the text is not a transcript.
 */
export async function ingestText(
  db: Database,
  input: { text: string | Uint8Array; fileName?: string; format?: Layout; force?: boolean },
): Promise<LoadResult> {
  const prepared = await sharedPool(DEFAULT_TIME_BUDGET_MS).prepare({
    input: input.text,
    fileName: input.fileName ?? "<input>",
    ...(input.format === undefined ? {} : { format: input.format }),
  });
  const result = await loadCall(db, prepared, { force: input.force === true });
  if (result.status === "loaded") await awaitSearchIndex(db);
  return result;
}

const pools = new Map<number, PreparePool>();

/**
 * The worker that parses and extracts for ingest and for `ingestText` (the API's write path), one
 * per time budget, made on first use and kept: starting one costs seconds (the stages are loaded
 * and warmed up). Idle, it does not keep the process alive.
 */
function sharedPool(timeBudgetMs: number): PreparePool {
  let pool = pools.get(timeBudgetMs);
  if (pool === undefined) pools.set(timeBudgetMs, (pool = new PreparePool({ timeBudgetMs })));
  return pool;
}

/**
 * The full-text index over turn text is eventually consistent (cypher/schema/41-*): a load returns
 * before Lucene has its turns. Ingest waits for it once at the end, so what it loaded is
 * searchable when it returns.
 */
async function awaitSearchIndex(db: Database): Promise<void> {
  await db.write("health/await-search-index");
}

interface PreparedCall {
  file: string;
  companyId: string | null;
  transcript: Transcript;
  extraction: Extraction;
}

/**
 * Finds the transcripts under `paths` and loads them with bounded concurrency, never two calls of
 * one company at once (load-scheduler.ts); files are read, parsed and extracted one at a time
 * while earlier ones load. A file whose exact content a call already holds is skipped unread by
 * the parser (`unchanged`). A bad file is reported with its reason and does not stop the others.
 * Two files of one call: the first loaded holds it, and the other is listed as skipped, naming
 * it, so running again changes nothing.
 */
export async function ingestPaths(db: Database, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const force = options.force === true;
  const found = await findTranscripts(options.paths);
  const summary: IngestSummary = {
    files: found.files.length,
    loaded: 0,
    unchanged: 0,
    failed: [...found.missing],
    skipped: [...found.skipped],
    facts: 0,
    turns: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    elapsedMs: 0,
    notTried: [],
  };
  const stored = await storedSources(db);
  const runFiles = new Set(found.files.map((f) => resolve(f)));
  const claims = new Map<string, string>();
  const pool = sharedPool(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  let done = 0;
  let unavailableInARow = 0;

  const report = (file: string, outcome: IngestProgress["outcome"], extra: Pick<IngestProgress, "failure" | "result">): void => {
    done += 1;
    options.onProgress?.({
      total: found.files.length,
      done,
      loaded: summary.loaded,
      unchanged: summary.unchanged,
      skipped: summary.skipped.length - found.skipped.length,
      failed: summary.failed.length - found.missing.length,
      facts: summary.facts,
      file,
      outcome,
      ...extra,
    });
  };

  /** Reads, parses and extracts one file; null when it is done with (unchanged, skipped or failed). */
  const prepare = async (file: string): Promise<PreparedCall | null> => {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      fail(file, { file, line: null, code: "READ_FAILED", reason: `cannot be read: ${message(error)}` });
      return null;
    }
    const hash = createHash("sha256").update(bytes).digest("hex");
    const holder = stored.byHash.get(hash);
    if (holder !== undefined && !force) {
      claims.set(holder, file);
      summary.unchanged += 1;
      report(file, "unchanged", { result: unchangedResult(holder) });
      return null;
    }
    try {
      const { transcript, extraction } = await pool.prepare({ input: bytes, fileName: file });
      const callId = callIdFor(transcript);
      const other = claims.get(callId) ?? heldByOtherFileOfThisRun(stored.bySource.get(callId), file, runFiles);
      if (other !== undefined && other !== file) {
        summary.skipped.push({ file, reason: `same call (${callId}) as ${other}, which holds it; one call keeps one source` });
        report(file, "skipped", { result: unchangedResult(callId) });
        return null;
      }
      claims.set(callId, file);
      return { file, companyId: companyIdFor(transcript), transcript, extraction };
    } catch (error) {
      if (error instanceof TranscriptError) fail(file, { file, line: error.line, code: error.code, reason: error.reason });
      else if (error instanceof PrepareTimeoutError) fail(file, { file, line: null, code: error.code, reason: `parsing and extracting took longer than the ${error.budgetMs / 1000} s time budget and was stopped` });
      else fail(file, { file, line: null, code: "LOAD_FAILED", reason: message(error) });
      return null;
    }
  };

  const load = async ({ file, transcript, extraction }: PreparedCall): Promise<void> => {
    if (summary.stopped !== undefined) {
      summary.notTried.push(file);
      return;
    }
    try {
      const result = await loadCall(db, { transcript, extraction }, { force });
      unavailableInARow = 0;
      add(result);
      report(file, result.status, { result });
    } catch (error) {
      const unavailable = error instanceof DbError && error.code === "DATABASE_UNAVAILABLE";
      fail(file, { file, line: null, code: unavailable ? "DATABASE_UNAVAILABLE" : "LOAD_FAILED", reason: message(error) });
      unavailableInARow = unavailable ? unavailableInARow + 1 : 0;
      if (unavailableInARow >= MAX_CONSECUTIVE_UNAVAILABLE && summary.stopped === undefined) {
        summary.stopped = { reason: `the database was unreachable for ${unavailableInARow} loads in a row`, cause: message(error) };
      }
    }
  };

  const fail = (file: string, failure: IngestFailure): void => {
    summary.failed.push(failure);
    report(file, "failed", { failure });
  };

  const add = (result: LoadResult): void => {
    if (result.status === "unchanged") summary.unchanged += 1;
    else summary.loaded += 1;
    summary.facts += result.facts;
    summary.turns += result.turns;
    summary.nodesCreated += result.nodesCreated;
    summary.nodesDeleted += result.nodesDeleted;
    summary.relationshipsCreated += result.relationshipsCreated;
    summary.relationshipsDeleted += result.relationshipsDeleted;
  };

  const concurrency = getValidConcurrency(options.concurrency);
  const scheduler = new LoadScheduler({ concurrency, maxWaiting: 2 * concurrency });
  const loads: Promise<void>[] = [];
  for (const file of found.files) {
    await scheduler.room();
    if (summary.stopped !== undefined) {
      summary.notTried.push(file);
      continue;
    }
    const prepared = await prepare(file);
    if (prepared !== null) loads.push(scheduler.run(prepared.companyId, () => load(prepared)));
  }
  await Promise.all(loads);
  if (summary.loaded > 0 && summary.stopped === undefined) await awaitSearchIndex(db);
  summary.elapsedMs = performance.now() - started;
  return summary;
}

interface StoredSources {
  byHash: Map<string, string>;
  bySource: Map<string, { hash: string; sourceName: string | null }>;
}

async function storedSources(db: Database): Promise<StoredSources> {
  const rows = await db.read("load/read-source-hashes");
  const byHash = new Map<string, string>();
  const bySource = new Map<string, { hash: string; sourceName: string | null }>();
  for (const row of rows) {
    const hash = String(row.sourceHash);
    const callId = String(row.callId);
    byHash.set(hash, callId);
    bySource.set(callId, { hash, sourceName: typeof row.sourceName === "string" ? row.sourceName : null });
  }
  return { byHash, bySource };
}

// A call loaded from another file that is part of this run: that file keeps it (as unchanged or
// reloaded), so this one must not take it over, and running the same ingest again is stable.
function heldByOtherFileOfThisRun(
  held: { sourceName: string | null } | undefined,
  file: string,
  runFiles: Set<string>,
): string | undefined {
  if (held?.sourceName == null) return undefined;
  const path = resolve(held.sourceName);
  return path !== resolve(file) && runFiles.has(path) ? held.sourceName : undefined;
}

function unchangedResult(callId: string): LoadResult {
  return { callId, status: "unchanged", nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, turns: 0, facts: 0, resolutions: 0 };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
