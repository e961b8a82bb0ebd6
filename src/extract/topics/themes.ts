/**
 * Themes: the subjects of the time that calls of every industry return to ("COVID-19", "supply
 * chain", "inflation", dividends and buybacks), each counted as one topic under one name, whatever
 * words a call uses for it, so that an analyst finds the theme on every call that dwells on it and a
 * dashboard can follow it across companies. The call's own words for it are the topic's aliases.
 *
 * A theme is weighed by the turns that return to it (salience.ts themeSalience), not by how rare
 * its words are: every company speaks of the pandemic, and that is no reason to leave it out of the
 * call that keeps coming back to it.
 *
 * Only phrases that mean the theme in any earnings call belong here: "labor shortage", not "labor"
 * (a cost line) nor "staffing" (a trade); "acquisition pipeline", not "acquisition" (of customers,
 * of land). Each member is a term the noun-phrase finder forms ("CFO transition" is not: a title
 * ends a term), and each theme's example is a test row (test/extract/topics-themes.test.ts).
 */
import { topicKey } from "../mentions/identity.js";

export interface Theme {
  /** The topic's name wherever the theme comes up. */
  name: string;
  /** Phrases that name the theme (as written; counted by topic key, so plurals are the same). */
  members: readonly string[];
  /** A sentence of the kind that names it, and the member it holds. */
  example: { text: string; member: string };
}

export const THEMES: readonly Theme[] = [
  {
    name: "COVID-19",
    // "COVID-19" is the synonym set of synonyms.ts ("COVID", "the pandemic", "coronavirus").
    members: ["COVID-19", "Delta variant", "Omicron", "Omicron variant", "lockdowns", "shelter-in-place", "stay-at-home", "social distancing"],
    example: { text: "Store traffic slowed again in August as the Delta variant spread through the South.", member: "Delta variant" },
  },
  {
    name: "capital allocation",
    // "share repurchase" is a synonym set ("buyback", "stock repurchase program").
    members: ["capital allocation", "capital deployment", "capital return", "capital allocation priorities", "capital allocation strategy", "share repurchase", "dividend", "dividend increase", "special dividend", "dividend policy"],
    example: { text: "We bought back 2 million shares and raised the quarterly dividend by 10%.", member: "dividend" },
  },
  {
    name: "M&A",
    // "M&A" is a synonym set ("mergers and acquisitions").
    members: ["M&A", "M&A pipeline", "acquisition pipeline", "acquisition strategy", "acquisition opportunities", "bolt-on acquisitions"],
    example: { text: "Our acquisition pipeline remains full, and we closed two small deals in the quarter.", member: "acquisition pipeline" },
  },
  {
    name: "inflation",
    members: ["inflation", "cost inflation", "inflationary pressures", "input cost inflation", "input costs", "raw material costs", "raw material inflation", "commodity costs", "commodity inflation", "commodity cost inflation", "freight costs", "freight inflation", "cost pressures", "material inflation"],
    example: { text: "Raw material costs rose again, and we expect inflationary pressures to persist into next year.", member: "inflationary pressures" },
  },
  {
    name: "labor market",
    members: ["labor market", "labor shortages", "labor availability", "labor constraints", "labor challenges", "labor inflation", "wage inflation", "wage pressures", "talent shortage", "staffing shortages", "worker shortages"],
    example: { text: "Labor shortages kept two of our plants below capacity, and wage inflation added to costs.", member: "labor shortages" },
  },
  {
    name: "supply chain",
    members: ["supply chain", "supply chain disruptions", "supply chain constraints", "supply chain challenges", "supply constraints", "chip shortage", "semiconductor shortage", "component shortages", "port congestion"],
    example: { text: "The chip shortage and port congestion delayed deliveries to our dealers.", member: "chip shortage" },
  },
  {
    name: "pricing",
    members: ["pricing", "price increases", "pricing actions", "price realization", "pricing power"],
    example: { text: "Price realization was 4% in the quarter as our pricing actions took hold.", member: "pricing actions" },
  },
  {
    name: "interest rates",
    members: ["interest rates", "rising interest rates", "rising rates", "rate hikes"],
    example: { text: "Rising interest rates have cooled mortgage applications since June.", member: "interest rates" },
  },
  {
    name: "balance sheet and liquidity",
    members: ["liquidity", "liquidity position", "leverage ratio", "net leverage", "deleveraging", "debt paydown", "debt reduction", "debt repayment", "revolver", "revolving credit facility", "covenants"],
    example: { text: "We repaid the revolver in full, and our liquidity position is the strongest in our history.", member: "liquidity position" },
  },
  {
    name: "orders and backlog",
    members: ["backlog", "order backlog", "order intake", "book-to-bill", "order rates", "order activity", "order book"],
    example: { text: "Order intake was up 12%, and backlog ended the quarter at a record.", member: "order intake" },
  },
  {
    name: "ESG and sustainability",
    members: ["ESG", "sustainability", "sustainability report", "carbon emissions", "greenhouse gas emissions", "decarbonization", "climate change", "carbon neutrality", "emissions reduction"],
    example: { text: "Our first sustainability report sets a path to net zero by 2040.", member: "sustainability report" },
  },
  {
    name: "tariffs",
    members: ["tariffs", "trade war", "trade tensions"],
    example: { text: "List 4 tariffs take effect in December, and the trade war makes sourcing harder to plan.", member: "tariffs" },
  },
  {
    name: "leadership transition",
    members: ["leadership transition", "management transition", "succession planning", "succession plan"],
    example: { text: "As part of our leadership transition, Jane will stay on through the end of the year.", member: "leadership transition" },
  },
  {
    name: "hybrid work",
    members: ["hybrid work", "remote work"],
    example: { text: "Hybrid work has changed how tenants plan their space.", member: "hybrid work" },
  },
];

/** Each member's topic key to its theme's key (the key of the theme's name). */
export const THEME_OF: ReadonlyMap<string, string> = new Map(THEMES.flatMap((t) => [t.name, ...t.members].map((m) => [topicKey(m), topicKey(t.name)] as const)));

/** Each theme's name by its key. */
export const THEME_LABEL: ReadonlyMap<string, string> = new Map(THEMES.map((t) => [topicKey(t.name), t.name] as const));
