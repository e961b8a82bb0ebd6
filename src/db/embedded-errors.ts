/**
 * Why the embedded Neo4j could not start or stop. PORT_IN_USE, STORE_LOCKED, BAD_ARGUMENTS and
 * STARTUP_FAILED come from the Java launcher itself; the others from the TypeScript side.
 */
export type EmbeddedNeo4jErrorCode =
  | "PORT_IN_USE"
  | "STORE_LOCKED"
  | "BAD_ARGUMENTS"
  | "STARTUP_FAILED"
  | "START_TIMEOUT"
  | "EXITED"
  | "JAVA_NOT_FOUND"
  | "JAVA_TOO_OLD"
  | "MAVEN_NOT_FOUND"
  | "MAVEN_FAILED"
  | "STOP_FAILED";

export class EmbeddedNeo4jError extends Error {
  override readonly name = "EmbeddedNeo4jError";
  constructor(
    readonly code: EmbeddedNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
