import type { Exchange, Participant, Turn } from "../model/transcript.js";
import { nameTokens } from "./person-names.js";
import { isModeratorTurn, isQaOpening } from "./qa-opening.js";

/**
 * Q&A slots. A slot opens when an analyst speaks after the operator introduced them, after another
 * analyst's slot, or as the first analyst turn; it holds the analyst's questions and follow-ups and
 * every answer, and closes at the next operator turn or when another analyst speaks. The operator's
 * own turns never belong to a slot, nor do a host's turns that hand the line to the next analyst
 * on calls without an operator. An analyst who comes back later gets a new slot; an operator
 * aside inside a slot ("Your line is open") that introduces no one does not end it, nor does a
 * placeholder (`Unidentified Analyst`) speaking right before or after the slot's named analyst.
 */
export function buildExchanges(input: { turns: readonly Turn[]; participants: readonly Participant[] }): Exchange[] {
  const byName = new Map(input.participants.map((p) => [p.name, p]));
  const exchanges: Exchange[] = [];
  let open: Exchange | null = null;
  let interrupted: { slot: Exchange; operatorTurns: Turn[] } | null = null;
  const roleOf = (t: Turn | undefined) => (t?.speaker == null ? undefined : byName.get(t.speaker)?.role);
  input.turns.forEach((turn, i) => {
    if (turn.section !== "qa") {
      open = null;
      interrupted = null;
      return;
    }
    const person = turn.speaker === null ? undefined : byName.get(turn.speaker);
    const role = person?.role;
    if (role === "operator" || (role !== "analyst" && hostsNext({ turn, next: input.turns[i + 1], nextRole: roleOf(input.turns[i + 1]), open }))) {
      if (open) interrupted = { slot: open, operatorTurns: [] };
      interrupted?.operatorTurns.push(turn);
      open = null;
    } else if (role === "analyst") {
      if (interrupted && interrupted.slot.analyst === person!.name && interrupted.operatorTurns.every((t) => isAside(t.text, person!.name))) {
        open = interrupted.slot;
      } else if (open !== null && open.analyst !== person!.name && sameSlot({ open, prev: input.turns[i - 1], person: person!, byName })) {
        if (byName.get(open.analyst)?.anonymous && !person!.anonymous) [open.analyst, open.organization] = [person!.name, person!.organization];
      } else if (open === null || open.analyst !== person!.name) {
        open = { index: exchanges.length, analyst: person!.name, organization: person!.organization, turns: [] };
        exchanges.push(open);
      }
      interrupted = null;
      open.turns.push(turn.index);
    } else if (open !== null) {
      open.turns.push(turn.index);
    } else {
      interrupted = null;
    }
  });
  return exchanges;
}

/**
 * A placeholder and a named analyst speaking back to back ("Unidentified Analyst" then "Dana
 * Whitfield", or the other way round) are one questioner whose header the transcriber changed:
 * one slot, named for the named analyst.
 */
function sameSlot(input: { open: Exchange; prev: Turn | undefined; person: Participant; byName: Map<string, Participant> }): boolean {
  const { open, prev, person, byName } = input;
  if (prev?.speaker !== open.analyst) return false;
  return byName.get(open.analyst)?.anonymous === true || person.anonymous;
}

/** A host's turn (no operator on the call) that hands the line to a different analyst. */
function hostsNext(input: { turn: Turn; next: Turn | undefined; nextRole: string | undefined; open: Exchange | null }): boolean {
  const { turn, next, nextRole, open } = input;
  return next !== undefined && nextRole === "analyst" && next.speaker !== open?.analyst && isModeratorTurn(turn.text);
}

/** An operator turn that neither opens a question nor names the analyst: a technical aside. */
function isAside(text: string, analyst: string): boolean {
  if (isQaOpening(text)) return false;
  const last = nameTokens(analyst).at(-1);
  return last === undefined || !text.toLowerCase().includes(last);
}
