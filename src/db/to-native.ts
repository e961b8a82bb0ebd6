import neo4j from "neo4j-driver";

/**
 * Converts what neo4j-driver returns into plain JavaScript: Integers become numbers (or bigints
 * beyond 2^53), temporal values become ISO strings, nodes and relationships become their
 * properties, lists and maps are converted deeply. This is the one place the db layer converts,
 * so nothing above it ever sees a driver type.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  // Lists and maps first: they are most of what a row holds (driver maps are plain objects).
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = toNative(value[i]);
    return out;
  }
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : BigInt(value.toString());
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return nativeMap(value as Record<string, unknown>);
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
  return nativeMap(value as Record<string, unknown>);
}

function nativeMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) out[key] = toNative(value[key]);
  }
  return out;
}
