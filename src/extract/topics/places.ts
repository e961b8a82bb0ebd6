/** Places among topics: the corpus's place list and the world's large regions. */
import { TERM_STATS } from "../text/term-stats.js";

/** The world's large regions, which the corpus's place list (names written after "in") may miss. */
const WORLD_REGIONS = new Set(["america", "north america", "south america", "latin america", "central america", "the americas", "americas", "united states", "us", "usa", "u.s.a.", "united kingdom", "middle east", "asia", "africa", "europe", "oceania", "asia pacific", "apac", "emea", "latam", "mena"]);
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest)\s+/i;

/** A place: of the corpus's list, a world region, or either after a compass word ("Southern Europe"). */
export function isPlaceName(name: string): boolean {
  const place = (n: string) => TERM_STATS.isPlace(n) || WORLD_REGIONS.has(n.toLowerCase());
  return place(name) || (COMPASS.test(name) && place(name.replace(COMPASS, "")));
}

/** The states of the United States by their postal codes: "Central PA" is Central Pennsylvania. */
const US_STATES: Readonly<Record<string, string>> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut", DE: "Delaware",
  FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky",
  LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi",
  MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico",
  NY: "New York", NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania",
  RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont",
  VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming", DC: "District of Columbia",
};

/**
 * A name spelled with a state's postal code written out ("Central PA" → "Central Pennsylvania"), or null when it holds
 * none. Only a code written in capitals after another word counts: "PA" alone, "IN" or "OR" may be anything.
 */
export function stateSpelledOut(name: string): string | null {
  const ws = name.split(" ");
  if (ws.length < 2) return null;
  let changed = false;
  const out = ws.map((w, i) => {
    const state = i > 0 ? US_STATES[w] : undefined;
    if (!state) return w;
    changed = true;
    return state;
  });
  return changed ? out.join(" ") : null;
}
