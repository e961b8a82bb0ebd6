/**
 * A seeded random sample of extracted facts from corpus-large, each with its quote and context,
 * for people to judge by reading. Usage: tsx scripts/sample-facts.ts SEED COUNT OUT.json
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseTranscript } from "../src/parse/index.js";
import { extract } from "../src/extract/index.js";
let seed = Number(process.argv[2] ?? 7);
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const shared = fileURLToPath(new URL("../../shared/", import.meta.url));
const dirs = ["corpus-large/json-2018-2022/", "corpus-large/streetevents-2022-q3/"].map((d) => shared + d);
const files = dirs.flatMap((d) => readdirSync(d).map((f) => d + f));
const out: unknown[] = [];
const seen = new Set<string>();
while (out.length < Number(process.argv[3] ?? 80)) {
  const f = files[Math.floor(rnd() * files.length)]!;
  if (seen.has(f)) continue;
  seen.add(f);
  const t = parseTranscript(readFileSync(f), { fileName: f });
  const x = extract(t);
  if (!x.metrics.length) continue;
  const m = x.metrics[Math.floor(rnd() * x.metrics.length)]!;
  const turn = t.turns[m.turn]!;
  const ctxStart = Math.max(turn.start, m.start - 600), ctxEnd = Math.min(turn.end, m.end + 300);
  out.push({ id: out.length + 1, file: f.replace(shared, ""), call: `${t.call.company} fiscal ${t.call.fiscalYear}-Q${t.call.fiscalQuarter}`, fact: { metric: m.metric, value: m.value, low: m.low, high: m.high, unit: m.unit, period: m.period, kind: m.kind, basis: m.basis, scope: m.scope, confidence: m.confidence }, speaker: m.speaker, quote: m.quote, context: t.text.slice(ctxStart, ctxEnd) });
}
writeFileSync(process.argv[4]!, JSON.stringify(out, null, 1));
