import type { LayoutReading, ReaderInput } from "./layout-reading.js";
import { readCallStreet } from "./parse-callstreet.js";
import { hasNameBlocks, readNameBlocks } from "./parse-name-blocks.js";
import { readPlain } from "./parse-plain.js";
import { readLabelledLine, readSpeakerLog } from "./parse-speaker-log.js";
import { taggedPdfLines } from "./tagged-pdf-lines.js";

const CALLSTREET = /^(?:MANAGEMENT DISCUSSION SECTION|QUESTION AND ANSWER SECTION)$/;

/**
 * Tagged PDF text is a container: once the tags are read as lines (page furniture dropped), the
 * page holds one of the text layouts — FactSet CallStreet blocks (JPMorgan), `NAME: text` turns
 * (Citi), speeches under name lines (UBS) — or prose without speakers. Offsets keep pointing into the tagged source.
 */
export function readTaggedPdf(input: ReaderInput): LayoutReading {
  const lines = taggedPdfLines(input.text);
  const inner = { ...input, lines };
  if (lines.some((l) => CALLSTREET.test(l.text))) return readCallStreet(inner);
  let labelled = 0;
  for (const l of lines) if (readLabelledLine(l.text)) labelled++;
  if (labelled >= 3) return readSpeakerLog(inner);
  if (hasNameBlocks(lines)) return readNameBlocks(inner);
  return readPlain(inner);
}
