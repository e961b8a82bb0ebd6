import { DateResolver } from "graphql-scalars";
import { Field, Float, InputType } from "type-graphql";
import { Basis, FactKind, FactScope, PeriodKind, Position, Role, Section, StatedBy, TopicKind, Verdict } from "./enums.js";
import { CONFIDENCE_MEANING } from "./descriptions.js";
import { PERIOD_FORMS } from "./period-input.js";

// The filter inputs of the API: one `filter:` argument per field, every part optional and
// combined with AND. References to companies, topics and metrics must name something in the
// graph (NOT_FOUND otherwise); periods are validated and normalised (BAD_USER_INPUT otherwise).

const COMPANIES =
  "Companies, one or several (a single string works too): ticker, name (\"Calix\" finds \"Calix, Inc.\"), alias, graph id or global id. Any of them matches; each must name a company (NOT_FOUND otherwise).";
const PERIOD = `Fiscal period: one (\`is\`) or a window (\`from\`/\`to\`), and a length (\`kind\`). Periods are written ${PERIOD_FORMS}.`;
const DATE = "Date of the call, inclusive at both ends; calls whose transcript states no date do not pass.";
const METRICS =
  "Metrics, one or several: the vocabulary name (revenue, gross_margin, eps), any case, spaces for underscores (\"Gross Margin\"), or a common alias (\"sales\", \"EPS\", \"opex\"). Each must name a metric (NOT_FOUND otherwise).";
const CONFIDENCE = `Only facts at least this confident (\`confidence\`: ${CONFIDENCE_MEANING.charAt(0).toLowerCase()}${CONFIDENCE_MEANING.slice(1, -1)}).`;

@InputType("PeriodFilter", { description: `Which fiscal periods pass. ${PERIOD}` })
export class PeriodFilter {
  @Field(() => String, { nullable: true, description: "Exactly this period, e.g. \"2015-Q2\" or \"Q2 2015\"." })
  is?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Periods that start at or after this period's start (2015-Q2 from 2015-Q2; 2015-FY from 2015-Q1).",
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Periods that end at or before this period's end (to 2015-FY means to 2015-Q4)." })
  to?: string | null;

  @Field(() => PeriodKind, {
    nullable: true,
    description: "Only periods of this length. Calls report quarters, so for calls, search and topics only QUARTER passes anything.",
  })
  kind?: PeriodKind | null;
}

@InputType("DateFilter", { description: "A window of calendar dates, inclusive at both ends." })
export class DateFilter {
  @Field(() => DateResolver, { nullable: true, description: "Earliest date (YYYY-MM-DD)." })
  from?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Latest date (YYYY-MM-DD)." })
  to?: Date | null;
}

@InputType("WindowFilter", { description: "A window of calls: by the fiscal period they report and by their date." })
export class WindowFilter {
  @Field(() => PeriodFilter, { nullable: true, description: PERIOD })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: DATE })
  date?: DateFilter | null;
}

@InputType("CompanyFilter", { description: "Which companies to list." })
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias, or the exact ticker." })
  search?: string | null;
}

@InputType("CallFilter", { description: "Which calls to list." })
export class CallFilter {
  @Field(() => [String], { nullable: true, description: COMPANIES })
  companies?: string[] | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The fiscal period the call reports. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: DATE })
  date?: DateFilter | null;
}

/** The quality part of a fact filter: scope and confidence. */
export interface FactQuality {
  scope?: FactScope | null;
  segment?: string | null;
  minConfidence?: number | null;
}

@InputType("FactFilter", {
  description: "Which metric facts to list. Unlike series and scorecards, no scope or confidence default applies: every fact passes unless filtered.",
})
export class FactFilter implements FactQuality {
  @Field(() => [String], { nullable: true, description: COMPANIES })
  companies?: string[] | null;

  @Field(() => [String], { nullable: true, description: METRICS })
  metrics?: string[] | null;

  @Field(() => FactKind, { nullable: true, description: "Only facts of this kind." })
  kind?: FactKind | null;

  @Field(() => Basis, { nullable: true, description: "Only facts on this basis (facts that state no basis pass too)." })
  basis?: Basis | null;

  @Field(() => StatedBy, { nullable: true, description: "Only facts stated by the company, or by analysts." })
  statedBy?: StatedBy | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The period the figure is for. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: `The date of the call that states it. ${DATE}` })
  date?: DateFilter | null;

  @Field(() => FactScope, { nullable: true, defaultValue: FactScope.ANY, description: "Whom the figure is for; ANY by default." })
  scope?: FactScope | null;

  @Field(() => String, { nullable: true, description: "Only figures for this segment, product, region or business (its `scope`, any case)." })
  segment?: string | null;

  @Field(() => Float, { nullable: true, defaultValue: 0, description: `${CONFIDENCE} 0 (every fact) by default.` })
  minConfidence?: number | null;
}

@InputType("CallFactFilter", { description: "Which of a call's facts to list; every fact passes unless filtered." })
export class CallFactFilter implements FactQuality {
  @Field(() => [String], { nullable: true, description: METRICS })
  metrics?: string[] | null;

  @Field(() => FactKind, { nullable: true, description: "Only facts of this kind." })
  kind?: FactKind | null;

  @Field(() => Basis, { nullable: true, description: "Only facts on this basis (facts that state no basis pass too)." })
  basis?: Basis | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The period the figure is for. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => FactScope, { nullable: true, defaultValue: FactScope.ANY, description: "Whom the figure is for; ANY by default." })
  scope?: FactScope | null;

  @Field(() => String, { nullable: true, description: "Only figures for this segment, product, region or business (its `scope`, any case)." })
  segment?: string | null;

  @Field(() => Float, { nullable: true, defaultValue: 0, description: `${CONFIDENCE} 0 (every fact) by default.` })
  minConfidence?: number | null;
}

@InputType("CompanySeriesFilter", {
  description: "Which facts a company's metric series is built from. By default, company-scope facts of confidence 0.5 or more.",
})
export class CompanySeriesFilter implements FactQuality {
  @Field(() => PeriodFilter, { nullable: true, description: `The periods of the series. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: `The date of the call that states a fact. ${DATE}` })
  date?: DateFilter | null;

  @Field(() => Basis, {
    nullable: true,
    description: "Only facts on this basis (facts that state no basis pass too); it is also the basis the headline prefers.",
  })
  basis?: Basis | null;

  @Field(() => FactScope, { nullable: true, defaultValue: FactScope.COMPANY, description: "Whom the figures are for; COMPANY by default." })
  scope?: FactScope | null;

  @Field(() => String, { nullable: true, description: "Only figures for this segment, product, region or business (its `scope`, any case)." })
  segment?: string | null;

  @Field(() => Float, { nullable: true, defaultValue: 0.5, description: `${CONFIDENCE} 0.5 by default.` })
  minConfidence?: number | null;
}

@InputType("SeriesFilter", {
  description: "Which companies and facts a cross-company metric series covers. By default, every company with facts of the metric, company-scope facts of confidence 0.5 or more.",
})
export class SeriesFilter extends CompanySeriesFilter {
  @Field(() => [String], { nullable: true, description: `${COMPANIES} Every company with facts of the metric when absent.` })
  companies?: string[] | null;
}

@InputType("GuidanceFilter", {
  description: "Which guidance the scorecard and its summaries cover. By default, company-scope guidance of confidence 0.5 or more.",
})
export class GuidanceFilter implements FactQuality {
  @Field(() => [String], { nullable: true, description: COMPANIES })
  companies?: string[] | null;

  @Field(() => [String], { nullable: true, description: METRICS })
  metrics?: string[] | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The guided period. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: `The date of the call that gave the guidance. ${DATE}` })
  date?: DateFilter | null;

  @Field(() => Boolean, { nullable: true, description: "true: only guidance resolved against an actual; false: only open guidance." })
  resolved?: boolean | null;

  @Field(() => Verdict, { nullable: true, description: "Only outcomes with this verdict." })
  verdict?: Verdict | null;

  @Field(() => Position, { nullable: true, description: "Only outcomes with this position." })
  position?: Position | null;

  @Field(() => FactScope, { nullable: true, defaultValue: FactScope.COMPANY, description: "Whom the guidance is for; COMPANY by default." })
  scope?: FactScope | null;

  @Field(() => String, { nullable: true, description: "Only guidance for this segment, product, region or business (its `scope`, any case)." })
  segment?: string | null;

  @Field(() => Float, { nullable: true, defaultValue: 0.5, description: `${CONFIDENCE} Applies to the guidance fact; 0.5 by default.` })
  minConfidence?: number | null;
}

@InputType("TopicFilter", { description: "Which topics to list." })
export class TopicFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias." })
  search?: string | null;

  @Field(() => TopicKind, { nullable: true, description: "Only topics of this kind." })
  kind?: TopicKind | null;
}

@InputType("TopTopicsFilter", { description: "Which calls the top topics are counted over, and which topics count." })
export class TopTopicsFilter {
  @Field(() => [String], { nullable: true, description: COMPANIES })
  companies?: string[] | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The fiscal period of the calls. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: DATE })
  date?: DateFilter | null;

  @Field(() => TopicKind, { nullable: true, description: "Only topics of this kind." })
  kind?: TopicKind | null;
}

@InputType("TopicActivityFilter", { description: "Which calls a topic's mentions, turns, calls and askers are counted over." })
export class TopicActivityFilter {
  @Field(() => [String], { nullable: true, description: COMPANIES })
  companies?: string[] | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The fiscal period of the calls. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: DATE })
  date?: DateFilter | null;
}

@InputType("AnalystFilter", { description: "Which analysts to list, and which calls their activity is counted over." })
export class AnalystFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the analyst's name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Firm: part of its name or alias, graph id or global id." })
  firm?: string | null;

  @Field(() => [String], { nullable: true, description: `Covered companies: only their calls count. ${COMPANIES}` })
  companies?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Only analysts who asked about this topic (name, alias, graph id or global id; NOT_FOUND when none matches).",
  })
  topic?: string | null;

  @Field(() => PeriodFilter, { nullable: true, description: `Only calls of these periods count. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: `Only calls of these dates count. ${DATE}` })
  date?: DateFilter | null;
}

@InputType("PersonFilter", { description: "Which people to list." })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias." })
  name?: string | null;

  @Field(() => Role, { nullable: true, description: "Only people who had this role in at least one call." })
  role?: Role | null;
}

@InputType("FirmFilter", { description: "Which firms to list." })
export class FirmFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or an alias." })
  search?: string | null;
}

@InputType("SearchFilter", { description: "Which turns a search considers." })
export class SearchFilter {
  @Field(() => [String], { nullable: true, description: COMPANIES })
  companies?: string[] | null;

  @Field(() => PeriodFilter, { nullable: true, description: `The fiscal period of the call. ${PERIOD}` })
  period?: PeriodFilter | null;

  @Field(() => DateFilter, { nullable: true, description: DATE })
  date?: DateFilter | null;

  @Field(() => Section, { nullable: true, description: "Only turns of this section." })
  section?: Section | null;

  @Field(() => Role, { nullable: true, description: "Only turns by speakers with this role." })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive part of the speaker's name." })
  speaker?: string | null;
}

@InputType("TurnFilter", { description: "Which of a call's turns to list." })
export class TurnFilter {
  @Field(() => Section, { nullable: true, description: "Only turns of this section." })
  section?: Section | null;

  @Field(() => Role, { nullable: true, description: "Only turns by speakers with this role." })
  role?: Role | null;
}

@InputType("PeriodsFilter", { description: "Which fiscal periods to list." })
export class PeriodsFilter {
  @Field(() => PeriodKind, { nullable: true, description: "Only periods of this length." })
  kind?: PeriodKind | null;

  @Field(() => PeriodFilter, { nullable: true, description: PERIOD })
  period?: PeriodFilter | null;
}
