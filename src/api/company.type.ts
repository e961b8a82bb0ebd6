import { Field, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Company", { implements: Node, description: "A company whose earnings calls are in the graph." })
export class Company extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Company name as most of its calls state it (e.g. \"Calix, Inc.\")." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Ticker symbol, when a transcript or its file name states it." })
  ticker!: string | null;

  @Field(() => [String], { description: "Other names the company goes by in the transcripts." })
  aliases!: string[];
}

export const CompanyConnection = connectionType(Company, "Company", "company");
