/**
 * The calls of labelled folders that list must-find topics (label format:
 * ../shared/gold/truth/LABELLING.md), each parsed and read into the topic ranker's input once.
 * For the topic tools: tune-topics.ts and topic-misses.ts.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readTopicInput } from "../src/extract/index.js";
import type { TopicInput } from "../src/extract/topics/extract-topics.js";
import { parseTranscript } from "../src/parse/index.js";

export interface MustFind { name: string; aliases?: string[] }
export interface LabelledTopicCall { dir: string; file: string; input: TopicInput; mustFind: MustFind[] }

/** Lower case, one space between words and digits: how a topic name is compared with a label. */
export const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

export function* labelledTopicCalls(dirs: string): Generator<LabelledTopicCall> {
  for (const dir of dirs.split(",")) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8"));
      if (!gold.topics?.mustFind) continue;
      const source = join("../shared", gold.source);
      const transcript = parseTranscript(readFileSync(source), { fileName: source });
      yield { dir, file, input: readTopicInput(transcript).input, mustFind: gold.topics.mustFind };
    }
  }
}
