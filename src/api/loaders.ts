import DataLoader from "dataloader";
import type { Database, Row } from "../db/database.js";
import { METRICS } from "../extract/metrics/metric-vocabulary.js";
import type { NodeTypeName } from "./global-id.js";
import { CATALOG_NAMES } from "./metric-catalog.js";
import { asNode, groupByKey } from "./node-row.js";
import type { NodeShape } from "./node.interface.js";

export type NodeRow = NodeShape & Record<string, unknown>;

/** A related node with the relationship's extra columns (role, counts, …) from the same row. */
export interface Related {
  node: NodeRow;
  row: Row;
}

const NODE_STATEMENTS: Record<NodeTypeName, string> = {
  Company: "api/company-by-ids",
  Call: "api/call-by-ids",
  Person: "api/person-by-ids",
  Firm: "api/firm-by-ids",
  Organization: "api/organization-by-ids",
  Turn: "api/turn-by-ids",
  Exchange: "api/exchange-by-ids",
  Topic: "api/topic-by-ids",
  Metric: "api/metric-by-ids",
  Period: "api/period-by-ids",
  MetricFact: "api/metric-fact-by-ids",
};

/**
 * The per-request loaders: every read a field resolver makes goes through one of them, so the
 * reads of one operation are batched per statement (one `UNWIND $ids` round trip per statement
 * and tick) however many parents ask. Created fresh for each request; never shared, so one
 * request never sees another's cache.
 */
export function createLoaders(db: Database) {
  const nodeLoaders = new Map<NodeTypeName, DataLoader<string, NodeRow | null>>();
  const nodeLoader = (type: NodeTypeName) => {
    let loader = nodeLoaders.get(type);
    if (loader === undefined) {
      loader = new DataLoader<string, NodeRow | null>(async (ids) => {
        const rows = await db.read(NODE_STATEMENTS[type], { ids });
        const byId = new Map(rows.map((r) => [String((r["node"] as Row)["id"]), asNode<NodeRow>(type, r["node"])]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      nodeLoaders.set(type, loader);
    }
    return loader;
  };

  /** Loads the nodes a statement relates to each id; `type` names the related nodes' type. */
  const related = (statement: string, type: NodeTypeName | ((row: Row) => NodeTypeName)) =>
    new DataLoader<string, Related[]>(async (ids) => {
      const rows = await db.read(statement, { ids });
      return groupByKey(ids, rows).map((group) =>
        group.map((row) => {
          const nodeType = typeof type === "function" ? type(row) : type;
          const node = asNode<NodeRow>(nodeType, row["node"]);
          nodeLoader(nodeType).prime(node.graphId, node);
          return { node, row };
        }),
      );
    });

  /** Loads plain rows (no node column) grouped by key. */
  const rows = (statement: string) =>
    new DataLoader<string, Row[]>(async (ids) => groupByKey(ids, await db.read(statement, { ids })));

  /**
   * Loads related nodes for keys that carry parameters besides an id (a filter): each key is the
   * JSON of an object (see `filterKey`), handed to the statement as `$keys` with its own `key`.
   */
  const keyed = (statement: string, type: NodeTypeName | null) =>
    new DataLoader<string, Related[]>(async (keys) => {
      const parsed = keys.map((key) => ({ ...(JSON.parse(key) as Record<string, unknown>), key }));
      return groupByKey(keys, await db.read(statement, { keys: parsed })).map((group) =>
        group.map((row) => {
          if (type === null) return { node: null as unknown as NodeRow, row };
          const node = asNode<NodeRow>(type, row["node"]);
          nodeLoader(type).prime(node.graphId, node);
          return { node, row };
        }),
      );
    });

  /** Loads the one node each reference names (a by-refs statement), or null. */
  const byRef = (statement: string, type: NodeTypeName) =>
    new DataLoader<string, NodeRow | null>(async (refs) => {
      const found = new Map((await db.read(statement, { refs })).map((r) => [String(r["key"]), asNode<NodeRow>(type, r["node"])]));
      return refs.map((ref) => found.get(ref) ?? null);
    });

  /**
   * The companies each reference names: those of the best rank that share the best match's name,
   * so one company split in the graph (the same name once with and once without a ticker) is
   * found whole, while "American" still names one company, not every American one. Best first.
   */
  const companiesByRef = new DataLoader<string, NodeRow[]>(async (refs) =>
    groupByKey(refs, await db.read("api/companies-by-refs", { refs })).map((rows) => {
      const best = rows[0];
      if (best === undefined) return [];
      const name = (row: Row) => String((row["node"] as Row)["name"] ?? "").toLowerCase();
      return rows.filter((r) => r["rank"] === best["rank"] && name(r) === name(best)).map((r) => asNode<NodeRow>("Company", r["node"]));
    }),
  );

  let metricNames: Promise<string[]> | undefined;
  let periods: Promise<NodeRow[]> | undefined;

  return {
    node: (type: NodeTypeName, graphId: string) => nodeLoader(type).load(graphId),
    companiesByRef,
    topicByRef: byRef("api/topics-by-refs", "Topic"),
    /** Metric names arguments may name: the graph's metrics and the vocabulary's. Read once per request. */
    metricNames: () =>
      (metricNames ??= db.read("api/metric-names").then((rows) => [
        ...new Set([...rows.map((r) => String(r["name"])), ...CATALOG_NAMES, ...METRICS.map((m) => m.name)]),
      ])),
    /** Every Period node, oldest first. Read once per request. */
    periods: () => (periods ??= db.read("api/periods-all").then((found) => found.map((r) => asNode<NodeRow>("Period", r["node"])))),
    companyPeriods: related("api/company-periods", "Period"),
    companyAnalysts: keyed("api/company-analysts", "Person"),
    companyCalls: related("api/company-calls", "Call"),
    companyMetrics: rows("api/company-metrics"),
    metricFactCounts: rows("api/metric-fact-counts"),
    callCompany: related("api/call-company", "Company"),
    callParticipants: related("api/call-participants", "Person"),
    callExchanges: related("api/call-exchanges", "Exchange"),
    callFacts: related("api/call-facts", "MetricFact"),
    callTurns: related("api/call-turns", "Turn"),
    callTopics: related("api/call-topics", "Topic"),
    personParticipations: related("api/person-participations", "Call"),
    personEmployers: related("api/person-employers", (row) => (row["type"] === "Firm" ? "Firm" : "Company")),
    personExchanges: related("api/person-exchanges", "Exchange"),
    personCompaniesCovered: related("api/person-companies-covered", "Company"),
    personTopicsAsked: related("api/person-topics-asked", "Topic"),
    personMentionedIn: related("api/person-mentioned-in", "Turn"),
    firmAnalysts: related("api/firm-analysts", "Person"),
    turnSpeaker: related("api/turn-speaker", "Person"),
    turnMentions: related("api/turn-mentions", (row) => row["type"] as NodeTypeName),
    turnFacts: related("api/turn-facts", "MetricFact"),
    turnExchange: related("api/turn-exchange", "Exchange"),
    exchangeAnalyst: related("api/exchange-analyst", "Person"),
    exchangeTurns: related("api/exchange-turns", "Turn"),
    exchangeTopics: related("api/exchange-topics", "Topic"),
    topicTurns: keyed("api/topic-turns", "Turn"),
    topicCalls: keyed("api/topic-calls", "Call"),
    topicAskers: keyed("api/topic-askers", "Person"),
    topicByPeriod: keyed("api/topic-by-period", null),
    topicByCompany: keyed("api/topic-by-company", "Company"),
    topicCoMentioned: keyed("api/topic-co-mentioned", "Topic"),
    organizationTurns: related("api/organization-turns", "Turn"),
    factTurn: related("api/fact-turn", "Turn"),
    factSpeaker: related("api/fact-speaker", "Person"),
    factOutcomes: related("api/fact-outcomes", "MetricFact"),
    periodCalls: related("api/period-calls", "Call"),
    companyMetricFacts: keyed("api/company-metric-facts", "MetricFact"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A key of the keyed loaders: the JSON of its parameters, with a fixed property order. */
export function filterKey(params: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.keys(params).sort().map((k) => [k, params[k] ?? null])));
}
