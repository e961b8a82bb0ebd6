/**
 * Why a call's topics come out as they do: the ranked terms with their counts and salience, and for
 * each term asked about, where it is and why. Usage: tsx scripts/why-topic.ts FILE [term ...]
 */
import { readFileSync } from "node:fs";
import { parseTranscript } from "../src/parse/index.js";
import { readTopicInput } from "../src/extract/index.js";
import { countTerms, mostUsed } from "../src/extract/topics/term-counts.js";
import { salience, spread, kindWeight } from "../src/extract/topics/salience.js";
import { rankTopics } from "../src/extract/topics/extract-topics.js";
import { topicKey } from "../src/extract/mentions/identity.js";
import { TERM_STATS } from "../src/extract/text/term-stats.js";

const [file, ...asked] = process.argv.slice(2);
const transcript = parseTranscript(readFileSync(file!), { fileName: file });
const { input } = readTopicInput(transcript);
const { terms, words: length } = countTerms(transcript, input.words);
const ranked = rankTopics(input);
ranked.slice(0, 30).forEach(({ topic, kind }, i) => console.log(i + 1, topic.name, kind ?? "-", topic.score.toFixed(1), topic.members.map((m) => `${m.key}:${m.tf}`).join(", ")));
for (const a of asked) {
  const key = topicKey(a);
  const t = terms.get(key);
  if (!t) { console.log(`\n${a} (${key}): no term`); continue; }
  console.log(`\n${a} (${key}): tf ${t.tf} turns ${t.turns.length} proper ${t.proper} coined ${t.coined} size ${t.size} cutOf ${t.cutOf} spread ${spread(key).toFixed(3)} corpus tf ${TERM_STATS.tf(key)} salience ${salience(t, length).toFixed(2)} kindWeight ${kindWeight(t)} spellings ${[...t.spellings].join("/")} left ${[...t.left].join("/")} right ${[...t.right].join("/")}`);
}
