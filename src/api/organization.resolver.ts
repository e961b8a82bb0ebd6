import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import type { NodeRow } from "./loaders.js";
import { Organization } from "./organization.type.js";
import { PageArgsType } from "./page.args.js";
import { connectionFromList } from "./pagination.js";
import { TurnConnection } from "./turn.type.js";

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => TurnConnection, { description: "Turns that mention the organization, newest call first." })
  async mentions(@Root() organization: NodeRow, @Args(() => PageArgsType) page: PageArgsType, @Ctx() ctx: ApiContext) {
    const turns = await ctx.loaders.organizationTurns.load(organization.graphId);
    return connectionFromList(turns.map((t) => t.node), page);
  }
}
