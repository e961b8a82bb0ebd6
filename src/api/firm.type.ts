import { Field, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Firm", { implements: Node, description: "An analysts' employer (a bank or research firm)." })
export class Firm extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Firm name (variants such as \"Jefferies LLC\" merge into one firm)." })
  name!: string;

  @Field(() => [String], { description: "Other names of the firm seen in transcripts." })
  aliases!: string[];
}

export const FirmConnection = connectionType(Firm, "Firm", "firm");
