import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Exchange", {
  implements: Node,
  description: "One Q&A slot: an analyst's questions (follow-ups included) and the answers to them.",
})
export class Exchange extends Node {
  declare __typename: NodeTypeName;
  callId!: string;

  @Field(() => Int, { description: "0-based order of the slot in the call's Q&A." })
  index!: number;

  @Field(() => String, { description: "The asking analyst's name as the call gives it." })
  analystName!: string;

  @Field(() => String, { nullable: true, description: "The analyst's firm as the call gives it." })
  organization!: string | null;
}

export const ExchangeConnection = connectionType(Exchange, "Exchange", "Q&A slot");
