/**
 * Words of one turn, read from wink's tagged tokens (text/nlp.ts): what the topic and mention
 * finders chunk into noun phrases and names. wink splits some names a reader sees as one word;
 * the rules below put them back, each only where no space separates the parts (or, for the last
 * two, exactly one):
 *  - hyphen compounds: "Wi" "-" "Fi" → "Wi-Fi", "same" "-" "restaurant" → "same-restaurant";
 *  - a dotted initial before lower-case letters: "G." "fast" → "G.fast";
 *  - a number before a short run of letters: "5" "G" → "5G", "6" "E" → "6E";
 *  - clitics on their host: "we" "ve" → "weve", "I" "'ll" → "I'll" (a contraction, never a name);
 *  - a Roman numeral after a name: "CAF" "II" → "CAF II" ("CAF" "I" only when no verb follows);
 *  - a small number or one capital letter after a product-like name: "Wi-Fi 6", "iPhone 15",
 *    "Model Y".
 * A prefix such as "non-" or "pre-" before a capitalised name is not part of it ("non-Olive
 * Garden" → "Olive Garden"). Punctuation is not a word; it marks the next word `breakBefore`, and
 * so does a sentence boundary. A possessive "'s" marks its owner `possessive`.
 */
import type { Pos, TaggedText, TaggedToken } from "./nlp.js";

export interface Word {
  /** As written, from `start` to `end` of the turn's text. */
  text: string;
  lower: string;
  /** wink's tag; for a glued word, the tag of its main part (see glue rules). */
  pos: Pos;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** First word of a sentence, or right after a colon, dash, bracket or quote: capitals say little here. */
  sentenceStart: boolean;
  /** Punctuation or a sentence boundary stands between the previous word and this one. */
  breakBefore: boolean;
  /** Followed by a possessive "'s" or "'". */
  possessive: boolean;
  /** A pronoun or auxiliary with a clitic, written with or without the apostrophe ("we're", "weve", "Im"). */
  contraction: boolean;
  /** An acronym or product-like spelling: "SDN", "GigaCenter", "5G", "G.fast", "NG-PON2", "iPhone". */
  coined: boolean;
}

const CLITIC = /^(?:'s|'re|'ve|'ll|'d|'m|n't|’s|’re|’ve|’ll|’d|’m|n’t|re|ve|ll|d|m|s|nt|t)$/i;
/** Contractions written without their apostrophe that wink reads as one token ("Im", "Ill", "Thats"). */
const BARE_CONTRACTION = new Set(["im", "ive", "ill", "id", "youre", "youve", "youll", "youd", "weve", "theyre", "theyve", "theyll", "theyd", "thats", "lets", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "whats", "theres", "heres", "hes", "shes", "its", "itll", "thatll", "whos", "wheres", "ain't", "aint", "gonna", "wanna", "gotta", "kinda", "sorta"]);
/** Bare contractions that are also ordinary words ("ill", "its"): contractions only when capitalised ("Ill", "Id"). */
const ALSO_WORDS = new Set(["ill", "id", "its", "lets", "hes", "shes", "cant", "wont"]);
const ROMAN = new Set(["II", "III", "IV", "VI", "VII", "VIII"]);
const NAME_PREFIX = /^(?:non|pre|post|ex|anti|mid|pro|multi|cross|inter|intra|sub|super|ultra|re|de)[-‐](?=[A-Z0-9])/;
/** Capitalised words a number follows without being part of a name ("March 15", "Slide 9", "Q 3"). */
const NOT_NUMBERED_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q|slide|slides|page|pages|chart|exhibit|item|table|figure|note|section|chapter|form|line|day|week|year|fy|covid)$/i;
/** Verbs and adverbs that follow the pronoun "I" ("I think", "I'd"): after them an "I" is no numeral. */
const I_VERB = /^(?:think|guess|mean|believe|know|say|said|was|am|have|had|can|could|do|did|just|also|really|want|wanted|expect|see|saw|hope|feel|agree|need|would|will|should|might|may|must|like|love|understand|remember|suspect|wonder|get|got|go|went|heard|appreciate|assume|recall|personally|certainly|definitely|probably|actually)$/i;
const UNIT_AFTER = /^(?:%|percent|percentage|million|billion|thousand|mm|bn|basis|bps|points?|times|x|years?|months?|weeks?|days?|quarters?|cents?|dollars?)$/i;

export function isCoined(w: string): boolean {
  // Most words are plain lower-case, which none of the rules below calls coined.
  if (/^[a-z]+$/.test(w)) return false;
  if (/^\d+$/.test(w) || /^(?:[A-Za-z]\.)+[A-Za-z]?\.?$/.test(w)) return false;
  // A quantity: a number and lower-case words ("12-hour", "0.60-or-so").
  if (/^\d[\d.,]*(?:-[a-z]+)+$/.test(w)) return false;
  // A name of Mc or O' ("McKenna", "O'Brien") is spelled as names are, not coined ("MacBook" is).
  if (/^(?:Mc|O['’]|D['’])[A-Z][a-z]+$/.test(w)) return false;
  if (/[A-Z].*[A-Z]/.test(w) && w.length <= 12 && !/^[A-Z][a-z]+$/.test(w)) return true;
  if (/[a-z][A-Z]/.test(w)) return true;
  if (/\d/.test(w) && /[A-Za-z]/.test(w)) return true;
  if (/^[A-Za-z]\.[a-z]/.test(w)) return true;
  return false;
}

/** Particles that end a compound written with a hyphen ("ramp-up", "build-out", "spin-off", "follow-on"). */
const PARTICLE = /^(?:up|out|off|on|in|over|down|back|through|away)$/i;

const isWordLike = (t: TaggedToken) => t.type === "word" || t.type === "number";
const isLetters = (s: string) => /^[A-Za-z]+$/.test(s);

/** The words of `text`, whose tags `tagged` holds. */
export function readWords(text: string, tagged: TaggedText): Word[] {
  const { tokens, sentences } = tagged;
  let sentence = 0;
  const out: Word[] = [];
  let pendingBreak = true;
  let pendingStart = true;
  const adjacent = (i: number) => i + 1 < tokens.length && tokens[i]!.end === tokens[i + 1]!.start;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Sentences come in order: the next one's first token is the only one to look for.
    while (sentence < sentences.length && sentences[sentence]!.first < i) sentence++;
    if (sentence < sentences.length && sentences[sentence]!.first === i) { pendingBreak = true; pendingStart = true; }
    if (!isWordLike(t)) {
      if (t.text === "'" || t.text === "’") {
        const prev = out[out.length - 1];
        if (prev && prev.end === t.start && /s$/i.test(prev.text)) { prev.possessive = true; continue; }
      }
      if (t.text !== "&") {
        pendingBreak = true;
        if (/^[:;"“”()[\]{}•\-–—!?.]+$/.test(t.text)) pendingStart = true;
      }
      if (t.text === "&" && out.length) out.push(word(text, t.start, t.end, t.pos, out[out.length - 1]!.end, false, false));
      continue;
    }
    const prev = out[out.length - 1];
    // A clitic on the word before it: a contraction ("we've", "weve", "don't") or a possessive.
    if (prev && prev.end === t.start && CLITIC.test(t.text) && (t.pos === "AUX" || t.pos === "PART" || t.pos === "VERB")) {
      // "'s" after a name is its possessive ("Moody's"), whatever the tagger says.
      if (/^['’]s$/i.test(t.text) && (t.pos === "PART" || (prev.capital && !prev.contraction && !/^(?:it|that|there|here|he|she|what|who|let|where|how)$/i.test(prev.text)))) { prev.possessive = true; continue; }
      prev.text = text.slice(prev.start, t.end);
      prev.lower = prev.text.toLowerCase();
      prev.end = t.end;
      prev.contraction = true;
      prev.coined = false;
      continue;
    }
    let end = i;
    let pos: Pos = t.pos;
    // Glue parts that no space separates.
    for (;;) {
      const a = tokens[end]!;
      const b = tokens[end + 1];
      const c = tokens[end + 2];
      if (!b || !adjacent(end)) break;
      if ((b.text === "-" || b.text === "‐") && c && adjacent(end + 1) && isWordLike(c)) {
        // "49-ish", "20-plus", "3-fold": a quantity.
        // "49-ish", "20-plus", "3-fold", "12-hour", "0.60-or-so": a quantity, whatever follows.
        if (tokens[i]!.type === "number" && (/^[a-z]+$/.test(c.text) || /^(?:ish|plus|fold|odd|x|percent|year|years|month|months|day|days|week|weeks|quarter|quarters)$/i.test(c.text))) pos = "NUM";
        else if (c.pos === "PROPN" || a.pos === "PROPN") pos = "PROPN";
        // "pent-up demand", "the ramp-up", "a build-out": a word and its particle joined are a thing, whatever the particle's tag.
        else if (PARTICLE.test(c.text) && a.type === "word" && (c.pos === "ADP" || c.pos === "PART" || c.pos === "ADV")) pos = "NOUN";
        else if (c.pos !== "NUM") pos = c.pos;
        end += 2;
        continue;
      }
      // "No. 3" written "No.3" is a number, no name.
      if (isWordLike(b) && /[A-Za-z]\.$/.test(a.text) && /^[a-z0-9]/.test(b.text) && !/^no\.$/i.test(a.text)) { end += 1; pos = "PROPN"; continue; }
      if (a.type === "number" && /^\d+$/.test(a.text) && b.text.length <= 3 && isLetters(b.text) && !(b.text.length === 1 && c && adjacent(end + 1) && c.text === "-") && !/^(?:st|nd|rd|th|s|x|k|m|b|mm|bn|ish)$/i.test(b.text)) {
        end += 1;
        pos = /[A-Z]/.test(b.text) ? "PROPN" : "NUM";
        continue;
      }
      break;
    }
    let start = t.start;
    let w = text.slice(start, tokens[end]!.end);
    const prefix = NAME_PREFIX.exec(w);
    if (prefix) { start += prefix[0].length; w = w.slice(prefix[0].length); pos = "PROPN"; }
    // wink keeps "Moody's" as one token: the name is "Moody", the "'s" its possessive.
    let stop = tokens[end]!.end;
    const owner = end === i && /^[A-Z].*[^'’]['’]s$/.test(w) && !BARE_CONTRACTION.has(w.slice(0, -2).toLowerCase()) && !/^(?:it|that|there|here|he|she|what|who|let|where|how)$/i.test(w.slice(0, -2));
    if (owner) stop -= 2;
    const next = word(text, start, stop, pos, prev?.end ?? -1, pendingStart, pendingBreak);
    if (owner) next.possessive = true;
    if (end === i && BARE_CONTRACTION.has(next.lower) && (!ALSO_WORDS.has(next.lower) || next.capital)) next.contraction = true;
    if (end === i && /^(?:I'm|I’m|Im|Ive|Ill|Id)$/.test(next.text)) next.contraction = true;
    i = end;
    // A Roman numeral, a small number or one capital after a name ("CAF II", "iPhone 15", "Model Y").
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    if (n1 && text.slice(next.end, n1.start) === " " && (next.capital || next.coined) && (next.pos === "PROPN" || next.coined) && !next.contraction) {
      const allCaps = /^[A-Z]{2,}$/.test(next.text);
      // "CAF I funds" (wink reads "funds" as a verb after "I"), but not "CAF I think".
      const roman = ROMAN.has(n1.text) || (n1.text === "I" && allCaps && !(n2 && (n2.pos === "AUX" || n2.start === n1.end || I_VERB.test(n2.text))));
      const numbered = n1.type === "number" && /^\d{1,3}$/.test(n1.text) && !NOT_NUMBERED_NAME.test(next.text)
        && (next.coined || !(n2 && (n2.pos === "NOUN" || n2.pos === "NUM")))
        && !(n2 && (UNIT_AFTER.test(n2.text) || n2.type === "symbol" || /^[.,]\d/.test(text.slice(n1.end, n1.end + 2))));
      const lettered = /^[B-HJ-Z]$/.test(n1.text) && !NOT_NUMBERED_NAME.test(next.text) && !(n2 && n2.end === n1.end + 1 && n2.text === ".");
      if (roman || numbered || lettered) {
        next.end = n1.end;
        next.text = text.slice(next.start, next.end);
        next.lower = next.text.toLowerCase();
        next.pos = "PROPN";
        next.coined = true;
        i += 1;
      }
    }
    out.push(next);
    pendingBreak = false;
    pendingStart = false;
  }
  return out;
}

function word(text: string, start: number, end: number, pos: Pos, prevEnd: number, sentenceStart: boolean, breakBefore: boolean): Word {
  const s = text.slice(start, end);
  // A line break between two words ends what a phrase can span, as punctuation does.
  let lineBreak = false;
  if (prevEnd >= 0) for (let k = prevEnd; k < start && !lineBreak; k++) lineBreak = text.charCodeAt(k) === 10;
  return {
    text: s,
    lower: s.toLowerCase(),
    pos,
    start,
    end,
    capital: /^[A-Z]/.test(s),
    sentenceStart: sentenceStart || lineBreak,
    breakBefore: breakBefore || lineBreak,
    possessive: false,
    contraction: false,
    coined: pos !== "NUM" && isCoined(s),
  };
}
