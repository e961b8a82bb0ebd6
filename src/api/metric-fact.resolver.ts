import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "./graphql-js.js";
import type { Row } from "../db/database.js";
import { Call } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { GuidanceGroup, type Position, type Verdict } from "./enums.js";
import { ALL_FACTS, companyIds, dateWindow, exactCompanyRefs, factPeriods, factQuality, metricNames, SERIES_QUALITY } from "./filter-args.js";
import { FactFilter, GuidanceFilter } from "./filters.input.js";
import type { NodeRow, Related } from "./loaders.js";
import {
  GuidanceOutcome,
  GuidanceOutcomeConnection,
  GuidanceSummary,
  GuidanceSummaryConnection,
  MetricFact,
  MetricFactConnection,
  Surprise,
} from "./metric-fact.type.js";
import { Metric, Period } from "./metric.type.js";
import { asNode } from "./node-row.js";
import { fromProjection, projectionOf, type ProjectedType } from "./projection.js";
import type { OrderArg } from "./order.js";
import { FactOrder, GuidanceOrder, GuidanceSummaryOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList, type Connection, type SortKey } from "./pagination.js";
import { Person } from "./person.type.js";
import { nodeColumn, readCompanyRefsPage, readPage } from "./root-reads.js";
import { Turn } from "./turn.type.js";

const FILTERS = "Filters; all optional, combined with AND.";

interface OutcomeRow {
  guidanceRow: NodeRow;
  actualRow: NodeRow | null;
  position: Position | null;
  verdict: Verdict | null;
  resolved: boolean;
}

function outcome(input: { guidance: NodeRow; actual: NodeRow | null; position: unknown; verdict: unknown }): OutcomeRow {
  return {
    guidanceRow: input.guidance,
    actualRow: input.actual,
    position: (input.position ?? null) as Position | null,
    verdict: (input.verdict ?? null) as Verdict | null,
    resolved: input.actual !== null,
  };
}

/** How far an actual landed from its guidance's midpoint (see the Surprise type). */
export function surpriseOf(guidance: Row, actual: Row | null): Surprise | null {
  const value = actual?.["value"];
  if (actual === null || typeof value !== "number") return null;
  const low = guidance["low"];
  const high = guidance["high"];
  const range = typeof low === "number" && typeof high === "number" ? { low, high } : null;
  const mid = typeof guidance["value"] === "number" ? guidance["value"] : range === null ? null : (range.low + range.high) / 2;
  if (mid === null) return null;
  const absolute = value - mid;
  return {
    absolute,
    percent: mid === 0 ? null : (absolute * 100) / Math.abs(mid),
    rangeWidths: range === null || range.high <= range.low ? null : absolute / (range.high - range.low),
  };
}

/** Parameters shared by the scorecard and its summaries. */
async function guidanceParams(ctx: ApiContext, filter: GuidanceFilter | null | undefined) {
  const ids = await companyIds(ctx, filter?.companies);
  return {
    ids,
    params: {
      companyIds: ids,
      metrics: await metricNames(ctx, filter?.metrics),
      periods: await factPeriods(ctx, filter?.period),
      ...dateWindow(filter?.date),
      ...factQuality(filter, SERIES_QUALITY),
      resolved: filter?.resolved ?? null,
      verdict: filter?.verdict ?? null,
      position: filter?.position ?? null,
    },
  };
}

/**
 * guidanceParams without the company, metric and period lookups (none asked), for a statement
 * that looks the companies up itself; null when the filter is refused, which guidanceParams then
 * reports after the errors it reports first.
 */
function quickGuidanceParams(filter: GuidanceFilter | null | undefined): Record<string, unknown> | null {
  try {
    return {
      metrics: null,
      periods: null,
      ...dateWindow(filter?.date),
      ...factQuality(filter, SERIES_QUALITY),
      resolved: filter?.resolved ?? null,
      verdict: filter?.verdict ?? null,
      position: filter?.position ?? null,
    };
  } catch {
    return null;
  }
}

@Resolver(() => MetricFact)
export class MetricFactResolver {
  @Query(() => MetricFactConnection, {
    description: "Metric facts across calls: a table of figures filtered by company, metric, kind, period and date windows, scope and confidence; newest period first.",
  })
  async facts(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => FactFilter, { nullable: true, description: FILTERS }) filter?: FactFilter | null,
    @Arg("orderBy", () => FactOrder.Order, { nullable: true, description: FactOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<NodeRow>> {
    const ids = await companyIds(ctx, filter?.companies);
    const metrics = await metricNames(ctx, filter?.metrics);
    const statement = ids !== null ? "api/facts-of-companies" : metrics !== null ? "api/facts-of-metrics" : "api/facts";
    return readPage({
      db: ctx.db,
      statement,
      params: {
        companyIds: ids,
        metrics,
        metricIds: metrics?.map((m) => `metric:${m}`) ?? null,
        kind: filter?.kind ?? null,
        basis: filter?.basis ?? null,
        statedBy: filter?.statedBy ?? null,
        periods: await factPeriods(ctx, filter?.period),
        ...dateWindow(filter?.date),
        ...factQuality(filter, ALL_FACTS),
      },
      page,
      order: FactOrder.resolve(orderBy),
      shape: nodeColumn("MetricFact"),
    });
  }

  @Query(() => GuidanceOutcomeConnection, {
    description:
      "The guidance scorecard: every company guidance fact with the actual it resolved to, above/within/below, beat/met/missed and the surprise; newest guided period first. Company-scope guidance of confidence 0.5 or more by default.",
  })
  async guidanceScorecard(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => GuidanceFilter, { nullable: true, description: FILTERS }) filter: GuidanceFilter | null | undefined,
    @Arg("orderBy", () => GuidanceOrder.Order, { nullable: true, description: GuidanceOrder.description }) orderBy: OrderArg | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<OutcomeRow>> {
    const order = GuidanceOrder.resolve(orderBy);
    // The refs page statement returns its nodes projected to what the request selects (projection.ts); the others whole.
    const props = projectionOf(info);
    const shapeOf = (projected: boolean) => (row: Row) => {
      const project = (type: ProjectedType, values: unknown) => (values == null ? null : projected ? fromProjection(props[type], values, type) : (values as Row));
      // The page brings both facts' calls and the guidance's speaker along.
      for (const call of [project("Call", row["guidanceCall"]), project("Call", row["actualCall"])]) if (call !== null) ctx.loaders.primeNode("Call", call);
      const guidance = asNode<NodeRow>("MetricFact", project("MetricFact", row["guidance"]));
      const speaker = project("Person", row["speaker"]);
      ctx.loaders.factSpeaker.prime(guidance.graphId, speaker === null ? [] : [{ node: asNode<NodeRow>("Person", speaker), row: { key: guidance.graphId, node: speaker } }]);
      const actual = project("MetricFact", row["actual"]);
      return outcome({ guidance, actual: actual === null ? null : asNode<NodeRow>("MetricFact", actual), position: row["position"], verdict: row["verdict"] });
    };
    const shape = shapeOf(false);
    // Companies named by graph id or ticker (and no metric or period, which need lookups of their
    // own): the page statement looks the companies up itself, one round trip in all.
    const refs = filter?.metrics == null && filter?.period == null ? exactCompanyRefs(filter?.companies) : null;
    const fastParams = refs === null ? null : quickGuidanceParams(filter);
    if (refs !== null && fastParams !== null) {
      const connection = await readCompanyRefsPage({
        db: ctx.db,
        statement: "api/guidance-scorecard-of-companies",
        pageStatement: "api/guidance-scorecard-of-company-refs-page",
        companyRefs: refs,
        params: { ...fastParams, props },
        page,
        order,
        countsWithPage: true,
        shape: shapeOf(true),
      });
      if (connection !== null) return connection;
    }
    const { ids, params } = await guidanceParams(ctx, filter);
    return readPage({
      db: ctx.db,
      statement: ids === null ? "api/guidance-scorecard" : "api/guidance-scorecard-of-companies",
      params,
      page,
      order,
      countsWithPage: true,
      shape,
    });
  }

  @Query(() => GuidanceSummaryConnection, {
    description:
      "Guidance outcomes counted by company, metric and/or guided period: how much guidance was given, resolved, beaten, met and missed, the rates and the mean surprise; sortable. Company-scope guidance of confidence 0.5 or more by default.",
  })
  async guidanceSummary(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => GuidanceFilter, { nullable: true, description: FILTERS }) filter?: GuidanceFilter | null,
    @Arg("groupBy", () => [GuidanceGroup], {
      defaultValue: [GuidanceGroup.COMPANY],
      description: "What to count by: any of COMPANY, METRIC, PERIOD (an empty list: one group over everything). COMPANY by default.",
    })
    groupBy: GuidanceGroup[] = [GuidanceGroup.COMPANY],
    @Arg("orderBy", () => GuidanceSummaryOrder.Order, { nullable: true, description: GuidanceSummaryOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = GuidanceSummaryOrder.resolve(orderBy);
    const { ids, params } = await guidanceParams(ctx, filter);
    const rows = await ctx.db.query(ids === null ? "api/guidance-summary" : "api/guidance-summary-of-companies", {
      ...params,
      byCompany: groupBy.includes(GuidanceGroup.COMPANY),
      byMetric: groupBy.includes(GuidanceGroup.METRIC),
      byPeriod: groupBy.includes(GuidanceGroup.PERIOD),
    });
    const summaries = rows.filter((row) => Number(row["guided"]) > 0).map(summary);
    return connectionFromList(summaries, page, { order, key: (s) => summaryKey(order.field, order.descending, s) });
  }

  @FieldResolver(() => String, { description: "The sentence or clause that states the figure, exactly as in the source." })
  async quote(@Root() fact: NodeRow, @Ctx() ctx: ApiContext): Promise<string> {
    if (typeof fact["quote"] === "string") return fact["quote"];
    return (await ctx.loaders.factQuote.load(fact.graphId)) ?? "";
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

  @FieldResolver(() => Company, { nullable: true, description: "The company the figure is about; null when the call names none." })
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
  guidance(@Root() row: OutcomeRow) {
    return row.guidanceRow;
  }

  @FieldResolver(() => MetricFact, { nullable: true, description: "The actual it resolved to; null while unresolved." })
  actual(@Root() row: OutcomeRow) {
    return row.actualRow;
  }

  @FieldResolver(() => Surprise, { nullable: true, description: "How far the actual landed from the guidance's midpoint; null while unresolved." })
  surprise(@Root() row: OutcomeRow) {
    return surpriseOf(row.guidanceRow, row.actualRow);
  }
}

interface SummaryRow {
  companyId: string | null;
  metricName: string | null;
  periodLabel: string | null;
  guided: number;
  resolved: number;
  open: number;
  beat: number;
  met: number;
  missed: number;
  beatRate: number | null;
  metRate: number | null;
  missRate: number | null;
  meanSurprisePercent: number | null;
  meanSurpriseRangeWidths: number | null;
}

function summary(row: Row): SummaryRow {
  const n = (key: string) => Number(row[key] ?? 0);
  const verdicts = n("beat") + n("met") + n("missed");
  const rate = (count: number) => (verdicts === 0 ? null : count / verdicts);
  const mean = (key: string) => (row[key] == null ? null : Number(row[key]));
  return {
    companyId: (row["companyId"] as string | null) ?? null,
    metricName: (row["metric"] as string | null) ?? null,
    periodLabel: (row["period"] as string | null) ?? null,
    guided: n("guided"),
    resolved: n("resolved"),
    open: Math.max(0, n("guided") - n("resolved")),
    beat: n("beat"),
    met: n("met"),
    missed: n("missed"),
    beatRate: rate(n("beat")),
    metRate: rate(n("met")),
    missRate: rate(n("missed")),
    meanSurprisePercent: mean("meanSurprisePercent"),
    meanSurpriseRangeWidths: mean("meanSurpriseRangeWidths"),
  };
}

// Groups without the sorted value go last whichever the direction (the flag leads the key).
function summaryKey(field: string, descending: boolean, s: SummaryRow): SortKey {
  const id = [s.companyId ?? "", s.metricName ?? "", s.periodLabel ?? ""];
  const last = (value: number | null): SortKey => [(value === null) === descending ? 0 : 1, value ?? 0, ...id];
  switch (field) {
    case "RESOLVED":
      return [s.resolved, s.guided, ...id];
    case "BEAT_RATE":
      return last(s.beatRate);
    case "MISS_RATE":
      return last(s.missRate);
    case "MEAN_SURPRISE":
      return last(s.meanSurprisePercent);
    case "COMPANY":
      return id;
    case "METRIC":
      return [s.metricName ?? "", s.companyId ?? "", s.periodLabel ?? ""];
    case "PERIOD":
      return [periodRank(s.periodLabel), s.companyId ?? "", s.metricName ?? ""];
    default:
      return [s.guided, s.resolved, ...id];
  }
}

const periodRanks = new Map<string, number>();
function periodRank(label: string | null): number {
  if (label === null) return -1;
  // The rank of a label among labels is its place in comparePeriodLabels' order: a year-based number.
  let rank = periodRanks.get(label);
  if (rank === undefined) {
    const year = Number(label.slice(0, 4));
    const parts = ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "3M", "6M", "9M", "FY"];
    const part = parts.indexOf(label.slice(5));
    rank = Number.isFinite(year) && part >= 0 ? year * 100 + part : -1;
    periodRanks.set(label, rank);
  }
  return rank;
}

@Resolver(() => GuidanceSummary)
export class GuidanceSummaryResolver {
  @FieldResolver(() => Company, { nullable: true, description: "The company, when grouped by company (null for guidance of no known company)." })
  company(@Root() row: SummaryRow, @Ctx() ctx: ApiContext) {
    return row.companyId === null ? null : ctx.loaders.node("Company", row.companyId);
  }

  @FieldResolver(() => Metric, { nullable: true, description: "The metric, when grouped by metric." })
  metric(@Root() row: SummaryRow, @Ctx() ctx: ApiContext) {
    return row.metricName === null ? null : ctx.loaders.node("Metric", `metric:${row.metricName}`);
  }

  @FieldResolver(() => Period, { nullable: true, description: "The guided period, when grouped by period." })
  period(@Root() row: SummaryRow, @Ctx() ctx: ApiContext) {
    return row.periodLabel === null ? null : ctx.loaders.node("Period", `period:${row.periodLabel}`);
  }
}
