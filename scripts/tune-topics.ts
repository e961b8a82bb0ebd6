/**
 * Topic ranking against labelled calls, many settings in one run: each call is parsed and tagged
 * once, then ranked under each setting of SALIENCE given as JSON on the command line.
 * Usage: tsx scripts/tune-topics.ts GOLD_DIR[,GOLD_DIR...] '{"wordWeight":0.3}' ...
 * Prints, per setting and per folder, the share of must-find topics among the first 15.
 */
import { SALIENCE } from "../src/extract/topics/salience.js";
import { extractTopics, type TopicInput } from "../src/extract/topics/extract-topics.js";
import { labelledTopicCalls, norm } from "./labelled-topics.js";

const [dirs, ...settings] = process.argv.slice(2);
interface Case { dir: string; input: TopicInput; must: string[][] }
const cases: Case[] = [...labelledTopicCalls(dirs!)].map(({ dir, input, mustFind }) => ({ dir, input, must: mustFind.map((m) => [m.name, ...(m.aliases ?? [])].map(norm)) }));
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
