/**
 * Runs loads with at most `concurrency` in flight and never two of one company at once. Loads of
 * one company take that company's lock in Neo4j one after the other anyway (lock-call.cypher), so
 * a slot given to a second one would sit idle; folders are usually sorted by company, so that
 * would be the common case. A load whose company is busy waits in line, and the next load of a
 * free company overtakes it. `room()` lets the caller prepare (read, parse, extract) only as fast
 * as loads finish, so memory stays bounded whatever the number of files.
 */
export class LoadScheduler {
  private running = 0;
  private readonly busy = new Set<string>();
  private readonly queue: { company: string | null; start: () => void }[] = [];
  private roomWaiters: (() => void)[] = [];

  constructor(private readonly options: { concurrency: number; maxWaiting: number }) {}

  /** Runs `load` when a slot is free and no other load of `company` runs (null: no company to wait for). */
  run<T>(company: string | null, load: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.running += 1;
        if (company !== null) this.busy.add(company);
        load()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            if (company !== null) this.busy.delete(company);
            this.pump();
          });
      };
      this.queue.push({ company, start });
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
    for (let i = 0; i < this.queue.length && this.running < this.options.concurrency; ) {
      const next = this.queue[i]!;
      if (next.company !== null && this.busy.has(next.company)) {
        i += 1;
        continue;
      }
      this.queue.splice(i, 1);
      next.start();
    }
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }
}
