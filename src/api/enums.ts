import { registerEnumType } from "type-graphql";

// GraphQL enum names are upper case; the values behind them are the graph's stored strings.
// Every value is described: Sandbox shows the descriptions, and a test checks none is missing.

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
  CONSTANT_CURRENCY = "constant currency",
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
  OTHER = "other",
}
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
/** Whom a figure is for: the whole company, or a segment, product, region or business of it. */
export enum FactScope {
  COMPANY = "COMPANY",
  SEGMENT = "SEGMENT",
  ANY = "ANY",
}
/** The kind of unit a metric is stated in (the vocabulary's unit family). */
export enum UnitKind {
  MONEY = "money",
  PERCENT = "percent",
  DAYS = "days",
  TIMES = "times",
  COUNT = "count",
}
/** What guidance summaries are grouped by. */
export enum GuidanceGroup {
  COMPANY = "COMPANY",
  METRIC = "METRIC",
  PERIOD = "PERIOD",
}

registerEnumType(Section, {
  name: "Section",
  description: "Part of a call a turn belongs to.",
  valuesConfig: {
    PRESENTATION: { description: "Prepared remarks." },
    QA: { description: "Questions and answers." },
    UNATTRIBUTED: { description: "A transcript without headings or speakers: all of its text is one section." },
  },
});
registerEnumType(Role, {
  name: "Role",
  description: "A person's role in one call.",
  valuesConfig: {
    EXECUTIVE: { description: "Speaks for the company." },
    ANALYST: { description: "Asks questions, usually for a bank or research firm." },
    OPERATOR: { description: "Runs the call." },
    OTHER: { description: "Anyone else (a journalist, a private investor)." },
  },
});
registerEnumType(FactKind, {
  name: "FactKind",
  description: "What a metric fact states about its period.",
  valuesConfig: {
    ACTUAL: { description: "A figure reported for a period that has ended (\"revenue was $99.1 million\")." },
    GUIDANCE: { description: "The company's forecast for a period to come, a value or a range (\"$107 to $111 million\")." },
    PRIOR: { description: "An earlier period's figure recalled for comparison (\"up from $94 million a year ago\")." },
    CHANGE: { description: "A change stated for the period: growth, an increase or a decrease (\"up 12%\")." },
  },
});
registerEnumType(Basis, {
  name: "Basis",
  description: "Accounting basis of a figure, when the call states it.",
  valuesConfig: {
    GAAP: { description: "Reported under GAAP (or called \"reported\")." },
    NON_GAAP: { description: "Non-GAAP, adjusted, core or pro forma." },
    CONSTANT_CURRENCY: { description: "At constant exchange rates (\"in constant currency\", \"FX-neutral\", \"local currency\"): a growth rate with currency moves taken out." },
  },
});
registerEnumType(StatedBy, {
  name: "StatedBy",
  description: "Who stated a figure.",
  valuesConfig: {
    COMPANY: { description: "The company's own speakers." },
    ANALYST: { description: "An analyst, in a question." },
  },
});
registerEnumType(Position, {
  name: "Position",
  description: "Where an actual landed relative to the guidance range.",
  valuesConfig: {
    ABOVE: { description: "Above the high end." },
    WITHIN: { description: "Within the range, ends included (or within 0.5% of a point guidance)." },
    BELOW: { description: "Below the low end." },
  },
});
registerEnumType(Verdict, {
  name: "Verdict",
  description: "Whether the company beat, met or missed its guidance, given whether higher is better for the metric.",
  valuesConfig: {
    BEAT: { description: "Better than the range: above it where higher is better, below it where lower is better." },
    MET: { description: "Within the range." },
    MISSED: { description: "Worse than the range." },
  },
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
registerEnumType(TopicKind, {
  name: "TopicKind",
  description: "What kind of thing a topic is, read from evidence in the calls; a topic without such evidence has no kind (null).",
  valuesConfig: {
    PRODUCT: { description: "A product, brand or platform the call names as one (GigaCenter, WoodSpring Suites)." },
    PROGRAM: { description: "A program, plan, fund or act (CAF II, broadband stimulus)." },
    SEGMENT: { description: "A segment or division of the company (Extended Stay, Water Infrastructure)." },
    TECHNOLOGY: { description: "A technology or standard the call calls one (G.fast technology)." },
    MARKET: { description: "A market, industry or sector (residential end market)." },
    REGION: { description: "A place (China, the Americas, Latin America)." },
    THEME: { description: "A theme of the time that many companies discuss, from a fixed list (supply chain, inflation, COVID-19, M&A, labor market ...)." },
    FINANCIAL: { description: "A financial measure or line item (RevPAR, adjusted EBITDA margin, share repurchase)." },
    OTHER: { description: "Written by versions before kinds were read from evidence; no longer produced." },
  },
});
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Sort direction.",
  valuesConfig: {
    ASC: { description: "Ascending: smallest, earliest or A first." },
    DESC: { description: "Descending: largest, latest or Z first." },
  },
});
registerEnumType(FactScope, {
  name: "FactScope",
  description: "Whom a figure is for, as the extractor read it from its sentence (`MetricFact.scope`).",
  valuesConfig: {
    COMPANY: { description: "Figures for the whole company (scope \"company\")." },
    SEGMENT: { description: "Figures for a segment, product, region or business the sentence names (any other scope)." },
    ANY: { description: "Both." },
  },
});
registerEnumType(UnitKind, {
  name: "UnitKind",
  description: "The kind of unit a metric is stated in.",
  valuesConfig: {
    MONEY: { description: "An amount of money in plain units (99100000 for $99.1 million); the fact's `unit` names the currency." },
    PERCENT: { description: "A percentage as a number (51 for 51%)." },
    DAYS: { description: "A number of days (DSO)." },
    TIMES: { description: "A ratio (inventory turns, book-to-bill, leverage)." },
    COUNT: { description: "A count (subscribers, net adds)." },
  },
});
registerEnumType(GuidanceGroup, {
  name: "GuidanceGroup",
  description: "A dimension guidance summaries are grouped by.",
  valuesConfig: {
    COMPANY: { description: "One group per company." },
    METRIC: { description: "One group per metric." },
    PERIOD: { description: "One group per guided period." },
  },
});
