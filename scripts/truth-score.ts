/**
 * Scoring of metric facts against labelled calls (../shared/gold/truth/LABELLING.md), the rules of
 * ../shared/tools/score-truth.py in TypeScript: recall of labelled facts, precision of facts whose
 * metric is labelled exhaustively (with why each false fact is false), guidance-pair actuals, and
 * topics among the first 15. Used by `npm run eval` and by the test that holds the floors.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Extraction, MetricFact } from "../src/model/facts.js";

export function findTranscript(shared: string, base: string): string {
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

export interface Gold {
  metric: string;
  period: string;
  kind: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit?: string;
  quote?: string;
}

export interface Label {
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

export function matches(out: Partial<MetricFact>, gold: Gold): boolean {
  const [om, ok] = canon(out);
  const [gm, gk] = canon(gold);
  return om === gm && ok === gk && periodMatches(out.period, gold.period) && valueMatches(out, gold);
}

export function diagnose(out: MetricFact, golds: Gold[]): string {
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

export const describe = (f: Partial<MetricFact> | Gold) => `${f.metric} ${f.period} ${f.kind} ${f.value ?? `(${f.low}, ${f.high})`}`;


export interface CallScore {
  name: string;
  facts: number; found: number; judged: number; true: number; pairs: number; pairActuals: number; topics: number; topicsHit: number; junk: number;
  why: Record<string, number>;
  missing: Gold[];
  falseFacts: { fact: MetricFact; why: string }[];
}

/** Reads a label file; the seed and dev gold files, which name no source, get their transcript by base name and are judged on the metrics they name. */
export function readLabel(file: string, shared: string): { label: Label; transcript: string } {
  const label = JSON.parse(readFileSync(file, "utf8")) as Label;
  const name = path.basename(file, ".json");
  const transcript = label.source ? path.join(shared, label.source) : findTranscript(shared, name);
  if (!label.source) label.exhaustive = [...new Set((label.metrics ?? []).map((m) => m.metric))];
  return { label, transcript };
}

export function labelFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith(".json")).sort().map((n) => path.join(dir, n));
}

/** One call's score: `gold` its label, `x` the extraction of its transcript. */
export function scoreCall(name: string, gold: Label, x: Extraction): CallScore {
  const company = x.metrics.filter((m) => m.statedBy !== "analyst");
  const facts = (gold.metrics ?? []).filter((g) => VOCAB.has(canon(g)[0]) || !gold.source);
  const found = facts.filter((g) => company.some((m) => matches(m, g)));
  const exhaustive = new Set((gold.exhaustive ?? []).map((e) => norm(e).replace(/ /g, "_")));
  const also = Array.isArray(gold.alsoAcceptable) ? gold.alsoAcceptable : gold.alsoAcceptable?.metrics ?? [];
  const okList = [...facts, ...(also.filter((g) => typeof g === "object" && g !== null && "metric" in g) as Gold[])];
  const judged = company.filter((m) => exhaustive.has(canon(m)[0]));
  const trueFacts = judged.filter((m) => okList.some((g) => matches(m, g)));
  const all = [...okList, ...((gold.notCompanyFacts ?? []).filter((g) => typeof g === "object" && g !== null && ("value" in g || "low" in g)) as Gold[])];
  const falseFacts = judged.filter((m) => !trueFacts.includes(m)).map((fact) => ({ fact, why: diagnose(fact, all) }));
  const why: Record<string, number> = {};
  for (const f of falseFacts) why[f.why] = (why[f.why] ?? 0) + 1;
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
  return {
    name, facts: facts.length, found: found.length, judged: judged.length, true: trueFacts.length, pairs: pairs.length, pairActuals,
    topics: must.length, topicsHit: hit.length, junk: junk.length, why, missing: facts.filter((f) => !found.includes(f)), falseFacts,
  };
}

export interface Totals {
  facts: number; found: number; judged: number; true: number; pairs: number; pairActuals: number; topics: number; topicsHit: number; junk: number;
  why: Record<string, number>;
  recall: number; precision: number; topicShare: number;
}

export function total(scores: readonly CallScore[]): Totals {
  const t = { facts: 0, found: 0, judged: 0, true: 0, pairs: 0, pairActuals: 0, topics: 0, topicsHit: 0, junk: 0, why: {} as Record<string, number> };
  for (const s of scores) {
    for (const k of ["facts", "found", "judged", "true", "pairs", "pairActuals", "topics", "topicsHit", "junk"] as const) t[k] += s[k];
    for (const [k, v] of Object.entries(s.why)) t.why[k] = (t.why[k] ?? 0) + v;
  }
  return { ...t, recall: t.facts ? t.found / t.facts : 0, precision: t.judged ? t.true / t.judged : 0, topicShare: t.topics ? t.topicsHit / t.topics : 0 };
}
