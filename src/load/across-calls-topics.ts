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
