/**
 * `npm run eval [-- <label dir>... [-v] [--explain]]`: scores the metric extractor on labelled
 * calls (../shared/gold/truth by default; label format: ../shared/gold/truth/LABELLING.md), the
 * same way ../shared/tools/score-truth.py does — its totals agree — but in process, so a run over
 * the truth set takes seconds. Prints recall, precision (with why each false fact is false),
 * guidance-pair actuals found and topics per call, then the totals. `-v` lists missed and false
 * facts; `--explain` adds, for each, what the pipeline decided about the figures of its sentence.
 * The seed and dev gold files of ../shared/gold (no "source") are read too, judged on the metrics
 * they name.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../src/extract/index.js";
import { extractMetricFacts } from "../src/extract/metrics/metric-facts.js";
import type { FigureTrace } from "../src/extract/metrics/read-figures.js";
import { projectRoot } from "../src/config/project-root.js";
import { parseTranscript } from "../src/parse/index.js";
import { describe, labelFiles, readLabel, scoreCall, total, type CallScore } from "./truth-score.js";

function explainSentence(traces: FigureTrace[], quote: string | undefined): string[] {
  if (!quote) return [];
  const q = quote.replace(/\s+/g, " ").trim();
  const hits = traces.filter((t) => t.sentence.replace(/\s+/g, " ").includes(q.slice(0, 60)));
  return hits.slice(0, 6).map((t) => `        ${JSON.stringify(t.figure)}: ${t.steps.map((s) => `${s.stage}:${s.rule}(${s.note})`).join(" → ")}${t.dropped ? ` ✗ ${t.dropped}` : ""}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes("-v") || args.includes("--explain");
  const explain = args.includes("--explain");
  const shared = path.resolve(projectRoot, "../shared");
  const dirs = args.filter((a) => !a.startsWith("-"));
  if (!dirs.length) dirs.push(path.join(shared, "gold/truth"));
  const scores: CallScore[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval: ${dir} does not exist\n`);
      process.exitCode = 2;
      return;
    }
    for (const file of labelFiles(dir)) {
      const name = path.basename(file);
      const { label, transcript: source } = readLabel(file, shared);
      const transcript = parseTranscript(readFileSync(source), { fileName: source, format: "auto" });
      const s = scoreCall(name, label, extract(transcript));
      scores.push(s);
      const p = s.judged ? s.true / s.judged : 1;
      process.stdout.write(`${name}: recall ${s.found}/${s.facts} precision ${s.true}/${s.judged} (${p.toFixed(2)}) false by ${JSON.stringify(s.why)} guidance-pair actuals ${s.pairActuals}/${s.pairs} topics ${s.topicsHit}/${s.topics} junk ${s.junk}\n`);
      if (!verbose) continue;
      const call = { year: transcript.call.fiscalYear ?? 0, quarter: transcript.call.fiscalQuarter ?? 4 };
      const traces = explain ? extractMetricFacts(transcript, call, transcript.call.fiscalYear !== null).traces : [];
      for (const g of s.missing) {
        process.stdout.write(`   missing: ${describe(g)}: ${(g.quote ?? "").slice(0, 90)}\n`);
        if (explain) for (const l of explainSentence(traces, g.quote)) process.stdout.write(`${l}\n`);
      }
      for (const { fact: m, why } of s.falseFacts) {
        process.stdout.write(`   false:   ${describe(m)} [${why}]: ${m.quote.replace(/\s+/g, " ").slice(0, 110)}\n`);
        if (explain) for (const l of explainSentence(traces, m.quote.slice(0, 80))) process.stdout.write(`${l}\n`);
      }
    }
  }
  const t = total(scores);
  process.stdout.write(`TOTAL recall ${t.recall.toFixed(2)} (${t.found}/${t.facts}) precision ${t.precision.toFixed(2)} (${t.true}/${t.judged}) false by ${JSON.stringify(t.why)} guidance-pair actuals ${t.pairActuals}/${t.pairs} topics-in-top-15 ${t.topicShare.toFixed(2)} junk ${t.junk}\n`);
}

main();
