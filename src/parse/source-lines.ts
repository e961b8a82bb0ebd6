/** One line of the decoded source, without its line ending; offsets into the whole text. */
export interface SourceLine {
  /** 1-based. */
  number: number;
  text: string;
  start: number;
  end: number;
}

/** Splits on LF, CRLF or lone CR, keeping offsets so turns can point back into the source. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ number, text: text.slice(start, i), start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      number++;
    }
  }
  lines.push({ number, text: text.slice(start), start, end: n });
  return lines;
}

/** 1-based line number of `offset`, by binary search over line starts. */
export function lineAt(lines: readonly SourceLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]?.number ?? 1;
}

export function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

const TAGGED_BREAK = /<LINEBREAK>|<PAGE_BREAK>|\r\n|\n|\r/g;
const MULTISPACE = /<MULTISPACE>/g;

/**
 * Lines of PDF text exported with layout tags: `<LINEBREAK>` and `<PAGE_BREAK>` end a line like a
 * newline does, `<MULTISPACE>` is a run of spaces. Each line's text has the tags replaced by spaces
 * and is trimmed; `start`/`end` bound that content in the source. `number` counts real lines
 * (newlines in the source), so diagnostics point at what an editor shows.
 */
export function splitTaggedLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let segStart = 0;
  let realLine = 1;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const clean = raw.replace(MULTISPACE, (m) => " ".repeat(m.length));
    const lead = clean.length - clean.trimStart().length;
    const trail = clean.length - clean.trimEnd().length;
    const start = from + lead;
    const end = Math.max(start, to - trail);
    lines.push({ number: realLine, text: clean.trim().replace(/\s+/g, " "), start, end });
  };
  TAGGED_BREAK.lastIndex = 0;
  for (let m = TAGGED_BREAK.exec(text); m !== null; m = TAGGED_BREAK.exec(text)) {
    push(segStart, m.index);
    segStart = m.index + m[0].length;
    if (m[0].charCodeAt(0) === 10 || m[0].charCodeAt(0) === 13) realLine++;
  }
  push(segStart, text.length);
  return lines;
}
