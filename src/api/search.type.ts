import type { Passage } from "./search-text.js";
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

  /** The words searched for (the passage fields find them in the turn's text). */
  query!: string;
  /** The passage, computed once and only when a passage field is selected (SearchResolver). */
  passageOf?: Promise<Passage>;
}

export const SearchHitConnection = connectionType(SearchHit, "SearchHit", "search hit");
