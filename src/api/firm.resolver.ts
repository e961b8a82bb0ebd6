import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import { FirmFilter } from "./filters.input.js";
import { Firm, FirmConnection } from "./firm.type.js";
import type { NodeRow } from "./loaders.js";
import type { OrderArg } from "./order.js";
import { FirmAnalystOrder, FirmOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList, type Connection } from "./pagination.js";
import { PersonConnection } from "./person.type.js";
import { nodeColumn, readPage } from "./root-reads.js";

@Resolver(() => Firm)
export class FirmResolver {
  @Query(() => FirmConnection, { description: "Analysts' firms, by name unless ordered otherwise." })
  firms(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => FirmFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: FirmFilter | null,
    @Arg("orderBy", () => FirmOrder.Order, { nullable: true, description: FirmOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({
      db: ctx.db,
      statement: "api/firms",
      params: { search: filter?.search ?? null },
      page,
      order: FirmOrder.resolve(orderBy),
      shape: nodeColumn("Firm"),
    });
  }

  @FieldResolver(() => PersonConnection, { description: "Analysts working for the firm, by name unless ordered otherwise." })
  async analysts(
    @Root() firm: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => FirmAnalystOrder.Order, { nullable: true, description: FirmAnalystOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = FirmAnalystOrder.resolve(orderBy);
    const rows = await ctx.loaders.firmAnalysts.load(firm.graphId);
    const calls = new Map(rows.map(({ node, row }) => [node.graphId, Number(row["calls"] ?? 0)]));
    const name = (p: NodeRow) => String(p["name"] ?? "").toLowerCase();
    return connectionFromList(rows.map((r) => r.node), page, {
      order,
      key: (p) => (order.field === "CALLS" ? [calls.get(p.graphId) ?? 0, name(p), p.graphId] : [name(p), p.graphId]),
    });
  }
}
