/**
 * A speaker label as transcripts write it, tidied: `[Phonetic]`/`[ph]` tags, stray backticks,
 * trailing commas or colons and doubled spaces go; case, initials and nicknames stay.
 */
export function cleanSpeakerLabel(label: string): string {
  const cleaned = label
    .replace(/\[[^\]]{0,40}\]/g, " ")
    .replace(/[`´]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,:;]+$/, "")
    .trim();
  // A stray lower-case letter before a name ("f David Strauss") is a scraping slip, not an initial.
  const slip = /^\p{Ll}\s+(.+)$/u.exec(cleaned);
  return withoutTrailingWords(slip && looksLikeStrictName(slip[1]!) ? slip[1]! : cleaned);
}

/**
 * Words of the sentence a scraper cut the name from ("Patrick Shaw with", "John filling"): lower-case
 * words after a capitalised name are not part of it (particles like "van" come before a surname).
 */
function withoutTrailingWords(label: string): string {
  const m = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\S+)*?)((?:\s+\p{Ll}+)+)$/u.exec(label);
  if (!m || /[^\p{L}\s.'’-]/u.test(m[1]!) || /^(?:unidentified|unknown|unnamed)\b/i.test(label)) return label;
  const tail = m[2]!.trim().split(/\s+/);
  return tail.some((w) => PARTICLES.has(w)) ? label : m[1]!;
}

const PARTICLES = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "bin", "al", "el", "st.", "y", "ter", "ten"]);
const NOT_NAMES = new Set([
  "thank", "thanks", "yes", "yeah", "okay", "ok", "sure", "good", "great", "hello", "hi", "morning", "afternoon", "evening",
  "well", "right", "no", "so", "and", "the", "operator", "question", "questions", "answer", "answers", "session", "call",
  "conference", "presentation", "remarks", "prepared", "participants", "executives", "analysts", "transcript", "earnings",
  "quarter", "results", "copyright", "disclaimer", "end", "all", "got", "it", "perfect", "excellent", "understood", "correct",
  "absolutely", "exactly", "welcome", "bye", "goodbye", "please", "go", "ahead", "you", "we", "i", "our", "my",
  // Words of metric bullets and metadata lines ("Gross Margin: 51%", "Event Date: …"), never of names.
  "revenue", "revenues", "margin", "margins", "income", "profit", "guidance", "sales", "growth", "gross", "operating",
  "total", "flow", "expenses", "outlook", "highlights", "summary", "eps", "ebitda", "fiscal", "date", "time", "ticker",
  "source", "url", "subject", "event", "location", "dividend", "dividends", "backlog", "bookings", "orders", "key",
  "takeaways", "risks", "glossary", "industry", "segment", "adjusted", "diluted", "share", "shares", "per",
]);

/**
 * A line that is nothing but a person's name: 2–5 words, each capitalised (or an initial, or a
 * particle like `de`/`van`), no digits or sentence punctuation, none of the words that open short
 * spoken replies ("Thank You", "Good Morning").
 */
export function looksLikeStrictName(text: string): boolean {
  const s = text.trim();
  if (s.length < 3 || s.length > 50 || /[0-9?!;:,"()[\]{}<>@#$%*=+/\\|]/.test(s) || (/\.$/.test(s) && !/(?:\b\p{Lu}|Jr|Sr)\.$/u.test(s))) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  let capitalised = 0;
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (NOT_NAMES.has(lower.replace(/[.'’]/g, ""))) return false;
    if (PARTICLES.has(lower)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(t)) return false;
    capitalised++;
  }
  return capitalised >= 2 && /^\p{Lu}/u.test(s);
}
