/**
 * GAAP or non-GAAP: said of one figure ("on a GAAP basis", "adjusted") or once for the whole call
 * ("All numbers ... are non-GAAP unless otherwise noted").
 */
import type { Basis } from "../../model/facts.js";
import type { Transcript } from "../../model/transcript.js";

/** Each pattern with tests for words any match of it holds: text failing one is not scanned by the pattern. */
const UNLESS = /unless\s+(?:otherwise|noted|stated|indicated)/i;
const GAAP_WORD = /gaap|adjusted/i;
const WILL = /will|'ll/i;
const MEASURES = /(?:gaap|adjusted)\s+(?:results|figures|numbers|measures)/i;
const COMMENTS = /comments|remarks|commentary|discussion/i;
/** A prefilter: the words a statement of what the call's references or comments are on holds. */
const REFERS = new RegExp(String.raw`references?|${COMMENTS.source}`, "i");
const CALL_WIDE: { re: RegExp; needs: RegExp[] }[] = [
  { re: /\b(?:all|the)\s+(?:numbers|figures|results|amounts|financial (?:measures|results|figures)|metrics|comparisons)\b[^.]{0,160}?\b(non[- ]gaap|adjusted|gaap)\b[^.]{0,80}?\bunless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified|mentioned)/i, needs: [UNLESS, GAAP_WORD] },
  // "Operating income figures are adjusted unless noted" (growth rates said to be in constant currency set no basis for levels).
  { re: /\b(?:all\s+)?(?:(?:operating\s+income|earnings|eps|revenue|sales|financial)\s+)?(?:figures|numbers|results|comparisons|references|measures)\s+(?:are|will be)\s+(?:on\s+an?\s+)?(adjusted|non[- ]gaap)\b[^.]{0,40}?\bunless\b/i, needs: [UNLESS, GAAP_WORD] },
  { re: /\bunless\s+otherwise\s+(?:noted|stated|indicated|specified|mentioned)\b[^.]{0,160}?\b(non[- ]gaap|adjusted|gaap)\b/i, needs: [UNLESS, GAAP_WORD] },
  { re: /\b(?:we\s+will|we'll|i\s+will|i'll)\s+(?:be\s+)?(?:discuss|discussing|refer(?:ring)?\s+to|talk(?:ing)?\s+about)\s+(non[- ]gaap|adjusted)\s+(?:results|figures|numbers|measures)\b(?![^.]{0,80}\bGAAP\s+(?:and|or)\b)/i, needs: [MEASURES, WILL] },
  // "My comments will focus on the adjusted results", "Most of my commentary will be on a non-GAAP basis".
  { re: /\b(?:my|our)\s+(?:comments|remarks|commentary|discussion)\s+(?:today\s+)?(?:will\s+)?(?:focus|be(?:\s+based)?|centre|center)\s+(?:on|upon)\s+(?:the\s+|our\s+)?(non[- ]gaap|adjusted)\s+(?:results|figures|numbers|measures|financials)\b(?![^.]{0,80}\bGAAP\s+(?:and|or)\b)/i, needs: [MEASURES, COMMENTS] },
  { re: /\b(?:most|all)\s+of\s+(?:my|our)\s+(?:comments|remarks|commentary|discussion)\b[^.]{0,40}?\bon\s+an?\s+(non[- ]gaap|adjusted)\s+basis\b/i, needs: [GAAP_WORD, COMMENTS] },
  // "Any references made on this call to 2020 or 2021 results will be on an adjusted basis, excluding ...", "Our comments will be on an
  // adjusted basis and all comparisons are to the second quarter".
  { re: /\b(?:(?:any|all)\s+references?\s+(?:made\s+)?(?:on|in|during)\s+(?:this|the|today's)\s+call\b[^.]{0,60}?|(?:my|our)\s+(?:comments|remarks|commentary)\s+(?:today\s+)?)\b(?:will\s+be|are)\s+on\s+an?\s+(non[- ]gaap|adjusted)\s+basis\b(?![^.]{0,40}\bGAAP\s+(?:and|or)\b)/i, needs: [GAAP_WORD, REFERS] },
];

/** The basis a call declares for all its figures, from the first turns (the usual place). */
export function callWideBasis(transcript: Transcript): Basis | null {
  for (const turn of transcript.turns.slice(0, 8)) {
    // Each word test is run once per turn, however many patterns need it.
    const seen = new Map<RegExp, boolean>();
    const has = (word: RegExp) => seen.get(word) ?? (seen.set(word, word.test(turn.text)), seen.get(word)!);
    for (const { re, needs } of CALL_WIDE) {
      if (!needs.every(has)) continue;
      const m = re.exec(turn.text);
      if (m) return /^gaap$/i.test(m[1]!) ? "GAAP" : "non-GAAP";
    }
  }
  return null;
}

/** Basis said in the words just before a figure, within its sentence. */
export function localBasis(before: string): Basis | null {
  const tail = before.slice(-80);
  const m = /\b(non[- ]gaap|adjusted|gaap|reported)\b(?![\s\S]*\b(?:non[- ]gaap|adjusted|gaap|reported)\b)/i.exec(tail);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === "gaap" || w === "reported" ? "GAAP" : "non-GAAP";
}
