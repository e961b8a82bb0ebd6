import { Field, Int, ObjectType } from "type-graphql";
import { PeriodKind } from "./enums.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Metric", { implements: Node, description: "A financial metric concept: revenue, gross_margin, eps, …" })
export class Metric extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Metric name from the shared vocabulary (snake_case)." })
  name!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether a higher value is better (revenue: true, operating expenses: false); null when it depends.",
  })
  higherIsBetter!: boolean | null;
}

@ObjectType("Period", {
  implements: Node,
  description: "A fiscal period: a quarter (2015-Q2), a half (2015-H1), a year (2015-FY) or year to date (2015-9M).",
})
export class Period extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Label: `2015-Q2`, `2015-H1`, `2015-FY`, `2015-9M`, or as stated for other periods." })
  label!: string;

  @Field(() => Int, { nullable: true, description: "Fiscal year; null for a period outside the label grammar." })
  fiscalYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Fiscal quarter (1-4) for quarters, else null." })
  fiscalQuarter!: number | null;

  @Field(() => Int, { nullable: true, description: "Half (1 or 2) for halves, else null." })
  half!: number | null;

  @Field(() => PeriodKind, { description: "Quarter, half or year." })
  kind!: PeriodKind;
}

@ObjectType("MetricCount", { description: "A metric with how many facts state it." })
export class MetricCount {
  metricRow!: unknown;

  @Field(() => Int, { description: "Facts stating the metric." })
  facts!: number;
}
