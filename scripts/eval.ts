/**
 * `npm run eval [-- <label dir>... [-v] [--explain]]`: scores the metric extractor on labelled
 * calls (../shared/gold/truth by default; label format: ../shared/gold/truth/LABELLING.md), the
 * same way ../shared/tools/score-truth.py does — its totals agree — but in process, so a run over
 * the truth set takes seconds. Prints recall, precision (with why each false fact is false),
 * guidance-pair actuals found and topics per call, then the totals. `-v` lists missed and false
 * facts; `--explain` adds, for each, what the pipeline decided about the figures of its sentence.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { extract } from "../src/extract/index.js";
import { extractMetricFacts } from "../src/extract/metrics/metric-facts.js";
import type { FigureTrace } from "../src/extract/metrics/read-figures.js";
import type { MetricFact } from "../src/model/facts.js";
import { parseTranscript } from "../src/parse/index.js";
import { projectRoot } from "../src/config/project-root.js";

function findTranscript(shared: string, base: string): string {
  for (const dir of ["seed", "corpus/json", "corpus/seekingalpha", "corpus/streetevents", "corpus/motleyfool", "corpus/plain", "corpus/other"]) {
    for (const ext of [".txt", ".json"]) {
      const f = path.join(shared, dir, base + ext);
      if (existsSync(f)) return f;
    }
  }
  throw new Error(`no transcript named ${base} under ${shared}`);
}

const VOCAB = new Set(`revenue gross_margin operating_margin operating_expenses operating_income net_income eps free_cash_flow
operating_cash_flow capex cash_and_investments deferred_revenue inventory inventory_turns dso dividend share_repurchase
international_revenue litigation_expense organic_growth`.split(/\s+/));

interface Gold {
  metric: string;
  period: string;
  kind: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit?: string;
  quote?: string;
}

interface Label {
  source: string;
  exhaustive?: string[];
  metrics?: Gold[];
  alsoAcceptable?: unknown[] | { metrics?: unknown[] };
  notCompanyFacts?: unknown[];
  guidanceOutcomes?: { metric: string; period: string; actual?: number; guidanceLow?: number; guidanceHigh?: number; guidanceValue?: number }[];
  topics?: { mustFind?: { name: string; aliases?: string[] }[]; mustNotBeTopics?: string[] };
}

const norm = (s: unknown) => String(s ?? "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

function canon(f: { metric?: string; kind?: string; unit?: string }): [string, string] {
  const m = norm(f.metric).replace(/ /g, "_");
  const k = norm(f.kind);
  if (m.endsWith("_growth") && VOCAB.has(m.slice(0, -7)) && ["percent", ""].includes(norm(f.unit))) return [m.slice(0, -7), k === "actual" ? "change" : k];
  return [m, k];
}

function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (Math.abs(b) < 1) return Math.abs(a - b) <= 0.005;
  return Math.abs(a - b) <= 0.005 * Math.abs(b);
}

function valueMatches(out: Partial<MetricFact>, gold: Gold): boolean {
  if (gold.low !== undefined && gold.low !== null) return close(out.low, gold.low) && close(out.high, gold.high);
  let v = out.value ?? null;
  if (v === null && out.low !== null && out.low !== undefined && close(out.low, out.high)) v = out.low;
  return close(v, gold.value);
}

function periodMatches(o: string | undefined, g: string): boolean {
  const os = String(o ?? "").toUpperCase().replace(/ /g, "");
  const gs = g.toUpperCase().replace(/ /g, "");
  return /^\d{4}$/.test(gs) ? os.startsWith(gs) : os === gs;
}

function matches(out: Partial<MetricFact>, gold: Gold): boolean {
  const [om, ok] = canon(out);
  const [gm, gk] = canon(gold);
  return om === gm && ok === gk && periodMatches(out.period, gold.period) && valueMatches(out, gold);
}

function diagnose(out: MetricFact, golds: Gold[]): string {
  const [om, ok] = canon(out);
  const same = golds.filter((g) => valueMatches(out, g));
  if (!same.length) return "no-such-figure";
  for (const g of same) {
    const [gm, gk] = canon(g);
    if (gm === om && gk === ok) return "period";
    if (gm === om && periodMatches(out.period, g.period)) return "kind";
  }
  return "metric";
}

const describe = (f: Partial<MetricFact> | Gold) => `${f.metric} ${f.period} ${f.kind} ${f.value ?? `(${f.low}, ${f.high})`}`;

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
  const tot = { facts: 0, found: 0, judged: 0, true: 0, pairs: 0, pairActuals: 0, topics: 0, topicsHit: 0, junk: 0 };
  const whys: Record<string, number> = {};
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval: ${dir} does not exist\n`);
      process.exitCode = 2;
      return;
    }
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
      const gold = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Label;
      // The seed and dev gold files name no source: their transcript has the label's base name.
      const file = gold.source ? path.join(shared, gold.source) : findTranscript(shared, name.replace(/\.json$/, ""));
      // Their metric lists are the important facts, not every fact: precision is judged on the names they use.
      if (!gold.source) gold.exhaustive = [...new Set((gold.metrics ?? []).map((m) => m.metric))];
      const transcript = parseTranscript(readFileSync(file), { fileName: file, format: "auto" });
      const x = extract(transcript);
      const call = { year: transcript.call.fiscalYear ?? 0, quarter: transcript.call.fiscalQuarter ?? 4 };
      const traces = explain ? extractMetricFacts(transcript, call, transcript.call.fiscalYear !== null).traces : [];
      const company = x.metrics.filter((m) => m.statedBy !== "analyst");
      const facts = (gold.metrics ?? []).filter((g) => VOCAB.has(canon(g)[0]) || !gold.source);
      const found = facts.filter((g) => company.some((m) => matches(m, g)));
      const exhaustive = new Set((gold.exhaustive ?? []).map((e) => norm(e).replace(/ /g, "_")));
      const also = Array.isArray(gold.alsoAcceptable) ? gold.alsoAcceptable : gold.alsoAcceptable?.metrics ?? [];
      const okList = [...facts, ...(also.filter((g) => typeof g === "object" && g !== null && "metric" in g) as Gold[])];
      const judged = company.filter((m) => exhaustive.has(canon(m)[0]));
      const trueFacts = judged.filter((m) => okList.some((g) => matches(m, g)));
      const falseFacts = judged.filter((m) => !trueFacts.includes(m));
      const all = [...okList, ...((gold.notCompanyFacts ?? []).filter((g) => typeof g === "object" && g !== null && ("value" in g || "low" in g)) as Gold[])];
      const why: Record<string, number> = {};
      for (const m of falseFacts) {
        const w = diagnose(m, all);
        why[w] = (why[w] ?? 0) + 1;
        whys[w] = (whys[w] ?? 0) + 1;
      }
      const pairs = gold.guidanceOutcomes ?? [];
      let pairActuals = 0;
      for (const o of pairs) {
        const a: Gold = { metric: o.metric, period: o.period, kind: "actual", value: o.actual ?? null };
        if (company.some((m) => matches(m, a) || matches(m, { ...a, kind: "change", unit: "percent" }))) pairActuals++;
      }
      const top = x.topics.slice(0, 15);
      const names = new Set(top.flatMap((t) => [norm(t.name), ...t.aliases.map(norm)]));
      const must = gold.topics?.mustFind ?? [];
      const hit = must.filter((t) => names.has(norm(t.name)) || (t.aliases ?? []).some((a) => names.has(norm(a))));
      const topNames = new Set(top.map((t) => norm(t.name)));
      const junk = (gold.topics?.mustNotBeTopics ?? []).filter((b) => topNames.has(norm(b)));
      const s = { facts: facts.length, found: found.length, judged: judged.length, true: trueFacts.length, pairs: pairs.length, pairActuals, topics: must.length, topicsHit: hit.length, junk: junk.length };
      for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += s[k];
      const p = s.judged ? s.true / s.judged : 1;
      process.stdout.write(`${name}: recall ${s.found}/${s.facts} precision ${s.true}/${s.judged} (${p.toFixed(2)}) false by ${JSON.stringify(why)} guidance-pair actuals ${pairActuals}/${pairs.length} topics ${hit.length}/${must.length} junk ${junk.length}\n`);
      if (verbose) {
        for (const g of facts.filter((f) => !found.includes(f))) {
          process.stdout.write(`   missing: ${describe(g)}: ${(g.quote ?? "").slice(0, 90)}\n`);
          if (explain) for (const l of explainSentence(traces, g.quote)) process.stdout.write(`${l}\n`);
        }
        for (const m of falseFacts) {
          process.stdout.write(`   false:   ${describe(m)} [${diagnose(m, all)}]: ${m.quote.replace(/\s+/g, " ").slice(0, 110)}\n`);
          if (explain) for (const l of explainSentence(traces, m.quote.slice(0, 80))) process.stdout.write(`${l}\n`);
        }
      }
    }
  }
  const rec = tot.facts ? tot.found / tot.facts : 0;
  const prec = tot.judged ? tot.true / tot.judged : 0;
  const topics = tot.topics ? tot.topicsHit / tot.topics : 0;
  process.stdout.write(`TOTAL recall ${rec.toFixed(2)} (${tot.found}/${tot.facts}) precision ${prec.toFixed(2)} (${tot.true}/${tot.judged}) false by ${JSON.stringify(whys)} guidance-pair actuals ${tot.pairActuals}/${tot.pairs} topics-in-top-15 ${topics.toFixed(2)} junk ${tot.junk}\n`);
}

main();
