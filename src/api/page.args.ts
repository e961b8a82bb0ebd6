import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination.js";

@ArgsType()
export class PageArgsType {
  @Field(() => Int, {
    nullable: true,
    description: `Page size: at most ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (`pageInfo.endCursor`)." })
  after?: string | null;
}
