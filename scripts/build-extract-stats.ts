/**
 * Builds src/extract/text/data/term-stats.json from ../shared/corpus-large: how many companies use
 * each candidate topic term (document frequency by company, so a product one company names in
 * all its calls is still rare), which words are written capitalised mid-sentence almost always
 * (proper nouns), which names are places (written after "in", "across" and the like), and the
 * first names of participants. Words and counts only, never text.
 *
 *   npx tsx scripts/build-extract-stats.ts [corpusDir] [outFile]
 *
 * An out file other than the project's lets a candidate grammar's statistics be measured before
 * they replace the committed ones (about a minute and a half on two cores).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Transcript } from "../src/model/transcript.js";
import path from "node:path";
import { parseTranscript } from "../src/parse/index.js";
import { companyKey, firmKey, topicKey } from "../src/extract/mentions/identity.js";
import { tagText } from "../src/extract/text/nlp.js";
import { readWords } from "../src/extract/text/tokens.js";
import { forEachTerm, nameRuns, nounPhrases } from "../src/extract/topics/noun-phrases.js";

const root = path.resolve(import.meta.dirname, "..");
const corpus = process.argv[2] ?? path.resolve(root, "../shared/corpus-large");
const files: string[] = [];
for (const dir of readdirSync(corpus)) for (const f of readdirSync(path.join(corpus, dir))) files.push(path.join(corpus, dir, f));

/**
 * Per term: companies using it and occurrences, both without the one company that uses it most,
 * so a company's own names count as unseen (as they are for a call of a company not in the corpus).
 */
const df = new Map<string, number>();
const tf = new Map<string, number>();
const topTf = new Map<string, number>();
let words = 0;
const capital = new Map<string, number>();
const lower = new Map<string, number>();
const firstNames = new Map<string, number>();
/** Name runs written right after a locative preposition, and in all, with the companies writing them. */
const locative = new Map<string, number>();
const nameUses = new Map<string, number>();
const LOCATIVE = /^(?:in|across|throughout|within|outside|into)$/;
/** Capitalised words written right after a title or honorific ("President Biden", "Chairman Powell"): people's names. */
const titled = new Map<string, number>();
const TITLE_BEFORE = /^(?:president|senator|governor|chairman|chair|secretary|minister|mr\.?|mrs\.?|ms\.?|dr\.?|ceo|commissioner|mayor|judge)$/;
/** Names of the corpus's companies and analysts' firms, as people say them: no legal form, no ", Research Division". */
const organizations = new Set<string>();
const LEGAL_TAIL = /(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|Ltd|Limited|plc|PLC|LP|L\.P|N\.V|S\.A|AG|SE|Holdings?|Group|Research Division|Research|Securities|& Co)\.?)+$/i;
function shortName(name: string): string {
  return name.split(/\s+-\s+|,\s+(?=Research)/)[0]!.replace(LEGAL_TAIL, "").replace(/\s+/g, " ").trim().toLowerCase();
}

// Calls grouped by company first (parsing is quick), so each company's counts are known together.
const byCompany = new Map<string, Transcript[]>();
let calls = 0;
for (const file of files) {
  let t;
  try {
    t = parseTranscript(readFileSync(file), { fileName: path.basename(file) });
  } catch {
    continue;
  }
  calls++;
  const company = t.call.ticker ?? (t.call.company ? companyKey(t.call.company) : path.basename(file));
  byCompany.set(company, [...(byCompany.get(company) ?? []), t]);
}
let done = 0;
for (const transcripts of byCompany.values()) {
  const own = new Map<string, number>();
  for (const t of transcripts) {
    for (const turn of t.turns) {
      if (turn.speaker === "Operator") continue;
      const ws = readWords(turn.text, tagText(turn.text));
      words += ws.length;
      for (const phrase of nounPhrases(ws)) {
        forEachTerm(turn.text, phrase, (o) => {
          const key = topicKey(o.surface);
          own.set(key, (own.get(key) ?? 0) + 1);
        });
        for (const [a, b] of nameRuns(phrase)) {
          const first = phrase[a]!.word;
          if (first.sentenceStart) continue;
          const name = turn.text.slice(first.start, phrase[b]!.word.end).replace(/\s+/g, " ").toLowerCase();
          nameUses.set(name, (nameUses.get(name) ?? 0) + 1);
          // "in Moody's view": an owner is no place.
          if (phrase[b]!.word.possessive) continue;
          const at = ws.indexOf(first);
          // "in the Americas": a determiner may stand between.
          const before = first.breakBefore ? undefined : ws[at - 1]?.lower === "the" ? ws[at - 2] : ws[at - 1];
          if (before && LOCATIVE.test(before.lower)) locative.set(name, (locative.get(name) ?? 0) + 1);
        }
      }
      ws.forEach((w, k) => {
        const before = ws[k - 1];
        if (before && !w.breakBefore && w.capital && /^[A-Z][a-z]+$/.test(w.text) && TITLE_BEFORE.test(before.lower)) titled.set(w.lower, (titled.get(w.lower) ?? 0) + 1);
      });
      for (const w of ws) {
        if (w.sentenceStart || !/^[A-Za-z]+$/.test(w.text)) continue;
        const m = w.capital ? capital : lower;
        m.set(w.lower, (m.get(w.lower) ?? 0) + 1);
      }
    }
    for (const p of t.participants) {
      const first = p.name.split(/\s+/)[0];
      if (p.role !== "operator" && first && /^[A-Z][a-z]+$/.test(first)) firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
      if (p.role === "analyst" && p.organization) organizations.add(shortName(p.organization));
    }
    if (t.call.company) organizations.add(shortName(t.call.company));
  }
  for (const [key, n] of own) {
    const top = topTf.get(key) ?? 0;
    if (!df.has(key)) { df.set(key, 0); tf.set(key, 0); topTf.set(key, n); continue; }
    // The counts kept are the others': the top company's are held apart.
    df.set(key, df.get(key)! + 1);
    tf.set(key, tf.get(key)! + Math.min(n, top));
    if (n > top) topTf.set(key, n);
  }
  if (++done % 50 === 0) console.error(`${done} / ${byCompany.size} companies`);
}

const companies = byCompany.size;
/** Terms only one company uses are left out: they count as unseen. */
const terms: Record<string, [number, number]> = {};
for (const [k, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= 1) terms[k] = [n, tf.get(k)!];
const proper = [...capital]
  .filter(([k, n]) => n >= 3 && (lower.get(k) ?? 0) <= n * 0.05)
  .map(([k]) => k)
  .sort();
/**
 * Names written after "in", "across" and the like at least a fifth of the time, by five companies
 * or more, and no company's name: places, not organizations or products (a name few companies
 * use that way is their own: "growth in Fios").
 */
const properWords = new Set(proper);
const places = [...nameUses]
  .filter(([k]) => k.split(" ").every((w) => properWords.has(w) || /^(?:[a-z]\.)+$/.test(w)))
  .filter(([k, n]) => n >= 5 && (locative.get(k) ?? 0) >= 0.2 * n && (terms[topicKey(k)]?.[0] ?? 0) >= 4 && !organizations.has(k) && !organizations.has(`${k}'s`))
  .map(([k]) => k)
  .sort();
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const out = {
  about: "Generated by scripts/build-extract-stats.ts from corpus-large: for each candidate topic term used by two companies or more, [companies, occurrences] without the company using it most; proper-noun words, place names, participants' first names. Words and counts only.",
  companies,
  calls,
  words,
  terms,
  proper,
  places,
  firstNames: [...firstNames.keys()].sort(),
  // Job titles and people's names stand where a firm should in some scraped lists: not organizations.
  organizations: [...organizations].filter((o) => o.length > 1 && firmKey(o) !== "" && !(firstNames.has(cap(o.split(" ")[0]!)) && o.split(" ").length === 2)).sort(),
  /** Words written after a title or honorific in three calls' worth of uses or more ("biden", "powell"): surnames. */
  surnames: [...titled].filter(([w, n]) => n >= 3 && properWords.has(w) && !organizations.has(w)).map(([w]) => w).sort(),
};
writeFileSync(process.argv[3] ?? path.resolve(root, "src/extract/text/data/term-stats.json"), JSON.stringify(out));
console.log(`calls ${calls}, companies ${companies}, words ${words}, terms ${Object.keys(terms).length}, proper words ${proper.length}, places ${places.length}, first names ${firstNames.size}`);
