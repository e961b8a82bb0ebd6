import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { newTagger, tagText } from "../../src/extract/text/nlp.js";
import { parseTranscript } from "../../src/parse/index.js";
import { hasShared, projectRoot, sharedRoot } from "./shared-paths.js";

// wink-nlp adds each word it does not know to its lexicon, and keeps a raw token it has seen whole
// whole from then on: "industry's" after "‘industry's’" was read is one token, not "industry" +
// "'s". A call's tags, so its topics, must not depend on what the process read before it.
const polluting = "‘industry's’ said 'year's' and “industry's” too.";
const words = (text: string, tags: ReturnType<typeof tagText>) => tags.tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);

describe("tagging does not depend on what was tagged before", () => {
  const text = "The life science industry's ability to grow, and this year's leasing volume.";

  it("tags a text the same with a new tagger after another tagger read words it did not know", () => {
    const fresh = words(text, newTagger().tag(text));
    expect(fresh.slice(0, 6)).toEqual(["The/DET", "life/NOUN", "science/NOUN", "industry/NOUN", "'s/PART", "ability/NOUN"]);
    const used = newTagger();
    used.tag(polluting);
    // The tagger that read them has learnt the whole tokens (wink's behaviour, which is why each
    // call gets a tagger of its own)…
    expect(words(text, used.tag(text))).toContain("industry's/PROPN");
    // …and no other tagger has.
    expect(words(text, newTagger().tag(text))).toEqual(fresh);
    expect(words(text, tagText(text))).toEqual(fresh);
  });

  it.skipIf(!hasShared)("extracts a real call the same before and after another call with those words", () => {
    const file = path.join(sharedRoot, "corpus-large/json-2018-2022/ARE_q2_2021.json");
    const call = () => parseTranscript(readFileSync(file), { fileName: path.basename(file) });
    // The project's sample call with the words in its first remark.
    const sample = JSON.parse(readFileSync(path.join(projectRoot, "examples/LRKN_q1_2025.json"), "utf8")) as { prepared_remarks: { speech: string }[] };
    sample.prepared_remarks[0]!.speech += ` ${polluting}`;
    const other = parseTranscript(Buffer.from(JSON.stringify(sample)), { fileName: "LRKN_q1_2025.json" });
    const before = extract(call());
    extract(other);
    const after = extract(call());
    expect(after.topics).toEqual(before.topics);
    expect(after.metrics).toEqual(before.metrics);
    expect(before.topics.find((t) => t.name === "life science")?.aliases).toContain("life science industry");
  });
});
