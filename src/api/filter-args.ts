import { closest, distance } from "fastest-levenshtein";
import type { ApiContext } from "./context.js";
import { FactScope } from "./enums.js";
import { ApiError, ErrorCode } from "./errors.js";
import type { DateFilter, FactQuality } from "./filters.input.js";
import { decodeGlobalId, type NodeTypeName } from "./global-id.js";
import { resolveMetricName } from "./metric-names.js";
import { callQuarterBounds, inPeriodWindow, periodWindow, type PeriodFilterInput } from "./period-input.js";

/** What a company reference may be, as messages say it. */
const COMPANY_REF = "a company reference (ticker, name, alias, graph id or global id)";

/** What a topic reference may be, as messages say it. */
const TOPIC_REF = "a topic reference (name, alias, graph id or global id)";

/** The graph id inside `ref` when it is a global id of `type`, else null. */
export function graphIdOf(ref: string, type: NodeTypeName): string | null {
  const decoded = decodeGlobalId(ref);
  return decoded?.type === type ? decoded.graphId : null;
}

/** A reference as the by-ref statements take it: a global id of `type` becomes its graph id. */
function refKey(ref: string, type: NodeTypeName): string {
  return graphIdOf(ref.trim(), type) ?? ref.trim();
}

/** Refuses an empty reference, naming what was expected. */
function checkedRef(ref: string, what: string): string {
  if (ref.trim() === "") throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected ${what}, found ${JSON.stringify(ref)}`);
  return ref;
}

/** The company a reference names (the best match), or null; an empty reference is BAD_USER_INPUT. */
export async function findCompany(ctx: ApiContext, ref: string) {
  const [best] = await findCompanies(ctx, ref);
  return best ?? null;
}

/** Every company a reference names equally well (one company split in two shares its name). */
function findCompanies(ctx: ApiContext, ref: string) {
  return ctx.loaders.companiesByRef.load(refKey(checkedRef(ref, COMPANY_REF), "Company"));
}

/** The topic a reference names, or null; an empty reference is BAD_USER_INPUT. */
export async function findTopic(ctx: ApiContext, ref: string) {
  return ctx.loaders.topicByRef.load(refKey(checkedRef(ref, TOPIC_REF), "Topic"));
}

/**
 * The graph ids of the companies a filter names, null when it names none. Every reference must
 * name a company: an unknown one is NOT_FOUND (a silent empty answer would read as "no data").
 */
export async function companyIds(ctx: ApiContext, refs: readonly string[] | null | undefined): Promise<string[] | null> {
  if (refs == null) return null;
  if (refs.length === 0) throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected at least one company in "companies", found an empty list`);
  const found = await Promise.all(refs.map((ref) => findCompanies(ctx, ref)));
  const ids = found.flatMap((companies, i) => {
    if (companies.length === 0) throw new ApiError(ErrorCode.NOT_FOUND, `No company matches ${JSON.stringify(refs[i])}: expected ${COMPANY_REF} of a company in the graph`);
    return companies.map((c) => c.graphId);
  });
  return [...new Set(ids)];
}

/**
 * The references of a company filter as statements that resolve them themselves take them
 * (`$companyRefs`, see calls-of-company-refs-page.cypher), when every one looks like what such a
 * statement finds: a graph id or global id of a company, or an upper-case ticker. Null otherwise
 * (no filter, or a name such as "Verizon": the lookup by name runs first, as before). Refuses what
 * companyIds refuses before any lookup (an empty list, an empty reference), with the same errors.
 */
export function exactCompanyRefs(refs: readonly string[] | null | undefined): string[] | null {
  if (refs == null) return null;
  if (refs.length === 0) throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected at least one company in "companies", found an empty list`);
  const keys = refs.map((ref) => refKey(checkedRef(ref, COMPANY_REF), "Company"));
  return keys.every((key) => key.startsWith("company:") || TICKER.test(key)) ? keys : null;
}

/** What a ticker reference looks like: upper-case letters and digits, a dot or dash inside. */
const TICKER = /^[A-Z0-9][A-Z0-9.-]{0,9}$/;

/** The graph id a topic reference gives (a graph id, or a global id of a topic), null for a name or alias. */
export function exactTopicId(ref: string): string | null {
  const key = refKey(checkedRef(ref, TOPIC_REF), "Topic");
  return key.startsWith("topic:") ? key : null;
}

/** The graph id of the topic a filter names (NOT_FOUND when none matches), null when absent. */
export async function topicId(ctx: ApiContext, ref: string | null | undefined): Promise<string | null> {
  if (ref == null) return null;
  const topic = await findTopic(ctx, ref);
  if (topic === null) throw new ApiError(ErrorCode.NOT_FOUND, `No topic matches ${JSON.stringify(ref)}: expected a topic's name, alias, graph id or global id`);
  return topic.graphId;
}

/** The metric names a filter names (NOT_FOUND for one that names no metric), null when absent. */
export async function metricNames(ctx: ApiContext, names: readonly string[] | null | undefined): Promise<string[] | null> {
  if (names == null) return null;
  if (names.length === 0) throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected at least one metric in "metrics", found an empty list`);
  return Promise.all(names.map((name) => metricName(ctx, name)));
}

/** The metric a name means (case, spaces and aliases forgiven); NOT_FOUND with a suggestion otherwise. */
export async function metricName(ctx: ApiContext, name: string): Promise<string> {
  checkedRef(name, "a metric name (e.g. revenue, gross_margin, eps)");
  const known = await ctx.loaders.metricNames();
  const found = resolveMetricName(name, known);
  if (found !== null) return found;
  const lower = name.trim().toLowerCase().replace(/[\s-]+/g, "_");
  const near = known.length === 0 ? null : closest(lower, [...known]);
  const hint = near !== null && distance(lower, near) <= 3 ? `; did you mean ${near}?` : "; the metrics query lists them";
  throw new ApiError(ErrorCode.NOT_FOUND, `No metric matches ${JSON.stringify(name)}${hint}`);
}

/** A date window as statement parameters (ISO dates or null); `from` after `to` is BAD_USER_INPUT. */
export function dateWindow(input: DateFilter | null | undefined): { dateFrom: string | null; dateTo: string | null } {
  const dateFrom = isoDate(input?.from);
  const dateTo = isoDate(input?.to);
  if (dateFrom !== null && dateTo !== null && dateFrom > dateTo) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected date.from to be on or before date.to, found from ${dateFrom} and to ${dateTo}`);
  }
  return { dateFrom, dateTo };
}

function isoDate(value: Date | string | null | undefined): string | null {
  if (value == null) return null;
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** Scope and confidence as statement parameters, with the field's defaults for what is absent. */
export interface QualityParams {
  /** "company", "segment", or null for any. */
  scope: "company" | "segment" | null;
  /** Lower-cased segment name, or null. */
  segment: string | null;
  minConfidence: number;
}

export function factQuality(input: FactQuality | null | undefined, defaults: { scope: FactScope; minConfidence: number }): QualityParams {
  const minConfidence = input?.minConfidence ?? defaults.minConfidence;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected minConfidence from 0 to 1, found ${minConfidence}`);
  }
  const segment = input?.segment == null ? null : input.segment.trim().toLowerCase();
  if (segment === "") throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected a segment name, found ""`);
  const scope = segment !== null ? FactScope.SEGMENT : (input?.scope ?? defaults.scope);
  return { scope: scope === FactScope.COMPANY ? "company" : scope === FactScope.SEGMENT ? "segment" : null, segment, minConfidence };
}

/** Whether a fact (a node row) passes scope and confidence. */
export function passesQuality(fact: Record<string, unknown>, quality: QualityParams): boolean {
  const scope = String(fact["scope"] ?? "company");
  if (quality.scope === "company" && scope !== "company") return false;
  if (quality.scope === "segment" && scope === "company") return false;
  if (quality.segment !== null && scope.toLowerCase() !== quality.segment) return false;
  return Number(fact["confidence"] ?? 0) >= quality.minConfidence;
}

/** The defaults of series and scorecards: company-wide figures that are at least as likely right as wrong. */
export const SERIES_QUALITY = { scope: FactScope.COMPANY, minConfidence: 0.5 } as const;
/** The defaults of fact lists: every fact. */
export const ALL_FACTS = { scope: FactScope.ANY, minConfidence: 0 } as const;

/** Which calls pass a window: bounds on the call's quarter ordinal and on its date. */
export interface CallWindow {
  fromOrd: number | null;
  toOrd: number | null;
  dateFrom: string | null;
  dateTo: string | null;
}

/**
 * A window of calls as statement parameters; null when no call can pass (a period filter for
 * halves or years: calls report quarters).
 */
export function callWindow(input: { period?: PeriodFilterInput | null; date?: DateFilter | null } | null | undefined): CallWindow | null {
  const bounds = callQuarterBounds(periodWindow(input?.period));
  const dates = dateWindow(input?.date);
  return bounds === null ? null : { ...bounds, ...dates };
}

/**
 * callWindow for a fast path that may leave the request's errors to the usual path: null both
 * when no call can pass and when the filter is refused (the usual path reports it, after the
 * errors it reports first).
 */
export function callWindowOrNull(input: Parameters<typeof callWindow>[0]): CallWindow | null {
  try {
    return callWindow(input);
  } catch {
    return null;
  }
}

/** Whether a call (a node row) passes a window, for lists filtered in memory. */
export function inCallWindow(call: Record<string, unknown>, window: CallWindow): boolean {
  const year = call["fiscalYear"];
  const quarter = call["fiscalQuarter"];
  const ord = typeof year === "number" && typeof quarter === "number" ? year * 4 + quarter - 1 : null;
  if ((window.fromOrd !== null || window.toOrd !== null) && ord === null) return false;
  if (window.fromOrd !== null && ord! < window.fromOrd) return false;
  if (window.toOrd !== null && ord! > window.toOrd) return false;
  const date = typeof call["date"] === "string" ? call["date"] : null;
  if ((window.dateFrom !== null || window.dateTo !== null) && date === null) return false;
  if (window.dateFrom !== null && date! < window.dateFrom) return false;
  if (window.dateTo !== null && date! > window.dateTo) return false;
  return true;
}

/** The graph's period labels a fact period filter lets through; null when it filters nothing. */
export async function factPeriods(ctx: ApiContext, input: PeriodFilterInput | null | undefined): Promise<string[] | null> {
  const window = periodWindow(input);
  if (window === null) return null;
  const periods = await ctx.loaders.periods();
  return periods.map((p) => String(p["label"])).filter((label) => inPeriodWindow(label, window));
}

/** A call window as part of a keyed loader's key (the statements read `k.fromOrd`, …). */
export function filterKeyWindow(window: CallWindow): Record<string, unknown> {
  return { fromOrd: window.fromOrd, toOrd: window.toOrd, dateFrom: window.dateFrom, dateTo: window.dateTo };
}
