/**
 * `parse --explain`: each figure of each company sentence, with every stage's decision and the rule
 * that made it, and why a figure became no fact.
 */
import type { FigureTrace } from "./read-figures.js";

export function formatTraces(traces: readonly FigureTrace[]): string {
  const lines: string[] = [];
  let last = "";
  for (const t of traces) {
    const key = `${t.turn}:${t.sentenceStart}`;
    if (key !== last) {
      lines.push("", `turn ${t.turn}${t.speaker ? ` (${t.speaker})` : ""}: ${t.sentence.replace(/\s+/g, " ")}`);
      last = key;
    }
    const f = t.fact;
    const outcome = f
      ? `→ ${f.metric} ${f.period} ${f.kind} ${f.value ?? `${f.low}..${f.high}`} ${f.unit}${f.basis ? ` ${f.basis}` : ""}, scope ${f.scope}, confidence ${f.confidence}`
      : `✗ ${t.dropped}`;
    lines.push(`  "${t.figure}" ${outcome}`);
    for (const s of t.steps) lines.push(`      ${s.stage.padEnd(10)} ${s.rule.padEnd(26)} ${s.note}`);
  }
  return lines.join("\n").trimStart();
}
