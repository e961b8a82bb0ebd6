import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import type { NodeRow } from "./loaders.js";
import { PageArgsType } from "./page.args.js";
import type { Connection } from "./pagination.js";
import { companyRef, nodeColumn, readPage } from "./root-reads.js";
import { matchingPassage, toLuceneQuery } from "./search-text.js";
import { SearchFilter, SearchHit, SearchHitConnection } from "./search.type.js";
import { Turn } from "./turn.type.js";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      "Full-text search over what was said. Every word must occur in a turn; words are taken literally (no query syntax). Best match first.",
  })
  searchTurns(
    @Arg("query", () => String, { description: "Words to find, e.g. \"vectoring\" or \"CAF II\"." }) query: string,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ApiContext,
    @Arg("filter", () => SearchFilter, { nullable: true, description: "Filters; all optional, combined with AND." }) filter?: SearchFilter | null,
  ): Promise<Connection<SearchHit>> {
    const turnOf = nodeColumn("Turn");
    return readPage({
      db: ctx.db,
      statement: "api/search-turns",
      params: {
        query: toLuceneQuery(query),
        company: companyRef(filter?.company),
        period: filter?.period ?? null,
        section: filter?.section ?? null,
        role: filter?.role ?? null,
        speaker: filter?.speaker ?? null,
      },
      page,
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
