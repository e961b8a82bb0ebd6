import type { Participant, Transcript } from "../../src/model/transcript.js";

/**
 * A call of "Example Corp" (Q2 2021) whose turns alternate between its CFO and an analyst, the
 * first two in the prepared remarks and the rest in the Q&A: for topic rules that read how a
 * call returns to a term and what the analysts ask. `others` adds participants (an operator).
 */
export function qaCall(texts: string[], others: Participant[] = []): Transcript {
  let text = "";
  const turns = texts.map((t, index) => {
    const start = text.length;
    text += `${t}\n`;
    return { index, section: (index < 2 ? "presentation" : "qa") as "presentation" | "qa", speaker: index % 2 ? "Ann Analyst" : "Cy Cfo", text: t, start, end: start + t.length, line: index + 1 };
  });
  return {
    format: "plain", source: { name: null, sha256: "", bytes: text.length, encoding: "utf-8" }, text,
    call: { company: "Example Corp", ticker: "EXC", fiscalYear: 2021, fiscalQuarter: 2, date: null, periodSource: null },
    participants: [
      { name: "Ann Analyst", role: "analyst", organization: "Harlow Bank", title: null, aliases: [], turns: 2, anonymous: false },
      { name: "Cy Cfo", role: "executive", organization: "Example Corp", title: "CFO", aliases: [], turns: 2, anonymous: false },
      ...others,
    ],
    turns, exchanges: [], diagnostics: [],
  };
}
