/**
 * Themes (src/extract/topics/themes.ts): each theme's example sentence, said in three turns of a
 * call, gives one topic under the theme's name whatever member the call uses, with the call's
 * words as aliases; said in fewer turns, a theme is the frame of the time and no topic. Also the
 * courtesies of a call that are never topics: greetings and the name they greet.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { THEMES, THEME_OF, officeChanges } from "../../src/extract/topics/themes.js";
import { topicKey } from "../../src/extract/mentions/identity.js";
import { qaCall } from "./qa-call.js";
import { tagText } from "../../src/extract/text/nlp.js";
import { readWords } from "../../src/extract/text/tokens.js";
import { forEachTerm, nounPhrases } from "../../src/extract/topics/noun-phrases.js";

function termKeys(text: string): string[] {
  const out: string[] = [];
  for (const phrase of nounPhrases(readWords(text, tagText(text)))) forEachTerm(text, phrase, (o) => out.push(o.key));
  return out;
}

const call = (texts: string[]) => qaCall(texts, [{ name: "Blue", role: "operator", organization: null, title: null, aliases: [], turns: 0, anonymous: false }]);

describe("themes", () => {
  it("every member belongs to one theme", () => {
    const seen = new Map<string, string>();
    for (const t of THEMES) for (const m of t.members) {
      const key = topicKey(m);
      expect(seen.get(key) ?? t.name, `${m} is in ${seen.get(key)} and ${t.name}`).toBe(t.name);
      seen.set(key, t.name);
    }
  });

  it.each(THEMES.flatMap((t) => t.members.map((m) => [t.name, m] as const)))("%s: \"%s\" is a term the noun-phrase finder forms", (_name, member) => {
    const frames = [`We talked about the ${member} again.`, `${member[0]!.toUpperCase()}${member.slice(1)} improved in the quarter.`, `On ${member}, we are pleased.`];
    expect(frames.some((f) => termKeys(f).includes(topicKey(member)))).toBe(true);
  });

  it.each(THEMES.map((t) => [t.name, t.example.text, t.example.member] as const))("%s: %s", (name, text, member) => {
    expect(THEME_OF.get(topicKey(member))).toBe(topicKey(name));
    const e = extract(call([text, `What more can you say? ${text}`, text, "Thanks."]));
    const topic = e.topics.find((t) => t.name === name);
    expect(topic, `topics: ${e.topics.map((t) => t.name).join(", ")}`).toBeDefined();
    expect(topic!.kind).toBe("theme");
    expect([topic!.name, ...topic!.aliases].map((a) => a.toLowerCase())).toContain(member.toLowerCase());
    expect(topic!.mentions).toEqual([0, 1, 2]);
  });

  it("folds the call's words for one theme into one topic", () => {
    const e = extract(call([
      "Labor shortages kept our Brellin plant below capacity.",
      "Is the labor market still tight at Brellin?",
      "Wage inflation rose again, and wage inflation hit our Brellin plant.",
      "Thanks.",
    ]));
    const labor = e.topics.filter((t) => /labor|wage/i.test([t.name, ...t.aliases].join("|")));
    expect(labor.map((t) => t.name)).toEqual(["labor market"]);
    expect(labor[0]!.aliases).toEqual(expect.arrayContaining(["Labor shortages", "Wage inflation"]));
    expect(labor[0]!.mentions).toEqual([0, 1, 2]);
  });

  it("weighs a theme said in fewer than three turns as any term, by rarity: below a name the call returns to", () => {
    const e = extract(call([
      "The chip shortage delayed our Brellin deliveries, and the supply chain is tight.",
      "How is Brellin doing otherwise?",
      "Brellin grew, and Brellin orders were firm. Brellin is strong.",
      "Thanks.",
    ]));
    const names = e.topics.map((t) => t.name);
    expect(names).toContain("Brellin");
    if (names.includes("supply chain")) expect(names.indexOf("supply chain")).toBeGreaterThan(names.indexOf("Brellin"));
    // Said in three turns, the theme is weighed by its turns.
    const three = extract(call([
      "The chip shortage delayed our Brellin deliveries, and the supply chain is tight.",
      "How long will the supply chain stay tight?",
      "Brellin grew, and Brellin orders were firm. Supply chain constraints should ease.",
      "Thanks.",
    ]));
    expect(three.topics.find((t) => t.name === "supply chain")).toMatchObject({ kind: "theme", mentions: [0, 1, 2] });
    expect(three.topics.map((t) => t.name).indexOf("supply chain")).toBeLessThan(3);
  });
});

describe("a chief officer's post changing hands", () => {
  it.each<[string, string[]]>([
    ["After 12 years as our CFO, Brett will retire at the end of March.", ["CFO transition"]],
    ["Please join me in welcoming Dana Reyes, who joins us as Chief Financial Officer next month.", ["CFO transition"]],
    ["Lorie, who will be our CEO in March, takes the helm at an exciting time.", ["CEO transition"]],
    ["The board has begun a search for a new CEO, and Pat will serve as interim CEO.", ["CEO transition"]],
    ["Good luck as you transition to the CEO role.", ["CEO transition"]],
    ["This is my last call as Chief Operating Officer.", ["COO transition"]],
    // Who is on the call, and what an officer said last time, change no post.
    ["Joining me today are our CEO, Bill Ames, and our CFO, Adrian Downes.", []],
    ["On our last call, our CFO walked through the guidance.", []],
    // Retiring debt, or a retirement business, with no office named.
    ["We retired $200 million of notes, and our retirement business grew.", []],
  ])("%s", (text, want) => {
    expect(officeChanges(text).map((o) => o.surface)).toEqual(want);
    for (const o of officeChanges(text)) expect(text.slice(o.start, o.end)).toMatch(/CEO|CFO|COO|Chief/);
  });

  it("is the leadership transition theme when two sentences say it, with the office in its aliases; an introduction is none", () => {
    const e = extract(call([
      "Before we begin: after 12 years as CFO, Brett will retire at the end of March. Brellin volumes grew.",
      "Congratulations to Brett. Is Dana Reyes taking over as CFO in April? And how is Brellin?",
      "Yes, Dana joins us as CFO on April 1. Brellin orders were firm.",
      "Thanks.",
    ]));
    const t = e.topics.find((x) => x.name === "leadership transition");
    expect(t, `topics: ${e.topics.map((x) => x.name).join(", ")}`).toMatchObject({ kind: "theme" });
    expect(t!.aliases).toContain("CFO transition");
    expect(t!.mentions).toEqual([0, 1, 2]);
    const intro = extract(call([
      "Joining me today are our CEO, Bill Ames, and our CFO, Adrian Downes. Brellin volumes grew.",
      "How is Brellin? On your last call your CFO was cautious.",
      "Brellin orders were firm, and Brellin margins rose.",
      "Thanks.",
    ]));
    expect(intro.topics.map((x) => x.name)).not.toContain("leadership transition");
  });
});

describe("courtesies and period codes are no topics", () => {
  it("a fiscal period by its code is when, not what; a name with digits stays", () => {
    const e = extract(call([
      "In FY22 the F-150 Lightning drove growth, and 1H sales of the F-150 Lightning doubled. FQ4 was strong.",
      "Will FY22 end strong for the F-150 Lightning? And FQ4?",
      "FY22 will end well, and 2H will be better. The F-150 Lightning sells out. FQ4 orders are up.",
      "Thanks.",
    ]));
    const names = e.topics.flatMap((t) => [t.name, ...t.aliases].map((a) => a.toLowerCase()));
    expect(names).toContain("f-150 lightning");
    for (const junk of ["fy22", "1h", "2h", "fq4"]) expect(names).not.toContain(junk);
  });

  it("a greeting and the name it greets", () => {
    const e = extract(call([
      "Thank you, Blue. Good morning, everyone. Brellin grew, and Brellin is strong.",
      "Good morning. Thankyou for taking my question on Brellin.",
      "Good morning, Ann. Brellin is strong. Back to Blue.",
      "Good morning. Thanks, Blue.",
    ]));
    const names = e.topics.flatMap((t) => [t.name, ...t.aliases].map((a) => a.toLowerCase()));
    expect(names).toContain("brellin");
    for (const junk of ["good", "blue", "thankyou", "morning", "morning ann"]) expect(names).not.toContain(junk);
  });
});
