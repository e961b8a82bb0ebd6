import { Neo4jError } from "neo4j-driver";

/** Public codes of the db layer's errors; the API maps them to GraphQL error codes. */
export type DbErrorCode = "DATABASE_UNAVAILABLE" | "CONSTRAINT_VIOLATION" | "QUERY_FAILED";

export class DbError extends Error {
  override readonly name = "DbError";
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Maps a driver error to the db layer's own error by its Neo4j code; anything else passes through.
 * `statement` is the file of the statement that was running (`cypher/load/write-call.cypher`), or
 * null when the transaction failed before its first statement (e.g. no connection could be made).
 */
export function toDbError(error: unknown, statement: string | null): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const where = statement === null ? "opening a transaction" : `running ${statement}`;
  if (error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
    return new DbError("DATABASE_UNAVAILABLE", `Neo4j is unavailable while ${where}: ${error.message}`, { cause: error });
  }
  if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new DbError("CONSTRAINT_VIOLATION", `A uniqueness constraint failed while ${where}: ${error.message}`, {
      cause: error,
    });
  }
  return new DbError("QUERY_FAILED", `Neo4j failed while ${where} (${error.code}): ${error.message}`, { cause: error });
}
