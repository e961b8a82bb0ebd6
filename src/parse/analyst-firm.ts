import { nameTokens } from "./person-names.js";

const FIRM_WORD = /^(?:[\p{Lu}0-9][\p{L}0-9&.'’-]*|&|and|of|de)$/u;
const STOP = /^(?:your|please|you|the line|go|is|are|has|who|with|from|on)$/i;

/**
 * The firm an operator names when introducing an analyst: "…comes from Maria Chen with Harbor
 * Point Securities.", "…Raj Patel of Cobalt. Your line is open." Null when the operator does not say.
 */
export function firmFromIntroduction(input: { intro: string; analyst: string }): string | null {
  const tokens = nameTokens(input.analyst);
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  const lower = input.intro.toLowerCase();
  let at = lower.indexOf(last);
  while (at !== -1) {
    const after = input.intro.slice(at + last.length, at + last.length + 100);
    const m = /^\s*(?:,\s*|\s+(?:with|from|of|at)\s+)(?:the\s+)?(.*)$/s.exec(after);
    if (m) {
      const firm = readFirm(m[1]!);
      if (firm) return firm;
    }
    at = lower.indexOf(last, at + last.length);
  }
  return null;
}

function readFirm(s: string): string | null {
  const words: string[] = [];
  for (const raw of s.split(/\s+/)) {
    // Initials keep their dots ("J.P. Morgan"): they end no sentence.
    const initials = /^(?:[A-Z]\.){2,}$/.test(raw);
    const word = initials ? raw : raw.replace(/[.,;:!?)]+$/, "");
    if (!FIRM_WORD.test(word) || STOP.test(word)) break;
    words.push(word);
    if (word !== raw && !/^(?:Inc|Co|Corp|Ltd|L\.P|LLC)\.?$/.test(word)) break;
  }
  while (words.length > 0 && /^(?:&|and|of|de)$/.test(words[words.length - 1]!)) words.pop();
  return words.length > 0 && words.length <= 8 ? words.join(" ") : null;
}
