const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many times any of `names` occurs in `text`, case-insensitively, as whole words (no letter or
 * digit directly before or after); overlapping matches count once, the longest winning, so
 * "CAF II" is not also counted as "CAF". The `count` of a MENTIONS relationship: the extract stage
 * says which turns mention, this says how often. Plain `indexOf` scans rather than one regular
 * expression per name: this runs for every topic in every turn that mentions it.
 */
export function countMentions(text: string, names: string[]): number {
  return countMentionsInLowerCase(text.toLowerCase(), names);
}

/** countMentions for a text already lower-cased (a turn mentions many topics: lower it once). */
export function countMentionsInLowerCase(lower: string, names: string[]): number {
  const matches: [start: number, end: number][] = [];
  for (const name of new Set(names.map((n) => n.trim().toLowerCase()))) {
    if (name === "") continue;
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(lower, at - 1) || isWordChar(lower, end)) continue;
      matches.push([at, end]);
    }
  }
  matches.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let count = 0;
  let reached = -1;
  for (const [start, end] of matches) {
    if (start < reached) continue;
    count += 1;
    reached = end;
  }
  return count;
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(text[index]!);
}

/**
 * How many times `text` names the topic whose key is `key` (identity.ts `topicKey`): its words in
 * order, case-insensitively, one space or hyphen apart, each in the singular or plural, as the
 * key folds them ("dining room" counts "Dining Rooms"; "e commerce" counts "e-commerce"; "len
 * platform" counts "lens platform"). A pattern of the key
 * alone, so the count is the same whichever call's spelling named the topic first.
 */
export function countKeyMentions(text: string, key: string): number {
  const words = key.split(" ").filter(Boolean);
  if (words.length === 0) return 0;
  let pattern = keyPatterns.get(key);
  if (pattern === undefined) {
    const form = (w: string) => (/[^aeiou]y$/.test(w) ? `${escape(w.slice(0, -1))}(?:y|ies)` : `${escape(w)}(?:s|es)?`);
    const body = words.map(form).join("[\\s\\-‐]+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
    if (keyPatterns.size > 20_000) keyPatterns.clear();
    keyPatterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

const keyPatterns = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
