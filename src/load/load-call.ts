import type { Database, Params, Row, Tx } from "../db/database.js";
import { DbError } from "../db/db-errors.js";
import type { Extraction, MetricFact } from "../model/facts.js";
import type { Transcript } from "../model/transcript.js";
import { acrossCallsChange, acrossCallsMentions } from "./across-calls-topics.js";
import { buildCallGraph, type CallGraph } from "./call-graph.js";
import type { LoadResult } from "./load-result.js";
import { isOutcome, resolveAcrossCalls, type PlacedFact } from "./resolve-across-calls.js";
import { statementParams } from "./statement-params.js";

export interface LoadOptions {
  /** Load even when the call already holds this very source (same content hash). */
  force?: boolean;
  /**
   * Called inside the transaction after each statement, with its name (`load/write-content`), the
   * transaction and the id of the call being written. A seam for tests: throwing, or running a
   * failing statement, aborts the load part-way, which must leave the graph as it was.
   */
  afterStatement?: (statement: string, tx: Tx, callId: string) => Promise<void> | void;
}

/** A transcript and what was extracted from it: one call to load. */
export interface CallInput {
  transcript: Transcript;
  extraction: Extraction;
}

/** What became of one call of a batch: loaded (or unchanged), or failed with its own error. */
export type BatchOutcome = { ok: true; result: LoadResult } | { ok: false; error: unknown };

interface Counts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/**
 * Writes one call in one write transaction: takes the company's and the call's locks, deletes the
 * previous version of the call (if any) exactly, writes the new one with a handful of batched
 * UNWIND statements, counts the company's topics in each of its calls, deletes shared nodes only
 * the old version referred to, then resolves guidance against the actuals of the company's other
 * calls in both directions. All or nothing;
 * retried as a whole on transient errors (deadlocks). A call that already holds this source
 * (same sha256) is left untouched and reported `unchanged`, unless `force` is set.
 */
export async function loadCall(db: Database, input: CallInput, options: LoadOptions = {}): Promise<LoadResult> {
  const graph = buildCallGraph(input.transcript, input.extraction);
  const [result] = await writeCalls(db, [{ graph, input }], options);
  return result!;
}

/**
 * Loads several calls in one write transaction, which costs Neo4j much less per call than a
 * transaction each: a commit, and a refresh of the full-text index, per batch instead of per call.
 * The calls must be of different companies (each load locks its company; ingest's scheduler sees
 * to it) and different calls. Every call stays all or nothing on its own: when the batch fails,
 * nothing of it was written, and each call is loaded again in a transaction of its own, so a bad
 * call fails alone, with its own error, and the others load. Only when the database is
 * unreachable do all of them fail at once, with that error. Outcomes come in the order given.
 */
export async function loadCalls(db: Database, inputs: CallInput[], options: LoadOptions = {}): Promise<BatchOutcome[]> {
  const outcomes: (BatchOutcome | undefined)[] = inputs.map(() => undefined);
  const batch: { at: number; graph: CallGraph; input: CallInput }[] = [];
  inputs.forEach((input, at) => {
    try {
      batch.push({ at, graph: buildCallGraph(input.transcript, input.extraction), input });
    } catch (error) {
      outcomes[at] = { ok: false, error };
    }
  });
  if (batch.length > 1) {
    try {
      const results = await writeCalls(db, batch, options);
      batch.forEach(({ at }, i) => (outcomes[at] = { ok: true, result: results[i]! }));
      return outcomes as BatchOutcome[];
    } catch (error) {
      if (error instanceof DbError && error.code === "DATABASE_UNAVAILABLE") {
        for (const { at } of batch) outcomes[at] = { ok: false, error };
        return outcomes as BatchOutcome[];
      }
      // One of them is bad (or the batch met an error it could not retry away): nothing of the
      // batch was written; each call on its own finds out which.
    }
  }
  for (const one of batch) {
    try {
      const [result] = await writeCalls(db, [one], options);
      outcomes[one.at] = { ok: true, result: result! };
    } catch (error) {
      outcomes[one.at] = { ok: false, error };
    }
  }
  return outcomes as BatchOutcome[];
}

/** The calls in one write transaction, one after the other; all or nothing, retried as a whole. */
async function writeCalls(
  db: Database,
  calls: { graph: CallGraph; input: CallInput }[],
  options: LoadOptions,
): Promise<LoadResult[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.writeTx(async (tx) => {
        const results: LoadResult[] = [];
        for (const { graph, input } of calls) results.push(await writeCall(tx, { graph, input, options }));
        return results;
      });
    } catch (error) {
      if (attempt >= STALE_NODE_ATTEMPTS || !isStaleNodeError(error)) throw error;
    }
  }
}

/**
 * A shared node this load matched was deleted meanwhile by another load's orphan clean-up (a
 * reload that removed the last reference to it). The transaction has rolled back; run it again,
 * and the node is merged anew. Neo4j reports this as a client error, so the driver does not retry.
 */
const STALE_NODE_ATTEMPTS = 3;

function isStaleNodeError(error: unknown): boolean {
  const cause = error instanceof DbError ? error.cause : undefined;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
  return code === "Neo.ClientError.Statement.EntityNotFound";
}

async function writeCall(
  tx: Tx,
  { graph, input, options }: { graph: CallGraph; input: CallInput; options: LoadOptions },
): Promise<LoadResult> {
  const hash = input.transcript.source.sha256;
  const counts: Counts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  // Everything but the call id goes in one map parameter, `$batch`. Neo4j keys its plan cache on
  // the parameters' types, and for a list or string also on its size rounded to a power of ten, so
  // top-level lists would make one statement re-planned for each mix of sizes a call brings; a
  // map carries no size.
  const runAll = async (statement: string, batch: Params): Promise<Row[]> => {
    const rows = await tx.run(statement, { callId: graph.callId, batch });
    const row = rows[0] ?? {};
    counts.nodesCreated += num(row.nodesCreated);
    counts.nodesDeleted += num(row.nodesDeleted);
    counts.relationshipsCreated += num(row.relationshipsCreated);
    counts.relationshipsDeleted += num(row.relationshipsDeleted);
    await options.afterStatement?.(statement, tx, graph.callId);
    return rows;
  };
  const run = async (statement: string, params: Params): Promise<Row> => (await runAll(statement, params))[0] ?? {};
  const companies = graph.company === null ? [] : [graph.company];

  const lock = await run("load/lock-call", { companies });
  const previousHash = typeof lock.sourceHash === "string" ? lock.sourceHash : null;
  counts.nodesCreated += num(lock.companiesCreated) + (previousHash === null ? 1 : 0);
  if (previousHash === hash && options.force !== true) {
    return result(graph, "unchanged", { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 }, 0);
  }

  // What the company's calls add to the topics' counts per quarter before this load changes them.
  const topicQuarters = { companyId: graph.companyId };
  const counted = previousHash !== null || num(lock.otherCalls) > 0;
  const old = counted ? await runAll("load/read-topic-quarters", topicQuarters) : [];
  // And what the call's old version adds to the topics' kept links (co-mentions, askers): these sum
  // over calls, so only the calls this load changes are counted, before and after.
  const links: LinkScopes = { scopes: [{ callId: graph.callId, topics: null }], oldPairs: [], oldAskers: [] };
  if (previousHash !== null) addLinks(links, await run("load/read-topic-links", { scopes: links.scopes }));

  const candidates: string[] = [];
  if (previousHash !== null) {
    const released = await run("load/release-employments", {});
    const deleted = await run("load/delete-call-subgraph", {});
    candidates.push(...strings(released.candidates), ...strings(deleted.candidates));
  }
  // The call's own nodes first, then the shared ones (people, firms, topics, organizations), so
  // that locks other loads may wait on are taken as late as possible.
  const batch = statementParams(graph);
  await run("load/write-call", { call: graph.call, companies });
  await run("load/write-content", {
    turns: batch.turns,
    exchanges: batch.exchanges,
    metrics: graph.metrics,
    periods: graph.periods,
    facts: batch.facts,
  });
  await run("load/write-shared", {
    people: graph.people,
    firms: graph.firms,
    participations: graph.participations,
    companyEmployments: graph.companyEmployments,
    firmEmployments: graph.firmEmployments,
    period: graph.call.period,
    speakers: batch.speakers,
    askers: batch.askers,
    topics: graph.topics,
    organizations: graph.organizations,
    topicMentions: batch.topicMentions,
    organizationMentions: batch.organizationMentions,
    personMentions: batch.personMentions,
  });
  if (graph.companyId !== null && num(lock.otherCalls) > 0) {
    candidates.push(...(await countTopicsAcrossCalls(runAll, graph.companyId, graph.callId, links)));
  }
  await run("load/write-topic-quarters", { ...topicQuarters, old });
  await run("load/write-topic-links", { ...topicQuarters, ...links });
  if (graph.companyId !== null) await run("load/write-company-metrics", { companyId: graph.companyId });
  // Last, once the kept counts no longer point at what the old version alone referred to.
  if (candidates.length > 0) await run("load/delete-orphans", { candidates });

  const cross = num(lock.otherCalls) > 0 ? await crossCallResolutions(runAll, graph, input) : { resolutions: [], reresolved: [] };
  const resolutions = [...graph.resolutions, ...cross.resolutions];
  if (resolutions.length > 0 || cross.reresolved.length > 0) {
    await run("load/write-resolutions", { resolutions, reresolved: cross.reresolved });
  }
  return result(graph, "loaded", counts, resolutions.length);
}

/** The calls whose kept links a load counts again, and what they added before it. */
interface LinkScopes {
  scopes: { callId: string; topics: string[] | null }[];
  oldPairs: unknown[];
  oldAskers: unknown[];
}

function addLinks(links: LinkScopes, row: Row): void {
  links.oldPairs.push(...(Array.isArray(row.pairs) ? row.pairs : []));
  links.oldAskers.push(...(Array.isArray(row.askers) ? row.askers : []));
}

/**
 * The company's topics counted in every one of its calls (across-calls-topics.ts): computed for
 * the whole company at each load, so the graph does not depend on the order of loads, and written
 * as the difference from what the graph holds. The other calls that difference touches are added
 * to `links`, with what they added to the kept links before it. Returns the topics the removed
 * mentions pointed at, which may now be orphans.
 */
async function countTopicsAcrossCalls(
  runAll: (statement: string, params: Params) => Promise<Row[]>,
  companyId: string,
  loadedCallId: string,
  links: LinkScopes,
): Promise<string[]> {
  const turns = (await runAll("load/read-company-turns", { companyId })).map((row) => ({
    turnId: String(row.turnId),
    callId: String(row.callId),
    text: String(row.text ?? ""),
    topics: strings(row.topics),
    across: (Array.isArray(row.across) ? row.across : []).map((m: Record<string, unknown>) => ({ topicId: String(m.topicId), count: num(m.count) })),
  }));
  const change = acrossCallsChange(turns, acrossCallsMentions(turns), loadedCallId);
  if (change.removed.length === 0 && change.rows.length === 0) return [];
  if (change.scopes.length > 0) {
    addLinks(links, (await runAll("load/read-topic-links", { scopes: change.scopes }))[0] ?? {});
    links.scopes.push(...change.scopes);
  }
  const rows = await runAll("load/write-across-calls-mentions", { companyId, removed: change.removed, rows: change.rows });
  return strings(rows[0]?.candidates);
}

async function crossCallResolutions(
  runAll: (statement: string, params: Params) => Promise<Row[]>,
  graph: CallGraph,
  input: { transcript: Transcript; extraction: Extraction },
): Promise<{ resolutions: CallGraph["resolutions"]; reresolved: string[] }> {
  const none = { resolutions: [], reresolved: [] };
  if (graph.companyId === null) return none;
  const resolvedInCall = new Set(input.extraction.outcomes.map((o) => o.guidance));
  const mine: PlacedFact[] = input.extraction.metrics.map((fact, index) => ({
    id: graph.facts[index]!.id,
    callId: graph.callId,
    callYear: input.transcript.call.fiscalYear,
    callQuarter: input.transcript.call.fiscalQuarter,
    index,
    fact,
    resolvedInCall: resolvedInCall.has(index),
  }));
  const companyFacts = mine.filter((f) => f.fact.statedBy === "company");
  const actualPeriods = unique(companyFacts.filter((f) => isOutcome(f.fact)).map((f) => f.fact.period));
  const guidancePeriods = unique(companyFacts.filter((f) => f.fact.kind === "guidance").map((f) => f.fact.period));
  if (actualPeriods.length === 0 && guidancePeriods.length === 0) return none;

  const rows = await runAll("load/read-resolution-candidates", { companyId: graph.companyId, actualPeriods, guidancePeriods });
  const others = rows.map(
    (row): PlacedFact => ({
      id: String(row.id),
      callId: String(row.callId),
      callYear: nullableNum(row.callYear),
      callQuarter: nullableNum(row.callQuarter),
      index: num(row.index),
      fact: storedFact(row.fact as Record<string, unknown>),
      resolvedInCall: row.resolvedInCall === true,
    }),
  );
  return resolveAcrossCalls({ callId: graph.callId, mine: companyFacts, others });
}

function storedFact(p: Record<string, unknown>): MetricFact {
  return {
    metric: String(p.metric),
    value: nullableNum(p.value),
    low: nullableNum(p.low),
    high: nullableNum(p.high),
    unit: p.unit as MetricFact["unit"],
    period: String(p.period),
    kind: p.kind as MetricFact["kind"],
    basis: (p.basis ?? null) as MetricFact["basis"],
    statedBy: p.statedBy as MetricFact["statedBy"],
    scope: typeof p.scope === "string" ? p.scope : "company",
    confidence: typeof p.confidence === "number" ? p.confidence : 0,
    speaker: typeof p.speakerName === "string" ? p.speakerName : null,
    turn: num(p.turnIndex),
    quote: String(p.quote ?? ""),
    start: num(p.start),
    end: num(p.end),
  };
}

function result(graph: CallGraph, status: LoadResult["status"], counts: Counts, resolutions: number): LoadResult {
  return {
    callId: graph.callId,
    status,
    ...counts,
    turns: status === "loaded" ? graph.turns.length : 0,
    facts: status === "loaded" ? graph.facts.length : 0,
    resolutions: status === "loaded" ? resolutions : 0,
  };
}

function num(value: unknown): number {
  return typeof value === "number" ? value : 0;
}

function nullableNum(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
