import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "./graphql-js.js";
import { nestedPageLimit, selectedPaths, selectsField } from "./look-ahead.js";
import { asNode } from "./node-row.js";
import { fromProjection, projectionOf } from "./projection.js";
import { CallConnection, CallParticipantConnection } from "./call.type.js";
import { Company } from "./company.type.js";
import type { Params } from "../db/database.js";
import type { ApiContext } from "./context.js";
import { ExchangeConnection } from "./exchange.type.js";
import { callWindow, companyIds, graphIdOf, topicId } from "./filter-args.js";
import { AnalystFilter, PersonFilter } from "./filters.input.js";
import { Firm } from "./firm.type.js";
import type { NodeRow } from "./loaders.js";
import type { OrderArg } from "./order.js";
import { AnalystOrder, AskedTopicOrder, byCallKey, callKey, CoveredCompanyOrder, ExchangeOrder, MentionOrder, ParticipationOrder, PersonOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { participation } from "./participation.js";
import { connectionFromList, emptyConnection, type Connection } from "./pagination.js";
import {
  AnalystActivity,
  AnalystActivityConnection,
  AskedTopic,
  AskedTopicConnection,
  CoveredCompany,
  CoveredCompanyConnection,
  Person,
  PersonConnection,
} from "./person.type.js";
import { analystActivity, type AnalystActivityRow } from "./analyst-activity.js";
import { nodeColumn, readPage } from "./root-reads.js";
import { Topic } from "./topic.type.js";
import { TurnConnection } from "./turn.type.js";

const FILTERS = "Filters; all optional, combined with AND.";
/** Person fields whose lists peopleActivity reads in one statement. */
const ACTIVITY_FIELDS = ["firm", "company", "title", "participations", "calls", "companiesCovered", "topicsAskedAbout"];
const name = (node: NodeRow) => String(node["name"] ?? "").toLowerCase();

/** Whether an analysts page must count each analyst's Q&A slots and companies: to order by them, or to show them. */
function countsNeeded(orderField: string, selected: Set<string>): boolean {
  return orderField !== "NAME" || selected.has("nodes.exchanges") || selected.has("nodes.companies");
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: "People (executives, analysts, operators, people mentioned), by name." })
  people(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => PersonFilter, { nullable: true, description: FILTERS }) filter?: PersonFilter | null,
    @Arg("orderBy", () => PersonOrder.Order, { nullable: true, description: PersonOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/people",
      params: { name: filter?.name ?? null, role: filter?.role ?? null },
      page,
      order: PersonOrder.resolve(orderBy),
      shape: nodeColumn("Person"),
    });
  }

  @Query(() => AnalystActivityConnection, {
    description:
      "Analysts (people who asked in a call's Q&A) with their activity over the calls that count: by name, or ranked by calls joined, Q&A slots or companies covered. Their firm, coverage and topics are fields of `analyst`.",
  })
  async analysts(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => AnalystFilter, { nullable: true, description: FILTERS }) filter: AnalystFilter | null | undefined,
    @Arg("orderBy", () => AnalystOrder.Order, { nullable: true, description: AnalystOrder.description }) orderBy: OrderArg | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AnalystActivityRow>> {
    const order = AnalystOrder.resolve(orderBy);
    const ids = await companyIds(ctx, filter?.companies);
    const topic = await topicId(ctx, filter?.topic);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    // Two or more of the people's lists selected: one statement reads them all (see peopleActivity);
    // for people found by name, the page statement itself reads them (one round trip in all).
    const selected = selectedPaths(info);
    const activity = ACTIVITY_FIELDS.filter((field) => selected.has(`nodes.analyst.${field}`)).length >= 2;
    const withActivity = activity && ids === null && filter?.name != null;
    // The activity's nodes (and the page's people, when read along) only with the properties the request selects.
    const props = activity ? projectionOf(info) : null;
    const connection = await readPage({
      db: ctx.db,
      // A company filter starts from the companies' calls, a name filter from the people so
      // named; otherwise every analyst's participations are read.
      statement: ids !== null ? "api/analysts-of-companies" : filter?.name != null ? "api/analysts-named" : "api/analysts",
      ...(withActivity
        ? {
            pageStatement: "api/analysts-named-with-activity-page",
            // Whom the name matches is remembered until the graph changes (name-matches.ts).
            readPageRows: (byName: string, params: Params) => ctx.nameMatches.readPage(ctx.db, { byName, byIds: "api/analysts-by-ids-with-activity-page" }, params),
          }
        : {}),
      params: {
        companyIds: ids,
        ...window,
        name: filter?.name ?? null,
        firm: filter?.firm == null ? null : (graphIdOf(filter.firm, "Firm") ?? filter.firm),
        topicId: topic,
        ...(withActivity
          ? {
              props,
              counts: countsNeeded(order.field, selected),
              topicsLimit: nestedPageLimit(info, "Person", "topicsAskedAbout"),
              // Person.calls reads the same list (personParticipations), whole.
              participationsLimit: selectsField(info, "Person", "calls") ? null : nestedPageLimit(info, "Person", "participations"),
            }
          : {}),
      },
      page,
      order,
      shape: (row) => {
        if (!withActivity) return analystActivity({ node: nodeColumn("Person")(row), row });
        const activityRow = analystActivity({ node: asNode<NodeRow>("Person", fromProjection(props!.Person, row["node"])), row });
        ctx.loaders.primePeopleActivity(activityRow.personRow.graphId, row, props!);
        return activityRow;
      },
    });
    if (props !== null && !withActivity) await ctx.loaders.peopleActivity.loadMany(connection.nodes.map((a) => ({ id: a.personRow.graphId, props })));
    return connection;
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

  @FieldResolver(() => CallParticipantConnection, { description: "The person's part in each call they joined, newest first." })
  async participations(
    @Root() person: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => ParticipationOrder.Order, { nullable: true, description: ParticipationOrder.description }) orderBy?: OrderArg | null,
  ) {
    const rows = await ctx.loaders.personParticipations.load(person.graphId);
    const parts = rows.map(({ node, row }) => ({ ...participation(row), personRow: person, callRow: node }));
    return connectionFromList(parts, page, { order: ParticipationOrder.resolve(orderBy), key: (p) => callKey("PERIOD", p.callRow) });
  }

  @FieldResolver(() => CallConnection, { description: "Calls the person joined, newest first." })
  async calls(
    @Root() person: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => ParticipationOrder.Order, { nullable: true, description: ParticipationOrder.description }) orderBy?: OrderArg | null,
  ) {
    const rows = await ctx.loaders.personParticipations.load(person.graphId);
    return connectionFromList(rows.map((r) => r.node), page, { order: ParticipationOrder.resolve(orderBy), key: (c) => callKey("PERIOD", c) });
  }

  @FieldResolver(() => ExchangeConnection, { description: "The Q&A slots the person asked in, newest call first." })
  async exchanges(
    @Root() person: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => ExchangeOrder.Order, { nullable: true, description: ExchangeOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = ExchangeOrder.resolve(orderBy);
    const rows = await ctx.loaders.personExchanges.load(person.graphId);
    const keyOf = new Map(rows.map((r) => [r.node.graphId, byCallKey(order.descending)(r)]));
    return connectionFromList(rows.map((r) => r.node), page, { order, key: (x) => keyOf.get(x.graphId)! });
  }

  @FieldResolver(() => CoveredCompanyConnection, { description: "Companies whose calls the person joined as an analyst, most calls first." })
  async companiesCovered(
    @Root() person: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => CoveredCompanyOrder.Order, { nullable: true, description: CoveredCompanyOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = CoveredCompanyOrder.resolve(orderBy);
    const rows = await ctx.loaders.personCompaniesCovered.load(person.graphId);
    const covered = rows.map(({ node, row }) => ({ companyRow: node, calls: Number(row["calls"]) }));
    return connectionFromList(covered, page, {
      order,
      key: (c) => (order.field === "NAME" ? [name(c.companyRow), c.companyRow.graphId] : [c.calls, name(c.companyRow), c.companyRow.graphId]),
    });
  }

  @FieldResolver(() => AskedTopicConnection, { description: "Topics the person raised in their own questions, most Q&A slots first." })
  async topicsAskedAbout(
    @Root() person: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => AskedTopicOrder.Order, { nullable: true, description: AskedTopicOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = AskedTopicOrder.resolve(orderBy);
    const rows = await ctx.loaders.personTopicsAsked.load(person.graphId);
    const topics = rows.map(({ node, row }) => ({ topicRow: node, exchanges: Number(row["exchanges"]), mentions: Number(row["mentions"]) }));
    return connectionFromList(topics, page, {
      order,
      key: (t) =>
        order.field === "NAME"
          ? [name(t.topicRow), t.topicRow.graphId]
          : order.field === "MENTIONS"
            ? [t.mentions, t.exchanges, t.topicRow.graphId]
            : [t.exchanges, t.mentions, t.topicRow.graphId],
    });
  }

  @FieldResolver(() => TurnConnection, { description: "Turns in which someone mentions the person, newest call first." })
  async mentionedIn(
    @Root() person: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => MentionOrder.Order, { nullable: true, description: MentionOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = MentionOrder.resolve(orderBy);
    const rows = await ctx.loaders.personMentionedIn.load(person.graphId);
    const keyOf = new Map(rows.map((r) => [r.node.graphId, byCallKey(order.descending)(r)]));
    return connectionFromList(rows.map((r) => r.node), page, { order, key: (t) => keyOf.get(t.graphId)! });
  }
}

@Resolver(() => AnalystActivity)
export class AnalystActivityResolver {
  @FieldResolver(() => Person, { description: "The analyst: firm, coverage, calls and topics are fields of Person." })
  analyst(@Root() row: AnalystActivityRow) {
    return row.personRow;
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
