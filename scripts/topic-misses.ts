/**
 * Must-find topics a labelled folder's calls miss, and why: for each call the first 15 topics, then
 * each missed must-find topic with where it stands (its rank among the 50, or its term's counts,
 * cut and salience, or no term at all). Usage: tsx scripts/topic-misses.ts DIR[,DIR...]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTranscript } from "../src/parse/index.js";
import { callNames } from "../src/extract/mentions/call-names.js";
import { extractMentions } from "../src/extract/mentions/extract-mentions.js";
import { tagText } from "../src/extract/text/nlp.js";
import { readWords } from "../src/extract/text/tokens.js";
import { countTerms } from "../src/extract/topics/term-counts.js";
import { salience, spread } from "../src/extract/topics/salience.js";
import { rankTopics } from "../src/extract/topics/extract-topics.js";
import { topicKey } from "../src/extract/mentions/identity.js";
import { TERM_STATS } from "../src/extract/text/term-stats.js";

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
for (const dir of process.argv[2]!.split(",")) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!gold.topics?.mustFind) continue;
    const file = join("../shared", gold.source);
    const transcript = parseTranscript(readFileSync(file), { fileName: file });
    const tagged = transcript.turns.map((t) => tagText(t.text));
    const names = callNames(transcript);
    const words = transcript.turns.map((t, i) => readWords(t.text, tagged[i]!));
    const mentions = extractMentions(transcript, names, words);
    const { terms, words: length } = countTerms(transcript, words);
    const ranked = rankTopics({ transcript, names, people: mentions.people.flatMap((p) => [p.name, ...p.aliases]), organizations: mentions.organizations.flatMap((o) => [o.name, ...o.aliases]), words });
    const top = ranked.slice(0, 15);
    const have = new Set(top.flatMap(({ topic }) => [topic.name, ...topic.aliases].map(norm)));
    const must: { name: string; aliases?: string[] }[] = gold.topics.mustFind;
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
}
