import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Role, Section } from "./enums.js";

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

@InputType("SearchFilter", { description: "Which turns a search considers." })
export class SearchFilter {
  @Field(() => String, { nullable: true, description: "Company: ticker, name, graph id or global id." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "Fiscal period label of the call, e.g. 2015-Q2." })
  period?: string | null;

  @Field(() => Section, { nullable: true, description: "Only turns of this section." })
  section?: Section | null;

  @Field(() => Role, { nullable: true, description: "Only turns by speakers with this role." })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive part of the speaker's name." })
  speaker?: string | null;
}
