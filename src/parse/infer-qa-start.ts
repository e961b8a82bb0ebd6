import type { RawTurn } from "./layout-reading.js";
import { nameTokens } from "./person-names.js";
import type { Person } from "./speaker-registry.js";

/**
 * A turn that hands the call to the Q&A at its end ("With that, we'll now open the line for
 * questions"): the Q&A starts with the next turn.
 */
const HANDS_OVER =
  /\b(?:(?:now\s+)?(?:open|opening)\s+(?:it\s+|the\s+(?:call|line|lines|floor|phone lines?)\s+)?(?:up\s+)?(?:for|to)\s+(?:your\s+)?(?:questions|q\s?&\s?a)|(?:now|happy to|glad to|pleased to|ready to)\s+(?:take|answer|begin|start)\s+(?:your\s+|some\s+|any\s+)?(?:questions|q\s?&\s?a|the q\s?&\s?a|the question)|(?:move|go|turn|get)\s+(?:on\s+)?(?:over\s+)?to\s+(?:the\s+)?(?:questions|q\s?&\s?a|question-and-answer|question and answer)|(?:begin|start)\s+(?:the\s+)?(?:q\s?&\s?a|question-and-answer|question and answer))/i;
/** A moderator's turn that opens the Q&A itself ("Our first question comes from…"). */
const FIRST_QUESTION = /\b(?:first|opening|initial)\s+question\s+(?:today\s+|this\s+(?:afternoon|morning|evening)\s+)?(?:comes|is|will come|goes|we have)\s+(?:from|to)\b|\btake\s+(?:our|the)\s+first\s+question\b/i;
/** Scheduling words: the sentence promises questions later, it does not open them now. */
const LATER = /\b(?:after|following|at the (?:end|conclusion)|later|afterwards|once|before|will be|there will)\b/i;

export type QaEvidence = "announcement" | "first-question" | "analyst";

/**
 * Where the Q&A starts in a layout that marks it neither by a heading nor by an operator's
 * opening, or null when nothing says. Evidence, earliest turn wins (never the first turn):
 *   - a turn whose last sentences hand over to questions (not ones that schedule them for later)
 *     → the next turn;
 *   - a turn that opens with "our first question comes from…" → that turn;
 *   - the first turn of a participant known to be an analyst (list heading, title) → that turn,
 *     or the short turn just before it when that turn introduces the analyst by name.
 */
export function inferQaStart(input: { turns: readonly RawTurn[]; speakerOf: readonly (Person | null)[]; textOf: (t: RawTurn) => string }): { at: number; evidence: QaEvidence } | null {
  const { turns, speakerOf, textOf } = input;
  const found: { at: number; evidence: QaEvidence }[] = [];
  const consider = (at: number, evidence: QaEvidence) => {
    if (at >= 1 && at < turns.length && (found[0] === undefined || at < found[0].at)) found[0] = { at, evidence };
  };
  for (let i = 0; i < turns.length; i++) {
    if (found[0] !== undefined && i >= found[0].at) break;
    const person = speakerOf[i];
    if (person?.role === "analyst") {
      const before = i > 0 ? textOf(turns[i - 1]!) : "";
      consider(i - 1 >= 1 && before.length < 600 && introduces(before, person.name) ? i - 1 : i, "analyst");
      break;
    }
    const text = textOf(turns[i]!);
    if (FIRST_QUESTION.test(text.slice(0, 400))) consider(i, "first-question");
    else if (handsOver(text.slice(-600))) consider(i + 1, "announcement");
  }
  return found[0] ?? null;
}

function handsOver(tail: string): boolean {
  for (const sentence of tail.split(/(?<=[.!?])\s+/)) {
    if (HANDS_OVER.test(sentence) && !LATER.test(sentence)) return true;
  }
  return false;
}

function introduces(text: string, name: string): boolean {
  const last = nameTokens(name).at(-1);
  return last !== undefined && last.length > 1 && text.toLowerCase().includes(last) && /\bquestion/i.test(text);
}
