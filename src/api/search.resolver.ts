import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import { callWindow, companyIds } from "./filter-args.js";
import { SearchFilter } from "./filters.input.js";
import type { NodeRow } from "./loaders.js";
import type { OrderArg } from "./order.js";
import { SearchOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { emptyConnection, type Connection } from "./pagination.js";
import { nodeColumn, readPage } from "./root-reads.js";
import { matchingPassage, toLuceneQuery } from "./search-text.js";
import { SearchHit, SearchHitConnection } from "./search.type.js";
import { Turn } from "./turn.type.js";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      "Full-text search over what was said, in every call (calls of no known company included). Every word must occur in a turn; words are taken literally (no query syntax). Best match first unless ordered by period.",
  })
  async searchTurns(
    @Arg("query", () => String, { description: "Words to find, e.g. \"vectoring\" or \"CAF II\"." }) query: string,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => SearchFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: SearchFilter | null,
    @Arg("orderBy", () => SearchOrder.Order, { nullable: true, description: SearchOrder.description }) orderBy?: OrderArg | null,
  ): Promise<Connection<SearchHit>> {
    const order = SearchOrder.resolve(orderBy);
    const lucene = toLuceneQuery(query);
    const ids = await companyIds(ctx, filter?.companies);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    const turnOf = nodeColumn("Turn");
    return readPage({
      db: ctx.db,
      statement: "api/search-turns",
      params: {
        query: lucene,
        companyIds: ids,
        ...window,
        section: filter?.section ?? null,
        role: filter?.role ?? null,
        speaker: filter?.speaker ?? null,
      },
      page,
      order,
      shape: (row) => {
        const turn = turnOf(row);
        const passage = matchingPassage({ text: String(turn["text"] ?? ""), query });
        return {
          turnRow: turn,
          score: Number(row["score"]),
          passage: passage.text,
          passageStart: passage.start,
          highlights: passage.highlights,
        };
      },
    });
  }

  @FieldResolver(() => Turn, { description: "The matching turn (its call, speaker and exchange are fields of Turn)." })
  turn(@Root() hit: SearchHit): NodeRow {
    return hit.turnRow as NodeRow;
  }
}
