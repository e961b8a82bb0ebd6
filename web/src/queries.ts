/**
 * Every GraphQL operation the page sends, with the shape of its answer. Each view loads its data
 * in one operation; the pickers' suggestions and the side panel (a quote, a turn, the turns
 * behind a count) are one operation each, sent when asked for.
 *
 * The few places that still compute on the client what the API does not answer are marked
 * `CLIENT-SIDE`.
 */

export interface Named {
  name: string;
}

export interface CompanyRefFields {
  graphId: string;
  name: string;
  ticker: string | null;
}

export interface FactFields {
  id: string;
  metricName: string;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  basis: string | null;
  periodLabel: string;
  speakerName: string | null;
  call: { periodLabel: string | null } | null;
}

const FACT_FIELDS = `fragment FactFields on MetricFact {
  id metricName kind value low high unit basis periodLabel speakerName
  call { periodLabel }
}`;

/* ---------------------------------------------------------------- overview */

export const OVERVIEW = `query DashboardOverview {
  companies(first: 50, orderBy: { field: CALLS, direction: DESC }) {
    totalCount
    nodes { graphId name ticker calls(first: 1) { totalCount nodes { periodLabel } } }
  }
  topTopics(first: 12) { totalCount nodes { topic { name kind } calls companies mentions } }
  analysts(first: 12, orderBy: { field: CALLS, direction: DESC }) { totalCount nodes { calls companies exchanges analyst { name firm { name } } } }
  periods { label kind }
}`;

export interface OverviewData {
  companies: { totalCount: number; nodes: (CompanyRefFields & { calls: { totalCount: number; nodes: { periodLabel: string | null }[] } })[] };
  topTopics: { totalCount: number; nodes: { topic: Named & { kind: string | null }; calls: number; companies: number; mentions: number }[] };
  analysts: { totalCount: number; nodes: { calls: number; companies: number; exchanges: number; analyst: Named & { firm: Named | null } }[] };
  periods: { label: string; kind: string }[];
}

/* ---------------------------------------------------------------- company */

// The series' headline per period and the scorecard's surprise are the API's (company scope,
// confidence 0.5 or more: its defaults). CLIENT-SIDE: the beat/met/missed counts are counted from
// the scorecard rows returned (at most 100); `guidanceSummary` would count them all.
export const COMPANY_VIEW = `query DashboardCompany($ref: String!, $metric: String!, $basis: Basis) {
  company(ref: $ref) {
    id graphId name ticker aliases
    metrics { metric { name higherIsBetter } facts }
    metricSeries(metric: $metric, filter: { basis: $basis }) {
      periodLabel
      period { kind }
      headline { ...FactFields }
      actuals { ...FactFields }
      guidance { ...FactFields }
      priors { ...FactFields }
    }
    calls(first: 20) {
      totalCount
      nodes {
        id periodLabel date format turnCount
        exchanges { index analystName organization analyst { name } }
        topics { topic { name } mentions }
      }
    }
  }
  guidanceScorecard(filter: { companies: [$ref] }, first: 100) {
    totalCount
    nodes {
      guidance { ...FactFields }
      actual { ...FactFields }
      position verdict resolved
      surprise { absolute percent rangeWidths }
    }
  }
}
${FACT_FIELDS}`;

export interface SeriesPointData {
  periodLabel: string;
  period: { kind: string } | null;
  headline: FactFields | null;
  actuals: FactFields[];
  guidance: FactFields[];
  priors: FactFields[];
}

export interface OutcomeData {
  guidance: FactFields;
  actual: FactFields | null;
  position: "ABOVE" | "WITHIN" | "BELOW" | null;
  verdict: "BEAT" | "MET" | "MISSED" | null;
  resolved: boolean;
  /** Actual against the guided midpoint; null while unresolved (absent in the quote panel). */
  surprise?: { absolute: number; percent: number | null; rangeWidths: number | null } | null;
}

export interface CallRow {
  id: string;
  periodLabel: string | null;
  date: string | null;
  format: string;
  turnCount: number;
  exchanges: { index: number; analystName: string; organization: string | null; analyst: Named | null }[];
  topics: { topic: Named; mentions: number }[];
}

export interface CompanyData {
  company:
    | (CompanyRefFields & {
        id: string;
        aliases: string[];
        metrics: { metric: Named & { higherIsBetter: boolean | null }; facts: number }[];
        metricSeries: SeriesPointData[];
        calls: { totalCount: number; nodes: CallRow[] };
      })
    | null;
  guidanceScorecard: { totalCount: number; nodes: OutcomeData[] };
}

/* ---------------------------------------------------------------- topic */

export const TOPIC_VIEW = `query DashboardTopic($ref: String!) {
  topic(ref: $ref) {
    id name kind aliases
    mentionsByPeriod { periodLabel calls turns mentions }
    mentionsByCompany(first: 25) { totalCount nodes { company { graphId name ticker } calls turns mentions } }
    coMentioned(first: 12) { nodes { topic { name kind } turns calls } }
    askers(first: 25) { totalCount nodes { analyst { name title firm { name } } exchanges mentions } }
  }
}`;

export interface TopicData {
  topic: {
    id: string;
    name: string;
    kind: string | null;
    aliases: string[];
    mentionsByPeriod: { periodLabel: string; calls: number; turns: number; mentions: number }[];
    mentionsByCompany: { totalCount: number; nodes: { company: CompanyRefFields; calls: number; turns: number; mentions: number }[] };
    coMentioned: { nodes: { topic: Named & { kind: string | null }; turns: number; calls: number }[] };
    askers: { totalCount: number; nodes: { analyst: Named & { title: string | null; firm: Named | null }; exchanges: number; mentions: number }[] };
  } | null;
}

/* ---------------------------------------------------------------- analyst */

// CLIENT-SIDE: there is no `person(ref:)`; the analyst is found by name (`analysts(filter: {name})`
// matches a part of the name, so the view picks the exact match).
export const ANALYST_VIEW = `query DashboardAnalyst($name: String!) {
  analysts(filter: { name: $name }, first: 3) {
    nodes {
      analyst {
        id graphId name title aliases
        firm { name aliases }
        companiesCovered(first: 20) { nodes { company { graphId name ticker } calls } }
        participations(first: 20) { nodes { role title organization call { id periodLabel date company { graphId name ticker } } } }
        topicsAskedAbout(first: 20) { nodes { topic { name kind } exchanges mentions } }
        exchanges(first: 20) {
          totalCount
          nodes {
            id index organization
            call { periodLabel company { graphId name ticker } }
            topics { topic { name } count }
            turns { id index speakerName role }
          }
        }
      }
    }
  }
}`;

export interface AnalystNode {
  id: string;
  graphId: string;
  name: string;
  title: string | null;
  aliases: string[];
  firm: (Named & { aliases: string[] }) | null;
  companiesCovered: { nodes: { company: CompanyRefFields; calls: number }[] };
  participations: { nodes: { role: string; title: string | null; organization: string | null; call: { id: string; periodLabel: string | null; date: string | null; company: CompanyRefFields | null } }[] };
  topicsAskedAbout: { nodes: { topic: Named & { kind: string | null }; exchanges: number; mentions: number }[] };
  exchanges: {
    totalCount: number;
    nodes: {
      id: string;
      index: number;
      organization: string | null;
      call: { periodLabel: string | null; company: CompanyRefFields | null } | null;
      topics: { topic: Named; count: number }[];
      turns: { id: string; index: number; speakerName: string | null; role: string | null }[];
    }[];
  };
}

export interface AnalystData {
  analysts: { nodes: { analyst: AnalystNode }[] };
}

/* ---------------------------------------------------------------- search */

export const SEARCH_VIEW = `query DashboardSearch($query: String!, $filter: SearchFilter, $after: String) {
  searchTurns(query: $query, filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      score passage passageStart
      highlights { start end }
      turn {
        id index speakerName role section line
        call { periodLabel companyName company { graphId name ticker } }
        exchange { analystName }
      }
    }
  }
}`;

export interface SearchHitData {
  score: number;
  passage: string;
  passageStart: number;
  highlights: { start: number; end: number }[];
  turn: {
    id: string;
    index: number;
    speakerName: string | null;
    role: string | null;
    section: string;
    line: number | null;
    call: { periodLabel: string | null; companyName: string | null; company: CompanyRefFields | null } | null;
    exchange: { analystName: string } | null;
  };
}

export interface SearchData {
  searchTurns: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: SearchHitData[] };
}

/* ---------------------------------------------------------------- pickers */

export const COMPANY_SUGGESTIONS = `query DashboardCompanySuggestions($search: String!) {
  companies(filter: { search: $search }, first: 8) { nodes { graphId name ticker calls(first: 1) { totalCount } } }
}`;

export interface CompanySuggestionsData {
  companies: { nodes: (CompanyRefFields & { calls: { totalCount: number } })[] };
}

export const TOPIC_SUGGESTIONS = `query DashboardTopicSuggestions($search: String!) {
  topics(filter: { search: $search }, first: 8) { nodes { name kind } }
}`;

export interface TopicSuggestionsData {
  topics: { nodes: (Named & { kind: string | null })[] };
}

export const ANALYST_SUGGESTIONS = `query DashboardAnalystSuggestions($search: String!) {
  analysts(filter: { name: $search }, first: 8) { nodes { analyst { name firm { name } } } }
}`;

export interface AnalystSuggestionsData {
  analysts: { nodes: { analyst: Named & { firm: Named | null } }[] };
}

/* ---------------------------------------------------------------- panels */

const TURN_FIELDS = `fragment TurnFields on Turn {
  id index start end line text role section speakerName
  speaker { name title }
  exchange { analystName analyst { name } }
  call { id periodLabel date companyName sourceName format company { graphId name ticker } }
}`;

export interface TurnData {
  id: string;
  index: number;
  start: number;
  end: number;
  line: number | null;
  text: string;
  role: string | null;
  section: string;
  speakerName: string | null;
  speaker: (Named & { title: string | null }) | null;
  exchange: { analystName: string; analyst: Named | null } | null;
  call: { id: string; periodLabel: string | null; date: string | null; companyName: string | null; sourceName: string | null; format: string; company: CompanyRefFields | null } | null;
}

export const QUOTE_PANEL = `query DashboardQuote($id: ID!) {
  node(id: $id) {
    ... on MetricFact {
      ...FactFields
      quote start end statedBy
      turn { ...TurnFields }
      outcomes { position verdict resolved guidance { ...FactFields } actual { ...FactFields } }
    }
  }
}
${FACT_FIELDS}
${TURN_FIELDS}`;

export interface QuoteData {
  node:
    | (FactFields & {
        quote: string;
        start: number;
        end: number;
        statedBy: string;
        turn: TurnData | null;
        outcomes: OutcomeData[];
      })
    | null
    | { quote?: undefined };
}

export const TURN_PANEL = `query DashboardTurn($id: ID!) {
  node(id: $id) { ... on Turn { ...TurnFields topics { topic { name } count } } }
}
${TURN_FIELDS}`;

export interface TurnPanelData {
  node: (TurnData & { topics: { topic: Named; count: number }[] }) | null | { text?: undefined };
}

// The turns behind a count of a period or a company are asked for with a filter. CLIENT-SIDE: the
// turns behind an asker's or a co-mentioned topic's count are picked from the topic's newest 100
// turns (Topic.turns has no speaker or topic filter).
export const MENTIONS_PANEL = `query DashboardMentions($topic: String!, $filter: TopicActivityFilter, $after: String) {
  topic(ref: $topic) {
    name aliases
    turns(first: 100, filter: $filter, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...TurnFields topics { topic { name } count } }
    }
  }
}
${TURN_FIELDS}`;

export interface MentionsData {
  topic: {
    name: string;
    aliases: string[];
    turns: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (TurnData & { topics: { topic: Named; count: number }[] })[] };
  } | null;
}
