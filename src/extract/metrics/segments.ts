/**
 * The call's own segments, learnt from how the call speaks of them: a name said with a segment
 * noun ("our carbohydrate solutions business", "the Americas segment", "Nutrition division") and
 * said again elsewhere in the call. With the inventory, a sentence that names a segment in any
 * case ("carbohydrate solutions executed well to deliver operating profits of $1.3 billion") gives
 * its figures that scope, where capital letters alone would not tell.
 */
import { namesIn } from "./sentence-view.js";

/** Names said with one of these after them ("the Nutrition segment"). */
const SEGMENT_NOUN = String.raw`(?:(?:operating |reportable |reporting )?segments?|business(?:es)?(?! (?:day|days|model|update|environment|conditions|trends|activity|outlook|review|plan))|divisions?|business units?)`;
const SAID = new RegExp(String.raw`\b(?:our|the|its|their|in|within|across)\s+((?:[a-z][a-z&'-]*\s+){0,3}?[a-z][a-z&'-]*)\s+${SEGMENT_NOUN}\b`, "gi");

/** Words that describe a business rather than name one ("our core business", "the services segment" is a name, "the whole business" is not). */
const GENERIC = new Set(
  `core base total overall whole entire underlying existing new legacy other remaining combined consolidated same ongoing current normal good great
  strong growing profitable largest biggest smaller small large own this that these those each every recurring cyclical underlying traditional
  organic acquired acquisition acquisitions our the its their a an and of to in for with from by on at as overall day-to-day daily broader broad
  global worldwide local domestic u.s us international foreign overseas various different multiple several two three four five both all any
  entire healthy solid stable weak weaker stronger mature emerging higher lower high low margin growth profit revenue sales residual remaining
  reported remainder rest most more less much many key major minor primary secondary main largest second third first last next prior previous
  covid pandemic core-business quarter year month week q1 q2 q3 q4 fiscal annual seasonal operating reportable reporting`.split(/\s+/).filter(Boolean),
);

/** A name holds none of these ("margins for the business", "the quality of the business", "your business"). */
const FUNCTION = new Set(
  `of the for our your their its his her my a an to in on at by with from that this which these those what how is are was were be been it we
  you they i me us them certain important critical individual customer customers client clients business businesses line lines area areas part
  parts portion side kind type sort aspect piece close quality book rest`.split(/\s+/).filter(Boolean),
);

export interface Segments {
  /** Lower-cased names, longest first. */
  names: string[];
  /** The name the sentence says, as written, or null. */
  find(text: string): string | null;
}

/** The segments `text` (a whole call's words) names; `exclude` holds words of the company's and people's names. */
export function callSegments(text: string, exclude: ReadonlySet<string>): Segments {
  const candidates = new Map<string, number>();
  for (const m of text.matchAll(SAID)) {
    const words = m[1]!.toLowerCase().replace(/(?:'s|’s)$/, "").split(/\s+/);
    while (words.length && GENERIC.has(words[0]!)) words.shift();
    if (!words.length || words.every((w) => GENERIC.has(w)) || words.some((w) => exclude.has(w) || FUNCTION.has(w))) continue;
    const name = words.join(" ");
    // "the revenue segment", "the margin business": a measure's name is no segment.
    if (namesIn(name).length) continue;
    candidates.set(name, (candidates.get(name) ?? 0) + 1);
  }
  const lower = text.toLowerCase();
  const names = [...candidates.keys()]
    .filter((name) => countWord(lower, name) >= 2)
    .sort((a, b) => b.length - a.length);
  const patterns = names.map((name) => new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\b`, "i"));
  return {
    names,
    find(sentence: string): string | null {
      for (const re of patterns) {
        const m = re.exec(sentence);
        if (m) return m[0].replace(/\s+/g, " ");
      }
      return null;
    },
  };
}

function countWord(lower: string, name: string): number {
  let n = 0;
  const re = new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\b`, "g");
  for (const _ of lower.matchAll(re)) n++;
  return n;
}
