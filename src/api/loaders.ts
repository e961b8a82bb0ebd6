import DataLoader from "dataloader";
import type { Database, Row } from "../db/database.js";
import type { NodeTypeName } from "./global-id.js";
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

  return {
    node: (type: NodeTypeName, graphId: string) => nodeLoader(type).load(graphId),
    companyCalls: related("api/company-calls", "Call"),
    companyMetrics: rows("api/company-metrics"),
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
    topicTurns: related("api/topic-turns", "Turn"),
    topicCalls: related("api/topic-calls", "Call"),
    topicAskers: related("api/topic-askers", "Person"),
    topicByPeriod: rows("api/topic-by-period"),
    topicByCompany: related("api/topic-by-company", "Company"),
    topicCoMentioned: related("api/topic-co-mentioned", "Topic"),
    organizationTurns: related("api/organization-turns", "Turn"),
    factTurn: related("api/fact-turn", "Turn"),
    factSpeaker: related("api/fact-speaker", "Person"),
    factOutcomes: related("api/fact-outcomes", "MetricFact"),
    periodCalls: related("api/period-calls", "Call"),
    companyMetricFacts: new DataLoader<string, NodeRow[]>(async (keys) => {
      const parsed = keys.map((key) => ({ key, ...(JSON.parse(key) as { companyId: string; metric: string; basis: string | null }) }));
      const found = await db.read("api/company-metric-facts", { keys: parsed });
      return groupByKey(keys, found).map((group) => group.map((row) => asNode<NodeRow>("MetricFact", row["node"])));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The key of `companyMetricFacts`: one (company, metric, basis) series. */
export function seriesKey(input: { companyId: string; metric: string; basis: string | null }): string {
  return JSON.stringify({ companyId: input.companyId, metric: input.metric, basis: input.basis });
}
