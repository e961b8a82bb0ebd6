import cliProgress from "cli-progress";
import { type Command, InvalidArgumentError } from "commander";
import { openDatabase } from "../db/open-database.js";
import { getValidBatchSize, getValidConcurrency, getValidWorkers, ingestPaths, MAX_BATCH_SIZE, MAX_WORKERS } from "../load/ingest.js";
import type { IngestFailure, IngestProgress, IngestSummary } from "../load/load-result.js";

interface IngestCommandOptions {
  concurrency: number;
  batchSize: number;
  workers: number;
  force?: boolean;
}

/**
 * `earnings-graph ingest <file|dir…> [--concurrency N] [--batch-size N] [--workers N] [--force]`: finds transcripts, parses,
 * extracts and loads them, with a progress bar on a terminal and one plain line per file
 * otherwise, then a summary on stdout. Exit status 1 when any file failed (each named on stderr
 * with its reason), 2 on wrong usage.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("parse, extract and load transcripts (files or directories, searched recursively) into Neo4j")
    .argument("<paths...>", "transcript files or directories")
    .option("-c, --concurrency <n>", "load transactions at once (1-64)", parseConcurrency, getValidConcurrency(undefined))
    .option("-b, --batch-size <n>", `calls one load transaction writes at most (1-${MAX_BATCH_SIZE})`, parseBatchSize, getValidBatchSize(undefined))
    .option("-w, --workers <n>", `worker threads that parse and extract at once (1-${MAX_WORKERS}; default one per core, at most 8)`, parseWorkers, getValidWorkers(undefined))
    .option("-f, --force", "reload calls even when they already hold the same source")
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const db = await openDatabase();
      try {
        await db.migrate();
        const progress = process.stderr.isTTY ? barProgress() : lineProgress();
        let summary: IngestSummary;
        try {
          summary = await ingestPaths(db, {
            paths,
            concurrency: options.concurrency,
            batchSize: options.batchSize,
            workers: options.workers,
            force: options.force === true,
            onProgress: progress.update,
          });
        } finally {
          progress.stop();
        }
        printSummary(summary);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  try {
    return getValidConcurrency(/^\d+$/.test(value) ? n : Number.NaN);
  } catch {
    throw new InvalidArgumentError(`expected a whole number from 1 to 64, found '${value}'`);
  }
}

function parseWorkers(value: string): number {
  try {
    return getValidWorkers(/^\d+$/.test(value) ? Number(value) : Number.NaN);
  } catch {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_WORKERS}, found '${value}'`);
  }
}

function parseBatchSize(value: string): number {
  try {
    return getValidBatchSize(/^\d+$/.test(value) ? Number(value) : Number.NaN);
  } catch {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_BATCH_SIZE}, found '${value}'`);
  }
}

interface Progress {
  update: (p: IngestProgress) => void;
  stop: () => void;
}

// A MultiBar with one bar, because only MultiBar can print a failure above the bar.
function barProgress(): Progress {
  const started = performance.now();
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: "{bar} {value}/{total} calls | {facts} facts | {rate} calls/s | {errors} errors | {eta_formatted} left",
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | null = null;
  return {
    update: (p) => {
      const payload = { facts: p.facts, errors: p.failed, rate: rate(p.done, started) };
      bar ??= bars.create(p.total, 0, payload);
      if (p.outcome === "failed" && p.failure !== undefined) bars.log(`failed ${describeFailure(p.failure)}\n`);
      bar.update(p.done, payload);
    },
    stop: () => bars.stop(),
  };
}

function lineProgress(): Progress {
  return {
    update: (p) => {
      const where = `[${p.done}/${p.total}]`;
      if (p.outcome === "failed" && p.failure !== undefined) {
        process.stderr.write(`${where} failed ${describeFailure(p.failure)}\n`);
      } else if (p.result !== undefined) {
        const detail = p.outcome === "loaded" ? ` (${p.result.turns} turns, ${p.result.facts} facts)` : "";
        process.stderr.write(`${where} ${p.outcome} ${p.file} -> ${p.result.callId}${detail}\n`);
      }
    },
    stop: () => {},
  };
}

function printSummary(s: IngestSummary): void {
  const seconds = s.elapsedMs / 1000;
  const calls = s.loaded + s.unchanged;
  const out = [
    `Ingested ${s.files} file${s.files === 1 ? "" : "s"} in ${seconds.toFixed(1)} s (${(calls / Math.max(seconds, 0.001)).toFixed(1)} calls/s):`,
    `  loaded     ${s.loaded}`,
    `  unchanged  ${s.unchanged} (same content already loaded)`,
    `  skipped    ${s.skipped.length}`,
    `  failed     ${s.failed.length}`,
    `  turns ${s.turns}, metric facts ${s.facts}`,
    `  nodes +${s.nodesCreated} -${s.nodesDeleted}, relationships +${s.relationshipsCreated} -${s.relationshipsDeleted}`,
  ];
  for (const skip of s.skipped.slice(0, 10)) out.push(`  skipped ${skip.file}: ${skip.reason}`);
  if (s.skipped.length > 10) out.push(`  … and ${s.skipped.length - 10} more skipped`);
  process.stdout.write(`${out.join("\n")}\n`);
  for (const failure of s.failed) process.stderr.write(`earnings-graph: failed ${describeFailure(failure)}\n`);
  const stopped = stoppedMessage(s);
  if (stopped !== null) process.stderr.write(`${stopped}\n`);
}

/** What ingest says when it stopped early because the database became unreachable; null otherwise. */
export function stoppedMessage(s: IngestSummary): string | null {
  if (s.stopped === undefined) return null;
  return (
    `earnings-graph: stopped: ${s.stopped.reason} (${s.stopped.cause}). ` +
    `Loaded ${s.loaded} of ${s.files} file${s.files === 1 ? "" : "s"} (${s.unchanged} already loaded, ${s.failed.length} failed, ` +
    `${s.notTried.length} not tried). Run the same command again once the database is back: it resumes, skipping what is loaded.`
  );
}

function describeFailure(f: IngestFailure): string {
  return `${f.file}${f.line === null ? "" : `:${f.line}`}: ${f.reason} [${f.code}]`;
}

function rate(done: number, started: number): string {
  const seconds = (performance.now() - started) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(1) : "0.0";
}
