import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "./graphql-js.js";
import { selectedPaths, soleSelection } from "./look-ahead.js";
import { asNode } from "./node-row.js";
import { fromProjection, projectionOf } from "./projection.js";
import { Call, CallConnection, CallParticipant } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { Exchange } from "./exchange.type.js";
import { ALL_FACTS, callWindow, callWindowOrNull, companyIds, exactCompanyRefs, factQuality, metricNames, passesQuality } from "./filter-args.js";
import { CallFactFilter, CallFilter, TurnFilter } from "./filters.input.js";
import type { NodeRow } from "./loaders.js";
import { MetricFactConnection } from "./metric-fact.type.js";
import { Period } from "./metric.type.js";
import type { OrderArg } from "./order.js";
import { CallFactOrder, CallOrder, TurnOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { participation } from "./participation.js";
import { connectionFromList, emptyConnection, type Connection } from "./pagination.js";
import { inPeriodWindow, periodWindow } from "./period-input.js";
import { Person } from "./person.type.js";
import { nodeColumn, readCompanyRefsPage, readPage } from "./root-reads.js";
import { TopicCount } from "./topic.type.js";
import { TurnConnection } from "./turn.type.js";

const FILTERS = "Filters; all optional, combined with AND.";
/**
 * The fact kind the request's facts list filters on, when the operation selects `Call.facts` once
 * (so the call's facts read along with the page serve that list alone): the statement then reads
 * only facts of that kind, and the field filters the rest as always. Null reads every fact.
 */
function soleFactKind(info: GraphQLResolveInfo): string | null {
  const filter = soleSelection(info, "Call", "facts")?.args["filter"] as { kind?: unknown } | null | undefined;
  return typeof filter?.kind === "string" ? filter.kind : null;
}

/** Call fields whose lists callContent reads in one statement. */
const CONTENT_FIELDS = ["participants", "exchanges", "facts", "topics"];

@Resolver(() => Call)
export class CallResolver {
  @Query(() => CallConnection, { description: "Calls, newest period first unless ordered otherwise; calls of no known company or period included." })
  async calls(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => CallFilter, { nullable: true, description: FILTERS }) filter: CallFilter | null | undefined,
    @Arg("orderBy", () => CallOrder.Order, { nullable: true, description: CallOrder.description }) orderBy: OrderArg | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<NodeRow>> {
    const order = CallOrder.resolve(orderBy);
    // Two or more of the calls' lists selected (a call's detail): one statement reads them all.
    const selected = selectedPaths(info, 2);
    const content = CONTENT_FIELDS.filter((field) => selected.has(`nodes.${field}`)).length >= 2;
    // A call's detail reads only the properties the request selects (projection.ts).
    const props = content ? projectionOf(info) : null;
    // Companies named by graph id or ticker: the page statement looks them up itself and, for a
    // call's detail, reads the lists too (one round trip); otherwise the steps below.
    const refs = exactCompanyRefs(filter?.companies);
    const fastWindow = refs === null ? null : callWindowOrNull(filter);
    if (refs !== null && fastWindow !== null) {
      const connection = await readCompanyRefsPage({
        db: ctx.db,
        statement: "api/calls-of-companies",
        pageStatement: content ? "api/calls-of-company-refs-with-content-page" : "api/calls-of-company-refs-page",
        companyRefs: refs,
        params: { ...fastWindow, ...(props === null ? {} : { props, factKind: soleFactKind(info) }) },
        page,
        order,
        shape: (row) => {
          if (!content) return nodeColumn("Call")(row);
          const call = asNode<NodeRow>("Call", fromProjection(props!.Call, row["node"]));
          ctx.loaders.primeCallContent(call.graphId, row, props!);
          return call;
        },
      });
      if (connection !== null) return connection;
    }
    const ids = await companyIds(ctx, filter?.companies);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    const connection = await readPage({
      db: ctx.db,
      statement: ids === null ? "api/calls" : "api/calls-of-companies",
      params: { companyIds: ids, ...window },
      page,
      order,
      shape: nodeColumn("Call"),
    });
    if (props !== null) await ctx.loaders.callContent.loadMany(connection.nodes.map((c) => ({ id: c.graphId, props })));
    return connection;
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company the call is of; null when the transcript names none." })
  async company(@Root() call: NodeRow, @Ctx() ctx: ApiContext) {
    const [found] = await ctx.loaders.callCompany.load(call.graphId);
    return found?.node ?? null;
  }

  @FieldResolver(() => Period, { nullable: true, description: "The fiscal period the call reports on." })
  period(@Root() call: Call, @Ctx() ctx: ApiContext) {
    return call.period == null ? null : ctx.loaders.node("Period", `period:${call.period}`);
  }

  @FieldResolver(() => String, { nullable: true, description: "The fiscal period's label, e.g. 2015-Q2." })
  periodLabel(@Root() call: Call) {
    return call.period ?? null;
  }

  @FieldResolver(() => [CallParticipant], { description: "Everyone who spoke or was listed, with their role in this call." })
  async participants(@Root() call: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.callParticipants.load(call.graphId);
    return rows.map(({ node, row }) => ({ ...participation(row), personRow: node, callRow: call }));
  }

  @FieldResolver(() => [Exchange], { description: "The Q&A slots, in order." })
  async exchanges(@Root() call: NodeRow, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const selected = selectedPaths(info, 1);
    const loader = selected.has("topics") || selected.has("turns") ? ctx.loaders.callExchangesWithContent : ctx.loaders.callExchanges;
    return (await loader.load(call.graphId)).map((r) => r.node);
  }

  @FieldResolver(() => MetricFactConnection, { description: "The figures stated in the call, in speaking order unless ordered otherwise; every fact unless filtered." })
  async facts(
    @Root() call: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => CallFactFilter, { nullable: true, description: FILTERS }) filter?: CallFactFilter | null,
    @Arg("orderBy", () => CallFactOrder.Order, { nullable: true, description: CallFactOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = CallFactOrder.resolve(orderBy);
    const quality = factQuality(filter, ALL_FACTS);
    const metrics = await metricNames(ctx, filter?.metrics);
    const window = periodWindow(filter?.period);
    const facts = (await ctx.loaders.callFacts.load(call.graphId))
      .map((r) => r.node)
      .filter(
        (f) =>
          passesQuality(f, quality) &&
          (filter?.kind == null || f["kind"] === filter.kind) &&
          (filter?.basis == null || f["basis"] == null || f["basis"] === filter.basis) &&
          (metrics === null || metrics.includes(String(f["metric"]))) &&
          inPeriodWindow(String(f["period"]), window),
      );
    const position = (f: NodeRow) => [Number(f["turnIndex"] ?? 0), Number(f["start"] ?? 0), f.graphId];
    return connectionFromList(facts, page, {
      order,
      key: (f) =>
        order.field === "METRIC"
          ? [String(f["metric"]), ...position(f)]
          : order.field === "CONFIDENCE"
            ? [Number(f["confidence"] ?? 0), ...position(f)]
            : position(f),
    });
  }

  @FieldResolver(() => TurnConnection, { description: "The call's turns in speaking order." })
  async turns(
    @Root() call: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => TurnFilter, { nullable: true, description: FILTERS }) filter?: TurnFilter | null,
    @Arg("orderBy", () => TurnOrder.Order, { nullable: true, description: TurnOrder.description }) orderBy?: OrderArg | null,
  ) {
    const turns = (await ctx.loaders.callTurns.load(call.graphId))
      .map((r) => r.node)
      .filter((t) => (filter?.section == null || t["section"] === filter.section) && (filter?.role == null || t["role"] === filter.role));
    return connectionFromList(turns, page, { order: TurnOrder.resolve(orderBy), key: (t) => [Number(t["index"]), t.graphId] });
  }

  @FieldResolver(() => [TopicCount], { description: "Topics mentioned in the call, most mentioned first." })
  async topics(@Root() call: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.callTopics.load(call.graphId);
    return rows.map(({ node, row }) => ({ topicRow: node, calls: 1, companies: 1, turns: row["turns"], mentions: row["mentions"] }));
  }
}

@Resolver(() => CallParticipant)
export class CallParticipantResolver {
  @FieldResolver(() => Person, { description: "The person." })
  person(@Root() p: CallParticipant) {
    return p.personRow;
  }

  @FieldResolver(() => Call, { description: "The call." })
  call(@Root() p: CallParticipant) {
    return p.callRow;
  }
}
