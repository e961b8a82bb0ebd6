/**
 * Node ids of the graph model (cypher/GRAPH.md). Pure: the same call always gets the same ids, so
 * loading it again finds, rather than duplicates, what is there. Shared nodes are keyed by the
 * identity keys of src/extract/mentions/identity.ts; per-call nodes by the call id and their index.
 */

export const companyId = (key: string): string => `company:${key}`;

/**
 * The identity key of a call's company. Rule: a known ticker decides (`ticker:GLW`), because the
 * ticker is stable where the name varies between sources ("Aaron's" / "Aaron's, Inc." / a
 * greeting's partial name), so every call of one ticker lands on one Company; without a (valid)
 * ticker, the name's `companyKey`. Null when neither is known.
 */
export function companyIdentityKey(input: { ticker: string | null; nameKey: string | null }): string | null {
  const ticker = normalTicker(input.ticker);
  if (ticker !== null) return `ticker:${ticker}`;
  return input.nameKey === null || input.nameKey === "" ? null : input.nameKey;
}

/** Upper case, exchange prefix dropped (`NYSE:GLW` → `GLW`); null unless it looks like a ticker. */
export function normalTicker(ticker: string | null): string | null {
  if (ticker === null) return null;
  const bare = ticker.trim().toUpperCase().replace(/^[A-Z]+:\s*/, "");
  return /^[A-Z0-9][A-Z0-9.\-]{0,9}$/.test(bare) ? bare : null;
}
export const personId = (key: string): string => `person:${key}`;
/** Operators are not one person across calls: each call's operator is its own node. */
export const operatorId = (callId: string): string => `person:operator:${callId}`;
/**
 * Placeholder speakers ("Unidentified Analyst", "Speaker 2") are not one person across calls
 * either: the same label in two calls names two humans, so the id is scoped to the call.
 */
export const anonymousPersonId = (callId: string, key: string): string => `person:anon:${callId}:${key}`;
export const firmId = (key: string): string => `firm:${key}`;
export const organizationId = (key: string): string => `org:${key}`;
export const topicId = (key: string): string => `topic:${key}`;
export const metricId = (name: string): string => `metric:${name}`;
export const periodId = (label: string): string => `period:${label}`;
export const turnId = (callId: string, index: number): string => `${callId}#t${index}`;
export const exchangeId = (callId: string, index: number): string => `${callId}#x${index}`;
export const factId = (callId: string, index: number): string => `${callId}#m${index}`;

/**
 * `call:<companyKey>:<YYYY>-Q<n>` when the company and the quarter are known, so two sources of
 * one call are one Call; otherwise `call:sha:<16 hex of the source sha256>`, one per content.
 */
export function callId(input: { companyKey: string | null; fiscalYear: number | null; fiscalQuarter: number | null; sha256: string }): string {
  const { companyKey, fiscalYear, fiscalQuarter, sha256 } = input;
  if (companyKey !== null && companyKey !== "" && fiscalYear !== null && fiscalQuarter !== null) {
    return `call:${companyKey}:${fiscalYear}-Q${fiscalQuarter}`;
  }
  return `call:sha:${sha256.slice(0, 16)}`;
}

export type PeriodKind = "quarter" | "half" | "year" | "ytd";

export interface PeriodProps {
  label: string;
  fiscalYear: number;
  fiscalQuarter: number | null;
  half: number | null;
  kind: PeriodKind;
}

const PERIOD_LABEL = /^(\d{4})-(?:Q([1-4])|H([12])|(FY)|(\d{1,2})M)$/;

/**
 * The properties of a `Period` node from its label. Grammar: `YYYY-Qn` (quarter), `YYYY-Hn`
 * (half), `YYYY-FY` (year), `YYYY-<m>M` (year to date after m months). Null for anything else,
 * which the load stage then refuses as a malformed fact rather than inventing a period.
 */
export function periodProps(label: string): PeriodProps | null {
  const m = PERIOD_LABEL.exec(label);
  if (m === null) return null;
  const fiscalYear = Number(m[1]);
  if (m[2] !== undefined) {
    return { label, fiscalYear, fiscalQuarter: Number(m[2]), half: null, kind: "quarter" };
  }
  if (m[3] !== undefined) return { label, fiscalYear, fiscalQuarter: null, half: Number(m[3]), kind: "half" };
  if (m[4] !== undefined) return { label, fiscalYear, fiscalQuarter: null, half: null, kind: "year" };
  const months = Number(m[5]);
  if (months < 1 || months > 12) return null;
  return { label, fiscalYear, fiscalQuarter: null, half: null, kind: "ytd" };
}
