import { Arg, Args, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { CallConnection } from "./call.type.js";
import type { ApiContext } from "./context.js";
import { UnitKind } from "./enums.js";
import { PeriodsFilter } from "./filters.input.js";
import type { NodeRow } from "./loaders.js";
import { metricInfo } from "./metric-catalog.js";
import { Metric, MetricConnection, Period } from "./metric.type.js";
import { asNode } from "./node-row.js";
import type { OrderArg } from "./order.js";
import { MetricOrder, PeriodCallOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList } from "./pagination.js";
import { comparePeriodLabels, inPeriodWindow, periodWindow } from "./period-input.js";

@InputType("MetricFilter", { description: "Which metrics to list." })
export class MetricFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name, a catalog alias or the definition." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only vocabulary metrics (they line up across companies); false: only company-specific names." })
  inVocabulary?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Only metrics stated by at least this many companies." })
  minCompanies?: number | null;
}

@Resolver(() => Period)
export class PeriodResolver {
  @Query(() => [Period], {
    description: "Fiscal periods that facts in the graph are for, oldest first (quarters, then halves, year to date and the year of each year): a period picker.",
  })
  async periods(
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => PeriodsFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: PeriodsFilter | null,
  ) {
    const window = periodWindow(filter?.period);
    const periods = await ctx.loaders.periods();
    return periods
      .filter((p) => (filter?.kind == null || p["kind"] === filter.kind) && inPeriodWindow(String(p["label"]), window))
      .sort((a, b) => comparePeriodLabels(String(a["label"]), String(b["label"])));
  }

  @FieldResolver(() => CallConnection, { description: "Calls reporting on the period." })
  async calls(
    @Root() period: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => PeriodCallOrder.Order, { nullable: true, description: PeriodCallOrder.description }) orderBy?: OrderArg | null,
  ) {
    const calls = (await ctx.loaders.periodCalls.load(period.graphId)).map((r) => r.node);
    return connectionFromList(calls, page, {
      order: PeriodCallOrder.resolve(orderBy),
      key: (c) => [String(c["companyName"] ?? "").toLowerCase(), c.graphId],
    });
  }
}

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => MetricConnection, {
    description: "The metric catalog: every metric facts in the graph state, with unit, definition, aliases and direction; most facts first.",
  })
  async metrics(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => MetricFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: MetricFilter | null,
    @Arg("orderBy", () => MetricOrder.Order, { nullable: true, description: MetricOrder.description }) orderBy?: OrderArg | null,
  ) {
    const rows = await ctx.db.read("api/metrics-all");
    const search = filter?.search?.trim().toLowerCase() ?? null;
    const metrics = rows
      .map((row): NodeRow => ({ ...asNode<NodeRow>("Metric", row["node"]), factCount: row["facts"], companyCount: row["companies"] }))
      .filter((m) => {
        const info = metricInfo(String(m["name"]));
        if (filter?.inVocabulary != null && info.inVocabulary !== filter.inVocabulary) return false;
        if (filter?.minCompanies != null && Number(m.companyCount) < filter.minCompanies) return false;
        if (search === null) return true;
        return [String(m["name"]).replace(/_/g, " "), ...info.aliases, info.definition ?? ""].some((text) => text.toLowerCase().includes(search));
      });
    const order = MetricOrder.resolve(orderBy);
    return connectionFromList(metrics, page, {
      order,
      key: (m) => {
        const field = order.field;
        if (field === "NAME") return [String(m["name"]), m.graphId];
        if (field === "COMPANIES") return [Number(m.companyCount), Number(m.factCount), m.graphId];
        return [Number(m.factCount), Number(m.companyCount), m.graphId];
      },
    });
  }

  @FieldResolver(() => UnitKind, { nullable: true, description: "The kind of unit the metric is stated in; null for a name the vocabulary does not know." })
  unit(@Root() metric: Metric) {
    return metricInfo(metric.name).unit;
  }

  @FieldResolver(() => String, { nullable: true, description: "What the metric measures; null for company-specific names." })
  definition(@Root() metric: Metric) {
    return metricInfo(metric.name).definition;
  }

  @FieldResolver(() => [String], { description: "Other words for the metric; any of them works wherever a metric name is asked for." })
  aliases(@Root() metric: Metric) {
    return metricInfo(metric.name).aliases;
  }

  @FieldResolver(() => Boolean, { description: "Whether the name is in the shared vocabulary, so its facts line up across companies." })
  inVocabulary(@Root() metric: Metric) {
    return metricInfo(metric.name).inVocabulary;
  }

  @FieldResolver(() => Int, { description: "Facts that state the metric." })
  async factCount(@Root() metric: NodeRow, @Ctx() ctx: ApiContext) {
    if (metric["factCount"] !== undefined) return metric["factCount"];
    const [row] = await ctx.loaders.metricFactCounts.load(metric.graphId);
    return row?.["facts"] ?? 0;
  }

  @FieldResolver(() => Int, { description: "Companies with facts of the metric." })
  async companyCount(@Root() metric: NodeRow, @Ctx() ctx: ApiContext) {
    if (metric["companyCount"] !== undefined) return metric["companyCount"];
    const [row] = await ctx.loaders.metricFactCounts.load(metric.graphId);
    return row?.["companies"] ?? 0;
  }
}

