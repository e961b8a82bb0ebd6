/**
 * One topic per thing: the salient terms of a call that name one thing are merged, the others
 * kept as aliases. Each rule says when two terms are one, with examples; any rule may join two.
 */
import { combineTerms, mostUsed, sameWordsBut, type TermCount } from "./term-counts.js";
import { kindWeight, namesPeople, SALIENCE, salience, spread } from "./salience.js";
import { TERM_STATS } from "../text/term-stats.js";
import { stateSpelledOut } from "./places.js";
import { topicKey } from "../mentions/identity.js";

export interface Scored {
  term: TermCount;
  score: number;
}

export interface MergedTopic {
  name: string;
  /** Members, the one named first. */
  members: TermCount[];
  aliases: string[];
  turns: number[];
  score: number;
}


/** Share of the corpus's companies below which a one-word name names one thing wherever it stands ("Utica", "Scotia"). */
const RARE_NAME_SPREAD = 0.03;

/** Share of the corpus's companies above which a phrase's extra words are generic ("constraints", "impact"). */
const GENERIC_SPREAD = 0.12;

const isName = (t: TermCount) => t.coined || t.proper * 2 >= t.tf;

/** What the rules read of a term, worked out once per term and only when asked. */
interface Shape {
  words?: string[];
  squashed?: string;
  letters?: string | null;
  initials?: string;
}
const shapes = new WeakMap<TermCount, Shape>();
function shapeOf(t: TermCount): Shape {
  let s = shapes.get(t);
  if (s === undefined) shapes.set(t, (s = {}));
  return s;
}
/** The key with no spaces or hyphens: "wal mart" and "walmart" alike. */
function squashed(t: TermCount): string {
  const s = shapeOf(t);
  return (s.squashed ??= t.key.replace(/[\s-]+/g, ""));
}
function wordsOf(t: TermCount): string[] {
  const s = shapeOf(t);
  // "&" between words is "and": "Pumps & Process" is the short form of "Pumps and Process Solutions".
  return (s.words ??= t.key.split(" ").map((w) => (w === "&" ? "and" : w)));
}

/** What the rules know of the call besides the two terms. */
export interface MergeContext {
  /** First letters of the company's name words: companies prefix their units' acronyms with them ("DFS", Dover Fueling Solutions). */
  companyInitials: ReadonlySet<string>;
}

interface MergeRule {
  name: string;
  examples: string;
  /** Whether `a` and `b` (a the shorter or equal) name one thing. */
  joins(a: TermCount, b: TermCount, ctx: MergeContext): boolean;
}

export const MERGE_RULES: readonly MergeRule[] = [
  {
    name: "short form of a name",
    examples: "Olive = Olive Garden; WoodSpring = WoodSpring Suites; not Americas = Americas Leasing (a place qualifies a name)",
    joins: (a, b) => isName(a) && isName(b) && startsWith(wordsOf(b), wordsOf(a)) && !TERM_STATS.isPlace(a.key),
  },
  {
    name: "same head, modifiers added",
    examples: "rooms = dining rooms; pandemic = COVID-19 pandemic; Capital Markets = Americas Capital Markets; Utica = Southwest PA Utica (a name of one rare word); not Water = Applied Water",
    joins: (a, b) => endsWith(wordsOf(b), wordsOf(a)) && (isName(a) ? isName(b) && (a.size >= 2 || spread(a.key) < RARE_NAME_SPREAD) : !isName(b)),
  },
  {
    name: "one word, the other's start",
    examples: "Scotia = Scotiabank; Essilor = EssilorLuxottica; QX = QX200; not Digital = DigitalOcean (a word many companies use)",
    joins: (x, y) => {
      if (x.size !== 1 || y.size !== 1 || x.key.length === y.key.length || x.key[0] !== y.key[0]) return false;
      const [a, b] = x.key.length < y.key.length ? [x, y] : [y, x];
      return a.key.length >= 2 && b.key.startsWith(a.key) && isName(a) && isName(b) && spread(a.key) < RARE_NAME_SPREAD && !/\s/.test(b.key);
    },
  },
  {
    name: "one word, the other's end after a letter or initials",
    examples: "Penney = JCPenney; Mobile not T-Mobile (a word many companies use); not Store = Restore (more than initials before it)",
    joins: (x, y) => {
      if (x.size !== 1 || y.size !== 1 || x.key.length === y.key.length) return false;
      const [a, b] = x.key.length < y.key.length ? [x, y] : [y, x];
      const head = b.key.length - a.key.length;
      return a.key.length >= 4 && head <= 3 && b.key.endsWith(a.key) && /^[A-Z]{1,3}$/.test(mostUsed(b.spellings).slice(0, head)) && isName(a) && isName(b) && spread(a.key) < RARE_NAME_SPREAD;
    },
  },
  {
    name: "generic words added",
    examples: "supply chain = supply chain constraints; Permian = Permian production; not China = China distribution center; not U.S. = U.S. utilities (what a place's name is said before is a thing in that place)",
    joins: (a, b) => startsWith(wordsOf(b), wordsOf(a)) && !isName(b) && spread(wordsOf(b).slice(wordsOf(a).length).join(" ")) >= GENERIC_SPREAD && !TERM_STATS.isPlace(mostUsed(a.spellings)),
  },
  {
    name: "one thing called by two words for its kind",
    examples: "wholesale business = wholesale channel; dewatering business = dewatering segment; not wholesale business = retail business",
    joins: (a, b) => {
      const [x, y] = [wordsOf(a), wordsOf(b)];
      return x.length === y.length && x.length >= 2 && KIND_WORD.test(x[x.length - 1]!) && KIND_WORD.test(y[y.length - 1]!) && x.slice(0, -1).join(" ") === y.slice(0, -1).join(" ") && !isName(a) && !isName(b);
    },
  },
  {
    name: "a place named with its kind",
    examples: "Western Glasscock = Western Glasscock counties; Permian = Permian Basin; not Howard = Central Howard (a word before the name makes another place)",
    joins: (a, b) => {
      const [x, y] = [wordsOf(a), wordsOf(b)];
      return isName(a) && y.length === x.length + 1 && startsWith(y, x) && PLACE_KIND.test(y[y.length - 1]!);
    },
  },
  {
    name: "one word written apart or hyphenated",
    examples: "Walmart = Wal-Mart; healthcare = health care; e-commerce = ecommerce",
    joins: (a, b) => a.key.length !== b.key.length && Math.abs(a.key.length - b.key.length) <= 3 && a.key[0] === b.key[0] && squashed(a) === squashed(b),
  },
  {
    name: "a name with a word cut short or & for and",
    examples: "Imaging & ID = Imaging & Identification; Property & Facility Management = property and facility management; not Model S = Model Sport (a letter is no word cut short)",
    joins: (a, b) => isName(a) && sameWordsBut(wordsOf(a), wordsOf(b)),
  },
  {
    name: "a state by its postal code",
    examples: "Central PA = Central Pennsylvania; Northern NJ = Northern New Jersey",
    joins: (a, b) => isName(a) && isName(b) && [[a, b], [b, a]].some(([x, y]) => {
      const out = stateSpelledOut(mostUsed(x!.spellings));
      return out !== null && topicKey(out) === y!.key;
    }),
  },
  {
    name: "one acronym spelled two ways",
    examples: "M&CS = MCS; NFVs = NFV",
    joins: (a, b) => acronymLetters(a) !== null && acronymLetters(a) === acronymLetters(b),
  },
  {
    name: "acronym and its expansion",
    examples: "SDN = software defined networking; MCS = Measurement and Control Solutions; DTC = direct-to-consumer; DFS = Fueling Solutions at Dover",
    joins: (a, b, ctx) => expands(a, b, ctx) || expands(b, a, ctx),
  },
];

/** Last words that say what kind of place the name before them is (topic keys: singular; "counties" is "county"). */
const PLACE_KIND = /^(?:county|counties|basin|region|area|province|state|field|play|shale)$/;

/** Last words that say what kind of thing the words before them name (topic keys: singular). */
const KIND_WORD = /^(?:business|segment|division|channel|market|operation|platform|portfolio|space|sector|category|offering|practice|vertical)$/;

/** Words this widespread are no evidence that two terms speak of one thing ("solutions", "cost"). */
const SPECIFIC_SPREAD = 0.25;

/**
 * A plain term whose telling words all belong to one chosen name speaks of what that name names:
 * "refrigeration" and "industrial pumps" of the segments "Refrigeration & Food Equipment" and
 * "Pumps & Process Solutions", "retail fueling" of "Fueling Solutions". A term that two names
 * share a word with ("water": "Applied Water", "Water Infrastructure") stays its own.
 */
function foldIntoNames(groups: Scored[][]): void {
  const specific = (t: TermCount) => wordsOf(t).filter((w) => spread(w) < SPECIFIC_SPREAD);
  // A name's group may be led by its short form ("Cambria" of "Cambria Hotels"): its words count too.
  const names = groups.filter((g) => isName(g[0]!.term) && g.some((m) => isName(m.term) && m.term.size >= 2)).map((g) => ({ g, words: new Set(g.flatMap((m) => wordsOf(m.term))) }));
  for (let i = groups.length - 1; i >= 0; i--) {
    const lead = groups[i]![0]!.term;
    if (isName(lead)) continue;
    const own = specific(lead);
    if (own.length === 0) continue;
    const homes = names.filter((n) => n.g !== groups[i] && own.every((w) => n.words.has(w)));
    if (homes.length !== 1) continue;
    homes[0]!.g.push(...groups[i]!);
    groups.splice(i, 1);
  }
}

/** Plain words this widespread gather no phrases: "digital solutions" is no kind of "solutions" topic. */
const HUB_SPREAD = 0.25;

/** An acronym and a spelled-out form: of tf 1 and not a name, too weak a match to attach ("polymer processing shipment" for "PPS"). */
function expandsEither(a: TermCount, b: TermCount, ctx: MergeContext): boolean {
  return expands(a, b, ctx) || expands(b, a, ctx);
}

function sameThing(x: TermCount, y: TermCount, ctx: MergeContext): boolean {
  const [a, b] = x.size <= y.size ? [x, y] : [y, x];
  if (a.size === 1 && !isName(a) && spread(a.key) >= HUB_SPREAD) return false;
  return MERGE_RULES.some((r) => r.joins(a, b, ctx));
}

function startsWith(long: string[], short: string[]): boolean {
  return long.length > short.length && short.every((w, i) => long[i] === w);
}

function endsWith(long: string[], short: string[]): boolean {
  const off = long.length - short.length;
  return off > 0 && short.every((w, i) => long[off + i] === w);
}

const SKIPPED_IN_INITIALS = new Set(["and", "of", "the", "&", "for", "to", "in"]);

/** The letters of an acronym ("M&CS" → "mcs", "NVFs" → "nvf"), or null for a word that is none. */
function acronymLetters(t: TermCount): string | null {
  const s = shapeOf(t);
  if (s.letters === undefined) {
    const bare = t.coined && t.size === 1 ? mostUsed(t.spellings).replace(/(?<=[A-Z])s$/, "").replace(/&/g, "") : "";
    s.letters = /^[A-Z]{2,6}$/.test(bare) ? bare.toLowerCase() : null;
  }
  return s.letters;
}

/** Initials of a phrase: of each word and of each part of a hyphenated or dotted one ("direct-to-consumer" → "dtc", "J.P. Morgan" → "jpm"). */
function initialsOf(t: TermCount): string {
  const s = shapeOf(t);
  s.initials ??= mostUsed(t.spellings)
    .split(/\s+/)
    .filter((w) => !SKIPPED_IN_INITIALS.has(w.toLowerCase()))
    .flatMap((w) => w.split(/[-‐.]/).filter(Boolean))
    .map((w) => w[0]?.toLowerCase() ?? "")
    .join("");
  return s.initials;
}

/**
 * `acronym` spells the initials of `phrase` ("NFV": network function virtualization; "M&CS"),
 * maybe after the company's initial ("DRFE": Dover's Refrigeration & Food Equipment).
 */
function expands(acronym: TermCount, phrase: TermCount, ctx: MergeContext): boolean {
  const letters = acronymLetters(acronym);
  if (letters === null || phrase.coined) return false;
  const initials = initialsOf(phrase);
  if (initials.length < 2 || (letters.length < 3 && initials !== letters)) return false;
  // The company's initial prefixes the acronym of a unit's name only ("DFS": Fueling Solutions
  // at Dover), never of a plain phrase ("LCA" is no L-"capital allocation").
  return initials === letters || (letters.length >= 3 && isName(phrase) && ctx.companyInitials.has(letters[0]!) && initials === letters.slice(1));
}

/**
 * Merges the chosen terms that name one thing, and attaches the spelled-out form of a chosen
 * acronym even when the call uses it too rarely to be chosen. Topics come out most salient first.
 */
export function mergeTopics(
  chosen: readonly Scored[],
  all: ReadonlyMap<string, TermCount>,
  callWords: number,
  ctx: MergeContext,
  eligible: (t: TermCount) => boolean,
): MergedTopic[] {
  // Most salient first, each term joins the first topic it is one thing with (any member).
  const groups: Scored[][] = [];
  for (const s of chosen) {
    const matched: [Scored[], TermCount][] = [];
    for (const g of groups) {
      const m = g.find((x) => sameThing(x.term, s.term, ctx));
      if (m) matched.push([g, m.term]);
    }
    if (matched.length === 0) {
      groups.push([s]);
      continue;
    }
    const [first, via] = matched[0]!;
    first.push(s);
    // A term one thing with the first terms of two topics makes them one ("direct to consumer":
    // "DTC" and "direct-to-consumer business"), when it bridges them (see bridges). Only the
    // first terms: a member's kin ("instrument replacement" of "instrument") is no kin of its topic.
    for (const [g, m] of matched.slice(1)) {
      if (via !== first[0]!.term || m !== g[0]!.term || !bridges(s.term, via, m)) continue;
      first.push(...g);
      groups.splice(groups.indexOf(g), 1);
    }
  }
  foldIntoNames(groups);
  // Variants too rare to be chosen on their own ("dining rooms" once, an acronym's spelled-out
  // form) join the topic of a member they are one thing with, as aliases.
  const chosenKeys = new Set(chosen.map((s) => s.term.key));
  // A variant said once must be a name or an acronym to be worth attaching ("NG-PON2", "Everhome Suites").
  const variants = new VariantIndex([...all.values()].filter((t) => !chosenKeys.has(t.key) && t.cutOf === null && (t.tf >= 2 || t.coined || t.proper > 0)), ctx);
  const taken = new Set<string>();
  const found: { members: Scored[]; terms: TermCount[]; variants: TermCount[] }[] = [];
  for (const members of groups) {
    const terms = members.map((m) => m.term);
    const attached: TermCount[] = [];
    for (const t of variants.near(terms)) {
      if (taken.has(t.key) || !eligible(t)) continue;
      if (members.some((m) => sameThing(m.term, t, ctx) && (isName(t) || t.tf >= 2 || !expandsEither(m.term, t, ctx)))) {
        attached.push(t);
        taken.add(t.key);
      }
    }
    // A variant may show two topics to be one: "direct to consumer", the expansion attached to
    // "DTC", heads the chosen "direct-to-consumer business". The later topic joins the earlier.
    const joins = (vs: readonly TermCount[], ms: readonly Scored[], lead: TermCount) =>
      vs.some((v) => sameThing(v, ms[0]!.term, ctx) && sameThing(v, lead, ctx) && bridges(v, ms[0]!.term, lead));
    const home = found.find((f) => joins(f.variants, members, f.members[0]!.term) || joins(attached, f.members, members[0]!.term));
    if (home) {
      home.members.push(...members);
      home.terms.push(...terms, ...attached);
      home.variants.push(...attached);
    } else found.push({ members, terms: [...terms, ...attached], variants: attached });
  }
  const out: MergedTopic[] = [];
  for (const { members, terms } of found) {
    const named = nameOf(members);
    const ordered = [named, ...terms.filter((t) => t !== named)];
    const name = named.label ?? mostUsed(named.spellings);
    const aliases = new Map<string, string>();
    for (const t of ordered) for (const s of t.spellings.keys()) if (s !== name && !aliases.has(s.toLowerCase())) aliases.set(s.toLowerCase(), s);
    aliases.delete(name.toLowerCase());
    // The topic weighs what all its words weigh together, and never less than its weightiest word.
    const combined = salience(combineTerms(named.key, named, terms), callWords, terms.map((t) => t.key)) * kindWeight(named);
    out.push({
      name,
      members: ordered,
      aliases: [...aliases.values()],
      turns: [...new Set(terms.flatMap((t) => t.turns))].sort((x, y) => x - y),
      // (A topic named by a group of people is weighed so whatever its members weigh: "franchise owners" of "franchise".)
      score: Math.max(combined, ...members.map((m) => m.score * (namesPeople(named) && !namesPeople(m.term) ? SALIENCE.peopleWeight : 1))),
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
}

/**
 * Whether `v`, one thing with `a` and with `b`, makes them one: when both are parts of it that
 * overlap ("adjusted EBITDA" and "EBITDA margin" of "adjusted EBITDA margin"), or when it is a
 * part of one and not of the other ("direct to consumer": "DTC" and "direct-to-consumer
 * business"). Not a part of both ("franchise" of "franchise owners" and "franchise agreements"),
 * nor two things named side by side ("Scotiabank Puerto Rico", "dialysis patients").
 */
function bridges(v: TermCount, a: TermCount, b: TermCount): boolean {
  const [vw, aw, bw] = [wordsOf(v), wordsOf(a), wordsOf(b)];
  const within = (xs: string[], ys: string[]) => xs.every((x) => ys.includes(x));
  if (within(aw, vw) && within(bw, vw)) return aw.some((w) => bw.includes(w));
  return within(vw, aw) !== within(vw, bw);
}

/**
 * The member to name the topic by: the longest name used at least a third as often as the most
 * used member ("Olive Garden" over "Olive"), else the most salient ("digital solutions" over "solutions").
 */
function nameOf(members: readonly Scored[]): TermCount {
  const top = Math.max(...members.map((m) => m.term.tf));
  const names = members.map((m) => m.term).filter((t) => isName(t) && t.tf * 3 >= top).sort((a, b) => b.size - a.size || b.tf - a.tf);
  // A name said at least as often as a longer one ending in it is the thing, the longer a kind of it ("Utica", not "CPA Utica").
  const heads = names.filter((h) => names.some((t) => t !== h && endsWith(wordsOf(t), wordsOf(h)) && h.tf >= t.tf)).sort((a, b) => b.tf - a.tf);
  return heads[0] ?? names[0] ?? [...members].sort((a, b) => b.score - a.score)[0]!.term;
}

/**
 * The terms not chosen, found by what could make them one thing with a topic's members: a word in
 * common, or letters that spell initials. The rules then decide; the index only spares trying
 * every term against every topic.
 */
class VariantIndex {
  /** Each term under each of its words, and under its rarest word alone. */
  private readonly byWord = new Map<string, TermCount[]>();
  private readonly byRarest = new Map<string, TermCount[]>();
  private readonly byLetters = new Map<string, TermCount[]>();
  private readonly byInitials = new Map<string, TermCount[]>();

  constructor(terms: readonly TermCount[], private readonly ctx: MergeContext) {
    const put = (m: Map<string, TermCount[]>, k: string, t: TermCount) => {
      const list = m.get(k);
      if (list) list.push(t);
      else m.set(k, [t]);
    };
    for (const t of terms) {
      // Two terms one thing by the word rules: the longer holds all the words of the shorter. So a
      // longer variant holds the member's rarest word, and a shorter one's rarest word is the member's.
      for (const w of wordsOf(t)) put(this.byWord, w, t);
      put(this.byRarest, rarest(t), t);
      const letters = acronymLetters(t);
      if (letters !== null) put(this.byLetters, letters, t);
      if (!t.coined && (t.size >= 2 || t.key.includes(" ")) && initialsOf(t).length >= 2) put(this.byInitials, initialsOf(t), t);
    }
  }

  near(members: readonly TermCount[]): TermCount[] {
    const out = new Set<TermCount>();
    const add = (list: TermCount[] | undefined) => list?.forEach((t) => out.add(t));
    for (const m of members) {
      add(this.byWord.get(rarest(m)));
      for (const w of wordsOf(m)) add(this.byRarest.get(w));
      const letters = acronymLetters(m);
      if (letters !== null) {
        add(this.byInitials.get(letters));
        if (letters.length >= 3 && this.ctx.companyInitials.has(letters[0]!)) add(this.byInitials.get(letters.slice(1)));
      }
      const initials = m.coined || !m.key.includes(" ") ? "" : initialsOf(m);
      if (initials.length >= 2) {
        add(this.byLetters.get(initials));
        for (const c of this.ctx.companyInitials) add(this.byLetters.get(c + initials));
      }
    }
    return [...out];
  }
}

function rarest(t: TermCount): string {
  const words = wordsOf(t);
  let best = words[0]!;
  for (const w of words) if (spread(w) < spread(best)) best = w;
  return best;
}
