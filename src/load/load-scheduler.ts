/**
 * Groups loads into batches (one write transaction each, load-call.ts `loadCalls`) and runs at most
 * `concurrency` batches at once, never two batches holding calls of one company: loads of one
 * company take that company's lock in Neo4j one after the other anyway (lock-call.cypher), so two
 * such transactions would only wait on each other. Calls of one company may share a batch: one
 * transaction takes a lock it already holds at no cost, and loads them in order, each seeing the
 * ones before it. Folders are usually sorted by company, so that is the common case.
 *
 * A batch starts as soon as a slot is free, with what waits then (up to `batchSize`, in order,
 * skipping loads whose company a running batch holds): when loading keeps up there is no waiting
 * for a batch to fill, and when it does not, loads queue meanwhile and the next batch is bigger.
 * `room()` lets the caller prepare (read, parse, extract) only as fast as loads finish, so memory
 * stays bounded whatever the number of files.
 */
export class LoadScheduler<T> {
  private running = 0;
  private readonly busy = new Map<string, number>();
  private readonly queue: { company: string | null; item: T; done: () => void; failed: (error: unknown) => void }[] = [];
  private roomWaiters: (() => void)[] = [];

  constructor(
    private readonly options: {
      concurrency: number;
      batchSize: number;
      maxWaiting: number;
      /** Loads one batch; a rejection fails every load of the batch with that error. */
      load: (items: T[]) => Promise<void>;
    },
  ) {}

  /** Queues `item` (of `company`; null: none to wait for); settles when its batch has run. */
  add(company: string | null, item: T): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.queue.push({ company, item, done, failed });
      this.pump();
    });
  }

  /** Resolves once fewer than `maxWaiting` loads wait for a slot or their company. */
  async room(): Promise<void> {
    while (this.queue.length >= this.options.maxWaiting) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
  }

  private pump(): void {
    while (this.running < this.options.concurrency) {
      const batch: typeof this.queue = [];
      for (let i = 0; i < this.queue.length && batch.length < this.options.batchSize; ) {
        const next = this.queue[i]!;
        if (next.company !== null && this.busy.has(next.company)) {
          i += 1;
          continue;
        }
        batch.push(...this.queue.splice(i, 1));
      }
      if (batch.length === 0) break;
      this.start(batch);
    }
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }

  private start(batch: typeof this.queue): void {
    this.running += 1;
    const companies = batch.flatMap((b) => (b.company === null ? [] : [b.company]));
    for (const company of companies) this.busy.set(company, (this.busy.get(company) ?? 0) + 1);
    this.options
      .load(batch.map((b) => b.item))
      .then(
        () => batch.forEach((b) => b.done()),
        (error: unknown) => batch.forEach((b) => b.failed(error)),
      )
      .finally(() => {
        this.running -= 1;
        for (const company of companies) {
          const left = this.busy.get(company)! - 1;
          if (left === 0) this.busy.delete(company);
          else this.busy.set(company, left);
        }
        this.pump();
      });
  }
}
