import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { companyIds, metricName } from "./filter-args.js";
import { SeriesFilter } from "./filters.input.js";
import type { NodeRow } from "./loaders.js";
import { HEADLINE_RULE } from "./metric-series.js";
import { CompanyMetricSeries, CompanyMetricSeriesConnection } from "./metric-fact.type.js";
import { Metric } from "./metric.type.js";
import { asNode } from "./node-row.js";
import type { OrderArg } from "./order.js";
import { SeriesOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList } from "./pagination.js";
import { companyMetricFacts, seriesPoints, seriesSelection, type SeriesPointRow } from "./series-reads.js";

interface SeriesRow {
  companyId: string;
  companyName: string;
  metricName: string;
  points: SeriesPointRow[];
  latest: SeriesPointRow | null;
}

@Resolver(() => CompanyMetricSeries)
export class MetricSeriesResolver {
  @Query(() => CompanyMetricSeriesConnection, {
    description: `One metric across companies: each company's series with one headline value per period, beside all the facts it was chosen from. ${HEADLINE_RULE}`,
  })
  async metricSeries(
    @Arg("metric", () => String, { description: "Metric: name (revenue, gross_margin), any case, or an alias (\"sales\"); NOT_FOUND when none matches." })
    metric: string,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => SeriesFilter, {
      nullable: true,
      description: "Which companies and facts count; every company with facts of the metric, company scope and confidence 0.5 or more by default.",
    })
    filter?: SeriesFilter | null,
    @Arg("orderBy", () => SeriesOrder.Order, { nullable: true, description: SeriesOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = SeriesOrder.resolve(orderBy);
    const name = await metricName(ctx, metric);
    const selection = seriesSelection(filter);
    const asked = await companyIds(ctx, filter?.companies);
    const factsByCompany = new Map<string, NodeRow[]>();
    if (asked !== null) {
      const found = await Promise.all(asked.map((companyId) => companyMetricFacts(ctx, { companyId, metric: name })));
      asked.forEach((companyId, i) => factsByCompany.set(companyId, found[i]!));
    } else {
      for (const row of await ctx.db.read("api/metric-facts", { metricId: `metric:${name}` })) {
        const companyId = String(row["companyId"]);
        const list = factsByCompany.get(companyId) ?? [];
        list.push(asNode<NodeRow>("MetricFact", row["node"]));
        factsByCompany.set(companyId, list);
      }
    }
    const companies = await Promise.all([...factsByCompany.keys()].map((id) => ctx.loaders.node("Company", id)));
    const series: SeriesRow[] = [];
    for (const company of companies) {
      if (company === null) continue;
      const points = seriesPoints(factsByCompany.get(company.graphId) ?? [], selection);
      // Companies asked for by name always get a row; the others only when a fact passes the filter.
      if (asked === null && points.length === 0) continue;
      const latest = [...points].reverse().find((p) => p.headline !== null) ?? null;
      series.push({ companyId: company.graphId, companyName: String(company["name"] ?? ""), metricName: name, points, latest });
    }
    return connectionFromList(series, page, {
      order,
      key: (s) => {
        if (order.field !== "LATEST_VALUE") return [s.companyName.toLowerCase(), s.companyId];
        const value = s.latest?.value ?? null;
        return [(value === null) === order.descending ? 0 : 1, value ?? 0, s.companyId];
      },
    });
  }

  @FieldResolver(() => Company, { description: "The company." })
  company(@Root() row: SeriesRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Company", row.companyId);
  }

  @FieldResolver(() => Metric, { nullable: true, description: "The metric." })
  metric(@Root() row: SeriesRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Metric", `metric:${row.metricName}`);
  }
}
