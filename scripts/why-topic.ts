/**
 * Why a call's topics come out as they do: the ranked terms with their counts and salience, and for
 * each term asked about, where it is and why. Usage: tsx scripts/why-topic.ts FILE [term ...]
 */
import { readFileSync } from "node:fs";
import { parseTranscript } from "../src/parse/index.js";
import { callNames } from "../src/extract/mentions/call-names.js";
import { extractMentions } from "../src/extract/mentions/extract-mentions.js";
import { tagText } from "../src/extract/text/nlp.js";
import { readWords } from "../src/extract/text/tokens.js";
import { countTerms, mostUsed } from "../src/extract/topics/term-counts.js";
import { salience, spread, kindWeight } from "../src/extract/topics/salience.js";
import { rankTopics } from "../src/extract/topics/extract-topics.js";
import { topicKey } from "../src/extract/mentions/identity.js";
import { TERM_STATS } from "../src/extract/text/term-stats.js";

const [file, ...asked] = process.argv.slice(2);
const transcript = parseTranscript(readFileSync(file!), { fileName: file });
const tagged = transcript.turns.map((t) => tagText(t.text));
const names = callNames(transcript);
const words = transcript.turns.map((t, i) => readWords(t.text, tagged[i]!));
const mentions = extractMentions(transcript, names, words);
const { terms, words: length } = countTerms(transcript, words);
const ranked = rankTopics({ transcript, names, people: mentions.people.flatMap((p) => [p.name, ...p.aliases]), organizations: mentions.organizations.flatMap((o) => [o.name, ...o.aliases]), words });
ranked.slice(0, 30).forEach(({ topic, kind }, i) => console.log(i + 1, topic.name, kind ?? "-", topic.members.map((m) => `${m.key}:${m.tf}`).join(", ")));
for (const a of asked) {
  const key = topicKey(a);
  const t = terms.get(key);
  if (!t) { console.log(`\n${a} (${key}): no term`); continue; }
  console.log(`\n${a} (${key}): tf ${t.tf} turns ${t.turns.length} proper ${t.proper} coined ${t.coined} size ${t.size} cutOf ${t.cutOf} spread ${spread(key).toFixed(3)} corpus tf ${TERM_STATS.tf(key)} salience ${salience(t, length).toFixed(2)} kindWeight ${kindWeight(t)} spellings ${[...t.spellings].join("/")} left ${[...t.left].join("/")} right ${[...t.right].join("/")}`);
}
