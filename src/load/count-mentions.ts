const cache = new Map<string, RegExp>();

/**
 * How many times any of `names` occurs in `text`, case-insensitively, as whole words (no letter or
 * digit directly before or after), longer names first so "CAF II" is not also counted as "CAF".
 * The `count` of a MENTIONS relationship; the extract stage says which turns mention, this says
 * how often.
 */
export function countMentions(text: string, names: string[]): number {
  const key = names.join("\u0000");
  let pattern = cache.get(key);
  if (pattern === undefined) {
    const alternatives = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ""))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    if (alternatives.length === 0) return 0;
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    if (cache.size > 10_000) cache.clear();
    cache.set(key, pattern);
  }
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count += 1;
  return count;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
