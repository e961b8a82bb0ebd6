import { Arg, Args, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { Call, CallConnection, CallParticipant } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { FactKind, Section, SortDirection } from "./enums.js";
import { Exchange } from "./exchange.type.js";
import type { NodeRow } from "./loaders.js";
import { MetricFact } from "./metric-fact.type.js";
import { Period } from "./metric.type.js";
import { PageArgsType } from "./page.args.js";
import { participation } from "./participation.js";
import { connectionFromList, type Connection } from "./pagination.js";
import { Person } from "./person.type.js";
import { companyRef, nodeColumn, readPage } from "./root-reads.js";
import { TopicCount } from "./topic.type.js";
import { TurnConnection } from "./turn.type.js";

@InputType("CallFilter", { description: "Which calls to list." })
export class CallFilter {
  @Field(() => String, { nullable: true, description: "Company: ticker, name, graph id or global id." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "Fiscal period label, e.g. 2015-Q2." })
  period?: string | null;

  @Field(() => Int, { nullable: true, description: "Fiscal year." })
  fiscalYear?: number | null;
}

@Resolver(() => Call)
export class CallResolver {
  @Query(() => CallConnection, { description: "Calls, newest period first unless `direction: ASC`." })
  calls(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => CallFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: CallFilter | null,
    @Arg("direction", () => SortDirection, { nullable: true, description: "By fiscal period; DESC by default." })
    direction?: SortDirection | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/calls",
      params: {
        company: companyRef(filter?.company),
        period: filter?.period ?? null,
        fiscalYear: filter?.fiscalYear ?? null,
        descending: direction !== SortDirection.ASC,
      },
      page,
      shape: nodeColumn("Call"),
    });
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company the call is of." })
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
  async exchanges(@Root() call: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.callExchanges.load(call.graphId)).map((r) => r.node);
  }

  @FieldResolver(() => [MetricFact], { description: "The figures stated in the call, in speaking order." })
  async facts(
    @Root() call: NodeRow,
    @Ctx() ctx: ApiContext,
    @Arg("kind", () => FactKind, { nullable: true, description: "Only facts of this kind." }) kind?: FactKind | null,
    @Arg("metric", () => String, { nullable: true, description: "Only facts of this metric." }) metric?: string | null,
  ) {
    const facts = (await ctx.loaders.callFacts.load(call.graphId)).map((r) => r.node);
    return facts.filter((f) => (kind == null || f["kind"] === kind) && (metric == null || f["metric"] === metric));
  }

  @FieldResolver(() => TurnConnection, { description: "The call's turns in speaking order." })
  async turns(
    @Root() call: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("section", () => Section, { nullable: true, description: "Only turns of this section." }) section?: Section | null,
  ) {
    const turns = (await ctx.loaders.callTurns.load(call.graphId)).map((r) => r.node);
    return connectionFromList(section == null ? turns : turns.filter((t) => t["section"] === section), page);
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
