/**
 * Parse + extract throughput over ../shared/corpus-large on one core (target: at least 2 MB/s, now
 * that every turn is tagged by wink-nlp),
 * the share of each extraction step, and what the NLP libraries we weighed would cost on the same
 * speech. Files are read into memory first, so the figures are the code's, not the disk's.
 * Run: `npm run bench:extract` (ROUNDS=n to repeat, NLP_SAMPLE=bytes for the library sample).
 * Step figures are CPU time of this process (GC threads included) and wall clock; the load average
 * is printed, since the machine may be shared.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { callNames } from "../src/extract/mentions/call-names.js";
import { extractMentions } from "../src/extract/mentions/extract-mentions.js";
import { extractMetricFacts } from "../src/extract/metrics/metric-facts.js";
import { extractTopics } from "../src/extract/topics/extract-topics.js";
import { extract } from "../src/extract/index.js";
import { splitSentences } from "../src/extract/text/sentences.js";
import { tagText } from "../src/extract/text/nlp.js";
import { readWords } from "../src/extract/text/tokens.js";
import type { Transcript } from "../src/model/transcript.js";
import { parseTranscript } from "../src/parse/index.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(projectRoot, "../shared/corpus-large");
const rounds = Number(process.env.ROUNDS ?? 1);
const nlpSample = Number(process.env.NLP_SAMPLE ?? 300_000);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

let files: string[];
try {
  files = filesUnder(corpus);
} catch {
  console.error(`bench:extract needs ${corpus} (the shared corpus); it is not there.`);
  process.exit(2);
}

const inputs = files.map((file) => ({ name: path.basename(file), bytes: readFileSync(file) }));
const megabytes = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6;
const mbps = (ms: number, mb = megabytes) => mb / (ms / 1000);

// 1. parse + extract, end to end.
let best = Infinity;
let bestCpu = Infinity;
let facts = 0;
let topics = 0;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  facts = 0;
  topics = 0;
  for (const { name, bytes } of inputs) {
    let t: Transcript;
    try {
      t = parseTranscript(bytes, { fileName: name });
    } catch {
      continue;
    }
    const e = extract(t);
    facts += e.metrics.length;
    topics += e.topics.length;
  }
  best = Math.min(best, performance.now() - t0);
  const c = process.cpuUsage(c0);
  bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
}

// 2. where the time goes: each step of extract() on each transcript, in the order extract() runs them and with
// the same inputs (the metric facts read the turns' shared tags), by CPU time of this process (the machine may
// be shared) and wall clock. One transcript at a time, so nothing but its own data is held.
type Step = "parse" | "tag" | "metrics" | "words" | "mentions" | "topics";
const spent = new Map<Step, { cpu: number; wall: number }>();
function timed<T>(what: Step, fn: () => T): T {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const out = fn();
  const c = process.cpuUsage(c0);
  const s = spent.get(what) ?? { cpu: 0, wall: 0 };
  s.cpu += (c.user + c.system) / 1000;
  s.wall += performance.now() - w0;
  spent.set(what, s);
  return out;
}
const speech: string[] = [];
let sampled = 0;
for (const { name, bytes } of inputs) {
  let t: Transcript;
  try {
    t = timed("parse", () => parseTranscript(bytes, { fileName: name }));
  } catch {
    continue; // counted as a parse failure by bench:parse
  }
  const tagged = timed("tag", () => t.turns.map((x) => tagText(x.text)));
  timed("metrics", () => extractMetricFacts(t, { year: t.call.fiscalYear ?? 2020, quarter: t.call.fiscalQuarter ?? 4 }, t.call.fiscalYear !== null, tagged));
  const words = timed("words", () => t.turns.map((x, i) => readWords(x.text, tagged[i]!)));
  const names = timed("mentions", () => callNames(t));
  timed("mentions", () => extractMentions(t, names, words));
  timed("topics", () => extractTopics({ transcript: t, names, people: [], organizations: [], words }));
  for (const turn of t.turns) {
    if (sampled >= nlpSample) break;
    speech.push(turn.text);
    sampled += turn.text.length;
  }
}

// 3. NLP libraries on a sample of the same speech.
const sampleMb = sampled / 1e6;
const time = (fn: (s: string) => unknown) => {
  const s = performance.now();
  for (const text of speech) fn(text);
  return performance.now() - s;
};
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const ownSplitMs = time((s) => splitSentences(s));
const icuSplitMs = time((s) => [...segmenter.segment(s)].length);
const compromiseMs = time((s) => nlp(s).nouns().out("array"));

const row = (what: string, ms: number, mb = megabytes) => ({ what, seconds: +(ms / 1000).toFixed(2), "MB/s": +mbps(ms, mb).toFixed(1) });
const stepRow = (what: string, t: { cpu: number; wall: number }) => ({ what, "CPU s": +(t.cpu / 1000).toFixed(2), "MB/s (CPU)": +mbps(t.cpu).toFixed(1), "wall s": +(t.wall / 1000).toFixed(2) });
console.log(`corpus-large: ${inputs.length} files, ${megabytes.toFixed(1)} MB; ${facts} metric facts, ${topics} topics; load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.table([
  row("parse + extract (best of rounds, wall clock)", best),
  row("parse + extract (best of rounds, CPU time of this process)", bestCpu),
]);
const zero = { cpu: 0, wall: 0 };
console.table([
  stepRow("parse", spent.get("parse") ?? zero),
  stepRow("extract: tag each turn (wink-nlp), shared by metric facts, mentions and topics", spent.get("tag") ?? zero),
  stepRow("extract: metric facts (from the shared tags)", spent.get("metrics") ?? zero),
  stepRow("extract: read words from the tags (for mentions and topics)", spent.get("words") ?? zero),
  stepRow("extract: mentions", spent.get("mentions") ?? zero),
  stepRow("extract: topics", spent.get("topics") ?? zero),
]);
console.log(`NLP libraries on ${sampleMb.toFixed(1)} MB of turn text:`);
console.table([
  row("sentences: own splitter (used)", ownSplitMs, sampleMb),
  row("sentences: Intl.Segmenter (not used)", icuSplitMs, sampleMb),
  row("noun phrases: compromise nouns() (not used)", compromiseMs, sampleMb),
]);
// The machine may be shared: CPU time is the fairer single-core figure, wall clock the honest one.
const ok = mbps(bestCpu) >= 2;
console.log(`${ok ? "MEETS" : "BELOW"} the 2 MB/s target by CPU time: ${mbps(bestCpu).toFixed(1)} MB/s (${mbps(best).toFixed(1)} MB/s wall clock, load average ${loadavg()[0]!.toFixed(2)}) parse + extract on one core`);
