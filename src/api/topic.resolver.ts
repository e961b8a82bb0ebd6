import { Arg, Args, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { Call } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { TopicKind, TopicOrderField } from "./enums.js";
import type { NodeRow } from "./loaders.js";
import { Period } from "./metric.type.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList, type Connection } from "./pagination.js";
import { Person } from "./person.type.js";
import { companyRef, findTopic, nodeColumn, readPage } from "./root-reads.js";
import {
  CoMentionedTopic,
  Topic,
  TopicAsker,
  TopicCall,
  TopicCompanyCount,
  TopicConnection,
  TopicCount,
  TopicCountConnection,
  TopicPeriodCount,
} from "./topic.type.js";
import { TurnConnection } from "./turn.type.js";

@InputType("TopicFilter", { description: "Which topics to list." })
export class TopicFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias." })
  search?: string | null;

  @Field(() => TopicKind, { nullable: true, description: "Only topics of this kind." })
  kind?: TopicKind | null;
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: "Topics, most mentioned first unless ordered by name." })
  topics(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => TopicFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: TopicFilter | null,
    @Arg("orderBy", () => TopicOrderField, { nullable: true, description: "MENTIONS (default) or NAME." })
    orderBy?: TopicOrderField | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/topics",
      params: { search: filter?.search ?? null, kind: filter?.kind ?? null, orderBy: orderBy ?? TopicOrderField.MENTIONS },
      page,
      shape: nodeColumn("Topic"),
    });
  }

  @Query(() => Topic, { nullable: true, description: "The topic a reference names: name or alias (case-insensitive), graph id or global id." })
  topic(@Arg("ref", () => String, { description: "Name, alias, graph id or global id." }) ref: string, @Ctx() ctx: ApiContext) {
    return findTopic(ctx.db, ref);
  }

  @Query(() => TopicCountConnection, {
    description: "The most mentioned topics in the calls of a period and/or company (both optional), most mentions first.",
  })
  topTopics(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("period", () => String, { nullable: true, description: "Fiscal period label of the calls, e.g. 2015-Q2." }) period?: string | null,
    @Arg("company", () => String, { nullable: true, description: "Company: ticker, name, graph id or global id." }) company?: string | null,
  ): Promise<Connection<TopicCount>> {
    return readPage({
      db: ctx.db,
      statement: "api/top-topics",
      params: { period: period ?? null, company: companyRef(company) },
      page,
      shape: (row) =>
        ({ topicRow: nodeColumn("Topic")(row), calls: row["calls"], companies: row["companies"], turns: row["turns"], mentions: row["mentions"] }) as TopicCount,
    });
  }

  @FieldResolver(() => TurnConnection, { description: "Turns that mention the topic, newest call first." })
  async turns(@Root() topic: NodeRow, @Args(() => PageArgsType) page: PageArgsType, @Ctx() ctx: ApiContext) {
    return connectionFromList((await ctx.loaders.topicTurns.load(topic.graphId)).map((r) => r.node), page);
  }

  @FieldResolver(() => [TopicCall], { description: "Calls that mention the topic, newest first." })
  async calls(@Root() topic: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.topicCalls.load(topic.graphId);
    return rows.map(({ node, row }) => ({ callRow: node, turns: row["turns"], mentions: row["mentions"] }));
  }

  @FieldResolver(() => [TopicAsker], { description: "Analysts who raised the topic in their own questions, most Q&A slots first." })
  async askers(@Root() topic: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.topicAskers.load(topic.graphId);
    return rows.map(({ node, row }) => ({ personRow: node, exchanges: row["exchanges"], mentions: row["mentions"] }));
  }

  @FieldResolver(() => [TopicPeriodCount], { description: "Mentions per fiscal period of the calls, oldest first: the topic's trend." })
  async mentionsByPeriod(@Root() topic: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.topicByPeriod.load(topic.graphId);
    return rows.map((row) => ({ periodId: row["periodId"], calls: row["calls"], turns: row["turns"], mentions: row["mentions"] }));
  }

  @FieldResolver(() => [TopicCompanyCount], { description: "Mentions per company, most first." })
  async mentionsByCompany(@Root() topic: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.topicByCompany.load(topic.graphId);
    return rows.map(({ node, row }) => ({ companyRow: node, calls: row["calls"], turns: row["turns"], mentions: row["mentions"] }));
  }

  @FieldResolver(() => [CoMentionedTopic], { description: "Topics mentioned in the same turns, most shared turns first." })
  async coMentioned(
    @Root() topic: NodeRow,
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { defaultValue: 10, description: "How many (at most 100)." }) first: number,
  ) {
    const rows = await ctx.loaders.topicCoMentioned.load(topic.graphId);
    return connectionFromList(rows, { first }).nodes.map(({ node, row }) => ({ topicRow: node, turns: row["turns"], calls: row["calls"] }));
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
