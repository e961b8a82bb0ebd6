import { registerEnumType } from "type-graphql";

// GraphQL enum names are upper case; the values behind them are the graph's stored strings.

export enum Section {
  PRESENTATION = "presentation",
  QA = "qa",
  UNATTRIBUTED = "unattributed",
}
export enum Role {
  EXECUTIVE = "executive",
  ANALYST = "analyst",
  OPERATOR = "operator",
  OTHER = "other",
}
export enum FactKind {
  ACTUAL = "actual",
  GUIDANCE = "guidance",
  PRIOR = "prior",
  CHANGE = "change",
}
export enum Basis {
  GAAP = "GAAP",
  NON_GAAP = "non-GAAP",
}
export enum StatedBy {
  COMPANY = "company",
  ANALYST = "analyst",
}
export enum Position {
  ABOVE = "above",
  WITHIN = "within",
  BELOW = "below",
}
export enum Verdict {
  BEAT = "beat",
  MET = "met",
  MISSED = "missed",
}
export enum PeriodKind {
  QUARTER = "quarter",
  HALF = "half",
  YEAR = "year",
  YTD = "ytd",
  OTHER = "other",
}
export enum TopicKind {
  PRODUCT = "product",
  PROGRAM = "program",
  SEGMENT = "segment",
  TECHNOLOGY = "technology",
  MARKET = "market",
  REGION = "region",
  THEME = "theme",
  FINANCIAL = "financial",
  /** Written by versions before kinds were read from evidence; no longer produced. */
  OTHER = "other",
}
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
export enum CompanyOrderField {
  NAME = "NAME",
  CALLS = "CALLS",
}
export enum TopicOrderField {
  MENTIONS = "MENTIONS",
  NAME = "NAME",
}

registerEnumType(Section, {
  name: "Section",
  description: "Part of a call a turn belongs to.",
  valuesConfig: {
    PRESENTATION: { description: "Prepared remarks." },
    QA: { description: "Questions and answers." },
    UNATTRIBUTED: { description: "A transcript without headings or speakers." },
  },
});
registerEnumType(Role, {
  name: "Role",
  description: "A person's role in one call.",
  valuesConfig: {
    EXECUTIVE: { description: "Speaks for the company." },
    ANALYST: { description: "Asks questions, usually for a bank or research firm." },
    OPERATOR: { description: "Runs the call." },
    OTHER: { description: "Anyone else." },
  },
});
registerEnumType(FactKind, {
  name: "FactKind",
  description: "What a metric fact is: a reported ACTUAL, company GUIDANCE, a PRIOR-period comparison, or a CHANGE.",
});
registerEnumType(Basis, { name: "Basis", description: "Accounting basis of a figure." });
registerEnumType(StatedBy, { name: "StatedBy", description: "Who stated a figure: the company, or an analyst in a question." });
registerEnumType(Position, {
  name: "Position",
  description: "Where an actual landed relative to the guidance range.",
  valuesConfig: {
    ABOVE: { description: "Above the high end." },
    WITHIN: { description: "Within the range (or on the guided point)." },
    BELOW: { description: "Below the low end." },
  },
});
registerEnumType(Verdict, {
  name: "Verdict",
  description: "Whether the company beat, met or missed its guidance, given whether higher is better for the metric.",
});
registerEnumType(PeriodKind, {
  name: "PeriodKind",
  description: "Length of a fiscal period.",
  valuesConfig: {
    QUARTER: { description: "A quarter, e.g. 2015-Q2." },
    HALF: { description: "A half year, e.g. 2015-H1." },
    YEAR: { description: "A fiscal year, e.g. 2015-FY." },
    YTD: { description: "Year to date, e.g. 2015-9M (nine months)." },
    OTHER: { description: "A period outside that grammar, kept as stated." },
  },
});
registerEnumType(TopicKind, { name: "TopicKind", description: "What kind of thing a topic is." });
registerEnumType(SortDirection, { name: "SortDirection", description: "Sort order." });
registerEnumType(CompanyOrderField, { name: "CompanyOrderField", description: "Fields companies can be sorted by." });
registerEnumType(TopicOrderField, {
  name: "TopicOrderField",
  description: "Fields topics can be sorted by: MENTIONS (turns that mention the topic, most first) or NAME.",
});
