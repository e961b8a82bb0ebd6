import type DataLoader from "dataloader";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "./graphql-js.js";
import { asNode } from "./node-row.js";
import { fromProjection, projectionOf } from "./projection.js";
import type { Row } from "../db/database.js";
import { Call } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { callWindow, companyIds, exactTopicId, filterKeyWindow, findTopic } from "./filter-args.js";
import { TopicActivityFilter, TopicFilter, TopTopicsFilter } from "./filters.input.js";
import { filterKey, type KeyedPage, type NodeRow, type Related } from "./loaders.js";
import { Period } from "./metric.type.js";
import type { OrderArg } from "./order.js";
import { AskerOrder, CoMentionOrder, TopicCallOrder, TopicCompanyOrder, TopicCountOrder, TopicOrder, TopicTurnOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromKeyedRows, connectionFromList, DEFAULT_PAGE_SIZE, emptyConnection, MAX_PAGE_SIZE, pageWindow, type Connection, type SortOrder } from "./pagination.js";
import { Person } from "./person.type.js";
import { nodeColumn, readPage } from "./root-reads.js";
import {
  CoMentionedTopic,
  CoMentionedTopicConnection,
  Topic,
  TopicAsker,
  TopicAskerConnection,
  TopicCall,
  TopicCallConnection,
  TopicCompanyCount,
  TopicCompanyCountConnection,
  TopicConnection,
  TopicCount,
  TopicCountConnection,
  TopicPeriodCount,
} from "./topic.type.js";
import { TurnConnection } from "./turn.type.js";

const FILTERS = "Filters; all optional, combined with AND.";
const ACTIVITY = "Which calls count: companies, a period and a date window; all calls by default.";

/** What a topic's activity statements are given: the topic and the calls that count; null when no call can pass. */
async function activityParams(ctx: ApiContext, topic: NodeRow, filter: TopicActivityFilter | null | undefined): Promise<Record<string, unknown> | null> {
  const window = callWindow(filter);
  if (window === null) return null;
  return { id: topic.graphId, companyIds: await companyIds(ctx, filter?.companies), ...filterKeyWindow(window) };
}

/** A topic's activity loaders are keyed by the topic and the calls that count; null when no call can pass. */
async function activityKey(ctx: ApiContext, topic: NodeRow, filter: TopicActivityFilter | null | undefined): Promise<string | null> {
  const params = await activityParams(ctx, topic, filter);
  return params === null ? null : filterKey(params);
}

/**
 * One page of a topic's counted neighbours (companies, co-mentioned topics, askers), sorted, cut
 * and counted by the page statement (their sort keys: cypher/api/topic-by-company.cypher and the
 * others), the count only when the request selects totalCount.
 */
async function countedPage<T>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  topic: NodeRow,
  filter: TopicActivityFilter | null | undefined,
  page: PageArgsType,
  order: SortOrder,
  loader: DataLoader<string, KeyedPage>,
  item: (row: KeyedPage["rows"][number]) => T,
): Promise<Connection<T>> {
  const window = pageWindow(page, order);
  const params = await activityParams(ctx, topic, filter);
  if (params === null) return emptyConnection(page, order);
  const withTotal = selectsTotalCount(info.fieldNodes, info.fragments);
  const { total, rows } = await loader.load(
    filterKey({ ...params, orderBy: order.field, descending: order.descending, after: window.after, limit: window.limit + 1, withTotal }),
  );
  return connectionFromKeyedRows({ rows: rows.map((r) => ({ node: item(r), key: r.key })), window, order, count: () => Promise.resolve(total) });
}


@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: "Topics, most mentioned first unless ordered by name." })
  topics(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => TopicFilter, { nullable: true, description: FILTERS }) filter?: TopicFilter | null,
    @Arg("orderBy", () => TopicOrder.Order, { nullable: true, description: TopicOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/topics",
      params: { search: filter?.search ?? null, kind: filter?.kind ?? null },
      page,
      order: TopicOrder.resolve(orderBy),
      shape: nodeColumn("Topic"),
    });
  }

  @Query(() => Topic, {
    nullable: true,
    description: "The topic a reference names: name or alias (case-insensitive), graph id or global id; null when none matches. An empty reference is BAD_USER_INPUT.",
  })
  async topic(
    @Arg("ref", () => String, { description: "Name, alias, graph id or global id." }) ref: string,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A topic named by graph id whose first page of turns is asked for (a topic's page): the topic
    // and that page in one statement; the turns field then finds its page read.
    const id = exactTopicId(ref);
    const plain = id === null ? null : plainTurnsPage(info);
    if (id !== null && plain !== null) {
      const order = TopicTurnOrder.resolve(null);
      const window = pageWindow({ first: plain.first }, order);
      const key = filterKey({
        id,
        companyIds: null,
        ...filterKeyWindow(callWindow(null)!),
        descending: order.descending,
        after: window.after,
        limit: window.limit + 1,
        withTotal: plain.withTotal,
      });
      // Only the properties the request selects (projection.ts).
      const props = projectionOf(info);
      const [row] = await ctx.db.query("api/topic-with-turns-page", {
        keys: [{ ...(JSON.parse(key) as Record<string, unknown>), key }],
        maxLimit: window.limit + 1,
        props,
      });
      if (row?.["topic"] != null) {
        ctx.loaders.primeTopicTurns(key, {
          total: row["total"],
          page: ((row["page"] as Row[] | null) ?? []).map((r) => ({ node: fromProjection(props.Turn, r["node"]), sortKey: r["sortKey"] })),
          calls: ((row["calls"] as unknown[] | null) ?? []).map((call) => fromProjection(props.Call, call)),
        });
        return asNode<NodeRow>("Topic", fromProjection(props.Topic, row["topic"], "Topic"));
      }
    }
    return findTopic(ctx, ref);
  }

  @Query(() => TopicCountConnection, {
    description: "The most talked-about topics over the calls of some companies, periods and dates (all optional), most mentions first unless ordered otherwise.",
  })
  async topTopics(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => TopTopicsFilter, { nullable: true, description: FILTERS }) filter?: TopTopicsFilter | null,
    @Arg("orderBy", () => TopicCountOrder.Order, { nullable: true, description: TopicCountOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<TopicCount>> {
    const order = TopicCountOrder.resolve(orderBy);
    const ids = await companyIds(ctx, filter?.companies);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    // Any company and no dates: each topic's counts per quarter, kept by the loads; a kind or the order
    // by name looks every topic up before the page is cut.
    const kept = ids === null && window.dateFrom === null && window.dateTo === null;
    const joined = filter?.kind != null || order.field === "NAME";
    // One quarter, most mentions first: read in the order of an index, counted from it.
    const oneQuarter = kept && !joined && window.fromOrd !== null && window.fromOrd === window.toOrd && order.field === "MENTIONS" && order.descending;
    return readPage({
      db: ctx.db,
      statement: ids !== null ? "api/top-topics-of-companies" : oneQuarter ? "api/top-topics-of-quarter" : kept ? "api/top-topics-by-quarter" : "api/top-topics",
      ...(kept && joined ? { pageStatement: "api/top-topics-by-quarter-joined-page" } : {}),
      params: { companyIds: ids, ...window, kind: filter?.kind ?? null },
      page,
      order,
      shape: (row) =>
        ({ topicRow: nodeColumn("Topic")(row), calls: row["calls"], companies: row["companies"], turns: row["turns"], mentions: row["mentions"] }) as TopicCount,
    });
  }

  @FieldResolver(() => [String], { description: "Other names merged into this topic (\"software defined networks\" for SDN)." })
  async aliases(@Root() topic: NodeRow, @Ctx() ctx: ApiContext): Promise<string[]> {
    // A statement may leave a list's topics' aliases out (analysts-named-with-activity-page.cypher).
    if (topic["aliasesOmitted"] !== true) return topic["aliases"] as string[];
    return ((await ctx.loaders.node("Topic", topic.graphId))?.["aliases"] as string[] | undefined) ?? [];
  }

  @FieldResolver(() => TurnConnection, { description: "Turns that mention the topic, newest call first." })
  async turns(
    @Root() topic: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => TopicActivityFilter, { nullable: true, description: ACTIVITY }) filter?: TopicActivityFilter | null,
    @Arg("orderBy", () => TopicTurnOrder.Order, { nullable: true, description: TopicTurnOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = TopicTurnOrder.resolve(orderBy);
    const window = pageWindow(page, order);
    const params = await activityParams(ctx, topic, filter);
    if (params === null) return emptyConnection(page, order);
    // Sorted and cut in Cypher (the topic's turns can be thousands); the count comes with the page,
    // and is computed only when selected (`withTotal`, the same test topic(ref) primes the page under).
    const withTotal = selectsTotalCount(info.fieldNodes, info.fragments);
    const { total, rows } = await ctx.loaders.topicTurns.load(
      filterKey({ ...params, descending: order.descending, after: window.after, limit: window.limit + 1, withTotal }),
    );
    return connectionFromKeyedRows({ rows, window, order, count: () => Promise.resolve(total) });
  }

  @FieldResolver(() => TopicCallConnection, { description: "Calls that mention the topic, newest first unless ordered otherwise." })
  async calls(
    @Root() topic: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => TopicActivityFilter, { nullable: true, description: ACTIVITY }) filter?: TopicActivityFilter | null,
    @Arg("orderBy", () => TopicCallOrder.Order, { nullable: true, description: TopicCallOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = TopicCallOrder.resolve(orderBy);
    const key = await activityKey(ctx, topic, filter);
    const rows: Related[] = key === null ? [] : await ctx.loaders.topicCalls.load(key);
    const calls = rows.map(({ node, row }) => ({ callRow: node, quarter: Number(row["quarter"]), turns: Number(row["turns"]), mentions: Number(row["mentions"]) }));
    return connectionFromList(calls, page, {
      order,
      key: (c) => (order.field === "MENTIONS" ? [c.mentions, c.quarter, c.callRow.graphId] : [c.quarter, c.mentions, c.callRow.graphId]),
    });
  }

  @FieldResolver(() => TopicAskerConnection, { description: "Analysts who raised the topic in their own questions, most Q&A slots first." })
  async askers(
    @Root() topic: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => TopicActivityFilter, { nullable: true, description: ACTIVITY }) filter?: TopicActivityFilter | null,
    @Arg("orderBy", () => AskerOrder.Order, { nullable: true, description: AskerOrder.description }) orderBy?: OrderArg | null,
  ) {
    return countedPage(ctx, info, topic, filter, page, AskerOrder.resolve(orderBy), ctx.loaders.topicAskers, ({ node, row }) => ({
      personRow: node,
      exchanges: Number(row["exchanges"]),
      mentions: Number(row["mentions"]),
    }));
  }

  @FieldResolver(() => [TopicPeriodCount], {
    description: "Mentions per fiscal period of the calls, oldest first: the topic's trend, for all companies or those of the filter (a company's trend).",
  })
  async mentionsByPeriod(
    @Root() topic: NodeRow,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => TopicActivityFilter, { nullable: true, description: ACTIVITY }) filter?: TopicActivityFilter | null,
  ) {
    const key = await activityKey(ctx, topic, filter);
    const rows: Related[] = key === null ? [] : await ctx.loaders.topicByPeriod.load(key);
    return rows.map(({ row }) => ({ periodId: row["periodId"], calls: row["calls"], turns: row["turns"], mentions: row["mentions"] }));
  }

  @FieldResolver(() => TopicCompanyCountConnection, { description: "Mentions per company, most first unless ordered otherwise." })
  async mentionsByCompany(
    @Root() topic: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => TopicActivityFilter, { nullable: true, description: ACTIVITY }) filter?: TopicActivityFilter | null,
    @Arg("orderBy", () => TopicCompanyOrder.Order, { nullable: true, description: TopicCompanyOrder.description }) orderBy?: OrderArg | null,
  ) {
    return countedPage(ctx, info, topic, filter, page, TopicCompanyOrder.resolve(orderBy), ctx.loaders.topicByCompany, ({ node, row }) => ({
      companyRow: node,
      calls: Number(row["calls"]),
      turns: Number(row["turns"]),
      mentions: Number(row["mentions"]),
    }));
  }

  @FieldResolver(() => CoMentionedTopicConnection, { description: "Topics mentioned in the same turns, most shared turns first unless ordered otherwise." })
  async coMentioned(
    @Root() topic: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => TopicActivityFilter, { nullable: true, description: ACTIVITY }) filter?: TopicActivityFilter | null,
    @Arg("orderBy", () => CoMentionOrder.Order, { nullable: true, description: CoMentionOrder.description }) orderBy?: OrderArg | null,
  ) {
    return countedPage(ctx, info, topic, filter, page, CoMentionOrder.resolve(orderBy), ctx.loaders.topicCoMentioned, ({ node, row }) => ({
      topicRow: node,
      turns: Number(row["turns"]),
      calls: Number(row["calls"]),
    }));
  }
}

@Resolver(() => TopicCount)
export class TopicCountResolver {
  @FieldResolver(() => Topic, { description: "The topic." })
  topic(@Root() row: TopicCount) {
    return row.topicRow;
  }
}

@Resolver(() => TopicPeriodCount)
export class TopicPeriodCountResolver {
  @FieldResolver(() => Period, { nullable: true, description: "The fiscal period." })
  period(@Root() row: TopicPeriodCount, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Period", row.periodId);
  }

  @FieldResolver(() => String, { description: "The period's label, e.g. 2015-Q2." })
  periodLabel(@Root() row: TopicPeriodCount) {
    return row.periodId.replace(/^period:/, "");
  }
}

@Resolver(() => TopicCompanyCount)
export class TopicCompanyCountResolver {
  @FieldResolver(() => Company, { description: "The company." })
  company(@Root() row: TopicCompanyCount) {
    return row.companyRow;
  }
}

@Resolver(() => TopicCall)
export class TopicCallResolver {
  @FieldResolver(() => Call, { description: "The call." })
  call(@Root() row: TopicCall) {
    return row.callRow;
  }
}

@Resolver(() => TopicAsker)
export class TopicAskerResolver {
  @FieldResolver(() => Person, { description: "The analyst." })
  analyst(@Root() row: TopicAsker) {
    return row.personRow;
  }
}

@Resolver(() => CoMentionedTopic)
export class CoMentionedTopicResolver {
  @FieldResolver(() => Topic, { description: "The other topic." })
  topic(@Root() row: CoMentionedTopic) {
    return row.topicRow;
  }
}

/**
 * Whether a connection field's selection (its field nodes, through fragments) asks for `totalCount`
 * directly: a page statement then counts what passes its filter, and otherwise leaves the count out.
 */
export function selectsTotalCount(nodes: readonly FieldNode[], fragments: GraphQLResolveInfo["fragments"]): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === "Field") return s.name.value === "totalCount";
      if (s.kind === "InlineFragment") return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(fragments[s.name.value]?.selectionSet);
    });
  return nodes.some((node) => walk(node.selectionSet));
}

/**
 * The page size of the one `turns` field selected under a topic when it asks for nothing but its
 * first page (`turns` or `turns(first: n)`, n a valid page size), and whether it selects its
 * `totalCount`: what topic(ref) can read along with the topic. Null for anything else (a cursor,
 * a filter, an order, aliases, fragments).
 */
function plainTurnsPage(info: GraphQLResolveInfo): { first: number; withTotal: boolean } | null {
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  if (selections.some((s) => s.kind !== "Field")) return null;
  const turns = selections.filter((s): s is FieldNode => s.kind === "Field" && s.name.value === "turns");
  if (turns.length !== 1) return null;
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()["turns"] : undefined;
  if (field === undefined) return null;
  const args = getArgumentValues(field, turns[0]!, info.variableValues);
  if (Object.keys(args).some((name) => name !== "first")) return null;
  const first: unknown = args["first"] ?? DEFAULT_PAGE_SIZE;
  if (!(typeof first === "number" && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE)) return null;
  return { first, withTotal: selectsTotalCount(turns, info.fragments) };
}
