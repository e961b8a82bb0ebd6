/**
 * A topic's kind from the evidence of the call and the corpus, or none: a wrong kind is worse
 * than no kind. Each rule names the evidence it reads, with examples; the first rule (by
 * priority) whose evidence is there decides.
 */
import type { TopicKind } from "../../model/facts.js";
import { isFinancial, namesUnit } from "./financial-terms.js";
import { isPlaceName } from "./places.js";
import type { MergedTopic } from "./merge-topics.js";
import { mostUsed, type TermCount } from "./term-counts.js";

export interface KindEvidence {
  topic: MergedTopic;
  /** The topic names an organization the call mentions (a customer, a partner): no kind of ours fits. */
  organization: boolean;
}

interface KindRule {
  kind: TopicKind;
  evidence: string;
  examples: string;
  test(e: KindEvidence): boolean;
}

/** Words right after a name in its phrase that say what it is ("the Extended Stay segment"). */
const HEAD_WORDS: Record<string, TopicKind> = Object.fromEntries([
  ...["segment", "segments", "division", "divisions", "reporting segment"].map((w) => [w, "segment"]),
  ...["program", "programs", "initiative", "initiatives", "act", "fund", "funding", "plan", "auction", "stimulus", "subsidy", "subsidies", "grant", "grants"].map((w) => [w, "program"]),
  ...["market", "markets", "end market", "end markets", "industry", "industries", "sector", "sectors", "vertical", "verticals"].map((w) => [w, "market"]),
  ...["technology", "technologies", "standard", "standards", "protocol", "chipset", "chipsets", "architecture"].map((w) => [w, "technology"]),
  ...["brand", "brands", "product", "products", "platform", "platforms", "app", "apps", "device", "devices", "software", "suite", "suites", "model", "models", "franchise", "hotels", "stores", "restaurants", "drug", "therapy", "vehicle", "vehicles", "aircraft", "launch", "launches", "rollout"].map((w) => [w, "product"]),
]) as Record<string, TopicKind>;

/** Verbs and nouns before a name that say it is a product ("launched GigaCenter", "rollout of"). */
const PRODUCT_BEFORE = /^(?:launch|launched|launching|launches|introduced|introducing|introduce|rollout|released|releasing|shipping|shipped|selling|sold)$/;


function headKind(members: readonly TermCount[]): TopicKind | null {
  const votes = new Map<TopicKind, number>();
  for (const m of members) {
    for (const [w, n] of m.right) {
      const k = HEAD_WORDS[w];
      if (k) votes.set(k, (votes.get(k) ?? 0) + n);
    }
    const last = m.key.split(" ").slice(1).pop();
    const k = last ? HEAD_WORDS[last] ?? HEAD_WORDS[`${last}s`] : undefined;
    // A name ending in "Markets" or "Technologies" is a business line ("Capital Markets", "JLL
    // Technologies"), unlike one ending in "Program" or "Segment".
    const named = /^[A-Z]/.test(mostUsed(m.spellings).split(" ").pop() ?? "");
    if (k && k !== "product" && !(named && (k === "market" || k === "technology"))) votes.set(k, (votes.get(k) ?? 0) + m.tf);
  }
  let best: TopicKind | null = null;
  let n = 0;
  let all = 0;
  for (const [k, v] of votes) {
    all += v;
    if (v > n) { best = k; n = v; }
  }
  // Evidence that splits ("JLL Technologies platform" and "JLL Technologies fund") decides nothing.
  return n * 3 >= all * 2 ? best : null;
}

/** Letters, mostly capitals: "RevPAR", "G&A", "OUP"; not "LaSalle", "GigaCenter". */
function isAcronym(name: string): boolean {
  if (!/^[A-Za-z&]{2,8}$/.test(name)) return false;
  const letters = name.replace(/&/g, "");
  return letters.replace(/[a-z]/g, "").length * 2 >= letters.length;
}

const isNamed = (t: MergedTopic) => {
  const m = t.members[0]!;
  return m.coined || m.proper * 2 >= m.tf;
};

export const KIND_RULES: readonly KindRule[] = [
  {
    kind: "theme",
    evidence: "one of the themes of themes.ts names it",
    examples: "COVID-19 (\"the Delta variant\"), supply chain (\"the chip shortage\"), capital allocation (\"the quarterly dividend\")",
    test: ({ topic }) => topic.members[0]!.theme === true,
  },
  {
    kind: "financial",
    evidence: "a metric of the vocabulary or a financial word names it, or figures follow it in most of its uses; never what the call names a business with",
    examples: "G&A, adjusted EBITDA margin, RevPAR (\"RevPAR was down 8%\"), share repurchase, pricing; not RPO (\"our RPO business\")",
    test: ({ topic }) => {
      if (namesUnit(topic.members[0]!.right)) return false;
      if (isFinancial(topic.name)) return true;
      // An acronym that figures follow ("RevPAR was down 8%", "OUP of 3.1%").
      const main = topic.members[0]!;
      return main.coined && isAcronym(topic.name) && main.tf >= 3 && main.figures * 2 >= main.tf;
    },
  },
  {
    kind: "segment",
    evidence: "the call calls it a segment or division",
    examples: "Extended Stay (\"our extended stay segment\"), Water Infrastructure segment",
    test: ({ topic }) => headKind(topic.members) === "segment",
  },
  {
    kind: "program",
    evidence: "the call calls it a program, plan, fund, act or initiative",
    examples: "CAF II (Connect America Fund II), broadband stimulus, Choice Privileges program",
    test: ({ topic }) => headKind(topic.members) === "program",
  },
  {
    kind: "region",
    evidence: "a place name of the corpus (names companies write after \"in\" or \"across\", scripts/build-extract-stats.ts)",
    examples: "China, Europe, the Americas, Latin America; not Imaging (\"in Imaging\", a segment)",
    test: ({ topic, organization }) => !organization && isNamed(topic) && (isPlaceName(topic.name) || isPlaceName(mostUsed(topic.members[0]!.spellings))),
  },
  {
    kind: "market",
    evidence: "the call calls it a market, industry, sector or vertical",
    examples: "residential (\"the residential end market\"), data center market",
    test: ({ topic }) => headKind(topic.members) === "market",
  },
  {
    kind: "technology",
    evidence: "the call calls it a technology, standard or architecture",
    examples: "G.fast technology, software-defined networking, 5G standard",
    test: ({ topic }) => headKind(topic.members) === "technology" || (!isNamed(topic) && /\b(?:technology|networking|virtualization)$/i.test(topic.name)),
  },
  {
    kind: "product",
    evidence: "a name the call calls a brand, product or platform, or says was launched or introduced",
    examples: "GigaCenter, WoodSpring Suites (\"our WoodSpring brand\"), Arch Fit (\"launched Arch Fit\")",
    test: ({ topic, organization }) => {
      if (organization || !isNamed(topic)) return false;
      if (headKind(topic.members) === "product") return true;
      return topic.members.some((m) => [...m.before.keys()].some((w) => PRODUCT_BEFORE.test(w)));
    },
  },
];

export function topicKind(e: KindEvidence): TopicKind | null {
  for (const rule of KIND_RULES) if (rule.test(e)) return rule.kind;
  return null;
}
