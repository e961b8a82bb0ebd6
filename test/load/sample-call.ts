import { createHash } from "node:crypto";
import type { Extraction, MetricFact } from "../../src/model/facts.js";
import type { Transcript, Turn } from "../../src/model/transcript.js";

/**
 * A small call written for these tests (no third-party text): a fictional company, Larkspur
 * Optics, with two executives, an operator and two analysts. `variant` changes the words so the
 * content hash changes; `quarter` moves it to another period of the same company.
 */
export function sampleCall(options: { quarter?: number; variant?: string } = {}): { transcript: Transcript; extraction: Extraction } {
  const quarter = options.quarter ?? 2;
  const variant = options.variant ?? "";
  const lines: [string | null, "presentation" | "qa", string][] = [
    ["Operator", "presentation", "Good day and welcome to the Larkspur Optics call."],
    ["Dana Whitfield", "presentation", `Revenue for the quarter was $50.0 million. Our lens platform Glint grew again.${variant}`],
    ["Omar Reyes", "presentation", `For the next quarter we expect revenue of $52 million to $54 million. Glint and Glint Pro shipped.`],
    ["Operator", "qa", "Our first question comes from Priya Natarajan with Halden Securities."],
    ["Priya Natarajan", "qa", "How is Glint doing against Corvane Labs?"],
    ["Dana Whitfield", "qa", "Glint is ahead of Corvane Labs. Glint, Glint, Glint."],
    ["Operator", "qa", "Next is Tobias Lind with Marrow & Finch."],
    ["Tobias Lind", "qa", "Any update from Helena Sato at the regulator?"],
    ["Omar Reyes", "qa", "Helena Sato visited us."],
  ];
  let text = "";
  const turns: Turn[] = lines.map(([speaker, section, words], index) => {
    const start = text.length + speaker!.length + 2;
    text += `${speaker}: ${words}\n`;
    return { index, section, speaker, text: words, start, end: start + words.length, line: index + 1 };
  });
  const sha256 = createHash("sha256").update(text).digest("hex");
  const transcript: Transcript = {
    format: "speaker-log",
    source: { name: `larkspur-q${quarter}.txt`, sha256, bytes: Buffer.byteLength(text), encoding: "utf-8" },
    text,
    call: { company: "Larkspur Optics, Inc.", ticker: "LRKO", fiscalYear: 2031, fiscalQuarter: quarter, date: "2031-07-30", periodSource: "text" },
    participants: [
      { name: "Dana Whitfield", role: "executive", organization: "Larkspur Optics, Inc.", title: "CEO", aliases: ["Dana Whitfeld"], turns: 2, anonymous: false },
      { name: "Omar Reyes", role: "executive", organization: "Larkspur Optics, Inc.", title: "CFO", aliases: [], turns: 2, anonymous: false },
      { name: "Operator", role: "operator", organization: null, title: null, aliases: [], turns: 3, anonymous: false },
      { name: "Priya Natarajan", role: "analyst", organization: "Halden Securities", title: "Analyst", aliases: [], turns: 1, anonymous: false },
      { name: "Tobias Lind", role: "analyst", organization: "Marrow & Finch", title: "Analyst", aliases: [], turns: 1, anonymous: false },
    ],
    turns,
    exchanges: [
      { index: 0, analyst: "Priya Natarajan", organization: "Halden Securities", turns: [3, 4, 5] },
      { index: 1, analyst: "Tobias Lind", organization: "Marrow & Finch", turns: [6, 7, 8] },
    ],
    diagnostics: [],
  };
  const fact = (f: Partial<MetricFact> & Pick<MetricFact, "metric" | "period" | "kind" | "turn">): MetricFact => ({
    value: null,
    scope: "company",
    confidence: 1,
    low: null,
    high: null,
    unit: "USD",
    basis: null,
    statedBy: "company",
    speaker: turns[f.turn]!.speaker,
    quote: turns[f.turn]!.text,
    start: turns[f.turn]!.start,
    end: turns[f.turn]!.end,
    ...f,
  });
  const next = quarter === 4 ? `${2032}-Q1` : `2031-Q${quarter + 1}`;
  const extraction: Extraction = {
    metrics: [
      fact({ metric: "revenue", period: `2031-Q${quarter}`, kind: "actual", value: 50_000_000, turn: 1 }),
      fact({ metric: "revenue", period: next, kind: "guidance", low: 52_000_000, high: 54_000_000, turn: 2 }),
    ],
    topics: [{ name: "Glint", kind: "product", aliases: ["Glint Pro"], mentions: [1, 2, 4, 5] }],
    mentions: {
      organizations: [{ name: "Corvane Labs", aliases: [], mentions: [4, 5] }],
      people: [{ name: "Helena Sato", aliases: [], mentions: [7, 8] }],
    },
    outcomes: [],
  };
  return { transcript, extraction };
}
