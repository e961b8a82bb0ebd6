/** Offsets of a JSON string literal's content (between the quotes, escapes undecoded). */
export interface StringSpan {
  start: number;
  end: number;
}

const SECTION_KEYS = new Set(["prepared_remarks", "q_and_a"]);

/**
 * Where each `speech` string of `{"prepared_remarks": [{…, "speech": "…"}], "q_and_a": […]}`
 * sits in the source, in array order, so turns keep offsets into the file as it is. The input must
 * already be valid JSON (JSON.parse succeeded); this scanner only tracks nesting and keys.
 */
export function findSpeechSpans(text: string): Map<string, StringSpan[]> {
  const spans = new Map<string, StringSpan[]>();
  const stack: (string | null)[] = [];
  let pendingKey: string | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = stringEnd(text, i + 1);
      let j = end + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 58 /* : */) {
        pendingKey = end - i - 1 <= 40 ? (JSON.parse(text.slice(i, end + 1)) as string) : "";
        i = j + 1;
        continue;
      }
      const arrayKey = stack.length === 3 ? stack[1] : undefined;
      if (pendingKey === "speech" && arrayKey && SECTION_KEYS.has(arrayKey)) {
        const list = spans.get(arrayKey) ?? [];
        list.push({ start: i + 1, end });
        spans.set(arrayKey, list);
      }
      pendingKey = null;
      i = end + 1;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push(pendingKey);
      pendingKey = null;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      pendingKey = null;
    } else if (c === 44 /* , */) {
      pendingKey = null;
    }
    i++;
  }
  return spans;
}

/** Index of the closing quote of a string whose content starts at `from`. */
function stringEnd(text: string, from: number): number {
  let j = from;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return text.length;
    let backslashes = 0;
    for (let k = q - 1; k >= from && text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
