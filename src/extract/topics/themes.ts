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
 * ends a term), and each theme's example is a test row (test/extract/topics-themes.test.ts). A
 * chief officer's post changing hands is read from whole sentences instead (officeChanges).
 */
import { topicKey } from "../mentions/identity.js";
import { splitSentences } from "../text/sentences.js";

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
    name: "cost reduction",
    members: ["cost reduction", "cost reductions", "cost savings", "cost actions", "cost reduction actions", "cost reduction program", "cost savings program", "cost-out", "cost-out actions", "cost containment", "cost initiatives", "cost programs", "structural cost actions", "structural cost reductions", "structural cost savings", "restructuring program", "restructuring actions", "productivity program", "cost discipline", "cost control", "cost efficiencies"],
    example: { text: "Our cost reduction actions delivered $40 million of savings in the quarter.", member: "cost reduction actions" },
  },
  {
    name: "weather",
    members: ["weather", "severe weather", "winter weather", "mild weather", "mild winter", "winter storm", "winter storms", "hurricane", "hurricanes", "storms", "weather events", "weather conditions"],
    example: { text: "The winter storm in February closed our Texas plants for a week.", member: "winter storm" },
  },
  {
    name: "hybrid work",
    members: ["hybrid work", "remote work"],
    example: { text: "Hybrid work has changed how tenants plan their space.", member: "hybrid work" },
  },
];

/** The terms officeChanges counts a chief officer's post changing hands by, and the theme they belong to. */
const OFFICE_TRANSITIONS = { theme: "leadership transition", terms: ["CEO transition", "CFO transition", "COO transition"] };

/** The topic keys of those terms: each occurrence of one is a sentence of officeChanges. */
export const OFFICE_TRANSITION_KEYS: readonly string[] = OFFICE_TRANSITIONS.terms.map((t) => topicKey(t));

/** Each member's topic key to its theme's key (the key of the theme's name); with the terms of officeChanges. */
export const THEME_OF: ReadonlyMap<string, string> = new Map([
  ...THEMES.flatMap((t) => [t.name, ...t.members].map((m) => [topicKey(m), topicKey(t.name)] as const)),
  ...OFFICE_TRANSITION_KEYS.map((k) => [k, topicKey(OFFICE_TRANSITIONS.theme)] as const),
]);

/** Each theme's name by its key. */
export const THEME_LABEL: ReadonlyMap<string, string> = new Map(THEMES.map((t) => [topicKey(t.name), t.name] as const));

/** An office whose holder changes is news an analyst tags: the chief executive, financial or operating officer. */
const OFFICE = /\b(?:(CEO|CFO|COO)s?|[Cc]hief ([Ee]xecutive|[Ff]inancial|[Oo]perating) [Oo]fficer)\b/;
/** Words that say an office changes hands: a holder retiring, stepping down, succeeded; a new, incoming or interim one; a search for one. */
const HANDS_CHANGE = /\b(?:retir(?:e|es|ed|ing|ement)|succe(?:ed|eds|eded|eding|ssor|ssion)|step(?:s|ping)? down|stepped down|transition(?:s|ing|ed)? (?:to|into|out of|from)|(?:new|incoming|interim|outgoing|next|future|acting) (?:CEO|CFO|COO|[Cc]hief)|(?:appointed|named|promoted|hired|joined|joins|joining|will be|will become|to become|take over as|takes over as|taking over as|took over as|assume the role of|assumed the role of)\b[^.?!]{0,40}\b(?:CEO|CFO|COO|[Cc]hief)|search for (?:a|our|the) (?:new |next |permanent )?(?:CEO|CFO|COO|[Cc]hief)|(?:my|his|her) last (?:earnings )?call)\b/;

/**
 * Sentences in which an office changes hands ("Brett will retire as CFO at the end of the year",
 * "please welcome our new CFO"): the noun-phrase finder forms no term for them (a title ends a
 * term), so each such sentence is one mention of "CEO transition", "CFO transition" or "COO
 * transition", at the office's word, a member of the leadership transition theme.
 */
export function officeChanges(text: string): { start: number; end: number; surface: string }[] {
  const out: { start: number; end: number; surface: string }[] = [];
  for (const { start: at, end } of splitSentences(text)) {
    const sentence = text.slice(at, end);
    if (!HANDS_CHANGE.test(sentence)) continue;
    const office = OFFICE.exec(sentence);
    if (!office) continue;
    const role = office[1] ?? `C${office[2]![0]!.toUpperCase()}O`;
    const start = at + office.index;
    out.push({ start, end: start + office[0].length, surface: `${role} transition` });
  }
  return out;
}
