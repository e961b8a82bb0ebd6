import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { enlargeBoltWrites } from "./bolt-writes.js";
import { cypher, cypherNames } from "./cypher.js";
import { toDbError } from "./db-errors.js";
import { toNative } from "./to-native.js";

export interface ConnectionSettings {
  uri: string;
  username?: string | undefined;
  password?: string | undefined;
  /** Database name; the server's default database when absent. */
  database?: string | undefined;
}

export type Params = Record<string, unknown>;

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
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.statementsRun += 1;
        const result = await session.run(cypher(statement), params);
        return result.records.map((record) => toNative(record.toObject()) as Row);
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
   * Applies every statement in `cypher/schema/` (constraints and indexes, all `IF NOT EXISTS`,
   * so running it again is harmless), then waits until the indexes are online.
   */
  async migrate(): Promise<void> {
    for (const name of cypherNames("schema")) {
      await this.write(name);
    }
    await this.write("health/await-indexes");
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // Driver errors are mapped only once the managed transaction has given up: mapping them
  // inside the work function would hide their retriable codes from the driver's retry logic.
  private async inSession<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    const last = { statement: "(no statement)" };
    try {
      const run = (tx: ManagedTransaction) => work(this.wrap(tx, last));
      return await (mode === "READ" ? session.executeRead(run) : session.executeWrite(run));
    } catch (error) {
      throw toDbError(error, `cypher/${last.statement}.cypher`);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, last: { statement: string }): Tx {
    return {
      run: async (statement, params = {}) => {
        this.statementsRun += 1;
        last.statement = statement;
        const result = await tx.run(cypher(statement), params);
        return result.records.map((record) => toNative(record.toObject()) as Row);
      },
    };
  }
}
