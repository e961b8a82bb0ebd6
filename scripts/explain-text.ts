/**
 * `npx tsx scripts/explain-text.ts "<sentence or paragraph>" [YYYY-Qn]`: reads text as one
 * executive's prepared remarks in a call of that period (2025-Q1 by default) and prints what the
 * figure pipeline decided for each figure. For writing rules and their examples.
 */
import { callContext } from "../src/extract/metrics/read-figures.js";
import { extractMetricFacts } from "../src/extract/metrics/metric-facts.js";
import { formatTraces } from "../src/extract/metrics/explain.js";
import type { Transcript } from "../src/model/transcript.js";

const [text = "", label = "2025-Q1"] = process.argv.slice(2);
const m = /^(\d{4})-Q([1-4])$/.exec(label);
if (!m) throw new Error(`period must look like 2025-Q1, not ${label}`);
const transcript: Transcript = {
  format: "plain",
  source: { name: "text", sha256: "", bytes: text.length, encoding: "utf-8" },
  text,
  call: { company: "Example Co", ticker: null, fiscalYear: Number(m[1]), fiscalQuarter: Number(m[2]), date: null, periodSource: "text" },
  participants: [{ name: "Ann Exec", role: "executive", organization: "Example Co", title: "CFO", aliases: [], turns: 1, anonymous: false }],
  turns: [{ index: 0, section: "presentation", speaker: "Ann Exec", text, start: 0, end: text.length, line: 1 }],
  exchanges: [],
  diagnostics: [],
};
void callContext;
const x = extractMetricFacts(transcript, { year: Number(m[1]), quarter: Number(m[2]) }, true);
process.stdout.write(`${formatTraces(x.traces)}\n`);
