/**
 * Person-name normalisation and matching, so one person is one participant even when the list and
 * the turn headers spell the name differently (case, punctuation, honorifics, middle initials,
 * suffixes, common nicknames). Nickname and initial matches need a shared last name and a single
 * candidate; without that evidence two spellings stay two people.
 */
import { NICKNAME_GROUPS } from "../model/nicknames.js";

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "dame"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "cfa", "cpa", "phd", "md", "esq"]);



const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
  for (const name of group) {
    const set = NICKNAMES.get(name) ?? new Set<string>();
    for (const other of group) set.add(other);
    NICKNAMES.set(name, set);
  }
}

/**
 * Whether `b` is the fuller spelling of the same person as `a`: the formal first name where `a` has
 * a nickname ("Thomas" for "Tom"), or a first name where `a` has only an initial.
 */
export function isFullerName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const fa = ta[0];
  const fb = tb[0];
  if (!fa || !fb || fa === fb) return false;
  if (fa.length === 1 && fb.length > 1 && fb.startsWith(fa)) return true;
  const group = NICKNAME_GROUPS.find((g) => g.includes(fa) && g.includes(fb));
  return group !== undefined && group[0] === fb;
}

/** Lower-case tokens of a name without accents, punctuation, honorifics or suffixes. */
const tokenCache = new Map<string, readonly string[]>();

export function nameTokens(name: string): string[] {
  let cached = tokenCache.get(name);
  if (cached === undefined) {
    if (tokenCache.size > 5000) tokenCache.clear();
    cached = computeNameTokens(name);
    tokenCache.set(name, cached);
  }
  return [...cached];
}

function computeNameTokens(name: string): string[] {
  const tokens = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s'-]/g, " ")
    .replace(/['’]/g, "")
    .split(/[\s-]+/)
    .filter((t) => t !== "");
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens;
}

export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

/** Tokens without single-letter middle initials: "George A. Notter" → george notter. */
function withoutInitials(tokens: readonly string[]): readonly string[] {
  if (tokens.length <= 2) return tokens;
  return tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || t.length > 1);
}

function sameFirstName(a: string, b: string): boolean {
  return a === b || (NICKNAMES.get(a)?.has(b) ?? false);
}

export type NameMatch = "exact" | "initials" | "first-last" | "nickname" | "initial";

/**
 * How `a` and `b` name the same person, or null. Tiers, strongest first: same tokens; same tokens
 * once middle initials go; same first and last token; nickname of the first name with the same
 * last name; a bare first initial ("J. Smith") with the same last name.
 */
export function matchNames(a: string, b: string): NameMatch | null {
  let best: NameMatch | null = null;
  for (const va of nameVariants(a)) {
    for (const vb of nameVariants(b)) {
      const m = matchTokens(va, vb);
      if (m !== null && (best === null || TIER[m] < TIER[best])) best = m;
    }
  }
  return best;
}

const NICKNAME_IN_NAME = /\(\s*["“”']?([^()"“”]{1,20}?)["“”']?\s*\)|["“]([^"“”]{1,20})["”]/;

/**
 * A name and, when it carries a nickname in quotes or parentheses (`Julian E. ("JAY") Whitehurst`,
 * `Earl C. "Duke" Austin`), the name with the nickname as first name: the forms turns may use.
 */
const variantCache = new Map<string, readonly (readonly string[])[]>();

function nameVariants(name: string): readonly (readonly string[])[] {
  let cached = variantCache.get(name);
  if (cached === undefined) {
    if (variantCache.size > 5000) variantCache.clear();
    cached = computeNameVariants(name);
    variantCache.set(name, cached);
  }
  return cached;
}

function computeNameVariants(name: string): string[][] {
  const m = NICKNAME_IN_NAME.exec(name);
  if (!m) return [nameTokens(name)];
  const without = nameTokens(name.replace(m[0], " "));
  const nick = nameTokens(m[1] ?? m[2] ?? "");
  const last = without[without.length - 1];
  return last && nick.length > 0 ? [without, [...nick.filter((t) => t.length > 1 || nick.length === 1), last]] : [without];
}

/** Tokens hold no spaces, so this is `a.join(" ") === b.join(" ")` without the strings. */
function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function matchTokens(ta: readonly string[], tb: readonly string[]): NameMatch | null {
  if (ta.length === 0 || tb.length === 0) return null;
  // Every tier keeps the last name (initials drop only middle tokens): most pairs end here.
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return null;
  if (sameTokens(ta, tb)) return "exact";
  if (sameTokens(withoutInitials(ta), withoutInitials(tb))) return "initials";
  if (ta.length < 2 || tb.length < 2) return null;
  const [fa, la] = [ta[0]!, ta[ta.length - 1]!];
  const [fb, lb] = [tb[0]!, tb[tb.length - 1]!];
  if (la !== lb) return null;
  if (fa === fb) return "first-last";
  if (sameFirstName(fa, fb)) return "nickname";
  if ((fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb))) return "initial";
  return null;
}

const TIER: Record<NameMatch, number> = { exact: 0, initials: 1, "first-last": 2, nickname: 3, initial: 4 };

/**
 * The one candidate that `label` names, at the strongest tier that has exactly one match. Ties at
 * the strongest tier return null: ambiguous spellings are not merged.
 */
export function findPerson<T>(label: string, candidates: readonly T[], nameOf: (c: T) => string[]): T | null {
  let best: T | null = null;
  let bestTier = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    let tier = Infinity;
    for (const name of nameOf(candidate)) {
      const m = matchNames(label, name);
      if (m !== null) tier = Math.min(tier, TIER[m]);
    }
    if (tier < bestTier) {
      best = candidate;
      bestTier = tier;
      tie = false;
    } else if (tier === bestTier && tier !== Infinity && candidate !== best) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** Collapses runs of whitespace and trims; keeps the writer's case and punctuation. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}
