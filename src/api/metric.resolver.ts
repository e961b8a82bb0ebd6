import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Call } from "./call.type.js";
import type { ApiContext } from "./context.js";
import type { NodeRow } from "./loaders.js";
import { Metric, MetricCount, Period } from "./metric.type.js";
import { asNode } from "./node-row.js";

@Resolver(() => Period)
export class PeriodResolver {
  @Query(() => [Period], { description: "Every fiscal period in the graph, oldest first." })
  async periods(@Ctx() ctx: ApiContext) {
    return (await ctx.db.read("api/periods-all")).map((row) => asNode<NodeRow>("Period", row["node"]));
  }

  @FieldResolver(() => [Call], { description: "Calls reporting on the period." })
  async calls(@Root() period: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.periodCalls.load(period.graphId)).map((r) => r.node);
  }
}

@Resolver(() => MetricCount)
export class MetricCountResolver {
  @Query(() => [MetricCount], { description: "Every metric in the graph with its number of facts, most first." })
  async metrics(@Ctx() ctx: ApiContext) {
    return (await ctx.db.read("api/metrics-all")).map((row) => ({ metricRow: asNode<NodeRow>("Metric", row["node"]), facts: row["facts"] }));
  }

  @FieldResolver(() => Metric, { description: "The metric." })
  metric(@Root() row: MetricCount) {
    return row.metricRow;
  }
}
