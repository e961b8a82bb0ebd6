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
