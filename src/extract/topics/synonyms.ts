/**
 * General-language synonyms counted as one topic (topics/term-counts.ts), the first spelling
 * naming it. Only words that mean one thing in any earnings call belong here: "the pandemic" of
 * 2020 to 2022 calls is COVID-19.
 */
import { topicKey } from "../mentions/identity.js";

export const SYNONYMS: readonly (readonly string[])[] = [
  ["share repurchase", "buyback", "share buyback", "stock repurchase", "stock buyback", "repurchase program", "share repurchase program", "stock repurchase program"],
  ["COVID-19", "COVID", "coronavirus", "pandemic", "COVID-19 pandemic", "COVID pandemic", "coronavirus pandemic", "Covid-19 crisis", "COVID crisis"],
  ["M&A", "mergers and acquisitions"],
  ["Federal Reserve", "Fed", "the Fed", "U.S. Federal Reserve"],
  ["foreign exchange", "FX", "foreign currency", "currency exchange"],
  ["e-commerce", "ecommerce"],
];

/**
 * A place and the adjective of it, one topic under the place's name: "Chinese" demand is China,
 * "European" sales are Europe. Only adjectives that name nothing else in a call ("Indian" may be a
 * motorcycle brand, "American" an airline).
 */
export const PLACE_ADJECTIVES: readonly (readonly string[])[] = [
  ["China", "Chinese"], ["Europe", "European"], ["North America", "North American"], ["South America", "South American"],
  ["Latin America", "Latin American"], ["Asia", "Asian"], ["Japan", "Japanese"], ["Germany", "German"], ["France", "French"],
  ["Mexico", "Mexican"], ["Brazil", "Brazilian"], ["Australia", "Australian"], ["Africa", "African"], ["Italy", "Italian"],
  ["Spain", "Spanish"], ["Korea", "Korean"], ["Russia", "Russian"], ["Middle East", "Middle Eastern"], ["Canada", "Canadian"],
];

/** Each synonym's topic key to its set's first spelling's. */
export const SYNONYM_OF: ReadonlyMap<string, string> = new Map([...SYNONYMS, ...PLACE_ADJECTIVES].flatMap((set) => set.map((s) => [topicKey(s), topicKey(set[0]!)] as const)));

/** Each set's first spelling by its topic key. */
export const SYNONYM_LABEL: ReadonlyMap<string, string> = new Map([...SYNONYMS, ...PLACE_ADJECTIVES].map((set) => [topicKey(set[0]!), set[0]!] as const));
