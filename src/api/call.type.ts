import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Role } from "./enums.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Call", { implements: Node, description: "One earnings call: a transcript loaded into the graph." })
export class Call extends Node {
  declare __typename: NodeTypeName;
  /** Stored period label (`2015-Q2`); the GraphQL `period` field resolves the Period node. */
  period!: string | null;

  @Field(() => String, { nullable: true, description: "Company name as this call's transcript states it." })
  companyName!: string | null;

  @Field(() => String, { nullable: true, description: "Ticker as this call's transcript states it." })
  ticker!: string | null;

  @Field(() => Int, { nullable: true, description: "Fiscal year the call reports on." })
  fiscalYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Fiscal quarter (1-4) the call reports on." })
  fiscalQuarter!: number | null;

  @Field(() => DateResolver, { nullable: true, description: "Date of the call, only when the transcript states it." })
  date!: string | null;

  @Field(() => String, { description: "Layout the transcript was read as (streetevents, seekingalpha, json, …)." })
  format!: string;

  @Field(() => String, { nullable: true, description: "Base name of the file the transcript was loaded from (no directories), e.g. calix-2015-q2.txt." })
  sourceName!: string | null;

  @Field(() => String, { description: "SHA-256 of the transcript's bytes (hex)." })
  sourceHash!: string;

  @Field(() => Int, { description: "Number of turns (speaker changes) in the call." })
  turnCount!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the call was (last) loaded into the graph." })
  loadedAt!: string | null;
}

export const CallConnection = connectionType(Call, "Call", "call");

@ObjectType("CallParticipant", { description: "A person's part in one call: their role, title and employer there." })
export class CallParticipant {
  personRow!: unknown;
  callRow!: unknown;

  @Field(() => Role, { description: "Role in this call." })
  role!: Role;

  @Field(() => String, { nullable: true, description: "Title given in this call's participant list." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Employer given in this call (the company, or the analyst's firm)." })
  organization!: string | null;

  @Field(() => Int, { description: "How many turns the person spoke in this call." })
  turns!: number;
}

export const CallParticipantConnection = connectionType(CallParticipant, "CallParticipant", "person's part in a call");
