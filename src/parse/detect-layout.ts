import type { Layout } from "../model/transcript.js";
import { looksLikeCallProse } from "./parse-plain.js";
import { countLabelledLines } from "./parse-speaker-log.js";
import { readDashedSpeaker } from "./parse-streetevents.js";

/**
 * Layout detection from the first part of the text. Each layout has markers that the others do not
 * share; the first that holds wins, most specific first. Returns null when nothing holds, so the
 * caller can say so rather than guess.
 */
export function detectLayout(text: string): Layout | null {
  const head = text.slice(0, 20000);
  const trimmed = head.trimStart();
  // `[00:01:02] Name: text` logs also open with a bracket; a JSON array holds values.
  if (trimmed.startsWith("{") || /^\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?\s*[,\]]|true|false|null)/.test(trimmed)) return "json";
  if (/<(?:MULTISPACE|LINEBREAK|PAGE_BREAK)>/.test(head)) return "tagged-pdf";
  if (/^Full Conference Call Transcript\s*$/im.test(text) && /^[^\n:]{2,60}:\S/m.test(text)) return "motleyfool2025";
  if (/^Prepared Remarks:\s*$/m.test(head) && /^[^\n]{2,60}--[^\n]{1,160}$/m.test(head)) return "motleyfool";
  if (/^\s*(?:MANAGEMENT DISCUSSION SECTION|QUESTION AND ANSWER SECTION)\s*$/m.test(head)) return "callstreet";
  if (/^\s*P R E S E N T A T I O N\s*$|^\s*Q U E S T I O N S {1,3}A N D {1,3}A N S W E R S\s*$/m.test(head)) return "streetevents";
  if (looksLikeCapitalIq(head)) return "capitaliq";
  if (looksLikeSeekingAlpha(head)) return "seekingalpha";
  if (countDashedSpeakers(head) >= 2) return "streetevents";
  if (/^(?:CORPORATE PARTICIPANTS|CONFERENCE CALL PARTICIPANTS|PRESENTATION|QUESTIONS AND ANSWERS)[ \t]*$/m.test(head)) return "streetevents2022";
  const labelled = countLabelledLines(head);
  if (labelled.lines >= 3 && labelled.speakers >= 2) return "speaker-log";
  if (looksLikeCallProse(text)) return "plain";
  return null;
}

function countDashedSpeakers(head: string): number {
  let n = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.length < 200 && line.includes(" - ") && readDashedSpeaker(line)?.organization) n++;
    if (n >= 2) break;
  }
  return n;
}

const SA_LISTS = /^\s*(?:Executives|Company Participants|Corporate Participants)\s*$[\s\S]{0,3000}?^\s*(?:Analysts|Conference Call Participants)\s*$/m;
const SA_TITLE = /\((?:NYSE|NASDAQ|Nasdaq\w*|AMEX|NYSEMKT|NYSEArca|OTC\w*|TSX|LSE|[A-Z]{2,10}):\s*[A-Z][A-Z0-9.-]{0,9}\)/;

/** Seeking Alpha: an exchange:ticker title line, or both lists followed by bare-name turn headers. */
function looksLikeSeekingAlpha(head: string): boolean {
  const top = head.slice(0, 4000);
  if (!/^\s*(?:Executives|Company Participants|Corporate Participants)\s*$/m.test(top)) return false;
  return SA_TITLE.test(head.slice(0, 600)) || (SA_LISTS.test(top) && /^\s*Operator\s*$/m.test(head));
}

/** S&P Capital IQ: EXECUTIVES and ANALYSTS lists in capitals, then title-case section headings. */
function looksLikeCapitalIq(head: string): boolean {
  return /^\s*EXECUTIVES\s*$/m.test(head) && /^\s*ANALYSTS\s*$/m.test(head) && /^\s*(?:Presentation|Question and Answers?)\s*$/m.test(head);
}
