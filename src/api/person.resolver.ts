import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import { CallConnection, CallParticipant } from "./call.type.js";
import { Company } from "./company.type.js";
import type { ApiContext } from "./context.js";
import { Role } from "./enums.js";
import { Exchange } from "./exchange.type.js";
import { Firm } from "./firm.type.js";
import type { NodeRow } from "./loaders.js";
import { PageArgsType } from "./page.args.js";
import { participation } from "./participation.js";
import { connectionFromList, type Connection } from "./pagination.js";
import { AskedTopic, CoveredCompany, Person, PersonConnection } from "./person.type.js";
import { companyRef, graphIdOf, nodeColumn, readPage } from "./root-reads.js";
import { Topic } from "./topic.type.js";
import { Turn } from "./turn.type.js";

@InputType("AnalystFilter", { description: "Which analysts to list." })
export class AnalystFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the analyst's name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Firm: part of its name or alias, graph id or global id." })
  firm?: string | null;

  @Field(() => String, { nullable: true, description: "Covered company: ticker, name, graph id or global id." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "Topic the analyst asked about: name, alias, graph id or global id." })
  topic?: string | null;
}

@InputType("PersonFilter", { description: "Which people to list." })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias." })
  name?: string | null;

  @Field(() => Role, { nullable: true, description: "Only people who had this role in at least one call." })
  role?: Role | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: "People (executives, analysts, operators, people mentioned), by name." })
  people(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => PersonFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: PersonFilter | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/people",
      params: { name: filter?.name ?? null, role: filter?.role ?? null },
      page,
      shape: nodeColumn("Person"),
    });
  }

  @Query(() => PersonConnection, {
    description: "Analysts (people who asked in a call's Q&A), by name: their firm, coverage, calls and topics are fields of Person.",
  })
  analysts(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => AnalystFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: AnalystFilter | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/analysts",
      params: {
        name: filter?.name ?? null,
        firm: filter?.firm == null ? null : (graphIdOf(filter.firm, "Firm") ?? filter.firm),
        company: companyRef(filter?.company),
        topic: filter?.topic == null ? null : (graphIdOf(filter.topic, "Topic") ?? filter.topic),
      },
      page,
      shape: nodeColumn("Person"),
    });
  }

  @FieldResolver(() => Firm, { nullable: true, description: "The firm the person works for (the latest call's), for analysts." })
  async firm(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    const employers = await ctx.loaders.personEmployers.load(person.graphId);
    return employers.find((e) => e.node.__typename === "Firm")?.node ?? null;
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company the person works for, for executives." })
  async company(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    const employers = await ctx.loaders.personEmployers.load(person.graphId);
    return employers.find((e) => e.node.__typename === "Company")?.node ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The person's title at their employer, as the latest call gives it." })
  async title(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    const [latest] = await ctx.loaders.personEmployers.load(person.graphId);
    return (latest?.row["title"] as string | null | undefined) ?? null;
  }

  @FieldResolver(() => [CallParticipant], { description: "The person's part in each call they joined, newest first." })
  async participations(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.personParticipations.load(person.graphId);
    return rows.map(({ node, row }) => ({ ...participation(row), personRow: person, callRow: node }));
  }

  @FieldResolver(() => CallConnection, { description: "Calls the person joined, newest first." })
  async calls(@Root() person: NodeRow, @Args(() => PageArgsType) page: PageArgsType, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.personParticipations.load(person.graphId);
    return connectionFromList(rows.map((r) => r.node), page);
  }

  @FieldResolver(() => [Exchange], { description: "The Q&A slots the person asked in, newest call first." })
  async exchanges(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.personExchanges.load(person.graphId)).map((r) => r.node);
  }

  @FieldResolver(() => [CoveredCompany], { description: "Companies whose calls the person joined as an analyst, most calls first." })
  async companiesCovered(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.personCompaniesCovered.load(person.graphId);
    return rows.map(({ node, row }) => ({ companyRow: node, calls: row["calls"] }));
  }

  @FieldResolver(() => [AskedTopic], { description: "Topics the person raised in their own questions, most Q&A slots first." })
  async topicsAskedAbout(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.personTopicsAsked.load(person.graphId);
    return rows.map(({ node, row }) => ({ topicRow: node, exchanges: row["exchanges"], mentions: row["mentions"] }));
  }

  @FieldResolver(() => [Turn], { description: "Turns in which someone mentions the person." })
  async mentionedIn(@Root() person: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.personMentionedIn.load(person.graphId)).map((r) => r.node);
  }
}

@Resolver(() => CoveredCompany)
export class CoveredCompanyResolver {
  @FieldResolver(() => Company, { description: "The company." })
  company(@Root() row: CoveredCompany) {
    return row.companyRow;
  }
}

@Resolver(() => AskedTopic)
export class AskedTopicResolver {
  @FieldResolver(() => Topic, { description: "The topic." })
  topic(@Root() row: AskedTopic) {
    return row.topicRow;
  }
}
