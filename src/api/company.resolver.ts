import { Arg, Args, Ctx, FieldResolver, InputType, Field, Query, Resolver, Root } from "type-graphql";
import { CallConnection } from "./call.type.js";
import { Company, CompanyConnection, CompanyMetric } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { Basis, CompanyOrderField, SortDirection } from "./enums.js";
import { seriesKey, type NodeRow } from "./loaders.js";
import { Metric, Period } from "./metric.type.js";
import { MetricSeriesPoint } from "./metric-fact.type.js";
import { metricSeries } from "./metric-series.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList, type Connection } from "./pagination.js";
import { findCompany, nodeColumn, readPage } from "./root-reads.js";

@InputType("CompanyFilter", { description: "Which companies to list." })
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias, or the exact ticker." })
  search?: string | null;
}

@InputType("CompanyOrder", { description: "How to sort companies." })
export class CompanyOrder {
  @Field(() => CompanyOrderField, { description: "Sort key." })
  field!: CompanyOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Direction." })
  direction!: SortDirection;
}

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: "Companies in the graph, by name unless ordered otherwise." })
  companies(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => CompanyFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: CompanyFilter | null,
    @Arg("orderBy", () => CompanyOrder, { nullable: true, description: "Sort order; by name when absent." }) orderBy?: CompanyOrder | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/companies",
      params: {
        search: filter?.search ?? null,
        orderBy: orderBy?.field ?? CompanyOrderField.NAME,
        descending: orderBy?.direction === SortDirection.DESC,
      },
      page,
      shape: nodeColumn("Company"),
    });
  }

  @Query(() => Company, { nullable: true, description: "The company a reference names: ticker, name (\"Calix\"), graph id or global id." })
  company(@Arg("ref", () => String, { description: "Ticker, name, alias, graph id or global id." }) ref: string, @Ctx() ctx: ApiContext) {
    return findCompany(ctx.db, ref);
  }

  @FieldResolver(() => CallConnection, { description: "The company's calls, newest first." })
  async calls(@Root() company: NodeRow, @Args(() => PageArgsType) page: PageArgsType, @Ctx() ctx: ApiContext) {
    const calls = await ctx.loaders.companyCalls.load(company.graphId);
    return connectionFromList(calls.map((c) => c.node), page);
  }

  @FieldResolver(() => [CompanyMetric], { description: "Metrics the company stated facts for, most facts first." })
  async metrics(@Root() company: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.companyMetrics.load(company.graphId);
    return rows.map((row) => ({ metricId: row["metricId"], facts: row["facts"] }));
  }

  @FieldResolver(() => [MetricSeriesPoint], {
    description: "The company's figures for one metric per period, oldest first: actuals, guidance and prior-period figures side by side.",
  })
  async metricSeries(
    @Root() company: NodeRow,
    @Arg("metric", () => String, { description: "Metric name, e.g. revenue, gross_margin, eps." }) metric: string,
    @Ctx() ctx: ApiContext,
    @Arg("basis", () => Basis, { nullable: true, description: "Only facts on this basis (facts without a stated basis are kept)." })
    basis?: Basis | null,
  ) {
    const facts = await ctx.loaders.companyMetricFacts.load(seriesKey({ companyId: company.graphId, metric, basis: basis ?? null }));
    return metricSeries(facts);
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
  period(@Root() point: MetricSeriesPoint, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Period", point.periodId);
  }
}
