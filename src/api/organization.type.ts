import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Organization", {
  implements: Node,
  description: "An organization mentioned in calls: a customer, competitor, regulator, partner.",
})
export class Organization extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Organization name." })
  name!: string;

  @Field(() => [String], { description: "Other names of the organization seen in transcripts." })
  aliases!: string[];
}
