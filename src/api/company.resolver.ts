import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "./graphql-js.js";
import { pageSizeHint, selectedPaths } from "./look-ahead.js";
import { CallConnection } from "./call.type.js";
import { Company, CompanyConnection } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { PeriodKind } from "./enums.js";
import { callWindow, exactCompanyRefs, filterKeyWindow, findCompany, inCallWindow, metricName } from "./filter-args.js";
import { asNode } from "./node-row.js";
import { fromProjection, projectionOf, type Projection } from "./projection.js";
import type { Row } from "../db/database.js";
import { CompanyFilter, CompanySeriesFilter, WindowFilter } from "./filters.input.js";
import { filterKey, type NodeRow } from "./loaders.js";
import { CompanyMetric, Metric, Period } from "./metric.type.js";
import { MetricSeriesPoint } from "./metric-fact.type.js";
import type { OrderArg } from "./order.js";
import { AnalystOrder, CallOrder, callKey, CompanyOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList, emptyConnection, type Connection } from "./pagination.js";
import { AnalystActivityConnection } from "./person.type.js";
import { analystActivity, analystKey } from "./analyst-activity.js";
import { nodeColumn, readPage } from "./root-reads.js";
import { companyMetricFacts, seriesPoints, seriesSelection } from "./series-reads.js";

const FILTERS = "Filters; all optional, combined with AND.";

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: "Companies in the graph, by name unless ordered otherwise: a company picker." })
  companies(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => CompanyFilter, { nullable: true, description: FILTERS }) filter?: CompanyFilter | null,
    @Arg("orderBy", () => CompanyOrder.Order, { nullable: true, description: CompanyOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/companies",
      params: { search: filter?.search ?? null },
      page,
      order: CompanyOrder.resolve(orderBy),
      shape: nodeColumn("Company"),
    });
  }

  @Query(() => Company, {
    nullable: true,
    description: "The company a reference names: ticker, name (\"Calix\"), alias, graph id or global id; null when none matches. An empty reference is BAD_USER_INPUT.",
  })
  async company(
    @Arg("ref", () => String, { description: "Ticker, name, alias, graph id or global id." }) ref: string,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A company named by graph id or ticker whose calls are asked for: the company and its calls
    // in one statement (the calls field then finds them read); otherwise the lookup alone.
    // With the calls' slots' analysts selected, the slots of the newest calls (as many as the
    // page asks for) come along too; any call of the page left out is read by its loader as before.
    const [exact] = exactCompanyRefs([ref]) ?? [];
    const selected = selectedPaths(info, 4);
    if (exact !== undefined && selected.has("calls")) {
      const slotsFor = selected.has("calls.nodes.exchanges.analyst") ? pageSizeHint(info, "calls") : 0;
      // Only the properties the request selects (projection.ts).
      const props = projectionOf(info);
      const [row] = await ctx.db.query(slotsFor > 0 ? "api/company-with-calls-and-analysts-by-exact-ref" : "api/company-with-calls-by-exact-ref", { ref: exact, slotsFor, props });
      if (row !== undefined) {
        const company = asNode<NodeRow>("Company", fromProjection(props.Company, row["node"]));
        ctx.loaders.primeCompanyCalls(company.graphId, ((row["calls"] as unknown[] | null) ?? []).map((call) => fromProjection(props.Call, call)));
        if (slotsFor > 0) ctx.loaders.primeCallSlots((row["slotCalls"] as string[] | null) ?? [], ((row["slots"] as Row[] | null) ?? []).map((slot) => projectedSlot(slot, props)));
        return company;
      }
    }
    return findCompany(ctx, ref);
  }

  @FieldResolver(() => CallConnection, { description: "The company's calls, newest first unless ordered otherwise." })
  async calls(
    @Root() company: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => WindowFilter, { nullable: true, description: FILTERS }) filter?: WindowFilter | null,
    @Arg("orderBy", () => CallOrder.Order, { nullable: true, description: CallOrder.description }) orderBy?: OrderArg | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const order = CallOrder.resolve(orderBy);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    const calls = (await ctx.loaders.companyCalls.load(company.graphId)).map((c) => c.node).filter((c) => inCallWindow(c, window));
    const connection = connectionFromList(calls, page, { order, key: (c) => callKey(order.field, c) });
    if (info !== undefined && selectedPaths(info).has("nodes.exchanges.analyst")) await ctx.loaders.callExchangesWithAnalysts.loadMany(connection.nodes.map((c) => c.graphId));
    return connection;
  }

  @FieldResolver(() => [CompanyMetric], { description: "Metrics the company stated facts for, most facts first: a metric picker for the company." })
  async metrics(@Root() company: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.companyMetrics.load(company.graphId);
    return rows.map((row) => ({ metricId: row["metricId"], facts: row["facts"] }));
  }

  @FieldResolver(() => [Period], { description: "Fiscal periods the company has data for (its calls' and its facts' periods), oldest first: a period picker." })
  async periods(
    @Root() company: NodeRow,
    @Ctx() ctx: ApiContext,
    @Arg("kind", () => PeriodKind, { nullable: true, description: "Only periods of this length." }) kind?: PeriodKind | null,
  ) {
    const periods = (await ctx.loaders.companyPeriods.load(company.graphId)).map((r) => r.node);
    return kind == null ? periods : periods.filter((p) => p["kind"] === kind);
  }

  @FieldResolver(() => [MetricSeriesPoint], {
    description:
      "The company's figures for one metric per period, oldest first: the headline value, and actuals, guidance, prior-period figures and changes side by side.",
  })
  async metricSeries(
    @Root() company: NodeRow,
    @Arg("metric", () => String, { description: "Metric: name (revenue, gross_margin), any case, or an alias (\"sales\"); NOT_FOUND when none matches." })
    metric: string,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => CompanySeriesFilter, { nullable: true, description: "Which facts count; company scope and confidence 0.5 or more by default." })
    filter?: CompanySeriesFilter | null,
  ) {
    const selection = seriesSelection(filter);
    const facts = await companyMetricFacts(ctx, { companyId: company.graphId, metric: await metricName(ctx, metric) });
    return seriesPoints(facts, selection);
  }

  @FieldResolver(() => AnalystActivityConnection, { description: "Analysts on the company's calls, by name unless ranked otherwise (CALLS, EXCHANGES)." })
  async analysts(
    @Root() company: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => WindowFilter, { nullable: true, description: "Which of the company's calls count; all by default." }) filter?: WindowFilter | null,
    @Arg("orderBy", () => AnalystOrder.Order, { nullable: true, description: AnalystOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = AnalystOrder.resolve(orderBy);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    const rows = await ctx.loaders.companyAnalysts.load(filterKey({ companyId: company.graphId, ...filterKeyWindow(window) }));
    return connectionFromList(rows.map(analystActivity), page, { order, key: (a) => analystKey(order.field, a) });
  }
}

@Resolver(() => CompanyMetric)
export class CompanyMetricResolver {
  @FieldResolver(() => Metric, { description: "The metric." })
  metric(@Root() row: CompanyMetric, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Metric", row.metricId);
  }
}

@Resolver(() => MetricSeriesPoint)
export class MetricSeriesPointResolver {
  @FieldResolver(() => Period, { nullable: true, description: "The fiscal period." })
  period(@Root() point: MetricSeriesPoint & { periodId: string }, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Period", point.periodId);
  }
}

/** A slot row of company-with-calls-and-analysts-by-exact-ref, its nodes projected by `props`, as call-exchanges-with-analysts gives it. */
function projectedSlot(slot: Row, props: Projection): Row {
  const employers = (slot["employers"] as Row[] | null) ?? [];
  return {
    key: slot["key"],
    node: fromProjection(props.Exchange, slot["node"]),
    analyst: slot["analyst"] == null ? null : fromProjection(props.Person, slot["analyst"]),
    employers: employers.map((e) => ({
      node: fromProjection(e["type"] === "Firm" ? props.Firm : props.Company, e["node"]),
      type: e["type"],
      title: e["title"],
      since: e["since"],
    })),
  };
}
