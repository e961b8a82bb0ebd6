import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";

@ObjectType("TextRange", { description: "A span of characters within a text." })
export class TextRange {
  @Field(() => Int, { description: "Offset of the first character." })
  start!: number;

  @Field(() => Int, { description: "Offset after the last character." })
  end!: number;
}

@ObjectType("SearchHit", { description: "A turn that matches a search, with the passage that matches best." })
export class SearchHit {
  turnRow!: unknown;

  @Field(() => Float, { description: "Relevance score from the full-text index (higher is better)." })
  score!: number;

  @Field(() => String, { description: "The sentences of the turn that match best (about 320 characters at most)." })
  passage!: string;

  @Field(() => Int, { description: "Offset of the passage in the turn's text." })
  passageStart!: number;

  @Field(() => [TextRange], { description: "Where the search words occur in the passage." })
  highlights!: TextRange[];
}

export const SearchHitConnection = connectionType(SearchHit, "SearchHit", "search hit");
