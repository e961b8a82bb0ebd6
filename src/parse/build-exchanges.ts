import type { Exchange, Participant, Turn } from "../model/transcript.js";

/**
 * Q&A slots. A slot opens when an analyst speaks after the operator, after another analyst's
 * slot, or as the first analyst turn; it holds the analyst's questions and follow-ups and every
 * answer, and closes at the next operator turn or when another analyst speaks. The operator's
 * own turns never belong to a slot; an analyst who comes back after the operator gets a new slot.
 */
export function buildExchanges(input: { turns: readonly Turn[]; participants: readonly Participant[] }): Exchange[] {
  const byName = new Map(input.participants.map((p) => [p.name, p]));
  const exchanges: Exchange[] = [];
  let open: Exchange | null = null;
  for (const turn of input.turns) {
    if (turn.section !== "qa") {
      open = null;
      continue;
    }
    const person = turn.speaker === null ? undefined : byName.get(turn.speaker);
    const role = person?.role;
    if (role === "operator") {
      open = null;
    } else if (role === "analyst") {
      if (open === null || open.analyst !== person!.name) {
        open = { index: exchanges.length, analyst: person!.name, organization: person!.organization, turns: [] };
        exchanges.push(open);
      }
      open.turns.push(turn.index);
    } else if (open !== null) {
      open.turns.push(turn.index);
    }
  }
  return exchanges;
}
