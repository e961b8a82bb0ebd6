import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Role, Section } from "./enums.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Turn", { implements: Node, description: "One speaker's uninterrupted words in a call." })
export class Turn extends Node {
  declare __typename: NodeTypeName;
  callId!: string;

  @Field(() => Int, { description: "0-based position of the turn in its call." })
  index!: number;

  @Field(() => Section, { description: "Section of the call: prepared remarks or Q&A." })
  section!: Section;

  @Field(() => String, { nullable: true, description: "Speaker's name as the call's participant list gives it." })
  speakerName!: string | null;

  @Field(() => Role, { nullable: true, description: "Speaker's role in the call." })
  role!: Role | null;

  /** Absent from the rows of turn statements: TurnResolver.text reads it when it is selected. */
  text?: string;

  @Field(() => Int, { description: "Character offset where the turn starts in the decoded source." })
  start!: number;

  @Field(() => Int, { description: "Character offset where the turn ends in the decoded source." })
  end!: number;

  @Field(() => Int, { nullable: true, description: "1-based line in the source where the turn's text starts." })
  line!: number | null;
}

export const TurnConnection = connectionType(Turn, "Turn", "turn");

@ObjectType("MentionedTopic", { description: "A topic a turn (or a Q&A slot's questions) mentions, with how often." })
export class MentionedTopic {
  topicRow!: unknown;

  @Field(() => Int, { description: "Times it is mentioned (any alias)." })
  count!: number;
}
