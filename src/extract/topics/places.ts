/** Places among topics: the corpus's place list and the world's large regions. */
import { TERM_STATS } from "../text/term-stats.js";
import { US_STATES } from "../text/us-states.js";

/** The world's large regions, which the corpus's place list (names written after "in") may miss. */
const WORLD_REGIONS = new Set(["america", "north america", "south america", "latin america", "central america", "the americas", "americas", "united states", "us", "usa", "u.s.a.", "united kingdom", "middle east", "asia", "africa", "europe", "oceania", "asia pacific", "apac", "emea", "latam", "mena"]);
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest)\s+/i;

/** A place: of the corpus's list, a world region, or either after a compass word ("Southern Europe"). */
export function isPlaceName(name: string): boolean {
  const place = (n: string) => TERM_STATS.isPlace(n) || WORLD_REGIONS.has(n.toLowerCase());
  return place(name) || (COMPASS.test(name) && place(name.replace(COMPASS, "")));
}

/**
 * A name spelled with a U.S. state's postal code written out ("Central PA" → "Central Pennsylvania"), or null when it holds
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
