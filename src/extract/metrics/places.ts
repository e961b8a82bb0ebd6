import { US_STATES } from "../text/us-states.js";

/**
 * Names of countries, continents and trade regions, lower-cased: a figure said of one of them is a
 * region's, not the company's ("U.S. revenues declined 24%", "Europe grew 21%"). The list is
 * general geography, not tied to any call.
 */
export const PLACES: ReadonlySet<string> = new Set(
  `u.s., us, usa, u.s.a., america, americas, north america, south america, latin america, latam, central america, united states,
canada, mexico, brazil, argentina, chile, colombia, peru, europe, emea, western europe, eastern europe, northern europe,
southern europe, central europe, continental europe, u.k., uk, united kingdom, britain, great britain, england, scotland,
ireland, germany, france, italy, spain, portugal, netherlands, belgium, switzerland, austria, sweden, norway, denmark, finland,
poland, czech republic, hungary, romania, greece, turkey, russia, ukraine, nordics, nordic, benelux, iberia, dach, asia, apac,
apj, asia pacific, asia-pacific, southeast asia, south asia, east asia, greater china, china, prc, hong kong, taiwan, japan,
korea, south korea, india, indonesia, malaysia, singapore, thailand, vietnam, philippines, australia, new zealand, anz,
middle east, mena, gcc, saudi arabia, uae, dubai, israel, egypt, africa, south africa, nigeria, kenya, emerging markets,
developed markets, rest of world, rest of the world, row, overseas, abroad, offshore, domestic`
    .split(/,\s*/)
    .map((p) => p.trim()),
);

/** The first word of each place name: most words start none, and are answered without building phrases. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES].map((p) => p.split(" ")[0]!));

/** The longest place name starting at word `i` of `words` (lower-cased), as a count of words; 0 when none. */
export function placeAt(words: readonly string[], i: number): number {
  if (!FIRST_WORDS.has(words[i]!)) return 0;
  for (let n = 4; n >= 1; n--) {
    if (i + n > words.length) continue;
    if (PLACES.has(words.slice(i, i + n).join(" "))) return n;
  }
  return 0;
}

/** States named like companies, cities and people, and the capital's district: no sentence opens on them as a state. */
const AMBIGUOUS_STATES = new Set(["georgia", "washington", "virginia", "new york", "district of columbia"]);

/**
 * U.S. states and Canadian provinces whose names are no other common word (not Georgia, Washington,
 * Virginia or New York, which name companies, cities and people as often), lower-cased. Not among
 * PLACES: a state in a measure's name is mostly part of a business's ("Columbia Gas of Maryland",
 * "our South Florida portfolio"); a sentence that opens on one ("In California, ...") speaks of it.
 */
export const STATES: ReadonlySet<string> = new Set([
  ...Object.values(US_STATES).map((s) => s.toLowerCase()).filter((s) => !AMBIGUOUS_STATES.has(s)),
  ..."alberta, british columbia, manitoba, ontario, quebec, saskatchewan, nova scotia".split(", "),
]);
