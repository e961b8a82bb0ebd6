import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Basis, FactKind, Position, StatedBy, Verdict } from "./enums.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("MetricFact", {
  implements: Node,
  description: "A figure stated in a call: a value or a range, for a metric and period, with the exact quote.",
})
export class MetricFact extends Node {
  declare __typename: NodeTypeName;
  /** Stored metric name and period label; `metric` and `period` resolve their nodes. */
  metric!: string;
  period!: string;
  callId!: string;
  companyId!: string | null;

  @Field(() => String, { description: "Metric name (as `metric.name`)." })
  metricName!: string;

  @Field(() => String, { description: "Period label (as `period.label`)." })
  periodLabel!: string;

  @Field(() => Float, { nullable: true, description: "Point value; null for a range. Money in plain units, percent as 51 for 51%." })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: "Low end of a range; null for a point value." })
  low!: number | null;

  @Field(() => Float, { nullable: true, description: "High end of a range; null for a point value." })
  high!: number | null;

  @Field(() => String, { description: "Unit: USD (or another currency), percent, bps, days, times, count." })
  unit!: string;

  @Field(() => FactKind, { description: "Actual, guidance, prior-period figure or change." })
  kind!: FactKind;

  @Field(() => Basis, { nullable: true, description: "GAAP or non-GAAP, when the call says." })
  basis!: Basis | null;

  @Field(() => StatedBy, { description: "Whether the company stated it or an analyst did in a question." })
  statedBy!: StatedBy;

  @Field(() => String, { nullable: true, description: "Name of the speaker who stated it." })
  speakerName!: string | null;

  @Field(() => String, { description: "The sentence or clause that states the figure, exactly as in the source." })
  quote!: string;

  @Field(() => Int, { description: "Character offset of the quote in the decoded source." })
  start!: number;

  @Field(() => Int, { description: "Character offset where the quote ends in the decoded source." })
  end!: number;

  @Field(() => Int, { description: "Index of the turn that states it." })
  turnIndex!: number;
}

@ObjectType("GuidanceOutcome", {
  description: "A guidance fact and the actual it resolved to: where the actual landed and the verdict.",
})
export class GuidanceOutcome {
  guidanceRow!: unknown;
  actualRow!: unknown;

  @Field(() => Position, { nullable: true, description: "Above, within or below the guided range; null while unresolved." })
  position!: Position | null;

  @Field(() => Verdict, {
    nullable: true,
    description: "Beat, met or missed; null while unresolved or when the metric does not say whether higher is better.",
  })
  verdict!: Verdict | null;

  @Field(() => Boolean, { description: "Whether an actual for the guided period is in the graph." })
  resolved!: boolean;
}

export const GuidanceOutcomeConnection = connectionType(GuidanceOutcome, "GuidanceOutcome", "guidance outcome");

@ObjectType("MetricSeriesPoint", {
  description: "One period of a company's metric series: actuals, guidance and prior-period figures side by side.",
})
export class MetricSeriesPoint {
  periodId!: string;

  @Field(() => String, { description: "Period label." })
  periodLabel!: string;

  @Field(() => [MetricFact], { description: "Reported actuals for the period (a call may restate one)." })
  actuals!: MetricFact[];

  @Field(() => [MetricFact], { description: "Guidance given for the period, from any call." })
  guidance!: MetricFact[];

  @Field(() => [MetricFact], { description: "The period's figure as later calls recall it for comparison." })
  priors!: MetricFact[];

  @Field(() => [MetricFact], { description: "Changes stated for the period (growth, increases, decreases)." })
  changes!: MetricFact[];
}

