import type { SourceLine } from "./source-lines.js";

const TAGGED_BREAK = /<LINEBREAK>|<PAGE_BREAK>|\r\n|\n|\r/g;
const MULTISPACE = /<MULTISPACE>/g;
const PAGE_TOP = 6;

/**
 * Lines of PDF text exported with layout tags: `<LINEBREAK>` and `<PAGE_BREAK>` end a line like a
 * newline does, `<MULTISPACE>` is a run of spaces. Each line's text has the tags replaced by spaces
 * and is trimmed; `start`/`end` bound that content in the source; `number` counts real lines
 * (newlines in the source), so diagnostics point at what an editor shows.
 * Page furniture goes: page numbers, and lines repeated at the top of most pages (running titles,
 * dates, copyright notices), which would otherwise land in the middle of a turn.
 */
export function taggedPdfLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const pageOf: number[] = [];
  let page = 0;
  let segStart = 0;
  let realLine = 1;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const clean = raw.replace(MULTISPACE, (m) => " ".repeat(m.length));
    const lead = clean.length - clean.trimStart().length;
    const trail = clean.length - clean.trimEnd().length;
    const start = from + lead;
    lines.push({ number: realLine, text: clean.trim().replace(/\s+/g, " "), start, end: Math.max(start, to - trail) });
    pageOf.push(page);
  };
  TAGGED_BREAK.lastIndex = 0;
  for (let m = TAGGED_BREAK.exec(text); m !== null; m = TAGGED_BREAK.exec(text)) {
    push(segStart, m.index);
    segStart = m.index + m[0].length;
    if (m[0] === "<PAGE_BREAK>") page++;
    else if (m[0].charCodeAt(0) === 10 || m[0].charCodeAt(0) === 13) realLine++;
  }
  push(segStart, text.length);
  return dropPageFurniture(lines, pageOf);
}

function dropPageFurniture(lines: SourceLine[], pageOf: number[]): SourceLine[] {
  const pages = new Set(pageOf.filter((_, i) => lines[i]!.text !== "")).size;
  const atTop: boolean[] = new Array<boolean>(lines.length).fill(false);
  const topCounts = new Map<string, number>();
  const allCounts = new Map<string, number>();
  let seenOnPage = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && pageOf[i] !== pageOf[i - 1]) seenOnPage = 0;
    const t = lines[i]!.text;
    if (t === "") continue;
    allCounts.set(t, (allCounts.get(t) ?? 0) + 1);
    if (seenOnPage++ < PAGE_TOP) {
      atTop[i] = true;
      topCounts.set(t, (topCounts.get(t) ?? 0) + 1);
    }
  }
  // A running title sits at the top of most pages and nowhere else; a speaker's name that happens
  // to open many pages also appears mid-page, so it stays.
  const repeated = (t: string) => {
    const top = topCounts.get(t) ?? 0;
    return pages >= 3 && top >= Math.max(3, pages / 2) && top >= 0.9 * (allCounts.get(t) ?? 0);
  };
  return lines.filter((l, i) => !(atTop[i] && (repeated(l.text) || /^(?:\d{1,3}|page \d+ (?:of|\/) \d+)$/i.test(l.text))));
}
