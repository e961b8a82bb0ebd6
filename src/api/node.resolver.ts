import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ApiContext } from "./context.js";
import { ApiError, ErrorCode } from "./errors.js";
import { fromGlobalId } from "./global-id.js";
import { MAX_PAGE_SIZE } from "./pagination.js";
import { Node } from "./node.interface.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it no longer exists." })
  node(@Arg("id", () => ID, { description: "A global id from an `id` field." }) id: string, @Ctx() ctx: ApiContext) {
    const { type, graphId } = fromGlobalId(id);
    return ctx.loaders.node(type, graphId);
  }

  @Query(() => [Node], { nullable: "items", description: `Several objects by global id (at most ${MAX_PAGE_SIZE}), in the order asked.` })
  nodes(@Arg("ids", () => [ID], { description: "Global ids." }) ids: string[], @Ctx() ctx: ApiContext) {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected at most ${MAX_PAGE_SIZE} ids, found ${ids.length}`);
    }
    return Promise.all(ids.map((id) => {
      const { type, graphId } = fromGlobalId(id);
      return ctx.loaders.node(type, graphId);
    }));
  }
}
