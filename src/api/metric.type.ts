import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "./connection.type.js";
import { PeriodKind } from "./enums.js";
import { Node } from "./node.interface.js";
import type { NodeTypeName } from "./global-id.js";

@ObjectType("Metric", {
  implements: Node,
  description: "A financial metric concept (revenue, gross_margin, eps, …) with what a dashboard shows about it: unit, definition, aliases, direction.",
})
export class Metric extends Node {
  declare __typename: NodeTypeName;

  @Field(() => String, { description: "Metric name: from the shared vocabulary where one fits, else a company-specific snake_case name (wireless_revenue)." })
  name!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether a higher value is better (revenue: true, operating expenses: false); null when it depends (capex, tax rate).",
  })
  higherIsBetter!: boolean | null;
}

export const MetricConnection = connectionType(Metric, "Metric", "metric");

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

  @Field(() => PeriodKind, { description: "Quarter, half, year, year to date, or other." })
  kind!: PeriodKind;
}

@ObjectType("CompanyMetric", { description: "A metric a company has stated facts for." })
export class CompanyMetric {
  metricId!: string;

  @Field(() => Int, { description: "How many of the company's own facts state this metric." })
  facts!: number;
}

