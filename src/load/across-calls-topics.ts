/**
 * A company's topics counted in every one of its calls: when one call's extraction finds a topic
 * ("Olive Garden", "COVID-19"), each other call of the company whose turns name it mentions it
 * too, though that call used it too little to make it one of its own topics. So a topic's trend
 * across quarters (`mentionsByPeriod`) counts every call that names it. The rows depend only on
 * the company's calls as loaded, not on the order they were loaded in. Pure.
 */
import { countKeyMentions } from "./count-mentions.js";

export interface CompanyTurn {
  turnId: string;
  callId: string;
  text: string;
  /** Topics the call's own extraction says this turn mentions. */
  topics: string[];
}

export interface AcrossCallsMentions {
  topicId: string;
  turns: { turnId: string; count: number }[];
}

const TOPIC_ID_PREFIX = "topic:";

/** MENTIONS a company's turns get from topics its other calls found and their own call did not. */
export function acrossCallsMentions(turns: readonly CompanyTurn[]): AcrossCallsMentions[] {
  const byCall = new Map<string, Set<string>>();
  for (const t of turns) {
    const own = byCall.get(t.callId) ?? new Set<string>();
    for (const topic of t.topics) own.add(topic);
    byCall.set(t.callId, own);
  }
  const all = [...new Set([...byCall.values()].flatMap((s) => [...s]))].filter((id) => id.startsWith(TOPIC_ID_PREFIX)).sort();
  if (byCall.size < 2 || all.length === 0) return [];
  const lower = turns.map((t) => t.text.toLowerCase());
  const out: AcrossCallsMentions[] = [];
  for (const topicId of all) {
    const key = topicId.slice(TOPIC_ID_PREFIX.length);
    // A cheap look for the key's longest word first: most turns name most topics not at all.
    const anchor = key.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "").replace(/(?:y|s)$/, "");
    const rows: { turnId: string; count: number }[] = [];
    turns.forEach((t, i) => {
      if (byCall.get(t.callId)!.has(topicId) || !lower[i]!.includes(anchor)) return;
      const count = countKeyMentions(t.text, key);
      if (count > 0) rows.push({ turnId: t.turnId, count });
    });
    if (rows.length) out.push({ topicId, turns: rows.sort((a, b) => (a.turnId < b.turnId ? -1 : 1)) });
  }
  return out;
}

/** A turn's mentions counted across calls as the graph holds them now. */
export interface HeldAcrossCalls {
  turnId: string;
  callId: string;
  across: { topicId: string; count: number }[];
}

/** What a load changes of the mentions counted across calls, and where. */
export interface AcrossCallsChange {
  /** Held mentions that no longer hold, or whose count changes. */
  removed: { turnId: string; topicId: string }[];
  /** Mentions to add, grouped by topic as `acrossCallsMentions` gives them. */
  rows: AcrossCallsMentions[];
  /** Each call (other than `loadedCallId`) whose mentions change, with the topics they change. */
  scopes: { callId: string; topics: string[] }[];
}

/**
 * The difference between the mentions counted across calls that the graph holds (`held`) and the
 * ones the company's calls give now (`wanted`): only these are written, and only the calls they
 * touch need their kept links (pairs, askers) counted again. The loaded call is left out of
 * `scopes`: the load counts it whole. Pure; ordered by call, turn and topic id.
 */
export function acrossCallsChange(held: readonly HeldAcrossCalls[], wanted: readonly AcrossCallsMentions[], loadedCallId: string): AcrossCallsChange {
  const callOf = new Map(held.map((t) => [t.turnId, t.callId]));
  const key = (turnId: string, topicId: string, count: number): string => `${turnId}\u0000${topicId}\u0000${count}`;
  const before = new Set(held.flatMap((t) => t.across.map((m) => key(t.turnId, m.topicId, m.count))));
  const after = new Set(wanted.flatMap((row) => row.turns.map((m) => key(m.turnId, row.topicId, m.count))));
  const touched = new Map<string, Set<string>>();
  const touch = (turnId: string, topicId: string): void => {
    const callId = callOf.get(turnId);
    if (callId === undefined || callId === loadedCallId) return;
    const topics = touched.get(callId) ?? new Set<string>();
    topics.add(topicId);
    touched.set(callId, topics);
  };
  const removed: AcrossCallsChange["removed"] = [];
  for (const t of held) {
    for (const m of t.across) {
      if (after.has(key(t.turnId, m.topicId, m.count))) continue;
      removed.push({ turnId: t.turnId, topicId: m.topicId });
      touch(t.turnId, m.topicId);
    }
  }
  const rows: AcrossCallsMentions[] = [];
  for (const row of wanted) {
    const added = row.turns.filter((m) => !before.has(key(m.turnId, row.topicId, m.count)));
    for (const m of added) touch(m.turnId, row.topicId);
    if (added.length > 0) rows.push({ topicId: row.topicId, turns: added });
  }
  const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  removed.sort((a, b) => byId(a.turnId, b.turnId) || byId(a.topicId, b.topicId));
  const scopes = [...touched.entries()].map(([callId, topics]) => ({ callId, topics: [...topics].sort(byId) })).sort((a, b) => byId(a.callId, b.callId));
  return { removed, rows, scopes };
}
