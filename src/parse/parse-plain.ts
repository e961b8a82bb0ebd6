import type { LayoutReading, ReaderInput } from "./layout-reading.js";
import { companyFromAnnouncement, companyFromGreeting } from "./call-company.js";

/**
 * Plain text with no speakers and no headings (speech-to-text dumps): one `unattributed` turn
 * holding all of it, so extraction still works on the words; a warning says attribution is missing.
 */
export function readPlain(input: ReaderInput): LayoutReading {
  const { text, lines } = input;
  const content = lines?.filter((l) => l.text !== "");
  const first = content?.[0];
  const last = content?.[content.length - 1];
  const start = first ? first.start : text.length - text.trimStart().length;
  const end = last ? last.end : text.trimEnd().length;
  const turnText = content ? content.map((l) => l.text).join("\n") : undefined;
  const opening = turnText?.slice(0, 3000) ?? text.slice(start, start + 3000);
  return {
    turns: [{ label: null, section: "unattributed", start, end, line: first ? first.number : lineOf(text, start), ...(turnText !== undefined ? { text: turnText } : {}) }],
    participants: [],
    call: { company: companyFromGreeting(opening.slice(0, 1500)) ?? companyFromAnnouncement(opening) },
    diagnostics: [
      {
        severity: "warning",
        ruleId: "no-speakers",
        message: "no speaker labels or section headings: the whole text is one unattributed section, so no participants, roles or Q&A exchanges",
        line: null,
      },
    ],
    headerText: turnText?.slice(0, 3000) ?? text.slice(start, start + 3000),
  };
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

const CALL_WORDS = /\b(?:conference call|earnings|quarter|operator|questions?|thank you|revenue|guidance|analysts?|fiscal|results|outlook|margin)\b/gi;

/**
 * Whether speaker-less text reads like a call: enough prose, sentences, and the vocabulary of an
 * earnings call. Anything else is not guessed at.
 */
export function looksLikeCallProse(text: string): boolean {
  const sample = text.slice(0, 50000);
  const words = sample.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;
  if (words < 60) return false;
  const sentences = sample.match(/[.?!](?:\s|$)/g)?.length ?? 0;
  if (sentences < words / 80) return false;
  const vocabulary = new Set((sample.match(CALL_WORDS) ?? []).map((w) => w.toLowerCase()));
  return vocabulary.size >= 3;
}
