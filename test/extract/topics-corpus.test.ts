/**
 * Topics and firms on the real transcripts in ../shared, used in place (skipped without it):
 *  - the truth set's must-find topics among the first 15 of each call, and none of its junk
 *    (the yardstick of ../shared/tools/score-truth.py);
 *  - on ten seeded-random calls of corpus-large, no topic among the first 15 that is a function
 *    word, pronoun, contraction or verb, as wink's part-of-speech tags read it in the call;
 *  - one firm per name across corpus-large, whatever its legal form, case or research-division tail.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { firmKey, topicKey } from "../../src/extract/mentions/identity.js";
import { spread } from "../../src/extract/topics/salience.js";
import { tagText } from "../../src/extract/text/nlp.js";
import { readWords } from "../../src/extract/text/tokens.js";
import type { Transcript } from "../../src/model/transcript.js";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, sharedRoot } from "./shared-paths.js";

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const parse = (file: string): Transcript => parseTranscript(readFileSync(file), { fileName: path.basename(file) });

/**
 * Must-find topics among the first 15 over the truth set: what the extractor reaches today (0.71,
 * 127 of 180; the goal of issue 11 is 0.75). The test holds the floor, so a change that loses
 * topics shows.
 */
const TRUTH_FLOOR = 0.7;

interface TruthTopics { mustFind: { name: string; aliases: string[] }[]; mustNotBeTopics: string[] }

describe.skipIf(!hasShared)("topics on the truth set (needs ../shared)", () => {
  const dir = path.join(sharedRoot, "gold", "truth");
  const golds = hasShared ? readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { source: string; topics: TruthTopics }) : [];

  it(`finds at least ${Math.round(TRUTH_FLOOR * 100)}% of the must-find topics among the first 15, and none of the junk`, { timeout: 90_000 }, () => {
    let hit = 0;
    let total = 0;
    const junk: string[] = [];
    for (const g of golds) {
      const top = extract(parse(path.join(sharedRoot, g.source))).topics.slice(0, 15);
      const names = new Set(top.flatMap((t) => [t.name, ...t.aliases].map(norm)));
      hit += g.topics.mustFind.filter((m) => [m.name, ...m.aliases].some((a) => names.has(norm(a)))).length;
      total += g.topics.mustFind.length;
      const own = new Set(top.map((t) => norm(t.name)));
      junk.push(...g.topics.mustNotBeTopics.filter((b) => own.has(norm(b))).map((b) => `${g.source}: ${b}`));
    }
    expect(hit / total).toBeGreaterThanOrEqual(TRUTH_FLOOR);
    // Known today: "chain scale" (hotel-industry jargon, "upper midscale chain scale") twice.
    expect(junk.length, junk.join("; ")).toBeLessThanOrEqual(2);
  });
});

const GRAMMAR = new Set(["PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"]);
const CLITIC = /^(?:'s|'re|'ve|'ll|'d|'m|n't|’s|’re|’ve|’ll|’d|’m|n’t|re|ve|ll|m|nt)$/i;

/** Why a topic is no topic by wink's tags, or null: read in isolation and in the sentences of the call that use it. */
function grammarJunk(name: string, t: Transcript, mentions: number[]): string | null {
  const tokens = tagText(name).tokens.filter((k) => k.type === "word" || k.type === "number");
  if (tokens.length === 0) return "no word";
  // wink splits "weve" into "we" + "ve" but reads "Ill" and "Im" as names: both readings count.
  if (tokens.some((k) => CLITIC.test(k.text) && (k.pos === "AUX" || k.pos === "PART")) || readWords(name, tagText(name)).some((w) => w.contraction)) return "a contraction";
  const ends = [tokens[0]!, tokens[tokens.length - 1]!];
  if (ends.some((k) => GRAMMAR.has(k.pos) && k.text !== "&")) return `a function word or pronoun (${ends.map((k) => `${k.text}/${k.pos}`).join(" ")})`;
  if (tokens.length === 1) {
    // A verb is a word the call uses as one: its tag where the call says it, in most places.
    const lower = name.toLowerCase();
    let verbs = 0;
    let uses = 0;
    for (const i of mentions) {
      const turn = t.turns.find((x) => x.index === i);
      if (!turn) continue;
      for (const k of tagText(turn.text).tokens) {
        if (k.lower !== lower) continue;
        uses++;
        if (k.pos === "VERB" || k.pos === "AUX" || GRAMMAR.has(k.pos)) verbs++;
      }
    }
    if (uses > 0 && verbs * 2 > uses) return `used as a verb or function word (${verbs} of ${uses})`;
  }
  return null;
}

describe("the grammar check itself", () => {
  const none: Transcript = { format: "plain", source: { name: null, sha256: "", bytes: 0, encoding: "utf-8" }, text: "", call: { company: null, ticker: null, fiscalYear: null, fiscalQuarter: null, date: null, periodSource: null }, participants: [], turns: [], exchanges: [], diagnostics: [] };
  it.each(["weve", "Thats", "Ill", "they're", "the", "kinda"])("flags %s", (name) => {
    expect(grammarJunk(name, none, [])).not.toBeNull();
  });
  it.each(["GigaCenter", "supply chain", "Olive Garden", "CAF II", "pricing"])("passes %s", (name) => {
    expect(grammarJunk(name, none, [])).toBeNull();
  });
});

describe.skipIf(!hasShared)("topics on ten random calls of corpus-large (needs ../shared)", () => {
  const root = path.join(sharedRoot, "corpus-large");
  const files = hasShared ? readdirSync(root).flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(root, d, f))).sort() : [];
  // A fixed seed: the same ten calls each run (a linear congruential generator).
  let seed = 20251;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sample = files.length ? Array.from({ length: 10 }, () => files[Math.floor(next() * files.length)]!) : [];

  it.each(sample.map((f) => [path.basename(f), f]))("%s: no function word, pronoun, contraction or verb among the first 15", (_name, file) => {
    const t = parse(file);
    const e = extract(t);
    expect(e.topics.length).toBeGreaterThan(5);
    const bad = e.topics.slice(0, 15).flatMap((topic) => {
      const why = grammarJunk(topic.name, t, topic.mentions);
      return why ? [`${topic.name}: ${why}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it("gives few of the first 15 to plain words most companies use (the frame of a call: \"end markets\", \"homes\", \"refinancing\")", { timeout: 90_000 }, () => {
    const common = sample.flatMap((file) => extract(parse(file)).topics.slice(0, 15)
      .filter((t) => t.kind !== "theme" && t.name === t.name.toLowerCase() && spread(topicKey(t.name)) >= 0.2)
      .map((t) => `${path.basename(file)}: ${t.name}`));
    // Before such words were weighed down (salience.ts SALIENCE.common) the ten calls had five.
    expect(common.length, common.join("; ")).toBeLessThanOrEqual(2);
  });
});

describe.skipIf(!hasShared)("analysts' firms across corpus-large (needs ../shared)", () => {
  it("gives one firm to names that differ only in legal form, case or a research-division tail", { timeout: 90_000 }, () => {
    const root = path.join(sharedRoot, "corpus-large");
    const loose = (n: string) =>
      n.toLowerCase()
        .replace(/(?:\s*[,-]\s*|\s+)research division\s*$/, "")
        .replace(/[.,]/g, " ")
        .replace(/\b(?:inc|incorporated|llc|l l c|corp|corporation|co|company|ltd|limited|plc|lp|sa|ag|nv|se)\b/g, " ")
        .replace(/&\s*$/, "")
        .replace(/\s+/g, " ")
        .trim();
    const keys = new Map<string, Map<string, string>>();
    for (const dir of readdirSync(root)) {
      for (const f of readdirSync(path.join(root, dir))) {
        let t: Transcript;
        try {
          t = parse(path.join(root, dir, f));
        } catch {
          continue;
        }
        for (const p of t.participants) {
          if (p.role !== "analyst" || !p.organization) continue;
          const group = keys.get(loose(p.organization)) ?? new Map<string, string>();
          group.set(firmKey(p.organization), p.organization);
          keys.set(loose(p.organization), group);
        }
      }
    }
    const split = [...keys].filter(([, g]) => g.size > 1).map(([n, g]) => `${n}: ${[...g.values()].join(" | ")}`);
    expect(keys.size).toBeGreaterThan(300);
    expect(split).toEqual([]);
  });
});
