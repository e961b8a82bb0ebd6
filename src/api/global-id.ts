import { ApiError, ErrorCode } from "./errors.js";

/** The GraphQL object types that implement `Node` and can be fetched by `node(id:)`. */
export const NODE_TYPES = [
  "Company",
  "Call",
  "Person",
  "Firm",
  "Organization",
  "Turn",
  "Exchange",
  "Topic",
  "Metric",
  "Period",
  "MetricFact",
] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** A global id: base64 of `<Type>:<graph id>`, e.g. `Company:company:calix`. Opaque to clients. */
export function toGlobalId(type: NodeTypeName, graphId: string): string {
  return Buffer.from(`${type}:${graphId}`, "utf8").toString("base64");
}

/** Splits a global id back into its type and graph id; a malformed one is a BAD_USER_INPUT error. */
export function fromGlobalId(globalId: string): { type: NodeTypeName; graphId: string } {
  const decoded = decodeGlobalId(globalId);
  if (decoded === null) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `Expected a global id (base64 of "<Type>:<id>", Type one of ${NODE_TYPES.join(", ")}), found ${JSON.stringify(globalId)}`,
    );
  }
  return decoded;
}

/**
 * fromGlobalId for a reference that may be something else (a ticker, a name): null instead of an
 * error, since building an error (its stack) on every such request costs more than the decoding.
 */
export function decodeGlobalId(globalId: string): { type: NodeTypeName; graphId: string } | null {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const type = decoded.slice(0, colon) as NodeTypeName;
  const graphId = decoded.slice(colon + 1);
  if (colon <= 0 || graphId === "" || !NODE_TYPES.includes(type) || toGlobalId(type, graphId) !== globalId) return null;
  return { type, graphId };
}
