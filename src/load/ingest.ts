import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Database } from "../db/database.js";
import { DbError } from "../db/db-errors.js";
import type { Extraction } from "../model/facts.js";
import type { Layout, Transcript } from "../model/transcript.js";
import { TranscriptError } from "../parse/index.js";
import { callIdFor, companyIdFor } from "./call-graph.js";
import { findTranscripts } from "./find-transcripts.js";
import { loadCall, loadCalls } from "./load-call.js";
import { LoadScheduler } from "./load-scheduler.js";
import type { IngestFailure, IngestProgress, IngestSummary, LoadResult } from "./load-result.js";
import { DEFAULT_TIME_BUDGET_MS, PreparePool, PrepareTimeoutError } from "./prepare-pool.js";

export const DEFAULT_CONCURRENCY = 2;
export const MAX_CONCURRENCY = 64;
export const DEFAULT_BATCH_SIZE = 16;
export const MAX_BATCH_SIZE = 256;

export interface IngestOptions {
  paths: string[];
  /** Load transactions in flight at once; default 2. */
  concurrency?: number;
  /** Calls one load transaction writes at most; default 16. */
  batchSize?: number;
  /** Called after every file, in the order files finish. */
  onProgress?: (progress: IngestProgress) => void;
  /** Reload calls even when they already hold the same source. */
  force?: boolean;
  /** How long parsing and extracting one file may take (default 30 s); a file over it fails. */
  timeBudgetMs?: number;
  /** Worker threads that parse and extract files at once, ahead of the loads; default `defaultWorkers()`. */
  workers?: number;
}

export const MAX_WORKERS = 32;

/**
 * Parse and extract workers by default: one per core the machine offers (at most 8). Extraction
 * costs Node about as much CPU per call as the load costs Neo4j, so one worker caps ingest at what
 * one core extracts (about 12 calls/s); the loads and the database take the other cores' slack.
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** The workers option: a whole number from 1 to 32; default `defaultWorkers()`. */
export function getValidWorkers(value: number | undefined): number {
  if (value === undefined) return defaultWorkers();
  if (!Number.isInteger(value) || value < 1 || value > MAX_WORKERS) {
    throw new RangeError(`Expected the number of workers to be a whole number from 1 to ${MAX_WORKERS}, found ${String(value)}`);
  }
  return value;
}

/**
 * Loads that fail in a row because the database is unreachable before ingest stops: by then the
 * database is down, not busy, and every remaining file would fail the same way.
 */
export const MAX_CONSECUTIVE_UNAVAILABLE = 3;

/** The concurrency option: a whole number from 1 to 64; default 2. */
export function getValidConcurrency(value: number | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new RangeError(`Expected concurrency to be a whole number from 1 to ${MAX_CONCURRENCY}, found ${String(value)}`);
  }
  return value;
}

/** The batch size option: a whole number from 1 to 256; default 16. */
export function getValidBatchSize(value: number | undefined): number {
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_BATCH_SIZE) {
    throw new RangeError(`Expected the batch size to be a whole number from 1 to ${MAX_BATCH_SIZE}, found ${String(value)}`);
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

const pools = new Map<string, PreparePool>();

/**
 * The workers that parse and extract for ingest and for `ingestText` (the API's write path), one
 * pool per time budget and size, made on first use and kept: starting a worker costs seconds (the
 * stages are loaded and warmed up), and a pool starts its workers only as jobs need them. Idle,
 * they do not keep the process alive.
 */
function sharedPool(timeBudgetMs: number, size = 1): PreparePool {
  const key = `${timeBudgetMs}:${size}`;
  let pool = pools.get(key);
  if (pool === undefined) pools.set(key, (pool = new PreparePool({ timeBudgetMs, size })));
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

/** A file read and prepared, or why not: `work`'s answer, accounted by `accept` in file order. */
type Work =
  | { file: string; readError: unknown }
  | { file: string; holder: string }
  | { file: string; prepared: { transcript: Transcript; extraction: Extraction } }
  | { file: string; prepareError: unknown };

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
  const workers = getValidWorkers(options.workers);
  const pool = sharedPool(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, workers);
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

  /**
   * Reads, parses and extracts one file in a worker: what `accept` needs, with nothing recorded
   * yet, so that files can be prepared several at once and still be accounted in their order.
   */
  const work = async (file: string): Promise<Work> => {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      return { file, readError: error };
    }
    const hash = createHash("sha256").update(bytes).digest("hex");
    const holder = stored.byHash.get(hash);
    if (holder !== undefined && !force) return { file, holder };
    try {
      return { file, prepared: await pool.prepare({ input: bytes, fileName: file }) };
    } catch (error) {
      return { file, prepareError: error };
    }
  };

  /** Accounts one prepared file, in file order; the call to load, or null when it is done with (unchanged, skipped or failed). */
  const accept = (done: Work): PreparedCall | null => {
    const file = done.file;
    if ("readError" in done) {
      fail(file, { file, line: null, code: "READ_FAILED", reason: `cannot be read: ${message(done.readError)}` });
      return null;
    }
    if ("holder" in done) {
      claims.set(done.holder, file);
      summary.unchanged += 1;
      report(file, "unchanged", { result: unchangedResult(done.holder) });
      return null;
    }
    if ("prepareError" in done) {
      failPrepare(file, done.prepareError);
      return null;
    }
    try {
      const { transcript, extraction } = done.prepared;
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
      failPrepare(file, error);
      return null;
    }
  };

  const failPrepare = (file: string, error: unknown): void => {
    if (error instanceof TranscriptError) fail(file, { file, line: error.line, code: error.code, reason: error.reason });
    else if (error instanceof PrepareTimeoutError) fail(file, { file, line: null, code: error.code, reason: `parsing and extracting took longer than the ${error.budgetMs / 1000} s time budget and was stopped` });
    else fail(file, { file, line: null, code: "LOAD_FAILED", reason: message(error) });
  };

  const load = async (calls: PreparedCall[]): Promise<void> => {
    if (summary.stopped !== undefined) {
      summary.notTried.push(...calls.map((c) => c.file));
      return;
    }
    const outcomes = await loadCalls(db, calls, { force });
    calls.forEach(({ file }, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) {
        unavailableInARow = 0;
        add(outcome.result);
        report(file, outcome.result.status, { result: outcome.result });
        return;
      }
      const error = outcome.error;
      const unavailable = error instanceof DbError && error.code === "DATABASE_UNAVAILABLE";
      fail(file, { file, line: null, code: unavailable ? "DATABASE_UNAVAILABLE" : "LOAD_FAILED", reason: message(error) });
      unavailableInARow = unavailable ? unavailableInARow + 1 : 0;
      if (unavailableInARow >= MAX_CONSECUTIVE_UNAVAILABLE && summary.stopped === undefined) {
        summary.stopped = { reason: `the database was unreachable for ${unavailableInARow} loads in a row`, cause: message(error) };
      }
    });
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
  const batchSize = getValidBatchSize(options.batchSize);
  const scheduler = new LoadScheduler<PreparedCall>({ concurrency, batchSize, maxWaiting: 2 * concurrency * batchSize, load });
  const loads: Promise<void>[] = [];
  // Files are prepared up to `workers` ahead of the one being accounted, each in a worker, and
  // accounted in their order, so which file holds a call never depends on which finished first.
  const ahead: Promise<Work>[] = [];
  let launched = 0;
  for (const [at, file] of found.files.entries()) {
    await scheduler.room();
    if (summary.stopped !== undefined) {
      summary.notTried.push(file);
      continue;
    }
    while (launched < found.files.length && launched < at + workers) ahead.push(work(found.files[launched++]!));
    const prepared = accept(await ahead[at]!);
    if (prepared !== null) loads.push(scheduler.add(prepared.companyId, prepared));
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
