import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import { Firm, FirmConnection } from "./firm.type.js";
import type { NodeRow } from "./loaders.js";
import { PageArgsType } from "./page.args.js";
import type { Connection } from "./pagination.js";
import { Person } from "./person.type.js";
import { nodeColumn, readPage } from "./root-reads.js";

@Resolver(() => Firm)
export class FirmResolver {
  @Query(() => FirmConnection, { description: "Analysts' firms, by name." })
  firms(
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("search", () => String, { nullable: true, description: "Case-insensitive part of the name or an alias." })
    search?: string | null,
  ): Promise<Connection<NodeRow>> {
    return readPage({ db: ctx.db, statement: "api/firms", params: { search: search ?? null }, page, shape: nodeColumn("Firm") });
  }

  @FieldResolver(() => [Person], { description: "Analysts working for the firm, by name." })
  async analysts(@Root() firm: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.firmAnalysts.load(firm.graphId)).map((r) => r.node);
  }
}
