import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { TopicKind } from "./enums.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Topic", {
  implements: Node,
  description: "A product, technology, program or theme discussed in calls (e.g. GigaCenter, CAF II, SDN).",
})
export class Topic extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Canonical topic name." })
  name!: string;

  @Field(() => TopicKind, { nullable: true, description: "What kind of thing the topic is." })
  kind!: TopicKind | null;

  @Field(() => [String], { description: "Other names merged into this topic (\"software defined networks\" for SDN)." })
  aliases!: string[];
}

export const TopicConnection = connectionType(Topic, "Topic", "topic");

@ObjectType("TopicCount", { description: "How much a topic was talked about in some set of calls." })
export class TopicCount {
  topicRow!: unknown;

  @Field(() => Int, { description: "Calls that mention the topic." })
  calls!: number;

  @Field(() => Int, { description: "Companies whose calls mention the topic." })
  companies!: number;

  @Field(() => Int, { description: "Turns that mention the topic." })
  turns!: number;

  @Field(() => Int, { description: "Mentions in all (a turn may mention a topic several times)." })
  mentions!: number;
}

export const TopicCountConnection = connectionType(TopicCount, "TopicCount", "topic count");

@ObjectType("TopicPeriodCount", { description: "Mentions of a topic in the calls of one fiscal period." })
export class TopicPeriodCount {
  periodId!: string;

  @Field(() => Int, { description: "Calls of the period that mention the topic." })
  calls!: number;

  @Field(() => Int, { description: "Turns of the period that mention the topic." })
  turns!: number;

  @Field(() => Int, { description: "Mentions in all." })
  mentions!: number;
}

@ObjectType("TopicCompanyCount", { description: "Mentions of a topic in one company's calls." })
export class TopicCompanyCount {
  companyRow!: unknown;

  @Field(() => Int, { description: "The company's calls that mention the topic." })
  calls!: number;

  @Field(() => Int, { description: "Turns that mention the topic." })
  turns!: number;

  @Field(() => Int, { description: "Mentions in all." })
  mentions!: number;
}

@ObjectType("TopicCall", { description: "A call that mentions a topic." })
export class TopicCall {
  callRow!: unknown;

  @Field(() => Int, { description: "Turns of the call that mention the topic." })
  turns!: number;

  @Field(() => Int, { description: "Mentions in the call." })
  mentions!: number;
}

@ObjectType("TopicAsker", { description: "An analyst who raised a topic in their own questions." })
export class TopicAsker {
  personRow!: unknown;

  @Field(() => Int, { description: "Q&A slots in which the analyst raised the topic." })
  exchanges!: number;

  @Field(() => Int, { description: "Mentions in the analyst's question turns." })
  mentions!: number;
}

@ObjectType("CoMentionedTopic", { description: "A topic mentioned in the same turns as another." })
export class CoMentionedTopic {
  topicRow!: unknown;

  @Field(() => Int, { description: "Turns that mention both topics." })
  turns!: number;

  @Field(() => Int, { description: "Calls with a turn that mentions both topics." })
  calls!: number;
}

export const TopicCallConnection = connectionType(TopicCall, "TopicCall", "call that mentions a topic");
export const TopicAskerConnection = connectionType(TopicAsker, "TopicAsker", "analyst who raised a topic");
export const TopicCompanyCountConnection = connectionType(TopicCompanyCount, "TopicCompanyCount", "company's mentions of a topic");
export const CoMentionedTopicConnection = connectionType(CoMentionedTopic, "CoMentionedTopic", "co-mentioned topic");
