import { GraphQLError, type GraphQLFormattedError } from "./graphql-js.js";
import { unwrapResolverError } from "@apollo/server/errors";
import { DbError } from "../db/db-errors.js";

/**
 * The public error codes of the API (in `extensions.code`). Clients may switch on them; they never
 * change meaning. Apollo's own request-level codes (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, PERSISTED_QUERY_*) pass through unchanged.
 */
export enum ErrorCode {
  /**
   * An argument is malformed or out of range: a bad cursor, a page size over the maximum, a
   * malformed id, an empty reference, a period not in the accepted forms.
   */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** The operation needs the API key and the request carried none, or a wrong one. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** The server has no API key configured, so write operations are switched off. */
  FORBIDDEN = "FORBIDDEN",
  /**
   * A company, topic or metric named in an argument names nothing in the graph (the message
   * repeats the name), or no such HTTP path (the API answers at / and /graphql).
   */
  NOT_FOUND = "NOT_FOUND",
  /** The request body is not JSON that can be read (HTTP 400), or not utf-8 (HTTP 415). */
  BAD_REQUEST = "BAD_REQUEST",
  UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE",
  /** A transcript given to a write operation could not be read. */
  INVALID_TRANSCRIPT = "INVALID_TRANSCRIPT",
  /** The request body is over the size limit (HTTP 413). */
  REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE",
  /** Neo4j did not answer; retrying later may help. */
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  /** Anything unexpected; the details are logged on the server with the `errorId`, never sent. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An error the API means to show to its client, with one of the public codes. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, { extensions: { code }, originalError: options?.cause instanceof Error ? options.cause : undefined });
  }
}

// Apollo's request-level codes: raised before any resolver runs, with messages meant for clients
// (BAD_USER_INPUT here is Apollo's variable coercion error).
const PASS_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export interface ErrorLogger {
  error(message: string, error: unknown): void;
}

let nextErrorId = 1;

/**
 * Apollo's `formatError`: errors with a public code pass through; a database outage becomes
 * DATABASE_UNAVAILABLE without the driver's text; everything else is masked as
 * INTERNAL_SERVER_ERROR and logged with an id the client can quote.
 */
export function formatApiError(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.["code"];
    const fromResolver = formatted.path !== undefined;
    if (original instanceof ApiError || (!fromResolver && typeof code === "string" && PASS_THROUGH.has(code))) {
      return withoutStacktrace(formatted);
    }
    const errorId = `E${Date.now().toString(36)}-${(nextErrorId++).toString(36)}`;
    logger.error(`GraphQL error ${errorId} at ${formatted.path?.join(".") ?? "(request)"}`, original);
    if (original instanceof DbError && original.code === "DATABASE_UNAVAILABLE") {
      return {
        message: `The database is unavailable; try again later (error ${errorId}).`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, errorId },
      };
    }
    return {
      message: `Internal server error (error ${errorId}).`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions === undefined || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
