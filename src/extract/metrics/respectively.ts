/**
 * "A, B and C were $2, $3 and $4, respectively": the figures listed right before "respectively"
 * pair, in order, with the items listed before the linking word. An item without a measure's name
 * borrows the name of the next item that has one ("GAAP and adjusted operating income were $655
 * million and $732 million": both operating income, one GAAP, one adjusted); an item no measure can
 * be found for leaves its figure unread rather than shift the pairing. Bare numbers in the list take
 * the unit of the list's last figure ("119, 100 and 85 days"). A first list of as many figures
 * between the items and the last list pairs with the items as well, by its own verb ("net income
 * and adjusted net income grew 29% and 28% to $144 million and $145 million, respectively").
 */
import type { Basis } from "../../model/facts.js";
import type { TaggedToken } from "../text/nlp.js";
import type { Link } from "./link-rules.js";
import type { SentenceView } from "./sentence-view.js";
import { CHANGE_VERB, DOWN_VERB, HEDGE } from "./words.js";

export interface ListedLink {
  link: Link | null;
  /** The list's unit, for a bare number in it. */
  unitFrom: number | null;
  basis: Basis | null;
  /** The item's own words, as written, when it borrows a later item's measure ("International" in "International and North America revenue"). */
  ownWords?: string;
}

/** Figures listed: "12% and 15%", "$2.4 billion, $300 million and $90 million". */
export const FIGURE_LIST = String.raw`«F\d+»(?:,? (?:and )?«F\d+»)+`;
/** The period a list is said for or compared with: "in the quarter", "versus 2019". */
const LIST_PERIOD = String.raw`(?:in|for|during|at|over|versus|vs\.?|compared (?:to|with)|from) (?:the )?«P\d+»`;
// ("Sales and adjusted operating income are up 13% and 9% year-over-year respectively": the comparison between them too.)
const LIST = new RegExp(String.raw`(${FIGURE_LIST})(?:,? ${LIST_PERIOD})?(?:,? (?:year[- ]over[- ]year|sequentially))?,? respectively\b`);
// ("Cash from operations and free cash flow were both record highs for the third quarter at $205.4 million and $192.8 million,
// respectively": words on the levels between the verb and "at".)
const VERB = new RegExp(String.raw`(?:^|\s)(were|was|are|is|of|totaled|totalled|came in at|stood at|reached|${CHANGE_VERB}(?: by)?|of approximately|represented|(?:were|was) (?:both |each |all )?(?:(?:[a-z-]+|«P\d+») ){1,6}?at)(?: ${HEDGE.slice(0, -1)})? ?$`);
/** The same list without the word, ending its clause: "Revenue and operating income grew 12% and 15%." */
const PAIRED = new RegExp(String.raw`(${FIGURE_LIST})(?:,? (?:${LIST_PERIOD}|«P\d+»))?(?:,? (?:year[- ]over[- ]year|(?:from|over|versus|vs\.?|compared (?:to|with)) (?:the )?(?:prior[- ]year|last year|a year ago|year[- ]ago)(?: (?:quarter|period))?))?(?=\s*(?:[.;]|$))`);
/** "each increased 30% to $1.03 and $1.04, respectively": a shared change before the listed levels. */
const CHANGE_TO = new RegExp(String.raw`(?:^|\s)(?:each |both |all )?(?:${CHANGE_VERB})(?: by)? ${HEDGE.slice(0, -1)}?«F\d+» to ${HEDGE.slice(0, -1)}?$`);
/** A first list and its verb, then the verb of the last list, ending the words before it: "grew «F0» and «F1» year-over-year to ". */
const INNER_LIST = new RegExp(String.raw`(?:^|\s)(${CHANGE_VERB}(?: by)?|of|were|was|are|is)(?: ${HEDGE.slice(0, -1)})? (${FIGURE_LIST})(?:,? (?:year[- ]over[- ]year|sequentially))?,? (to|${CHANGE_VERB}(?: by)?)(?: ${HEDGE.slice(0, -1)})? ?$`);
/** Words of a measure's name a tagger may read as verbs ("adjusted", "normalized"). */
const MODIFIER = /^(?:adjusted|diluted|operating|reported|normalized|combined|consolidated|continuing|recurring|comparable|organic)$/;

/** The pairing of a sentence's "respectively" list, by figure index; empty when there is none. */
export function readRespectively(view: SentenceView, tokens: readonly TaggedToken[], canBeSubject: (slot: number) => boolean): Map<number, ListedLink> {
  const out = new Map<number, ListedLink>();
  const said = LIST.exec(view.abstract);
  // "Revenue and operating income grew 12% and 15%": measures listed, then as many figures, pair in order without the word too,
  // when each item names its own measure; a list that cannot be paired so is left to the other rules.
  const m = said ?? PAIRED.exec(view.abstract);
  if (!m) return out;
  const paired = !said;
  const figures = [...m[1]!.matchAll(/«F(\d+)»/g)].map((f) => Number(f[1]));
  const before = view.abstract.slice(0, m.index);
  // A list whose items cannot be told apart leaves each of its figures unread, rather than to the nearest name.
  const unread = () => {
    if (paired) return out;
    for (const fi of figures) out.set(fi, { link: null, unitFrom: null, basis: null });
    return out;
  };
  // "net income and adjusted net income grew 29% and 28% year-over-year to $144 million and $145 million, respectively", "adjusted
  // operating income and adjusted net income of $201.8 million and $162.5 million increased 145% and 181% respectively": a first
  // list of as many figures between the items and the last one pairs with the items too, by its own verb.
  const inner = INNER_LIST.exec(before);
  const innerFigures = inner ? [...inner[2]!.matchAll(/«F(\d+)»/g)].map((f) => Number(f[1])) : [];
  const twoLists = inner !== null && innerFigures.length === figures.length;
  const changeTo = twoLists ? null : CHANGE_TO.exec(before);
  const verb = twoLists ? { index: inner.index, 1: inner[1]! } : changeTo ? { index: changeTo.index, 1: "to" } : VERB.exec(before);
  if (!verb) return unread();
  const itemsText = before.slice(0, verb.index).replace(/^.*(?:[;:]|, (?:and|while|but) (?=we |our |the ))/, "");
  // "sales of $2.4 billion and GAAP and adjusted diluted EPS of $0.53 and $0.52": the items after an earlier figure's clause.
  const lastFigure0 = itemsText.lastIndexOf("«F");
  const ownItems = lastFigure0 >= 0 ? itemsText.slice(itemsText.indexOf("»", lastFigure0) + 1).replace(/^[^«]*?\b(?:and|with)\s+/, "") : itemsText;
  const items = ownItems.split(/,? and |, /).map((s) => s.trim()).filter(Boolean).slice(-figures.length);
  if (items.length !== figures.length) return unread();
  if (paired && (items.some((item) => !/«M\d+»/.test(item)) || new Set(items.map((item) => view.names[Number(/«M(\d+)»/.exec(item)![1])]!.def.name)).size !== items.length)) return unread();
  // Where each item starts in the view's abstract.
  const ownStart = verb.index - ownItems.length;
  const itemAt: number[] = [];
  let from = ownItems.length;
  for (const item of [...items].reverse()) {
    from = ownItems.lastIndexOf(item, from);
    itemAt.unshift(from);
    from -= 1;
  }
  // The items are noun phrases: one with a verb in it ("sales benefited from currency in Europe") is no list of measures.
  const itemsStart = view.toText[verb.index - ownItems.length] ?? 0;
  const itemsEnd = view.toText[verb.index] ?? 0;
  if (tokens.some((t) => t.start >= itemsStart && t.end <= itemsEnd && (t.pos === "VERB" || t.pos === "AUX") && !MODIFIER.test(t.lower))) return unread();
  const relationOf = (word: string): Link["relation"] => (word !== "to" && new RegExp(`\\b${CHANGE_VERB}\\b|^by\\b`).test(word) ? "change" : "level");
  const directionOf = (word: string): -1 | 0 => (new RegExp(`\\b${DOWN_VERB}\\b`).test(word) ? -1 : 0);
  const lists: [number[], string][] = twoLists ? [[innerFigures, inner[1]!], [figures, inner[3]!]] : [[figures, verb[1]!]];
  for (const [listFigures, word] of lists) pairList(listFigures, relationOf(word), directionOf(word));
  return out;

  function pairList(figures: number[], relation: Link["relation"], direction: -1 | 0): void {
  const adjusted = (t: string) => /\bnon-gaap\b|\badjusted\b/.test(t);
  figures.forEach((fi, k) => {
    const item = items[k]!;
    let slot = /«M(\d+)»/.exec(item)?.[1];
    // "GAAP and adjusted operating income": the item borrows the next item's measure.
    const borrows = slot === undefined;
    if (slot === undefined) for (const later of items.slice(k + 1)) if ((slot = /«M(\d+)»/.exec(later)?.[1]) !== undefined) break;
    // ("Diluted EPS and adjusted diluted EPS ... $1.03 and $1.04": beside an adjusted item, the plain one is as reported.)
    const own = slot === undefined ? null : view.names[Number(slot)]!.def.name;
    // ("Sales and adjusted operating income are up 13% and 9%": the word qualifies its own item, not the others.)
    const contrasted = own !== null && items.some((o) => o !== item && adjusted(o));
    const basis: Basis | null = adjusted(item) ? "non-GAAP" : /\bgaap\b|\breported\b/.test(item) || contrasted ? "GAAP" : null;
    if (slot !== undefined && !canBeSubject(Number(slot))) slot = undefined;
    // "Orders in transportation and in Communications were up 50% and 45% respectively": items told apart by a part named after
    // the measure are that part's figures, which the list does not read; left unread rather than given to the company.
    if (items.some((o) => /«M\d+»\s+(?:in|at|within|from|across)\s+(?!«P|the quarter|the period|the year)\S/.test(o) || /^(?:in|at|within|from|across)\s+(?!«P)/.test(o))) slot = undefined;
    // ("International and North America revenue grew 11% and 10%": the first item's words, not the second's, say whose revenue.)
    const at = ownStart + itemAt[k]!;
    // (Only the item's last words: "our expectations for net leasing and manufacturing capex" is qualified by "net leasing".)
    const lead = /^.*\b(?:for|of|in|on|at|from|by|with|our|the|its|their|this|that|these|those)\s+/.exec(item)?.[0].length ?? 0;
    const ownWords = borrows && !/«/.test(item) ? view.text.slice(view.toText[at + lead]!, view.toText[at + item.length - 1]! + 1) : undefined;
    // "Segment profit and consolidated adjusted EBITDA were up 145% and 28%": an item that names a measure the lexicon does not
    // know borrows none; its figure is left unread.
    if (ownWords !== undefined && /\b(?:profits?|income|earnings|margins?|revenues?|sales|cash|expenses?|costs?|ebitda|ebit|eps|orders|bookings|backlog)\b/i.test(ownWords)) slot = undefined;
    out.set(fi, {
      link: slot === undefined ? null : { rule: "respectively", subject: { kind: "name", slot: Number(slot) }, relation, direction: direction as -1 | 0, strength: 0.85 },
      unitFrom: view.figures[fi]!.marked ? null : figures.at(-1)!,
      basis,
      ...(ownWords === undefined ? {} : { ownWords }),
    });
  });
  }
}
