import DataLoader from "dataloader";
import type { Database, Row } from "../db/database.js";
import { METRICS } from "../extract/metrics/metric-vocabulary.js";
import type { NodeTypeName } from "./global-id.js";
import { CATALOG_NAMES } from "./metric-catalog.js";
import { asNode, groupByKey } from "./node-row.js";
import type { NodeShape } from "./node.interface.js";
import type { SortKey } from "./pagination.js";
import { fromProjection, type ProjectedNodeType, type Projection } from "./projection.js";

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
        const rows = await db.query(NODE_STATEMENTS[type], { ids });
        const byId = new Map(rows.map((r) => [String((r["node"] as Row)["id"]), asNode<NodeRow>(type, r["node"])]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      nodeLoaders.set(type, loader);
    }
    return loader;
  };

  const primeNode = (type: NodeTypeName, props: unknown) => {
    const node = asNode<NodeRow>(type, props);
    nodeLoader(type).prime(node.graphId, node);
  };

  /** Loads the nodes a statement relates to each id; `type` names the related nodes' type. */
  const related = (statement: string, type: NodeTypeName | ((row: Row) => NodeTypeName)) =>
    new DataLoader<string, Related[]>(async (ids) => {
      const rows = await db.query(statement, { ids });
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
    new DataLoader<string, Row[]>(async (ids) => groupByKey(ids, await db.query(statement, { ids })));

  /**
   * Loads related nodes for keys that carry parameters besides an id (a filter): each key is the
   * JSON of an object (see `filterKey`), handed to the statement as `$keys` with its own `key`.
   */
  const keyed = (statement: string, type: NodeTypeName | null) =>
    new DataLoader<string, Related[]>(async (keys) => {
      const parsed = keys.map((key) => ({ ...(JSON.parse(key) as Record<string, unknown>), key }));
      return groupByKey(keys, await db.query(statement, { keys: parsed })).map((group) =>
        group.map((row) => {
          if (type === null) return { node: null as unknown as NodeRow, row };
          const node = asNode<NodeRow>(type, row["node"]);
          nodeLoader(type).prime(node.graphId, node);
          return { node, row };
        }),
      );
    });

  /**
   * Loads one page per key from a page statement: each key is the JSON of the statement's
   * parameters (see `filterKey`: a parent's id, its filter, `descending`, `after`, `limit`), and
   * the statement returns per key the `total` that pass the filter, the `page` of
   * `{node, sortKey}` sorted and cut in Cypher, and optionally the page's `calls`.
   */
  const pages = (statement: string, type: NodeTypeName) =>
    new DataLoader<string, KeyedPage>(async (keys) => {
      const parsed: Record<string, unknown>[] = keys.map((key) => ({ ...(JSON.parse(key) as Record<string, unknown>), key }));
      // The largest page asked for: a statement that reads pages in index order reads that many
      // rows per key at most (Cypher's LIMIT takes no per-row value) and cuts each to its own.
      const maxLimit = Math.max(0, ...parsed.map((k) => (typeof k["limit"] === "number" ? k["limit"] : 0)));
      const byKey = new Map((await db.query(statement, { keys: parsed, maxLimit })).map((row) => [String(row["key"]), row]));
      return keys.map((key) => keyedPage(type, byKey.get(key)));
    });
  /** A page statement's row (`total`, `page`, optionally `calls`) as a KeyedPage; its calls go to the node loader. */
  const keyedPage = (type: NodeTypeName, row: Row | undefined): KeyedPage => {
    const page = (row?.["page"] as Row[] | undefined) ?? [];
    // A page may bring its items' calls along (Turn.call then needs no statement of its own).
    for (const call of (row?.["calls"] as Row[] | null | undefined) ?? []) primeNode("Call", call);
    return { total: Number(row?.["total"] ?? 0), rows: page.map((r) => ({ node: asNode<NodeRow>(type, r["node"]), key: r["sortKey"] as SortKey, row: r })) };
  };

  /**
   * The rows each reference names: first by exact id or key through an index (`exact`), and only
   * for the references that matched nothing there, by the search statement that reads every node
   * of the label (names, aliases). Rows grouped by reference, in each statement's order.
   */
  const byRefs = async (refs: readonly string[], statements: { exact: string; search: string }): Promise<Row[][]> => {
    const exact = groupByKey(refs, await db.query(statements.exact, { refs }));
    const missing = refs.filter((_, i) => exact[i]!.length === 0);
    if (missing.length === 0) return exact;
    const searched = groupByKey(missing, await db.query(statements.search, { refs: missing }));
    return refs.map((ref, i) => (exact[i]!.length > 0 ? exact[i]! : searched[missing.indexOf(ref)]!));
  };

  /** The topic each reference names, or null. */
  const topicByRef = new DataLoader<string, NodeRow | null>(async (refs) =>
    (await byRefs(refs, { exact: "api/topics-by-exact-refs", search: "api/topics-by-refs" })).map((rows) =>
      rows[0] === undefined ? null : asNode<NodeRow>("Topic", rows[0]["node"]),
    ),
  );

  /**
   * The companies each reference names: those of the best rank that share the best match's name,
   * so one company split in the graph (the same name once with and once without a ticker) is
   * found whole, while "American" still names one company, not every American one. Best first.
   */
  const companiesByRef = new DataLoader<string, NodeRow[]>(async (refs) =>
    (await byRefs(refs, { exact: "api/companies-by-exact-refs", search: "api/companies-by-refs" })).map((rows) => {
      const best = rows[0];
      if (best === undefined) return [];
      const name = (row: Row) => String((row["node"] as Row)["name"] ?? "").toLowerCase();
      return rows.filter((r) => r["rank"] === best["rank"] && name(r) === name(best)).map((r) => asNode<NodeRow>("Company", r["node"]));
    }),
  );

  const callExchanges = related("api/call-exchanges", "Exchange");
  const exchangeAnalyst = related("api/exchange-analyst", "Person");
  const personEmployers = related("api/person-employers", (row) => (row["type"] === "Firm" ? "Firm" : "Company"));

  /**
   * Calls' Q&A slots with each slot's analyst and the analyst's employers in one round trip: it
   * fills the three loaders those fields read (callExchanges, exchangeAnalyst, personEmployers),
   * so a list of calls whose slots' analysts are selected costs one statement instead of three.
   */
  const callExchangesWithAnalysts = new DataLoader<string, true>(async (ids) => {
    primeSlots(ids, await db.query("api/call-exchanges-with-analysts", { ids }));
    return ids.map(() => true as const);
  });
  /** Fills callExchanges, exchangeAnalyst and personEmployers for calls `ids` from slot rows (`key`, `node`, `analyst`, `employers`). */
  function primeSlots(ids: readonly string[], slotRows: Row[]): void {
    const groups = groupByKey(ids, slotRows);
    ids.forEach((id, i) => {
      const rows = groups[i]!;
      callExchanges.prime(id, rows.map((row) => ({ node: asNode<NodeRow>("Exchange", row["node"]), row })));
      for (const row of rows) {
        const exchange = String((row["node"] as Row)["id"]);
        const analyst = row["analyst"] == null ? null : asNode<NodeRow>("Person", row["analyst"]);
        exchangeAnalyst.prime(exchange, analyst === null ? [] : [{ node: analyst, row: { key: exchange, node: row["analyst"] } }]);
        if (analyst === null) continue;
        const employers = (row["employers"] as Row[] | null) ?? [];
        personEmployers.prime(
          analyst.graphId,
          employers.map((e) => ({ node: asNode<NodeRow>(e["type"] === "Firm" ? "Firm" : "Company", e["node"]), row: { key: analyst.graphId, ...e } })),
        );
      }
    });
  }

  const exchangeTopics = related("api/exchange-topics", "Topic");
  const exchangeTurns = related("api/exchange-turns", "Turn");

  /**
   * Calls' Q&A slots with each slot's topics and turns in one round trip: it fills callExchanges,
   * exchangeTopics and exchangeTurns, so a call detail costs one statement for its slots' content
   * instead of three. Answers the slots.
   */
  const callExchangesWithContent = new DataLoader<string, Related[]>(async (ids) => {
    const groups = groupByKey(ids, await db.query("api/call-exchanges-with-content", { ids }));
    return ids.map((id, i) => {
      const exchanges = groups[i]!.map((row) => {
        const node = asNode<NodeRow>("Exchange", row["node"]);
        const topics = (row["topics"] as Row[] | null) ?? [];
        const turns = (row["turns"] as Row[] | null) ?? [];
        exchangeTopics.prime(node.graphId, topics.map((t) => ({ node: asNode<NodeRow>("Topic", t["node"]), row: { key: node.graphId, ...t } })));
        exchangeTurns.prime(node.graphId, turns.map((t) => ({ node: asNode<NodeRow>("Turn", t), row: { key: node.graphId, node: t } })));
        return { node, row };
      });
      callExchanges.prime(id, exchanges);
      return exchanges;
    });
  });

  const personParticipations = related("api/person-participations", "Call");
  const personCompaniesCovered = related("api/person-companies-covered", "Company");
  const personTopicsAsked = related("api/person-topics-asked", "Topic");

  /**
   * People's employers, calls joined, companies covered and topics asked about in one round trip:
   * it fills the four loaders those Person fields read, for a page of analysts that selects
   * several of them.
   */
  /** Fills the four loaders from a row with `employers`, `participations`, `covered` and `topics` columns, whose nodes are projected by `props`. */
  const primeActivity = (id: string, row: Row, props: Projection) => {
    const list = (column: string) => (row[column] as Row[] | null) ?? [];
    const node = <T extends ProjectedNodeType>(type: T, values: unknown) => asNode<NodeRow>(type, fromProjection(props[type], values, type));
    personEmployers.prime(id, list("employers").map((e) => ({ node: node(e["type"] === "Firm" ? "Firm" : "Company", e["node"]), row: { key: id, ...e } })));
    // A participation's PARTICIPATED_IN properties come as the list `props.CallParticipant` names.
    personParticipations.prime(id, list("participations").map((p) => ({ node: node("Call", p["node"]), row: { key: id, ...fromProjection(props.CallParticipant, p["rel"]) } })));
    personCompaniesCovered.prime(id, list("covered").map((c) => ({ node: node("Company", c["node"]), row: { key: id, ...c } })));
    personTopicsAsked.prime(id, list("topics").map((t) => ({ node: node("Topic", t["node"]), row: { key: id, ...t } })));
  };
  /**
   * A loader keyed by node id that reads `statement` for a batch of ids under the request's
   * projection (every key of one request carries the same) and fills other loaders from each row.
   */
  const primingLoader = (statement: string, prime: (id: string, row: Row, props: Projection) => void) =>
    new DataLoader<{ id: string; props: Projection }, true, string>(
      async (keys) => {
        const props = keys[0]!.props;
        const byId = new Map((await db.query(statement, { ids: keys.map((k) => k.id), props })).map((row) => [String(row["key"]), row]));
        for (const { id } of keys) {
          const row = byId.get(id);
          if (row !== undefined) prime(id, row, props);
        }
        return keys.map(() => true as const);
      },
      { cacheKeyFn: (key) => key.id },
    );
  const peopleActivity = primingLoader("api/people-activity", primeActivity);

  const callParticipants = related("api/call-participants", "Person");
  const callFacts = related("api/call-facts", "MetricFact");
  const callTopics = related("api/call-topics", "Topic");

  /**
   * Calls' participants, Q&A slots (with their topics and turns), facts and topics in one round
   * trip: fills the loaders those Call and Exchange fields read from a row with `participants`,
   * `exchanges`, `facts` and `topics` columns, whose nodes are projected by `props` (projection.ts),
   * for a list of calls that selects several of them (a call's detail).
   */
  const primeContent = (id: string, row: Row, props: Projection) => {
    const list = (value: unknown) => (value as Row[] | null) ?? [];
    const node = <T extends ProjectedNodeType>(type: T, values: unknown) => asNode<NodeRow>(type, fromProjection(props[type], values, type));
    callParticipants.prime(id, list(row["participants"]).map((p) => ({ node: node("Person", p["node"]), row: { key: id, callId: id, ...p } })));
    callFacts.prime(id, list(row["facts"]).map((f) => {
      const fact = node("MetricFact", f);
      return { node: fact, row: { key: id, node: fact } };
    }));
    callTopics.prime(id, list(row["topics"]).map((t) => ({ node: node("Topic", t["node"]), row: { key: id, ...t } })));
    const exchanges = list(row["exchanges"]).map((x) => {
      const exchange = node("Exchange", x["node"]);
      exchangeTopics.prime(exchange.graphId, list(x["topics"]).map((t) => ({ node: node("Topic", t["node"]), row: { key: exchange.graphId, ...t } })));
      exchangeTurns.prime(exchange.graphId, list(x["turns"]).map((t) => {
        const turn = node("Turn", t);
        return { node: turn, row: { key: exchange.graphId, node: turn } };
      }));
      return { node: exchange, row: { key: id, node: exchange } };
    });
    callExchanges.prime(id, exchanges);
    callExchangesWithContent.prime(id, exchanges);
  };
  const callContent = primingLoader("api/call-content", primeContent);

  const factSpeaker = related("api/fact-speaker", "Person");
  const topicTurns = pages("api/topic-turns-page", "Turn");
  const companyCalls = related("api/company-calls", "Call");

  let metricNames: Promise<string[]> | undefined;
  let periods: Promise<NodeRow[]> | undefined;

  return {
    node: (type: NodeTypeName, graphId: string) => nodeLoader(type).load(graphId),
    /** Puts a node a statement brought along (a page row's call) where the node loader finds it. */
    primeNode,
    companiesByRef,
    topicByRef,
    /** Metric names arguments may name: the graph's metrics and the vocabulary's. Read once per request. */
    metricNames: () =>
      (metricNames ??= db.query("api/metric-names").then((rows) => [
        ...new Set([...rows.map((r) => String(r["name"])), ...CATALOG_NAMES, ...METRICS.map((m) => m.name)]),
      ])),
    /** Every Period node, oldest first. Read once per request. */
    periods: () => (periods ??= db.query("api/periods-all").then((found) => found.map((r) => asNode<NodeRow>("Period", r["node"])))),
    companyPeriods: related("api/company-periods", "Period"),
    companyAnalysts: keyed("api/company-analysts", "Person"),
    companyCalls,
    /** Puts a company's calls that another statement read (company-with-calls-by-exact-ref) where companyCalls finds them. */
    /** Puts the Q&A slots, analysts and employers of calls `ids` that another statement read where callExchangesWithAnalysts finds them. */
    primeCallSlots: (ids: string[], slotRows: Row[]) => {
      primeSlots(ids, slotRows);
      for (const id of ids) callExchangesWithAnalysts.prime(id, true);
    },
    primeCompanyCalls: (id: string, calls: Row[]) => {
      companyCalls.prime(id, calls.map((call) => {
        const node = asNode<NodeRow>("Call", call);
        nodeLoader("Call").prime(node.graphId, node);
        return { node, row: { key: id, node: call } };
      }));
    },
    companyMetrics: rows("api/company-metrics"),
    metricFactCounts: rows("api/metric-fact-counts"),
    callCompany: related("api/call-company", "Company"),
    callParticipants,
    callExchanges,
    callExchangesWithAnalysts,
    callExchangesWithContent,
    callContent,
    /** Puts a call's lists that a page statement brought along (calls-of-company-refs-with-content-page, projected by `props`) where their loaders find them. */
    primeCallContent: (id: string, row: Row, props: Projection) => {
      primeContent(id, row, props);
      callContent.prime({ id, props }, true);
    },
    callFacts,
    callTurns: related("api/call-turns", "Turn"),
    callTopics,
    personParticipations,
    personEmployers,
    peopleActivity,
    /** Puts a person's activity lists that a page statement brought along (analysts-named-with-activity-page, projected by `props`) where their loaders find them. */
    primePeopleActivity: (id: string, row: Row, props: Projection) => {
      primeActivity(id, row, props);
      peopleActivity.prime({ id, props }, true);
    },
    personExchanges: related("api/person-exchanges", "Exchange"),
    personCompaniesCovered,
    personTopicsAsked,
    personMentionedIn: related("api/person-mentioned-in", "Turn"),
    firmAnalysts: related("api/firm-analysts", "Person"),
    /** Facts' quotes, read only for the facts of a call's list whose `quote` a client selects. */
    factQuote: new DataLoader<string, string | null>(async (ids) => {
      const quotes = new Map((await db.query("api/fact-quotes", { ids })).map((r) => [String(r["key"]), r["quote"] as string | null]));
      return ids.map((id) => quotes.get(id) ?? null);
    }),
    /** Turn texts, read only for the turns whose `text` a client selects. */
    turnText: new DataLoader<string, string | null>(async (ids) => {
      const texts = new Map((await db.query("api/turn-texts", { ids })).map((r) => [String(r["key"]), r["text"] as string | null]));
      return ids.map((id) => texts.get(id) ?? null);
    }),
    turnSpeaker: related("api/turn-speaker", "Person"),
    turnMentions: related("api/turn-mentions", (row) => row["type"] as NodeTypeName),
    turnFacts: related("api/turn-facts", "MetricFact"),
    turnExchange: related("api/turn-exchange", "Exchange"),
    exchangeAnalyst,
    exchangeTurns,
    exchangeTopics,
    topicTurns,
    /** Puts a page of a topic's turns that another statement read (topic-with-turns-page) where topicTurns finds it. */
    primeTopicTurns: (key: string, row: Row) => topicTurns.prime(key, keyedPage("Turn", row)),
    topicCalls: keyed("api/topic-calls", "Call"),
    topicAskers: pages("api/topic-askers", "Person"),
    topicByPeriod: keyed("api/topic-by-period", null),
    topicByCompany: pages("api/topic-by-company", "Company"),
    topicCoMentioned: pages("api/topic-co-mentioned", "Topic"),
    organizationTurns: related("api/organization-turns", "Turn"),
    factTurn: related("api/fact-turn", "Turn"),
    factSpeaker,
    factOutcomes: related("api/fact-outcomes", "MetricFact"),
    periodCalls: related("api/period-calls", "Call"),
    companyMetricFacts: keyed("api/company-metric-facts", "MetricFact"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** One page of a page statement: how many items pass the filter, and the page's rows with their sort keys. */
export interface KeyedPage {
  total: number;
  /** Each item: its node, its sort key and the page statement's row for it (counts beside the node). */
  rows: { node: NodeRow; key: SortKey; row: Row }[];
}

/** A key of the keyed loaders: the JSON of its parameters, with a fixed property order. */
export function filterKey(params: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.keys(params).sort().map((k) => [k, params[k] ?? null])));
}
