import { SortDirection } from "./enums.js";
import type { NodeRow, Related } from "./loaders.js";
import { defineOrder } from "./order.js";
import type { SortKey } from "./pagination.js";

// The `orderBy` inputs of the API's connections. Every connection takes one; each field sorts
// ties by id, so the order is total and keyset cursors are stable.

const { ASC, DESC } = SortDirection;

export const CompanyOrder = defineOrder({
  name: "Company",
  what: "companies",
  fields: {
    NAME: { description: "Name, case-insensitive.", natural: ASC },
    CALLS: { description: "Calls in the graph.", natural: DESC },
  },
  defaultField: "NAME",
});

export const CallOrder = defineOrder({
  name: "Call",
  what: "calls",
  fields: {
    PERIOD: { description: "Fiscal period reported (calls of no known period last when descending), then company name.", natural: DESC },
    DATE: { description: "Date of the call (calls without a stated date last when descending).", natural: DESC },
    COMPANY: { description: "Company name as the call states it, then period.", natural: ASC },
  },
  defaultField: "PERIOD",
});

/** The sort key of a call in memory, as calls-page.cypher builds it. */
export function callKey(field: string, call: NodeRow): SortKey {
  const ord = callQuarter(call);
  const company = String(call["companyName"] ?? "").toLowerCase();
  if (field === "DATE") return [String(call["date"] ?? ""), call.graphId];
  if (field === "COMPANY") return [company, ord, call.graphId];
  return [ord, company, call.graphId];
}

export const FactOrder = defineOrder({
  name: "Fact",
  what: "metric facts",
  fields: {
    PERIOD: { description: "Period the figure is for (within a year: quarters, halves, year to date, the year), then metric.", natural: DESC },
    METRIC: { description: "Metric name, then period.", natural: ASC },
    CONFIDENCE: { description: "Confidence, then period.", natural: DESC },
  },
  defaultField: "PERIOD",
});

export const CallFactOrder = defineOrder({
  name: "CallFact",
  what: "a call's facts",
  fields: {
    POSITION: { description: "Speaking order: turn, then place in the turn.", natural: ASC },
    METRIC: { description: "Metric name, then speaking order.", natural: ASC },
    CONFIDENCE: { description: "Confidence, then speaking order.", natural: DESC },
  },
  defaultField: "POSITION",
});

export const TurnOrder = defineOrder({
  name: "Turn",
  what: "a call's turns",
  fields: { POSITION: { description: "Speaking order.", natural: ASC } },
  defaultField: "POSITION",
});

export const GuidanceOrder = defineOrder({
  name: "Guidance",
  what: "guidance outcomes",
  fields: {
    PERIOD: { description: "Guided period, then company and metric.", natural: DESC },
    COMPANY: { description: "Company id (its ticker where known), then period and metric.", natural: ASC },
    METRIC: { description: "Metric name, then period and company.", natural: ASC },
    SURPRISE: { description: "Surprise in percent of the guidance midpoint; unresolved guidance last in either direction.", natural: DESC },
  },
  defaultField: "PERIOD",
});

export const GuidanceSummaryOrder = defineOrder({
  name: "GuidanceSummary",
  what: "guidance summaries",
  fields: {
    GUIDED: { description: "Guidance facts given.", natural: DESC },
    RESOLVED: { description: "Outcomes resolved.", natural: DESC },
    BEAT_RATE: { description: "Beat rate (groups without a verdict last in either direction).", natural: DESC },
    MISS_RATE: { description: "Miss rate (groups without a verdict last in either direction).", natural: DESC },
    MEAN_SURPRISE: { description: "Mean surprise in percent (groups without one last in either direction).", natural: DESC },
    COMPANY: { description: "Company id (its ticker where known).", natural: ASC },
    METRIC: { description: "Metric name.", natural: ASC },
    PERIOD: { description: "Guided period.", natural: DESC },
  },
  defaultField: "GUIDED",
});

export const SeriesOrder = defineOrder({
  name: "Series",
  what: "companies' metric series",
  fields: {
    COMPANY: { description: "Company name.", natural: ASC },
    LATEST_VALUE: { description: "The latest headline value (series without one last in either direction).", natural: DESC },
  },
  defaultField: "COMPANY",
});

export const TopicOrder = defineOrder({
  name: "Topic",
  what: "topics",
  fields: {
    MENTIONS: { description: "Turns that mention the topic.", natural: DESC },
    NAME: { description: "Name, case-insensitive.", natural: ASC },
  },
  defaultField: "MENTIONS",
});

export const TopicCountOrder = defineOrder({
  name: "TopicCount",
  what: "topic counts",
  fields: {
    MENTIONS: { description: "Mentions in all.", natural: DESC },
    TURNS: { description: "Turns that mention the topic.", natural: DESC },
    CALLS: { description: "Calls that mention the topic.", natural: DESC },
    COMPANIES: { description: "Companies whose calls mention the topic.", natural: DESC },
    NAME: { description: "Topic name, case-insensitive.", natural: ASC },
  },
  defaultField: "MENTIONS",
});

export const AnalystOrder = defineOrder({
  name: "Analyst",
  what: "analysts",
  fields: {
    NAME: { description: "Name, case-insensitive.", natural: ASC },
    CALLS: { description: "Calls joined (in the window), then Q&A slots.", natural: DESC },
    EXCHANGES: { description: "Q&A slots asked in (in the window), then calls.", natural: DESC },
    COMPANIES: { description: "Companies covered (in the window), then calls.", natural: DESC },
  },
  defaultField: "NAME",
});

export const PersonOrder = defineOrder({
  name: "Person",
  what: "people",
  fields: { NAME: { description: "Name, case-insensitive.", natural: ASC } },
  defaultField: "NAME",
});

export const FirmOrder = defineOrder({
  name: "Firm",
  what: "firms",
  fields: {
    NAME: { description: "Name, case-insensitive.", natural: ASC },
    ANALYSTS: { description: "Analysts working for the firm.", natural: DESC },
  },
  defaultField: "NAME",
});

export const SearchOrder = defineOrder({
  name: "Search",
  what: "search hits",
  fields: {
    RELEVANCE: { description: "Relevance score of the full-text index.", natural: DESC },
    PERIOD: { description: "Fiscal period of the call, then relevance.", natural: DESC },
  },
  defaultField: "RELEVANCE",
});

export const TopicTurnOrder = defineOrder({
  name: "TopicTurn",
  what: "turns that mention a topic",
  fields: { PERIOD: { description: "Fiscal period of the call, then call and speaking order.", natural: DESC } },
  defaultField: "PERIOD",
});

export const TopicCallOrder = defineOrder({
  name: "TopicCall",
  what: "calls that mention a topic",
  fields: {
    PERIOD: { description: "Fiscal period of the call.", natural: DESC },
    MENTIONS: { description: "Mentions in the call.", natural: DESC },
  },
  defaultField: "PERIOD",
});

export const AskerOrder = defineOrder({
  name: "Asker",
  what: "analysts who raised a topic",
  fields: {
    EXCHANGES: { description: "Q&A slots in which the analyst raised it, then mentions.", natural: DESC },
    MENTIONS: { description: "Mentions in the analyst's question turns.", natural: DESC },
    NAME: { description: "Name, case-insensitive.", natural: ASC },
  },
  defaultField: "EXCHANGES",
});

export const TopicCompanyOrder = defineOrder({
  name: "TopicCompany",
  what: "companies that mention a topic",
  fields: {
    MENTIONS: { description: "Mentions in the company's calls.", natural: DESC },
    CALLS: { description: "The company's calls that mention it.", natural: DESC },
    NAME: { description: "Company name, case-insensitive.", natural: ASC },
  },
  defaultField: "MENTIONS",
});

export const CoMentionOrder = defineOrder({
  name: "CoMention",
  what: "co-mentioned topics",
  fields: {
    TURNS: { description: "Turns that mention both topics.", natural: DESC },
    CALLS: { description: "Calls with a turn that mentions both.", natural: DESC },
    NAME: { description: "Topic name, case-insensitive.", natural: ASC },
  },
  defaultField: "TURNS",
});

export const ParticipationOrder = defineOrder({
  name: "Participation",
  what: "a person's calls",
  fields: { PERIOD: { description: "Fiscal period of the call, then company.", natural: DESC } },
  defaultField: "PERIOD",
});

export const CoveredCompanyOrder = defineOrder({
  name: "CoveredCompany",
  what: "companies an analyst covers",
  fields: {
    CALLS: { description: "Calls of the company the analyst joined.", natural: DESC },
    NAME: { description: "Company name, case-insensitive.", natural: ASC },
  },
  defaultField: "CALLS",
});

export const AskedTopicOrder = defineOrder({
  name: "AskedTopic",
  what: "topics an analyst asked about",
  fields: {
    EXCHANGES: { description: "Q&A slots in which the analyst raised it, then mentions.", natural: DESC },
    MENTIONS: { description: "Mentions in the analyst's question turns.", natural: DESC },
    NAME: { description: "Topic name, case-insensitive.", natural: ASC },
  },
  defaultField: "EXCHANGES",
});

export const FirmAnalystOrder = defineOrder({
  name: "FirmAnalyst",
  what: "a firm's analysts",
  fields: {
    NAME: { description: "Name, case-insensitive.", natural: ASC },
    CALLS: { description: "Calls joined as an analyst.", natural: DESC },
  },
  defaultField: "NAME",
});

export const MentionOrder = defineOrder({
  name: "Mention",
  what: "turns that mention someone or something",
  fields: { PERIOD: { description: "Fiscal period of the call, then call and speaking order.", natural: DESC } },
  defaultField: "PERIOD",
});

export const ExchangeOrder = defineOrder({
  name: "Exchange",
  what: "Q&A slots",
  fields: { PERIOD: { description: "Fiscal period of the call, then call and order in its Q&A.", natural: DESC } },
  defaultField: "PERIOD",
});

export const MetricOrder = defineOrder({
  name: "Metric",
  what: "metrics",
  fields: {
    FACTS: { description: "Facts that state the metric.", natural: DESC },
    COMPANIES: { description: "Companies with facts of the metric.", natural: DESC },
    NAME: { description: "Name.", natural: ASC },
  },
  defaultField: "FACTS",
});

export const PeriodCallOrder = defineOrder({
  name: "PeriodCall",
  what: "a period's calls",
  fields: { COMPANY: { description: "Company name as the call states it.", natural: ASC } },
  defaultField: "COMPANY",
});

/** The fiscal quarter ordinal of a call (year × 4 + quarter − 1), −1 when unknown: sort keys' period part. */
export function callQuarter(call: Record<string, unknown>): number {
  const year = call["fiscalYear"];
  const quarter = call["fiscalQuarter"];
  return typeof year === "number" && typeof quarter === "number" ? year * 4 + quarter - 1 : -1;
}

/** Sort keys of rows that carry their call's quarter: by call, then in the call's own order. */
export function byCallKey(descending: boolean) {
  const sign = descending ? -1 : 1;
  return ({ node, row }: Related): SortKey => [Number(row["quarter"] ?? -1), String(node["callId"] ?? ""), sign * Number(node["index"] ?? 0), node.graphId];
}
