import type { CallInfo } from "../model/transcript.js";
import { dateFromText, periodFromText } from "./call-period.js";

/**
 * Call metadata from the top of a Motley Fool page (and the `=====` block some scrapers add):
 *   Company: Novo Nordisk (诺和诺德) · Ticker: NVO · Quarter: Q3 2024
 *   Novo Nordisk(NVO+0.14%)Q3 2024 Earnings CallNov 06, 2024,7:00 a.m. ET
 *   Wednesday, June 4, 2025 at 5 p.m. ET
 */
export function readFoolHeader(head: string): Partial<CallInfo> {
  const call: Partial<CallInfo> = {};
  const title = /^(.{2,80}?)\s*\((?:[A-Z]{2,10}:\s*)?([A-Z][A-Z0-9.]{0,9})(?:[+\-−][\d.]+%)?\)\s*(.{0,60}?Call)\s*(.{0,40})$/m.exec(head);
  if (title) {
    call.company = title[1]!.trim();
    call.ticker = title[2]!;
    const p = periodFromText(title[3]!);
    if (p) Object.assign(call, p);
    // The date follows the title on the same line (2024 pages) or on the next line (older pages).
    call.date = dateFromText(title[4]!) ?? dateFromText(head.slice(title.index + title[0].length, title.index + title[0].length + 80));
  }
  const company = /^Company:\s*(.+)$/m.exec(head);
  if (company) call.company ??= company[1]!.replace(/\s*\([^)]*\)\s*$/, "").trim() || null;
  const ticker = /^Ticker:\s*([A-Z][A-Z0-9.]{0,9})\s*$/m.exec(head);
  if (ticker) call.ticker ??= ticker[1]!;
  const quarter = /^Quarter:\s*(.+)$/m.exec(head);
  if (quarter && call.fiscalYear === undefined) {
    const p = periodFromText(quarter[1]!);
    if (p) Object.assign(call, p);
  }
  if (!call.date) {
    const dated = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(.{6,30}?\d{4})\b.*\bET\s*$/m.exec(head);
    call.date = dated ? dateFromText(dated[1]!) : null;
  }
  return call;
}

/** The page's footer: nothing after it is spoken. */
export const FOOL_TRAILER = /^(?:This article is a transcript of this conference call|More [A-Z.]{1,10} analysis\s*$|All earnings call transcripts\s*$)/;
