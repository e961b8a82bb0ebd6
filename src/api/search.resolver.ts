import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context.js";
import { callWindow, callWindowOrNull, companyIds, exactCompanyRefs } from "./filter-args.js";
import { SearchFilter } from "./filters.input.js";
import type { NodeRow } from "./loaders.js";
import type { OrderArg } from "./order.js";
import { SearchOrder } from "./orders.js";
import { PageArgsType } from "./page.args.js";
import { emptyConnection, type Connection } from "./pagination.js";
import { nodeColumn, readCompanyRefsPage, readPage } from "./root-reads.js";
import { matchingPassage, toLuceneQuery, type Passage } from "./search-text.js";
import { SearchHit, SearchHitConnection, TextRange } from "./search.type.js";
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
    const turnOf = nodeColumn("Turn");
    const filters = { section: filter?.section ?? null, role: filter?.role ?? null, speaker: filter?.speaker ?? null };
    // Companies named by graph id or ticker: the page statement looks them up itself and brings
    // each hit's call along, one round trip in all; otherwise the steps below.
    const refs = exactCompanyRefs(filter?.companies);
    const fastWindow = refs === null ? null : callWindowOrNull(filter);
    if (refs !== null && fastWindow !== null) {
      const connection = await readCompanyRefsPage({
        db: ctx.db,
        statement: "api/search-turns-of-companies",
        pageStatement: "api/search-turns-of-company-refs-page",
        companyRefs: refs,
        params: { query: lucene, ...fastWindow, ...filters },
        page,
        order,
        countsWithPage: true,
        shape: (row) => {
          if (row["call"] != null) ctx.loaders.primeNode("Call", row["call"]);
          return { turnRow: turnOf(row), score: Number(row["score"]), query };
        },
      });
      if (connection !== null) return connection;
    }
    const ids = await companyIds(ctx, filter?.companies);
    const window = callWindow(filter);
    if (window === null) return emptyConnection(page, order);
    const windowed = order.field === "PERIOD" || Object.values(window).some((bound) => bound !== null);
    return readPage({
      db: ctx.db,
      // One statement per shape, so each reads only what it needs: a company filter starts from
      // the companies' calls; without one, only a window or the PERIOD order reads the calls.
      statement: ids !== null ? "api/search-turns-of-companies" : windowed ? "api/search-turns-in-window" : "api/search-turns",
      params: {
        query: lucene,
        companyIds: ids,
        ...window,
        ...filters,
      },
      page,
      order,
      countsWithPage: true,
      shape: (row) => ({ turnRow: turnOf(row), score: Number(row["score"]), query }),
    });
  }

  /** The hit's passage, computed once per hit from its turn's text (read only when a passage field is selected). */
  private matching(hit: SearchHit, ctx: ApiContext): Promise<Passage> {
    hit.passageOf ??= (async () => {
      const turn = hit.turnRow as NodeRow;
      const text = typeof turn["text"] === "string" ? turn["text"] : ((await ctx.loaders.turnText.load(turn.graphId)) ?? "");
      return matchingPassage({ text, query: hit.query });
    })();
    return hit.passageOf;
  }

  @FieldResolver(() => String, { description: "The sentences of the turn that match best (about 320 characters at most)." })
  async passage(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<string> {
    return (await this.matching(hit, ctx)).text;
  }

  @FieldResolver(() => Int, { description: "Offset of the passage in the turn's text." })
  async passageStart(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.matching(hit, ctx)).start;
  }

  @FieldResolver(() => [TextRange], { description: "Where the search words occur in the passage." })
  async highlights(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<TextRange[]> {
    return (await this.matching(hit, ctx)).highlights;
  }

  @FieldResolver(() => Turn, { description: "The matching turn (its call, speaker and exchange are fields of Turn)." })
  turn(@Root() hit: SearchHit): NodeRow {
    return hit.turnRow as NodeRow;
  }
}
