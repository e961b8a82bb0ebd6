/**
 * The company name as an operator's greeting states it: "welcome to the Amphenol Corporation first
 * quarter…", "…Earnings Conference Call for Amphenol Corporation.", "welcome to Clearwater Paper
 * Corporation's Fourth Quarter…". Null when no greeting names it; nothing is guessed.
 */

const LEAD = /\b(?:welcome (?:everyone |everybody |you )?to|joining(?: us for)?|(?:call|conference|webcast|teleconference|results) for|to discuss)\s+(?:the\s+|today's\s+|this\s+)?/gi;
const STOP_WORDS = new Set(
  [
    "first", "second", "third", "fourth", "fiscal", "full", "full-year", "earnings", "conference", "financial", "results",
    "quarterly", "annual", "q1", "q2", "q3", "q4", "fy", "call", "investor", "quarter", "year", "year-end", "webcast",
    "second-quarter", "first-quarter", "third-quarter", "fourth-quarter", "teleconference", "today", "today's", "our",
  ].map((w) => w.toLowerCase()),
);
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
    const token = raw.replace(/[.,;:)]+$/, (p) => (/^\.$/.test(p) && /^(?:Inc|Co|Corp|Ltd|Cos|N\.V|S\.A|L\.P)$/i.test(raw.slice(0, -1)) ? p : ""));
    const bare = token.replace(/(?:'s|’s|s'|s’)$/, "");
    const lower = bare.toLowerCase();
    if (STOP_WORDS.has(lower) || /^\d/.test(bare) || /^\[/.test(bare)) break;
    if (CONNECTORS.has(lower) && taken.length > 0) {
      taken.push(bare);
      if (bare !== token || token !== raw) break;
      continue;
    }
    if (!/^[\p{Lu}0-9]/u.test(bare)) break;
    taken.push(bare);
    if (bare !== token || token !== raw) break;
  }
  while (taken.length > 0 && CONNECTORS.has(taken[taken.length - 1]!.toLowerCase())) taken.pop();
  const name = taken.join(" ");
  if (name === "" || GENERIC.test(name) || name.length > 80) return null;
  return name;
}
