import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { Basis, FactKind, Position, StatedBy, Verdict } from "./enums.js";
import { CONFIDENCE_MEANING } from "./descriptions.js";
import { HEADLINE_RULE } from "./metric-series.js";
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

  @Field(() => String, { description: "Unit: USD (or another currency) for amounts of money, USD/share (a currency per share) for per-share measures such as EPS, percent, bps, days, times, count." })
  unit!: string;

  @Field(() => FactKind, { description: "Actual, guidance, prior-period figure or change." })
  kind!: FactKind;

  @Field(() => Basis, { nullable: true, description: "GAAP, non-GAAP or constant currency, when the call says." })
  basis!: Basis | null;

  @Field(() => StatedBy, { description: "Whether the company stated it or an analyst did in a question." })
  statedBy!: StatedBy;

  @Field(() => String, { nullable: true, description: "Name of the speaker who stated it." })
  speakerName!: string | null;

  /** Absent from a call's fact rows: MetricFactResolver.quote reads it when it is selected. */
  quote?: string;

  @Field(() => Int, { description: "Character offset of the quote in the decoded source." })
  start!: number;

  @Field(() => Int, { description: "Character offset where the quote ends in the decoded source." })
  end!: number;

  @Field(() => Int, { description: "Index of the turn that states it." })
  turnIndex!: number;

  @Field(() => String, {
    description: "Whom the figure is for: \"company\" for the whole company, else the segment, product, region or business its sentence names.",
  })
  scope!: string;

  @Field(() => Float, { description: CONFIDENCE_MEANING })
  confidence!: number;
}

export const MetricFactConnection = connectionType(MetricFact, "MetricFact", "metric fact");

@ObjectType("Surprise", { description: "How far an actual landed from its guidance's midpoint (the point value, or the middle of the range)." })
export class Surprise {
  @Field(() => Float, { description: "Actual minus midpoint, in the fact's unit (positive: above the midpoint)." })
  absolute!: number;

  @Field(() => Float, { nullable: true, description: "Actual minus midpoint in percent of the midpoint's size; null when the midpoint is 0." })
  percent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Actual minus midpoint in widths of the guided range (0.5: at the high end); null for point guidance.",
  })
  rangeWidths!: number | null;
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

  @Field(() => Surprise, { nullable: true, description: "How far the actual landed from the guidance's midpoint; null while unresolved." })
  surprise!: Surprise | null;
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

  @Field(() => MetricFact, { nullable: true, description: `The period's one headline fact; null when it has no actual or prior figure. ${HEADLINE_RULE}` })
  headline!: MetricFact | null;

  @Field(() => Float, { nullable: true, description: "The headline's value: its point value, or the midpoint of its range." })
  value!: number | null;
}

@ObjectType("GuidanceSummary", {
  description:
    "Guidance outcomes counted over a group (a company, a metric, a guided period, or a combination; see `groupBy`). One outcome per guidance fact and the actual it resolved to.",
})
export class GuidanceSummary {
  companyId!: string | null;
  metricName!: string | null;

  @Field(() => String, { nullable: true, description: "The guided period's label, when grouped by period." })
  periodLabel!: string | null;

  @Field(() => Int, { description: "Guidance facts given." })
  guided!: number;

  @Field(() => Int, { description: "Outcomes resolved against an actual." })
  resolved!: number;

  @Field(() => Int, { description: "Guidance facts not resolved yet (no actual for the period in the graph)." })
  open!: number;

  @Field(() => Int, { description: "Outcomes that beat the guidance." })
  beat!: number;

  @Field(() => Int, { description: "Outcomes that met the guidance." })
  met!: number;

  @Field(() => Int, { description: "Outcomes that missed the guidance." })
  missed!: number;

  @Field(() => Float, {
    nullable: true,
    description: "beat / (beat + met + missed); null when no outcome has a verdict (a metric that says not whether higher is better has none).",
  })
  beatRate!: number | null;

  @Field(() => Float, { nullable: true, description: "met / (beat + met + missed); null when no outcome has a verdict." })
  metRate!: number | null;

  @Field(() => Float, { nullable: true, description: "missed / (beat + met + missed); null when no outcome has a verdict." })
  missRate!: number | null;

  @Field(() => Float, { nullable: true, description: "Mean surprise of the resolved outcomes, in percent of the guidance midpoint (see Surprise.percent)." })
  meanSurprisePercent!: number | null;

  @Field(() => Float, { nullable: true, description: "Mean surprise of the resolved range guidance, in range widths (see Surprise.rangeWidths)." })
  meanSurpriseRangeWidths!: number | null;
}

export const GuidanceSummaryConnection = connectionType(GuidanceSummary, "GuidanceSummary", "guidance summary");

@ObjectType("CompanyMetricSeries", { description: `One company's series of one metric, in a comparison across companies. ${HEADLINE_RULE}` })
export class CompanyMetricSeries {
  companyId!: string;
  metricName!: string;

  @Field(() => [MetricSeriesPoint], { description: "The periods, oldest first: headline and all facts per period." })
  points!: MetricSeriesPoint[];

  @Field(() => MetricSeriesPoint, { nullable: true, description: "The latest period with a headline value." })
  latest!: MetricSeriesPoint | null;
}

export const CompanyMetricSeriesConnection = connectionType(CompanyMetricSeries, "CompanyMetricSeries", "company's metric series");

