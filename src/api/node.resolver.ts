import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ApiContext } from "./context.js";
import { ApiError, ErrorCode } from "./errors.js";
import { fromGlobalId } from "./global-id.js";
import { MAX_PAGE_SIZE } from "./pagination.js";
import { Node } from "./node.interface.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it no longer exists. A malformed id is BAD_USER_INPUT." })
  node(@Arg("id", () => ID, { description: "A global id from an `id` field." }) id: string, @Ctx() ctx: ApiContext) {
    const { type, graphId } = fromGlobalId(id);
    return ctx.loaders.node(type, graphId);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global id (at most ${MAX_PAGE_SIZE}), in the order asked. Each item stands alone: an id that names nothing is null, and a malformed one is null with a BAD_USER_INPUT error at its index.`,
  })
  nodes(@Arg("ids", () => [ID], { description: "Global ids." }) ids: string[], @Ctx() ctx: ApiContext) {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected at most ${MAX_PAGE_SIZE} ids, found ${ids.length}`);
    }
    // One promise per item: graphql-js completes list items one by one, so a rejected item is
    // null with its own error (path nodes.<index>) and the others still load, batched.
    return ids.map(async (id) => {
      const { type, graphId } = fromGlobalId(id);
      return ctx.loaders.node(type, graphId);
    });
  }
}
