import neo4j from "neo4j-driver";

/**
 * Converts what neo4j-driver returns into plain JavaScript: Integers become numbers (or bigints
 * beyond 2^53), temporal values become ISO strings, nodes and relationships become their
 * properties, lists and maps are converted deeply. This is the one place the db layer converts,
 * so nothing above it ever sees a driver type.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : BigInt(value.toString());
  }
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((s) => toNative(s.relationship));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toNative(inner);
  return out;
}
