/**
 * Topic ranking against labelled calls, many settings in one run: each call is parsed and tagged
 * once, then ranked under each setting of SALIENCE given as JSON on the command line.
 * Usage: tsx scripts/tune-topics.ts GOLD_DIR[,GOLD_DIR...] '{"wordWeight":0.3}' ...
 * Prints, per setting and per folder, the share of must-find topics among the first 15.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTranscript } from "../src/parse/index.js";
import { callNames } from "../src/extract/mentions/call-names.js";
import { extractMentions } from "../src/extract/mentions/extract-mentions.js";
import { tagText } from "../src/extract/text/nlp.js";
import { readWords } from "../src/extract/text/tokens.js";
import { SALIENCE } from "../src/extract/topics/salience.js";
import { extractTopics, type TopicInput } from "../src/extract/topics/extract-topics.js";

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const [dirs, ...settings] = process.argv.slice(2);
interface Case { dir: string; input: TopicInput; must: string[][] }
const cases: Case[] = [];
for (const dir of dirs!.split(",")) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!gold.topics?.mustFind) continue;
    const file = join("../shared", gold.source);
    const transcript = parseTranscript(readFileSync(file), { fileName: file });
    const tagged = transcript.turns.map((t) => tagText(t.text));
    const names = callNames(transcript);
    const words = transcript.turns.map((t, i) => readWords(t.text, tagged[i]!));
    const mentions = extractMentions(transcript, names, words);
    const input = { transcript, names, people: mentions.people.flatMap((p) => [p.name, ...p.aliases]), organizations: mentions.organizations.flatMap((o) => [o.name, ...o.aliases]), words };
    cases.push({ dir, input, must: gold.topics.mustFind.map((m: { name: string; aliases?: string[] }) => [m.name, ...(m.aliases ?? [])].map(norm)) });
  }
}
const base = JSON.parse(JSON.stringify(SALIENCE));
for (const setting of settings.length ? settings : ["{}"]) {
  Object.assign(SALIENCE, JSON.parse(JSON.stringify(base)), JSON.parse(setting));
  const by = new Map<string, [number, number]>();
  for (const c of cases) {
    const top = extractTopics(c.input).slice(0, 15);
    const names = new Set(top.flatMap((t) => [t.name, ...t.aliases].map(norm)));
    const hit = c.must.filter((m) => m.some((n) => names.has(n))).length;
    const [h, n] = by.get(c.dir) ?? [0, 0];
    by.set(c.dir, [h + hit, n + c.must.length]);
  }
  let all = [0, 0];
  const parts = [...by].map(([d, [h, n]]) => { all = [all[0]! + h, all[1]! + n]; return `${d.split("/").pop()} ${(h / n).toFixed(3)}`; });
  console.log(setting.padEnd(50), parts.join("  "), ` all ${(all[0]! / all[1]!).toFixed(3)}`);
}
