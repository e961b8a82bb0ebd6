import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import type { NodeRow } from "./loaders.js";
import type { OrderArg } from "./order.js";
import { byCallKey, MentionOrder } from "./orders.js";
import { Organization } from "./organization.type.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList } from "./pagination.js";
import { TurnConnection } from "./turn.type.js";

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => TurnConnection, { description: "Turns that mention the organization, newest call first." })
  async mentions(
    @Root() organization: NodeRow,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("orderBy", () => MentionOrder.Order, { nullable: true, description: MentionOrder.description }) orderBy?: OrderArg | null,
  ) {
    const order = MentionOrder.resolve(orderBy);
    const rows = await ctx.loaders.organizationTurns.load(organization.graphId);
    const keyOf = new Map(rows.map((r) => [r.node.graphId, byCallKey(order.descending)(r)]));
    return connectionFromList(rows.map((r) => r.node), page, { order, key: (t) => keyOf.get(t.graphId)! });
  }
}
