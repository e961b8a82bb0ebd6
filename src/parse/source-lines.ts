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

