/**
 * Every GraphQL operation the page sends, with the shape of its answer. Each view loads its data
 * in one operation; the pickers' suggestions and the side panel (a quote, a turn, the turns
 * behind a count) are one operation each, sent when asked for.
 *
 * Places that compute on the client what the API does not answer yet (to switch to the fields of
 * issue 13 when they land) are marked `ISSUE-13`.
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
  analysts(first: 12) { totalCount nodes { name firm { name } companiesCovered { calls } } }
  periods { label kind }
}`;

export interface OverviewData {
  companies: { totalCount: number; nodes: (CompanyRefFields & { calls: { totalCount: number; nodes: { periodLabel: string | null }[] } })[] };
  topTopics: { totalCount: number; nodes: { topic: Named & { kind: string | null }; calls: number; companies: number; mentions: number }[] };
  analysts: { totalCount: number; nodes: (Named & { firm: Named | null; companiesCovered: { calls: number }[] })[] };
  periods: { label: string; kind: string }[];
}

/* ---------------------------------------------------------------- company */

// ISSUE-13: the headline value per period is picked in lib/series.ts and the surprise computed in
// lib/surprise.ts; with issue 13 ask `metricSeries` for its headline and the scorecard for its
// surprise instead. The metric list would come from the catalog of metrics.
export const COMPANY_VIEW = `query DashboardCompany($ref: String!, $metric: String!, $basis: Basis) {
  company(ref: $ref) {
    id graphId name ticker aliases
    metrics { metric { name higherIsBetter } facts }
    metricSeries(metric: $metric, basis: $basis) {
      periodLabel
      period { kind }
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
  guidanceScorecard(filter: { company: $ref }, first: 100) {
    totalCount
    nodes {
      guidance { ...FactFields }
      actual { ...FactFields }
      position verdict resolved
    }
  }
}
${FACT_FIELDS}`;

export interface SeriesPointData {
  periodLabel: string;
  period: { kind: string } | null;
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

// ISSUE-13: `mentionsByPeriod(company:)` would give a per-company trend; today the chart shows all
// companies together.
export const TOPIC_VIEW = `query DashboardTopic($ref: String!) {
  topic(ref: $ref) {
    id name kind aliases
    mentionsByPeriod { periodLabel calls turns mentions }
    mentionsByCompany { company { graphId name ticker } calls turns mentions }
    coMentioned(first: 12) { topic { name kind } turns calls }
    askers { analyst { name title firm { name } } exchanges mentions }
  }
}`;

export interface TopicData {
  topic: {
    id: string;
    name: string;
    kind: string | null;
    aliases: string[];
    mentionsByPeriod: { periodLabel: string; calls: number; turns: number; mentions: number }[];
    mentionsByCompany: { company: CompanyRefFields; calls: number; turns: number; mentions: number }[];
    coMentioned: { topic: Named & { kind: string | null }; turns: number; calls: number }[];
    askers: { analyst: Named & { title: string | null; firm: Named | null }; exchanges: number; mentions: number }[];
  } | null;
}

/* ---------------------------------------------------------------- analyst */

// ISSUE-13: there is no `person(ref:)`; the analyst is found by name (`analysts(filter: {name})`
// matches a part of the name, so the view picks the exact match).
export const ANALYST_VIEW = `query DashboardAnalyst($name: String!) {
  analysts(filter: { name: $name }, first: 10) {
    nodes {
      id graphId name title aliases
      firm { name aliases }
      companiesCovered { company { graphId name ticker } calls }
      participations { role title organization call { id periodLabel date company { graphId name ticker } } }
      topicsAskedAbout { topic { name kind } exchanges mentions }
      exchanges {
        id index organization
        call { periodLabel company { graphId name ticker } }
        topics { topic { name } count }
        turns { id index speakerName role }
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
  companiesCovered: { company: CompanyRefFields; calls: number }[];
  participations: { role: string; title: string | null; organization: string | null; call: { id: string; periodLabel: string | null; date: string | null; company: CompanyRefFields | null } }[];
  topicsAskedAbout: { topic: Named & { kind: string | null }; exchanges: number; mentions: number }[];
  exchanges: {
    id: string;
    index: number;
    organization: string | null;
    call: { periodLabel: string | null; company: CompanyRefFields | null } | null;
    topics: { topic: Named; count: number }[];
    turns: { id: string; index: number; speakerName: string | null; role: string | null }[];
  }[];
}

export interface AnalystData {
  analysts: { nodes: AnalystNode[] };
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
  analysts(filter: { name: $search }, first: 8) { nodes { name firm { name } } }
}`;

export interface AnalystSuggestionsData {
  analysts: { nodes: (Named & { firm: Named | null })[] };
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

// ISSUE-13: Topic.turns takes no filter, so the turns behind one count (a period, a company, an
// asker, a co-mentioned topic) are picked on the client from the topic's newest 100 turns.
export const MENTIONS_PANEL = `query DashboardMentions($topic: String!, $after: String) {
  topic(ref: $topic) {
    name aliases
    turns(first: 100, after: $after) {
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
