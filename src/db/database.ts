import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import { enlargeBoltWrites } from "./bolt-writes.js";
import { cypher, cypherNames } from "./cypher.js";
import { DbError, toDbError } from "./db-errors.js";
import { toNative } from "./to-native.js";

export interface ConnectionSettings {
  uri: string;
  username?: string | undefined;
  password?: string | undefined;
  /** Database name; the server's default database when absent. */
  database?: string | undefined;
}

/** How long opening a connection may take (the driver's default is 30 s). */
const CONNECT_TIMEOUT_MS = 5_000;
/** The driver's own retry window for a managed transaction (connection failures, transient errors). */
const DRIVER_RETRY_MS = 2_000;
/**
 * How long a write keeps being retried on transient errors (deadlocks, lock timeouts), beyond the
 * driver's window: a bulk load on a freshly restarted database can deadlock again and again while
 * its caches are cold, and a load is all or nothing, so trying it again is always safe.
 */
const TRANSIENT_RETRY_MS = 60_000;

export type Params = Record<string, unknown>;

/** How often a statement ran and the time it took in all (milliseconds). */
export interface StatementTiming {
  runs: number;
  ms: number;
}

/** How often `Database.query` tries a statement that fails with a retryable error. */
const QUERY_ATTEMPTS = 3;
export type Row = Record<string, unknown>;

/**
 * A transaction handed to `Database.readTx` / `writeTx` work functions. Statements are named by
 * their file under `cypher/` (never Cypher text), and rows come back converted by `toNative`.
 */
export interface Tx {
  run(statement: string, params?: Params): Promise<Row[]>;
}

/**
 * The one owner of the driver, sessions and transactions (in the manner of neo4j/graphql's
 * Executor). Every statement goes through a managed transaction, so transient failures
 * (leader changes, deadlocks) are retried by the driver; sessions are closed in `finally`.
 */
export class Database {
  private statementsRun = 0;
  private readonly timings = new Map<string, StatementTiming>();
  private commitTiming: StatementTiming = { runs: 0, ms: 0 };

  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  static connect(settings: ConnectionSettings): Database {
    enlargeBoltWrites();
    const auth =
      settings.username !== undefined && settings.username !== ""
        ? neo4j.auth.basic(settings.username, settings.password ?? "")
        : undefined;
    const driver = neo4j.driver(settings.uri, auth, {
      // Integers come back as driver Integers and are converted in toNative, never lossy here.
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      // Short, so that a database that is down is reported within seconds rather than after the
      // driver's default 30 s of retrying; transient errors of writes get the long retries of
      // `inSession`.
      maxTransactionRetryTime: DRIVER_RETRY_MS,
    });
    return new Database(driver, settings.database);
  }

  /**
   * How many statements this Database has sent, ever. Tests read it before and after an
   * operation to count round trips; it never decreases.
   */
  get statementCount(): number {
    return this.statementsRun;
  }

  /**
   * Server time per statement of managed transactions, as Neo4j reports it (until the result was
   * available, plus until it was consumed), and the wall time of their commits (under `commit`,
   * with the full-text index refresh and the write to the transaction log): where a load spends
   * the database's time (bench:load prints it). Sorted by time, most first.
   */
  statementTimings(): ({ statement: string } & StatementTiming)[] {
    return [...this.timings.entries(), ["commit", this.commitTiming] as const]
      .map(([statement, t]) => ({ statement, ...t }))
      .sort((a, b) => b.ms - a.ms);
  }

  /** Runs one named read statement in its own managed read transaction. */
  async read(statement: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(statement, params));
  }

  /**
   * Runs one named read statement as an auto-commit transaction: one round trip (RUN and PULL
   * together) where a managed transaction takes three (BEGIN, RUN and PULL, COMMIT), for the
   * API's many small reads. Retried, like a managed transaction, while the driver calls the error
   * retryable, a few times.
   */
  async query(statement: string, params: Params = {}): Promise<Row[]> {
    return (await this.queryWithState(statement, params)).rows;
  }

  /**
   * `query`, with the state of the graph the statement read: the bookmark of its transaction, as
   * `stateToken` reads it (null when the server returns none). Two reads with the same state saw
   * the same graph, so what one found may stand in for the other (src/api/name-matches.ts).
   */
  async queryWithState(statement: string, params: Params = {}): Promise<{ rows: Row[]; state: string | null }> {
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.statementsRun += 1;
        const result = await withoutCallSite(() => session.run(cypher(statement), params));
        const bookmarks = session.lastBookmarks();
        return {
          rows: result.records.map((record) => toNative(record.toObject()) as Row),
          state: bookmarks.length === 0 ? null : [...bookmarks].sort().join(" "),
        };
      } catch (error) {
        if (attempt >= QUERY_ATTEMPTS || !neo4j.isRetryableError(error)) throw toDbError(error, `cypher/${statement}.cypher`);
      } finally {
        await session.close();
      }
    }
  }

  /** Runs one named write statement in its own managed write transaction. */
  async write(statement: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(statement, params));
  }

  /** Runs `work` in one managed read transaction (retried as a whole on transient errors). */
  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inSession("READ", work);
  }

  /**
   * Runs `work` in one managed write transaction: all its statements commit together or not at
   * all, and the whole function is retried on transient errors, so it must not have side effects
   * outside the transaction.
   */
  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inSession("WRITE", work);
  }

  /** Checks that the server answers `RETURN 1`; throws a DbError when it does not. */
  async ping(): Promise<void> {
    await this.readTx((tx) => tx.run("health/ping"));
  }

  /**
   * A token for the state of the database: the same until a transaction that writes commits (a
   * load, from any process), different after. It is the bookmark Neo4j returns for a read
   * transaction, which names the last transaction committed before it; one `RETURN 1` auto-commit
   * round trip.
   * Null when the server returns no bookmark. The API's response cache keys answers on it.
   */
  async stateToken(): Promise<string | null> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.statementsRun += 1;
      await session.run(cypher("health/ping"));
      const bookmarks = session.lastBookmarks();
      return bookmarks.length === 0 ? null : [...bookmarks].sort().join(" ");
    } catch (error) {
      throw toDbError(error, "cypher/health/ping.cypher");
    } finally {
      await session.close();
    }
  }

  /**
   * Applies every statement in `cypher/schema/` (constraints and indexes, all `IF NOT EXISTS` /
   * `IF EXISTS`, so running it again is harmless), then waits until the indexes are online.
   * Processes that start together on a fresh database migrate at once: `IF NOT EXISTS` does not
   * serialise schema transactions, so one of two equal `CREATE INDEX` statements may fail with
   * "an equivalent index already exists" (and one of two drops with "not found"). The other
   * process made it, so that counts as done. A statement that fills in data (a property earlier
   * versions did not write) returns `written`, the rows it changed in one batch of bounded size, and
   * runs again until a batch changes none: one transaction over every node of a large graph would
   * not fit in the database's memory. A data migration (a statement that starts with MATCH) is
   * recorded as a `Migration` node once it has run to the end, and not run again: finding that
   * nothing is left to do reads every node it covers, seconds at each start on a large graph.
   */
  async migrate(): Promise<void> {
    for (const name of cypherNames("schema")) {
      const isData = cypher(name).startsWith("MATCH ");
      if (isData && (await this.read("health/migration-applied", { name }))[0]?.["applied"] === true) continue;
      try {
        for (;;) {
          const written = (await this.write(name))[0]?.["written"];
          if (typeof written !== "number" || written === 0) break;
        }
      } catch (error) {
        if (!isConcurrentSchemaChange(error)) throw error;
      }
      if (isData) await this.write("health/migration-mark", { name });
    }
    await this.write("health/await-indexes");
  }

  /**
   * Whether the database answers a query within `timeoutMs`: for health probes, which must answer
   * quickly whatever the database does. Never throws.
   */
  async isReachable(timeoutMs: number): Promise<{ reachable: true } | { reachable: false; reason: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await Promise.race([session.executeRead((tx) => tx.run(cypher("health/ping"))), timeout]);
      return { reachable: true };
    } catch (error) {
      return { reachable: false, reason: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // Driver errors are mapped only once the managed transaction has given up: mapping them
  // inside the work function would hide their retriable codes from the driver's retry logic.
  // The driver retries for DRIVER_RETRY_MS; a write that still meets a transient error (a
  // deadlock) is run again, whole, until TRANSIENT_RETRY_MS have passed.
  private async inSession<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const last = { statement: null as string | null };
      try {
        return await this.inOneSession(mode, work, last);
      } catch (error) {
        if (mode === "WRITE" && isTransient(error) && Date.now() - started < TRANSIENT_RETRY_MS) {
          await sleep(retryDelay(attempt));
          continue;
        }
        throw toDbError(error, last.statement === null ? null : `cypher/${last.statement}.cypher`);
      }
    }
  }

  private async inOneSession<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>, last: { statement: string | null }): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    try {
      let workDone = 0;
      const run = async (tx: ManagedTransaction) => {
        const value = await work(this.wrap(tx, last));
        workDone = performance.now();
        return value;
      };
      const value = await (mode === "READ" ? session.executeRead(run) : session.executeWrite(run));
      if (mode === "WRITE") {
        this.commitTiming.runs += 1;
        this.commitTiming.ms += performance.now() - workDone;
      }
      return value;
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, last: { statement: string | null }): Tx {
    return {
      run: async (statement, params = {}) => {
        this.statementsRun += 1;
        last.statement = statement;
        const result = await tx.run(cypher(statement), params);
        const timing = this.timings.get(statement) ?? { runs: 0, ms: 0 };
        timing.runs += 1;
        timing.ms += result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
        this.timings.set(statement, timing);
        return result.records.map((record) => toNative(record.toObject()) as Row);
      },
    };
  }
}

/**
 * Runs `start` (which must start a driver result synchronously, as `session.run` does) without the
 * call site the driver records for every result: it builds an Error and formats its stack, through
 * the source maps where tsx runs the code, a few percent of the API's CPU per request. The stack
 * only decorates a failed statement's error, and a DbError names the statement anyway.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A transient error other than the database being unavailable: deadlocks, lock timeouts, a
 * transaction outdated by a leader change. Trying the transaction again can succeed.
 */
function isTransient(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return error.code.startsWith("Neo.TransientError.") && error.code !== "Neo.TransientError.General.DatabaseUnavailable";
}

/** Codes of a schema statement that lost a race with the same statement run elsewhere. */
const CONCURRENT_SCHEMA_CODES = new Set([
  "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
  "Neo.ClientError.Schema.ConstraintAlreadyExists",
  "Neo.ClientError.Schema.IndexAlreadyExists",
  "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists",
  "Neo.ClientError.Schema.IndexWithNameAlreadyExists",
  "Neo.ClientError.Schema.IndexNotFound",
  "Neo.ClientError.Schema.ConstraintNotFound",
  "Neo.ClientError.Schema.ConstraintDropFailed",
  "Neo.ClientError.Schema.IndexDropFailed",
]);

function isConcurrentSchemaChange(error: unknown): boolean {
  const cause = error instanceof DbError ? error.cause : error;
  return cause instanceof Neo4jError && CONCURRENT_SCHEMA_CODES.has(cause.code);
}

/** 0.2, 0.4, 0.8 … up to 5 s, each with ±20% jitter so that two deadlocked loads do not meet again. */
function retryDelay(attempt: number): number {
  const base = Math.min(200 * 2 ** (attempt - 1), 5_000);
  return base * (0.8 + 0.4 * Math.random());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
