import { Worker } from "node:worker_threads";
import type { Extraction } from "../model/facts.js";
import type { Layout, Transcript } from "../model/transcript.js";
import { TranscriptError } from "../parse/index.js";
import type { PrepareReply, PrepareRequest } from "./prepare-messages.js";

/** How long parsing and extracting one transcript may take before it is given up (30 s). */
export const DEFAULT_TIME_BUDGET_MS = 30_000;

/**
 * Parse + extract of one transcript took longer than its time budget: the work was stopped (its
 * worker thread terminated) and the file is reported with this error, naming the budget.
 */
export class PrepareTimeoutError extends Error {
  override readonly name = "PrepareTimeoutError";
  readonly code = "TIME_BUDGET_EXCEEDED";

  constructor(
    readonly file: string,
    readonly budgetMs: number,
  ) {
    super(
      `${file}: parsing and extracting took longer than the ${formatSeconds(budgetMs)} time budget and was stopped ` +
        `(an unusually long or malformed text) [TIME_BUDGET_EXCEEDED]`,
    );
  }
}

export interface PrepareInput {
  input: string | Uint8Array;
  fileName: string;
  format?: Layout;
}

export interface Prepared {
  transcript: Transcript;
  extraction: Extraction;
}

interface Job extends PrepareInput {
  resolve: (prepared: Prepared) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded the stages: the budget counts work, not the worker's start. */
  ready: boolean;
  job: (Job & { id: number; timer: NodeJS.Timeout }) | null;
}

/**
 * Parses and extracts transcripts in worker threads, so the main thread's event loop (the API,
 * the loads' database I/O) never waits on them, with a time budget per transcript: a text that
 * takes longer is stopped and fails with PrepareTimeoutError. Jobs queue in order; `size` run at
 * once. Idle workers do not keep the process alive.
 */
export class PreparePool {
  private readonly size: number;
  private readonly timeBudgetMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: { size?: number; timeBudgetMs?: number } = {}) {
    this.size = getValidSize(options.size);
    this.timeBudgetMs = getValidBudget(options.timeBudgetMs);
  }

  prepare(input: PrepareInput): Promise<Prepared> {
    if (this.closed) return Promise.reject(new Error("The prepare pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ ...input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("The prepare pool was closed"));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new Error("The prepare pool was closed"))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.slots.length < Math.min(this.size, this.queue.length + this.busy())) this.spawn();
      const slot = this.slots.find((s) => s.ready && s.job === null);
      if (slot === undefined) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => void this.timeOut(slot), this.timeBudgetMs);
      slot.job = { ...job, id, timer };
      slot.worker.ref();
      const request: PrepareRequest = { id, input: job.input, fileName: job.fileName, ...(job.format === undefined ? {} : { format: job.format }) };
      slot.worker.postMessage(request);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY);
    const slot: Slot = { worker, ready: false, job: null };
    worker.on("message", (reply: PrepareReply | "ready") => {
      if (reply === "ready") {
        slot.ready = true;
        worker.unref();
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (job === null || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = null;
      worker.unref();
      if (reply.ok) job.resolve({ transcript: reply.transcript, extraction: reply.extraction });
      else if ("transcriptError" in reply) job.reject(new TranscriptError(reply.transcriptError));
      else job.reject(new Error(`${job.fileName}: ${reply.message}`));
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a native module) fails its job, not the pool.
    worker.on("error", (error) => void this.retire(slot, new Error(`${slot.job?.fileName ?? "worker"}: the prepare worker failed: ${error.message}`)));
    worker.on("exit", () => void this.retire(slot, new Error(`${slot.job?.fileName ?? "worker"}: the prepare worker exited`)));
    this.slots.push(slot);
    return slot;
  }

  private busy(): number {
    return this.slots.filter((s) => s.job !== null).length;
  }

  private async timeOut(slot: Slot): Promise<void> {
    const job = slot.job;
    if (job === null) return;
    await this.retire(slot, new PrepareTimeoutError(job.fileName, this.timeBudgetMs));
  }

  /**
   * Fails the slot's job with `error`, stops its worker and forgets it; a new one is made on
   * demand. A worker that dies before it was ready cannot load the stages at all: the queued jobs
   * fail with its error rather than start worker after worker.
   */
  private async retire(slot: Slot, error: unknown): Promise<void> {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    const job = slot.job;
    slot.job = null;
    if (job !== null) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    if (at >= 0 && !slot.ready) for (const queued of this.queue.splice(0)) queued.reject(error);
    slot.worker.removeAllListeners("exit");
    await slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}

/** The worker's entry: registers tsx's loader, then imports prepare-worker.ts. */
const WORKER_ENTRY = new URL("./prepare-worker-bootstrap.mjs", import.meta.url);

function getValidSize(value: number | undefined): number {
  if (value === undefined) return 1;
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new RangeError(`Expected the prepare pool size to be a whole number from 1 to 64, found ${String(value)}`);
  }
  return value;
}

function getValidBudget(value: number | undefined): number {
  if (value === undefined) return DEFAULT_TIME_BUDGET_MS;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Expected a time budget in milliseconds above 0, found ${String(value)}`);
  return value;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
