import type { LayoutReading, ReaderInput } from "./layout-reading.js";
import { companyFromGreeting } from "./call-company.js";

/**
 * Plain text with no speakers and no headings (speech-to-text dumps): one `unattributed` turn
 * holding all of it, so extraction still works on the words; a warning says attribution is missing.
 */
export function readPlain(input: ReaderInput): LayoutReading {
  const { text } = input;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return {
    turns: [{ label: null, section: "unattributed", start, end, line: lineOf(text, start) }],
    participants: [],
    call: { company: companyFromGreeting(text.slice(start, start + 1500)) },
    diagnostics: [
      {
        severity: "warning",
        ruleId: "no-speakers",
        message: "no speaker labels or section headings: the whole text is one unattributed section, so no participants, roles or Q&A exchanges",
        line: null,
      },
    ],
    headerText: text.slice(start, start + 3000),
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
