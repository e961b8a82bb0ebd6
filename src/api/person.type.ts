import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Person", {
  implements: Node,
  description: "A person: an executive, an analyst, an operator, or someone mentioned in a call.",
})
export class Person extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => [String], { description: "Other spellings of the name seen in transcripts." })
  aliases!: string[];
}

export const PersonConnection = connectionType(Person, "Person", "person");

@ObjectType("CoveredCompany", { description: "A company an analyst covers: they joined its calls as an analyst." })
export class CoveredCompany {
  companyRow!: unknown;

  @Field(() => Int, { description: "How many of the company's calls the analyst joined." })
  calls!: number;
}

@ObjectType("AskedTopic", { description: "A topic an analyst raised in their own questions." })
export class AskedTopic {
  topicRow!: unknown;

  @Field(() => Int, { description: "In how many Q&A slots the analyst raised it." })
  exchanges!: number;

  @Field(() => Int, { description: "How many times the analyst's question turns mention it." })
  mentions!: number;
}

@ObjectType("AnalystActivity", {
  description: "An analyst with their activity over the calls that count (the filter's companies and window): calls joined, Q&A slots, companies.",
})
export class AnalystActivity {
  personRow!: unknown;

  @Field(() => Int, { description: "Calls the analyst joined." })
  calls!: number;

  @Field(() => Int, { description: "Q&A slots the analyst asked in." })
  exchanges!: number;

  @Field(() => Int, { description: "Companies whose calls the analyst joined." })
  companies!: number;
}

export const AnalystActivityConnection = connectionType(AnalystActivity, "AnalystActivity", "analyst's activity");
export const CoveredCompanyConnection = connectionType(CoveredCompany, "CoveredCompany", "covered company");
export const AskedTopicConnection = connectionType(AskedTopic, "AskedTopic", "topic asked about");
