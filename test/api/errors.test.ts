import { GraphQLError } from "../../src/api/graphql-js.js";
import { describe, expect, it } from "vitest";
import { DbError } from "../../src/db/db-errors.js";
import { ApiError, ErrorCode, formatApiError } from "../../src/api/errors.js";

// What graphql-js hands to formatError for an error thrown in a resolver.
function located(original: Error) {
  const error = new GraphQLError(original.message, { path: ["companies"], originalError: original });
  return { formatted: { ...error.toJSON(), extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, error };
}

describe("formatApiError", () => {
  const logged: unknown[] = [];
  const format = formatApiError({ error: (_message, error) => logged.push(error) });

  it("masks an unexpected error, logs it, and gives the client an id to quote", () => {
    const secret = new Error("Expected a Cypher statement in /srv/cypher/api/x.cypher");
    const { formatted, error } = located(secret);
    const out = format(formatted, error);
    expect(out.message).toMatch(/^Internal server error \(error E[\w-]+\)\.$/);
    expect(out.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR, errorId: expect.any(String) });
    expect(JSON.stringify(out)).not.toContain("cypher");
    expect(logged).toContain(secret);
  });

  it("says the database is unavailable without the driver's text", () => {
    const { formatted, error } = located(new DbError("DATABASE_UNAVAILABLE", "bolt://10.0.0.1:7687 refused"));
    const out = format(formatted, error);
    expect(out.extensions?.["code"]).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(out.message).not.toContain("10.0.0.1");
  });

  it("passes the API's own errors through with their code and without a stack trace", () => {
    const { formatted, error } = located(new ApiError(ErrorCode.UNAUTHENTICATED, "needs the API key"));
    const out = format({ ...formatted, extensions: { code: "UNAUTHENTICATED", stacktrace: ["at y"] } }, error);
    expect(out).toMatchObject({ message: "needs the API key", extensions: { code: "UNAUTHENTICATED" } });
    expect(out.extensions).not.toHaveProperty("stacktrace");
  });

  it("passes request-level errors (validation, parse) through", () => {
    const error = new GraphQLError("Syntax Error: Query depth limit of 14 exceeded, found 15.");
    const out = format({ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, error);
    expect(out.message).toBe(error.message);
  });
});
