import type { Transcript } from "../../src/model/transcript.js";

/**
 * A call of one prepared-remarks turn by an executive (Q1 2025 of "Example Co"), for rules that
 * live within one turn: the tests write their own sentences and extract from this.
 */
export function oneTurnCall(text: string, fileName = "one-turn.txt"): Transcript {
  return {
    format: "plain",
    source: { name: fileName, sha256: "", bytes: text.length, encoding: "utf-8" },
    text,
    call: { company: "Example Co", ticker: null, fiscalYear: 2025, fiscalQuarter: 1, date: null, periodSource: "text" },
    participants: [{ name: "Ann Exec", role: "executive", organization: "Example Co", title: "CFO", aliases: [], turns: 1, anonymous: false }],
    turns: [{ index: 0, section: "presentation", speaker: "Ann Exec", text, start: 0, end: text.length, line: 1 }],
    exchanges: [],
    diagnostics: [],
  };
}
