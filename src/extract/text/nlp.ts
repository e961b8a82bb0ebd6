/**
 * Part-of-speech tags and sentence boundaries from wink-nlp's English model: the grammar the
 * figure reader (subjects of figures) and the topic finder (noun phrases) both read. Tokens carry
 * character offsets into the text they came from, so every decision points back to its words.
 */
import winkNLP, { type PartOfSpeech } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitSentences } from "./sentences.js";

export type Pos = PartOfSpeech;

export interface TaggedToken {
  /** The token as written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  pos: Pos;
  /** wink's token type: word, number, punctuation, symbol, currency, email, url, ... */
  type: string;
  start: number;
  end: number;
}

export interface TaggedSentence {
  start: number;
  end: number;
  /** Index of the sentence's first token in `TaggedText.tokens`; `last` is exclusive. */
  first: number;
  last: number;
}

export interface TaggedText {
  tokens: TaggedToken[];
  sentences: TaggedSentence[];
}

type Engine = ReturnType<typeof winkNLP>;
type WinkModel = typeof model;

/**
 * wink-nlp learns as it reads: every word its lexicon lacks is added to it (to the lexicon of the
 * model the engine was built from), and a raw token it has seen whole before is kept whole. So
 * "the industry's ability" read fresh is "industry" NOUN + "'s" PART, but after "‘industry's’" was
 * read anywhere it is one PROPN token: the tags of a call depended on the calls read before it in
 * the same process (5 of the first 400 calls of corpus-large got other topics when read in the
 * other order). Each call is therefore tagged by an engine in the model's pristine state
 * (`newTagger`): the model's read-only parts (lexicon, automata) are read once and shared, and each
 * engine gets its own copy of what wink adds to (each feature's hash, copy-on-write through its
 * prototype, and list), about 5 ms against 55 ms for an engine built from scratch.
 */
let pristine: { core: Record<string, unknown>; models: Partial<WinkModel> } | null = null;

function pristineModel(): NonNullable<typeof pristine> {
  // Read on first use: loading the model takes a fraction of a second that parse-only runs need not pay.
  if (pristine === null) {
    const m = model as unknown as Record<string, () => unknown>;
    const models = Object.fromEntries(["sbd", "pos", "ner", "negation", "sa", "metaCER"].map((name) => {
      const loaded = m[name]!();
      return [name, () => loaded];
    }));
    pristine = { core: m["core"]!() as Record<string, unknown>, models: models as Partial<WinkModel> };
  }
  return pristine;
}

interface Feature {
  hash?: Record<string, number>;
  list?: unknown[];
  index?: number;
}

/** The core model with fresh copies of what an engine adds words to. */
function freshCore(core: Record<string, unknown>): Record<string, unknown> {
  const features: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(core["features"] as Record<string, Feature>)) {
    features[name] =
      value?.hash !== undefined && Array.isArray(value.list) && typeof value.index === "number"
        ? { ...value, hash: Object.create(value.hash) as Record<string, number>, list: value.list.slice() }
        : value;
  }
  return { ...core, features };
}

/** An engine in the model's pristine state: what it tags does not depend on anything read before. */
function newEngine(): Engine {
  const { core, models } = pristineModel();
  return winkNLP({ ...model, ...models, core: () => freshCore(core) } as unknown as WinkModel, ["sbd", "pos"]);
}

/** Tags texts (a call's turns) with one engine of its own, so the tags are the same whatever was tagged before. */
export interface Tagger {
  tag(text: string): TaggedText;
}

export function newTagger(): Tagger {
  const engine = newEngine();
  return { tag: (text) => tagText(text, engine) };
}

/**
 * The longest token handed to wink: its English model tests each new token with a pattern that
 * backtracks over the whole token, so one garbage "word" of 200,000 characters took 20 s. No word
 * is that long; a longer run is tagged as its first characters followed by spaces, which keeps
 * every offset.
 */
const LONGEST_TOKEN = 100;
// Tried only where a run starts (a run's longest stretch starts there): from every character, the pattern
// walked each word once per letter.
const LONGER_RUN = new RegExp(String.raw`(?<!\S)\S{${LONGEST_TOKEN + 1},}`, "g");

/**
 * Longer texts are tagged in pieces of about this many characters, cut between sentences: the
 * tags are the same (wink tags a sentence from its own words), and one long turn no longer builds
 * one document as large as itself, whose collection cost grew faster than the text.
 */
const PIECE_CHARS = 16_000;

/**
 * Tokens with tags and offsets, and wink's sentence spans over them. Without `engine`, by an engine
 * of its own (a call's turns are tagged by one `newTagger()`).
 */
export function tagText(original: string, engine: Engine = newEngine()): TaggedText {
  if (original.length <= PIECE_CHARS) return tagPiece(original, engine);
  const out: TaggedText = { tokens: [], sentences: [] };
  let start = 0;
  for (const sp of splitSentences(original)) {
    if (sp.end - start < PIECE_CHARS && sp.end < original.length) continue;
    const cut = sp.end - start >= PIECE_CHARS && sp.start > start ? sp.start : sp.end;
    append(out, tagPiece(original.slice(start, cut), engine), start);
    start = cut;
  }
  if (start < original.length) append(out, tagPiece(original.slice(start), engine), start);
  return out;
}

function append(out: TaggedText, piece: TaggedText, offset: number): void {
  const base = out.tokens.length;
  for (const t of piece.tokens) out.tokens.push({ ...t, start: t.start + offset, end: t.end + offset });
  for (const s of piece.sentences) out.sentences.push({ start: s.start + offset, end: s.end + offset, first: s.first + base, last: s.last + base });
}

/**
 * Whether `text` may hold a run longer than LONGEST_TOKEN: a walk that counts every character but
 * a few plain spaces as part of a run, so it never misses one (it may count one that is not, which
 * the pattern then finds to be none). Most texts have none, and the walk is cheaper than the pattern.
 */
function mayHoldLongerRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160) run = 0;
    else if (++run > LONGEST_TOKEN) return true;
  }
  return false;
}

function tagPiece(original: string, w: Engine): TaggedText {
  const text = mayHoldLongerRun(original) ? original.replace(LONGER_RUN, (run) => run.slice(0, LONGEST_TOKEN) + " ".repeat(run.length - LONGEST_TOKEN)) : original;
  const doc = w.readDoc(text);
  const its = w.its;
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as Pos[];
  const types = doc.tokens().out(its.type) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    at += spaces[i]!.length;
    // wink keeps every character: a token's text is found where the walk says; if not, it is searched forward.
    let start = text.startsWith(v, at) ? at : text.indexOf(v, at);
    if (start < 0) start = at;
    tokens.push({ text: v, lower: v.toLowerCase(), pos: pos[i]!, type: types[i]!, start, end: start + v.length });
    at = start + v.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: TaggedSentence[] = [];
  for (const [a, b] of spans) {
    const first = tokens[a];
    const last = tokens[b];
    if (!first || !last) continue;
    sentences.push({ start: first.start, end: last.end, first: a, last: b + 1 });
  }
  return { tokens, sentences };
}
