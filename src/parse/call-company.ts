/**
 * The company name as an operator's greeting states it: "welcome to the Amphenol Corporation first
 * quarter…", "…Earnings Conference Call for Amphenol Corporation.", "welcome to Clearwater Paper
 * Corporation's Fourth Quarter…". Null when no greeting names it; nothing is guessed.
 */

const LEAD = /\b(?:welcome (?:everyone |everybody |you )?to|joining(?: us)?(?: today| this morning| this afternoon)?(?: for| on)?|(?:call|conference|webcast|teleconference|results|discussion|standing by) for|webcast entitled|to discuss)\s+(?:the\s+|today's\s+|this\s+|these\s+|your\s+)?(?:(?:conference|call|webcast|teleconference)(?:\s+call)?,\s+)?/gi;
const STOP_WORDS = new Set(
  [
    "first", "second", "third", "fourth", "fiscal", "full", "full-year", "earnings", "conference", "results",
    "quarterly", "annual", "q1", "q2", "q3", "q4", "fy", "call", "investor", "quarter", "year", "year-end", "webcast",
    "second-quarter", "first-quarter", "third-quarter", "fourth-quarter", "teleconference", "today", "today's", "our", "year-to-date", "reports", "reported", "announces",
  ].map((w) => w.toLowerCase()),
);
/** The period a greeting may name before the company: "the Q2 2021 Domino's…", "the Third Quarter 2021 Acadia…". */
const PERIOD_WORD = /^(?:q[1-4]|first|second|third|fourth|(?:first|second|third|fourth)-quarter|quarter|fiscal|fy\d{0,4}|full|full-year|year|and)$/;
/** A possessive that belongs to the name: "Lowe's Companies", "The Aaron's Company". */
const ORG_WORD = /^(?:Companies|Company|Corporation|Group|Holdings|Industries|Stores|Restaurants|Inc\.?|Incorporated)\b/;
/** `D.R.` in "D.R. Horton": initials keep their stops and do not end the name. */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** `3M`, `1-800-Flowers`: a name may start with digits, a year or an ordinal may not. */
const BRAND_WITH_DIGITS = /^\d+(?:-\d+)*-?\p{L}+/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const CONNECTORS = new Set(["&", "and", "of", "de", "the"]);
const GENERIC = /^(?:the|company|corporation|inc\.?|today|everyone|call|earnings|us|our)$/i;

export function companyFromGreeting(text: string): string | null {
  const head = text.slice(0, 1500);
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(head); m !== null; m = LEAD.exec(head)) {
    const name = readCompanyName(head.slice(m.index + m[0].length, m.index + m[0].length + 120));
    if (name) return name;
  }
  return null;
}

function readCompanyName(s: string): string | null {
  const tokens = s.split(/\s+/);
  const taken: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k]!;
    const suffix = /,$/.test(raw) ? /^(Inc|Corp|Co|Ltd|LLC|plc|N\.V|S\.A|L\.P|AG|SE)\.?/.exec(tokens[k + 1] ?? "") : null;
    if (suffix && /^\p{Lu}/u.test(raw)) {
      taken.push(`${raw} ${suffix[0].endsWith(".") || !/^(?:Inc|Corp|Co|Ltd)$/.test(suffix[0]) ? suffix[0] : suffix[0] + "."}`);
      break;
    }
    const token = raw.replace(/[.,;:)]+$/, (p) => (/^\.$/.test(p) && (/^(?:Inc|Co|Corp|Ltd|Cos|N\.V|S\.A|L\.P)$/i.test(raw.slice(0, -1)) || INITIALS.test(raw)) ? p : ""));
    const bare = token.replace(/(?:'s|’s)$/, "").replace(/(?<=s)['’]$/, "");
    const lower = bare.toLowerCase();
    // "the First Industrial First Quarter Results Conference": an ordinal not followed by a period's noun starts the name.
    const ordinalName = /^(?:first|second|third|fourth)$/.test(lower) && bare === token && /^\p{Lu}/u.test(bare) && /^\p{Lu}/u.test(tokens[k + 1] ?? "") && !/^(?:quarter|half|fiscal|full|year|and|-)/i.test(tokens[k + 1] ?? "");
    if (taken.length === 0 && ordinalName) {
      taken.push(bare);
      continue;
    }
    if (taken.length === 0 && (PERIOD_WORD.test(lower) || /^(?:19|20)\d\d$/.test(bare))) continue;
    if (STOP_WORDS.has(lower) || /^[1-4]q(?:\d{2}|\d{4})?$/.test(lower) || (/^\d/.test(bare) && (!BRAND_WITH_DIGITS.test(bare) || ORDINAL.test(bare))) || /^\[/.test(bare)) break;
    if (lower === "financial" && /^(?:results?|performance|update|review|report|statements?|conference|call|earnings|webcast)\b/i.test(tokens[k + 1] ?? "")) break;
    if (INITIALS.test(raw) && bare === token) {
      taken.push(token);
      continue;
    }
    if (CONNECTORS.has(lower) && taken.length > 0) {
      taken.push(bare);
      if (bare !== token || token !== raw) break;
      continue;
    }
    if (!/^[\p{Lu}0-9]/u.test(bare)) break;
    if (bare !== token && token === raw && ORG_WORD.test(tokens[k + 1] ?? "")) {
      taken.push(token);
      continue;
    }
    taken.push(bare);
    if (bare !== token || token !== raw) break;
  }
  while (taken.length > 0 && CONNECTORS.has(taken[taken.length - 1]!.toLowerCase())) taken.pop();
  // "the NextEra Energy and NextEra Energy Partners conference call": a joint call of a company and one named after it is the first's.
  const joint = /^(.+?) (?:and|&) (.+)$/.exec(taken.join(" "));
  if (joint && joint[2]!.startsWith(`${joint[1]!} `)) return joint[1]!;
  const name = taken.join(" ");
  if (name === "" || GENERIC.test(name) || name.length > 80) return null;
  return name;
}

/*
 * announcement = name (issued|released|published) (a|its|today's)? (earnings|press|news)? release
 * name         = one to four capitalised words right before the verb, no punctuation between them
 * "This afternoon, Arista Networks issued a press release announcing…" → Arista Networks.
 */
const ANNOUNCEMENT = /\b((?:[\p{Lu}][\p{L}&'’.-]*\s+){0,3}[\p{Lu}][\p{L}&'’.-]*)\s+(?:issued|released|published)\s+(?:a|an|its|our|today's)?\s*(?:earnings|press|news|financial results)\s+release/gu;
/** Capitalised words that start a sentence or speak for the company rather than name it. */
const NOT_A_NAME = /^(?:we|i|our|the|this|that|today|yesterday|earlier|company|management|it|they|also|and|after|before)$/i;

/**
 * The company a speaker-less opening names as the one that issued the results release; the
 * fallback for text with no operator greeting naming it. Null when none is found.
 */
export function companyFromAnnouncement(text: string): string | null {
  const head = text.slice(0, 3000);
  ANNOUNCEMENT.lastIndex = 0;
  for (let m = ANNOUNCEMENT.exec(head); m !== null; m = ANNOUNCEMENT.exec(head)) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.test(words[0]!)) words.shift();
    const name = words.join(" ").replace(/['’]s$/, "");
    if (name !== "" && !GENERIC.test(name) && !words.some((w) => NOT_A_NAME.test(w))) return name;
  }
  return null;
}
