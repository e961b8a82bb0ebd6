import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import { Call } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { Position, Verdict } from "./enums.js";
import type { NodeRow, Related } from "./loaders.js";
import { GuidanceOutcome, GuidanceOutcomeConnection, MetricFact } from "./metric-fact.type.js";
import { Metric, Period } from "./metric.type.js";
import { asNode } from "./node-row.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromRows, pageWindow, type Connection } from "./pagination.js";
import { Person } from "./person.type.js";
import { findCompany, readPage } from "./root-reads.js";
import { Turn } from "./turn.type.js";

@InputType("GuidanceFilter", { description: "Which guidance facts the scorecard lists." })
export class GuidanceFilter {
  @Field(() => String, { nullable: true, description: "Company: ticker, name, graph id or global id." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "Metric name, e.g. revenue." })
  metric?: string | null;

  @Field(() => String, { nullable: true, description: "Guided period label, e.g. 2015-Q3." })
  period?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only guidance resolved against an actual; false: only open guidance." })
  resolved?: boolean | null;

  @Field(() => Verdict, { nullable: true, description: "Only outcomes with this verdict." })
  verdict?: Verdict | null;

  @Field(() => Position, { nullable: true, description: "Only outcomes with this position." })
  position?: Position | null;
}

function outcome(input: { guidance: unknown; actual: unknown; position: unknown; verdict: unknown }): GuidanceOutcome {
  return {
    guidanceRow: input.guidance,
    actualRow: input.actual ?? null,
    position: (input.position ?? null) as Position | null,
    verdict: (input.verdict ?? null) as Verdict | null,
    resolved: input.actual != null,
  };
}

@Resolver(() => MetricFact)
export class MetricFactResolver {
  @Query(() => GuidanceOutcomeConnection, {
    description:
      "The guidance scorecard: every company guidance fact with the actual it resolved to, above/within/below and beat/met/missed; newest guided period first.",
  })
  async guidanceScorecard(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => GuidanceFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: GuidanceFilter | null,
  ): Promise<Connection<GuidanceOutcome>> {
    let companyId: string | null = null;
    if (filter?.company != null) {
      const company = await findCompany(ctx.db, filter.company);
      if (company === null) return connectionFromRows([], pageWindow(page), () => Promise.resolve(0));
      companyId = company.graphId;
    }
    return readPage({
      db: ctx.db,
      statement: "api/guidance-scorecard",
      params: {
        companyId,
        metric: filter?.metric ?? null,
        period: filter?.period ?? null,
        resolved: filter?.resolved ?? null,
        verdict: filter?.verdict ?? null,
        position: filter?.position ?? null,
      },
      page,
      shape: (row) =>
        outcome({
          guidance: asNode<NodeRow>("MetricFact", row["guidance"]),
          actual: row["actual"] == null ? null : asNode<NodeRow>("MetricFact", row["actual"]),
          position: row["position"],
          verdict: row["verdict"],
        }),
    });
  }

  @FieldResolver(() => Metric, { nullable: true, description: "The metric." })
  metric(@Root() fact: MetricFact, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Metric", `metric:${fact.metric}`);
  }

  @FieldResolver(() => Period, { nullable: true, description: "The period the figure is for." })
  period(@Root() fact: MetricFact, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Period", `period:${fact.period}`);
  }

  @FieldResolver(() => Call, { nullable: true, description: "The call in which it was stated." })
  call(@Root() fact: MetricFact, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Call", fact.callId);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company the figure is about." })
  company(@Root() fact: MetricFact, @Ctx() ctx: ApiContext) {
    return fact.companyId == null ? null : ctx.loaders.node("Company", fact.companyId);
  }

  @FieldResolver(() => Turn, { nullable: true, description: "The turn that states it." })
  async turn(@Root() fact: NodeRow, @Ctx() ctx: ApiContext) {
    const [found] = await ctx.loaders.factTurn.load(fact.graphId);
    return found?.node ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who stated it." })
  async speaker(@Root() fact: NodeRow, @Ctx() ctx: ApiContext) {
    const [found] = await ctx.loaders.factSpeaker.load(fact.graphId);
    return found?.node ?? null;
  }

  @FieldResolver(() => [GuidanceOutcome], {
    description: "For guidance: the actuals it resolved to. For an actual: the guidance it resolved. Empty otherwise.",
  })
  async outcomes(@Root() fact: NodeRow, @Ctx() ctx: ApiContext) {
    const rows: Related[] = await ctx.loaders.factOutcomes.load(fact.graphId);
    return rows.map(({ node, row }) =>
      outcome({
        guidance: row["isGuidance"] === true ? fact : node,
        actual: row["isGuidance"] === true ? node : fact,
        position: row["position"],
        verdict: row["verdict"],
      }),
    );
  }
}

@Resolver(() => GuidanceOutcome)
export class GuidanceOutcomeResolver {
  @FieldResolver(() => MetricFact, { description: "The guidance fact." })
  guidance(@Root() row: GuidanceOutcome) {
    return row.guidanceRow;
  }

  @FieldResolver(() => MetricFact, { nullable: true, description: "The actual it resolved to; null while unresolved." })
  actual(@Root() row: GuidanceOutcome) {
    return row.actualRow;
  }
}
