/**
 * How much more a call uses a term than the background corpus does: the log-likelihood ratio of
 * the term's count in the call against the count its corpus rate predicts for a call this long
 * (Dunning 1993, one-sided). A term the corpus never uses scores high from a few mentions
 * ("Everhome", said six times); a term every call uses scores only when this call uses it far more
 * than others do ("COVID" said thirty times in 2021, "inflation" in a call about little else).
 * Names and coined words are favoured over generic nouns: an analyst tags the product before the
 * word for what it does.
 */
import { TERM_STATS } from "../text/term-stats.js";
import { topicKey } from "../mentions/identity.js";
import { mostUsed, type TermCount } from "./term-counts.js";
import { isFinancial, namesUnit } from "./financial-terms.js";
import { isPlaceName } from "./places.js";
import { PEOPLE_NOUNS } from "../text/function-words.js";

/** The weights of salience, in one place; each says what it is for. */
export const SALIENCE = {
  /** What the corpus is taken to hold of a term it does not list: half an occurrence. */
  unseen: 0.5,
  /** Names and coined words over generic nouns: an analyst tags the product. */
  nameBoost: 2.5,
  /** Phrases of several words over single words. */
  phraseBoost: 1.15,
  /** A single plain word ("pumps", "hotels") is more often the vocabulary of an industry than a topic of a call. */
  wordWeight: 0.2,
  /**
   * ... unless the call returns to it: the weight grows with the turns that use it past this many
   * ("backlog" in 12 turns, "tariffs", "e-commerce"), for words of one trade or time (spread below
   * wordTurnsSpread), not the words every call uses ("customers", "network", "timing").
   */
  wordTurns: 4,
  wordTurnsSpread: 0.4,
  /**
   * The most a term's rarity in the corpus counts (natural log of the ratio of its count to the
   * count expected): a new name is news, a new combination of common words much less so.
   */
  maxLogRatio: { name: 5, phrase: 4, word: 6 },
  /** Spread (share of companies) above which a plain word weighs less and less, nothing at 1: "business", "customers". */
  frameSpread: 0.2,
  /** Mentions counted per turn at most, plus this many: a list or a prepared paragraph repeats a term without making it a topic. */
  perTurn: 2,
  extraMentions: 3,
  /**
   * Names and phrases many companies share ("COVID-19", "Brexit", "supply chain") are the events
   * and themes of the time: a topic of any call that keeps returning to them, weighed by the turns
   * that do, however common they are. What most companies use ("U.S.", "the business") is the frame.
   */
  shared: { minSpread: 0.05, maxSpread: 0.6, namePerTurn: 0, phrasePerTurn: 2 },
  /**
   * Places and financial measures are named in every call ("Asia", "free cash flow"): they are
   * topics when a call dwells on them, so they weigh this much of a name or phrase.
   */
  placeWeight: 0.5,
  /** The home country of the corpus's companies ("U.S.", "United States") is the frame of nearly every call: a topic only as part of a name ("U.S. wholesale"). */
  homeWeight: 0.1,
  financialWeight: 0.5,
  /** A group of people the business deals with ("franchise owners", "local competitors", PEOPLE_NOUNS) is a party, not a subject: this much. */
  peopleWeight: 0.3,
  /** A term the call returns to in many turns is a subject; one said in a single passage is a detail: weight × (turns / 3)^turnExponent, turns up to 6. */
  turnExponent: 0,
  /** What the analysts ask about is what the call is about: weight added for a term the Q&A uses, and the analysts themselves. */
  qaBoost: 0.3,
  analystBoost: 0.5,
  /**
   * A theme (themes.ts) weighs this much for each turn that returns to it, up to maxTurns turns,
   * from minTurns turns; said in fewer, it is weighed by rarity as any term.
   */
  theme: { perTurn: 6, maxTurns: 8, minTurns: 3 },
  /** Sentences in which a chief officer's post changes hands that make the change news, weighed as a theme the call returns to in maxTurns turns. */
  officeChanges: 2,
  /**
   * A term a fifth of the corpus's companies use or more, and no theme, is the frame of a call in
   * its trade ("end markets", "homes", "refinancing", "Asia"): it weighs this much, a name half,
   * so the call's own products and programs come first. (Over the labelled dev calls, a third of
   * such terms among the first 15 were topics an analyst tags, against half at ranks 16 to 20.)
   */
  common: { from: 0.2, weight: 0.3, names: 0.5 },
};

/**
 * The term's salience; `background` lists the keys whose corpus counts make up what is expected
 * of it (several for terms counted as one).
 */
export function salience(c: TermCount, callWords: number, background: readonly string[] = [c.key]): number {
  const w = SALIENCE;
  // A theme is expected as often as the corpus uses all its members.
  const rate = (c.folded ?? background).reduce((r, key) => r + (TERM_STATS.tf(key) + w.unseen) / TERM_STATS.words, 0);
  const expected = Math.max(callWords, 1) * rate;
  const k = Math.min(c.tf, w.perTurn * c.turns.length + w.extraMentions);
  const name = isName(c);
  const cap = name ? w.maxLogRatio.name : c.size > 1 ? w.maxLogRatio.phrase : w.maxLogRatio.word;
  const llr = k > expected ? k * Math.min(Math.log(k / expected), cap) - (k - expected) : 0;
  const returnsTo = spread(c.key) < w.wordTurnsSpread ? Math.max(1, c.turns.length / w.wordTurns) : 1;
  const plain = !name && c.size === 1 ? Math.min(1, w.wordWeight * returnsTo) * Math.min(1, (1 - spread(c.key)) / w.frameSpread) : 1;
  const specific = Math.max(0, llr) * plain * (name ? w.nameBoost : 1) * (c.size > 1 ? w.phraseBoost : 1);
  const s = spread(c.key);
  const shared = s >= w.shared.minSpread && s < w.shared.maxSpread ? (name ? w.shared.namePerTurn : c.size > 1 ? w.shared.phrasePerTurn : 0) * c.turns.length : 0;
  const asked = 1 + w.qaBoost * Math.min(c.qaTurns, 3) / 3 + (c.analystTurns > 0 ? w.analystBoost : 0);
  const returns = Math.pow(Math.min(c.turns.length, 6) / 3, w.turnExponent);
  const common = s >= w.common.from ? (name ? w.common.names : w.common.weight) : 1;
  return Math.max(Math.max(specific, shared) * asked * returns * common, c.theme ? themeSalience(c, asked) : 0);
}

/** A group of people, in common words ("franchise owners", "local competitors"): PEOPLE_NOUNS heads it. */
export function namesPeople(c: TermCount): boolean {
  return !isName(c) && PEOPLE_NOUNS.has(c.key.split(" ").at(-1)!);
}

/** A name or coined word, not a phrase of common words: written as a name at least half the times it is said. */
function isName(c: TermCount): boolean {
  return c.coined || c.proper * 2 >= c.tf;
}

/** A theme's salience: the turns that return to it, weighed as what the analysts ask about is (`asked`). */
function themeSalience(c: TermCount, asked: number): number {
  const { perTurn, maxTurns, minTurns } = SALIENCE.theme;
  const turns = (c.officeChanges ?? 0) >= SALIENCE.officeChanges ? maxTurns : c.turns.length;
  if (turns < minTurns) return 0;
  return perTurn * Math.min(turns, maxTurns) * asked;
}

/**
 * The weight of what the term names: places and financial measures less (SALIENCE.placeWeight,
 * financialWeight); a term the call names a business with is none ("our RPO business"). Apart from salience because it reads the metric phrases, which is costly: the
 * topic finder applies it to the head of the ranking only.
 */
export function kindWeight(c: TermCount): number {
  if (c.theme) return 1;
  const spelling = mostUsed(c.spellings);
  if (namesPeople(c)) return SALIENCE.peopleWeight;
  return HOME_COUNTRY.has(c.key) ? SALIENCE.homeWeight : isPlaceName(spelling) ? SALIENCE.placeWeight : isFinancial(spelling) && !namesUnit(c.right) ? SALIENCE.financialWeight : 1;
}

const HOME_COUNTRY = new Set(["U.S.", "US", "USA", "U.S.A.", "United States", "United States of America"].map((s) => topicKey(s)));

/** Share of the corpus's companies using the term (besides the one using it most). */
export function spread(key: string): number {
  let s = spreads.get(key);
  if (s === undefined) {
    if (spreads.size > 200_000) spreads.clear();
    spreads.set(key, (s = TERM_STATS.df(key) / TERM_STATS.companies));
  }
  return s;
}

const spreads = new Map<string, number>();
