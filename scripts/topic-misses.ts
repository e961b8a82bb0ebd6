/**
 * Must-find topics a labelled folder's calls miss, and why: for each call the first 15 topics, then
 * each missed must-find topic with where it stands (its rank among the 50, or its term's counts,
 * cut and salience, or no term at all). Usage: tsx scripts/topic-misses.ts DIR[,DIR...]
 */
import { countTerms } from "../src/extract/topics/term-counts.js";
import { salience, spread } from "../src/extract/topics/salience.js";
import { rankTopics } from "../src/extract/topics/extract-topics.js";
import { topicKey } from "../src/extract/mentions/identity.js";
import { TERM_STATS } from "../src/extract/text/term-stats.js";
import { labelledTopicCalls, norm } from "./labelled-topics.js";

for (const { file: f, input, mustFind: must } of labelledTopicCalls(process.argv[2]!)) {
  const { terms, words: length } = countTerms(input.transcript, input.words);
  const ranked = rankTopics(input);
  const top = ranked.slice(0, 15);
  const have = new Set(top.flatMap(({ topic }) => [topic.name, ...topic.aliases].map(norm)));
  const hits = must.filter((m) => [m.name, ...(m.aliases ?? [])].some((n) => have.has(norm(n))));
  console.log(`\n== ${f} ${hits.length}/${must.length}`);
  console.log("  top: " + top.map(({ topic }, i) => `${i + 1}.${topic.name}`).join(" | "));
  for (const m of must) {
    const all = [m.name, ...(m.aliases ?? [])];
    if (all.some((n) => have.has(norm(n)))) continue;
    const rank = ranked.findIndex(({ topic }) => [topic.name, ...topic.aliases].some((n) => all.some((a) => norm(a) === norm(n))));
    const info = all.map((a) => {
      const t = terms.get(topicKey(a));
      if (!t) return null;
      return `${a}[tf${t.tf} t${t.turns.length} pr${t.proper} cut:${t.cutOf ?? "-"} sp${spread(t.key).toFixed(2)} ctf${TERM_STATS.tf(t.key)} s${salience(t, length).toFixed(1)}]`;
    }).filter(Boolean);
    console.log(`  MISS ${m.name}${rank >= 0 ? ` (rank ${rank + 1})` : ""}: ${info.join(" ") || "no term"}   {${all.join("; ")}}`);
  }
}
