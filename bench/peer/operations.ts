/**
 * The dashboard operations of `npm run bench:peer`, each written twice: for the project's API
 * (schema/schema.graphql) and for the peer (@neo4j/graphql over peer.typedefs.graphql), asking
 * for the same data. `projectRows` and `peerRows` flatten each side's answer into rows of plain
 * values in one canonical form, and the benchmark compares them row by row before it times
 * anything, so a faster side cannot be one that answers less or differently.
 *
 * Where a list is a page (`first: n`) the order decides which rows are in it, and both sides sort
 * it the same way; a complete list whose order the peer's generated API cannot express (a call's
 * participants by role) is compared sorted.
 */

/** What one operation is asked about; the benchmark picks real ones from the graph (subjects.ts). */
export interface Subject {
  ticker: string;
  companyId: string;
  /** The company's newest call: its period label and graph id. */
  period: string;
  callId: string;
  topicId: string;
  analystName: string;
  /** A word for full-text search. */
  word: string;
}

export type Row = readonly unknown[];
type Data = Record<string, unknown>;

export interface Operation {
  name: string;
  /** What a dashboard asks, as the issue names it. */
  title: string;
  project: { query: string; variables: (s: Subject) => Record<string, unknown>; rows: (data: Data) => Row[] };
  peer: { query: string; variables: (s: Subject) => Record<string, unknown>; rows: (data: Data) => Row[] };
}

export const operations: Operation[] = [
  {
    name: "companyCalls",
    title: "a company's calls with Q&A slots, askers, firms",
    project: {
      query: `query CompanyCalls($ticker: String!) {
  company(ref: $ticker) {
    name
    calls(first: 8) { nodes { periodLabel exchanges { index analystName analyst { name firm { name } } } } }
  }
}`,
      variables: (s) => ({ ticker: s.ticker }),
      rows: (data) => {
        const company = obj(data["company"]);
        return list(obj(company["calls"])["nodes"]).flatMap((call) =>
          withEmpty(list(call["exchanges"]), [call["periodLabel"]], (x) => {
            const analyst = objOrNull(x["analyst"]);
            return [call["periodLabel"], x["index"], x["analystName"], analyst?.["name"] ?? null, objOrNull(analyst?.["firm"])?.["name"] ?? null];
          }),
        );
      },
    },
    peer: {
      query: `query CompanyCalls($ticker: String!) {
  companies(where: { ticker: { eq: $ticker } }) {
    name
    calls(sort: [{ quarterOrder: DESC }, { companySortName: DESC }, { id: DESC }], limit: 8) {
      period
      exchanges(sort: [{ index: ASC }]) {
        index
        analystName
        askedBy {
          name
          worksForFirmConnection(sort: [{ edge: { since: DESC } }, { node: { id: ASC } }], first: 1) { edges { node { name } } }
        }
      }
    }
  }
}`,
      variables: (s) => ({ ticker: s.ticker }),
      rows: (data) => {
        const company = single(data["companies"]);
        return list(company["calls"]).flatMap((call) =>
          withEmpty(list(call["exchanges"]), [call["period"]], (x) => {
            const analyst = list(x["askedBy"])[0] ?? null;
            const firm = analyst === null ? null : (list(obj(analyst["worksForFirmConnection"])["edges"])[0] ?? null);
            return [call["period"], x["index"], x["analystName"], analyst?.["name"] ?? null, firm === null ? null : obj(firm["node"])["name"]];
          }),
        );
      },
    },
  },
  {
    name: "guidanceScorecard",
    title: "guidance scorecard of a company (first 50)",
    project: {
      query: `query GuidanceScorecard($company: String!) {
  guidanceScorecard(filter: { companies: [$company] }, first: 50) {
    totalCount
    nodes {
      guidance { metricName periodLabel low high value unit quote speaker { name } call { periodLabel } }
      actual { value unit quote call { periodLabel } }
      position
      verdict
      resolved
    }
  }
}`,
      variables: (s) => ({ company: s.ticker }),
      rows: (data) => {
        const page = obj(data["guidanceScorecard"]);
        return [
          ["totalCount", page["totalCount"]],
          ...list(page["nodes"]).map((n) => {
            const g = obj(n["guidance"]);
            const a = objOrNull(n["actual"]);
            return [
              ...guidanceColumns(g["metricName"], g["periodLabel"], g, objOrNull(g["speaker"])?.["name"] ?? null, objOrNull(g["call"])?.["periodLabel"] ?? null),
              ...actualColumns(a, a === null ? null : (objOrNull(a["call"])?.["periodLabel"] ?? null), n["position"], n["verdict"]),
              n["resolved"],
            ];
          }),
        ];
      },
    },
    peer: {
      // The project pages guidance/actual pairs and the peer pages guidance facts: a guidance fact
      // resolved by several actuals would make the two pages differ, and the row check says so.
      // Two root fields, page and count (as the project runs two statements): the root
      // metricFactsConnection of @neo4j/graphql 7.6.3 answers its totalCount but no edges.
      query: `query GuidanceScorecard($where: MetricFactWhere!) {
  page: metricFacts(
    where: $where
    sort: [{ periodOrder: DESC }, { companyId: DESC }, { metric: DESC }, { id: DESC }]
    limit: 50
  ) {
    metric period low high value unit quote
    statedIn { spokenBy { name } }
    call { period }
    resolvedByConnection(sort: [{ node: { id: DESC } }]) {
      edges { properties { position verdict } node { value unit quote call { period } } }
    }
  }
  count: metricFactsConnection(where: $where) {
    totalCount
  }
}`,
      // The project's defaults: company-scope guidance of confidence 0.5 or more.
      variables: (s) => ({
        where: {
          kind: { eq: "guidance" },
          statedBy: { eq: "company" },
          companyId: { eq: s.companyId },
          scope: { eq: "company" },
          confidence: { gte: 0.5 },
        },
      }),
      rows: (data) => {
        const rows = list(data["page"]).flatMap((g) => {
          const speaker = list(list(g["statedIn"])[0]?.["spokenBy"])[0]?.["name"] ?? null;
          const guidance = guidanceColumns(g["metric"], g["period"], g, speaker, list(g["call"])[0]?.["period"] ?? null);
          return withEmpty(list(obj(g["resolvedByConnection"])["edges"]), [...guidance, ...actualColumns(null, null, null, null), false], (r) => {
            const a = obj(r["node"]);
            const p = obj(r["properties"]);
            return [...guidance, ...actualColumns(a, list(a["call"])[0]?.["period"] ?? null, p["position"], p["verdict"]), true];
          });
        });
        return [["totalCount", obj(data["count"])["totalCount"]], ...rows.slice(0, 50)];
      },
    },
  },
  {
    name: "topicTurns",
    title: "a topic's mentions (first 100 turns)",
    project: {
      query: `query TopicTurns($topic: String!) {
  topic(ref: $topic) { name turns(first: 100) { nodes { index speakerName section call { graphId } } } }
}`,
      variables: (s) => ({ topic: s.topicId }),
      rows: (data) => {
        const topic = obj(data["topic"]);
        return list(obj(topic["turns"])["nodes"]).map((t) => [topic["name"], objOrNull(t["call"])?.["graphId"] ?? null, t["index"], t["speakerName"], lower(t["section"])]);
      },
    },
    peer: {
      query: `query TopicTurns($topicId: ID!) {
  topics(where: { id: { eq: $topicId } }) {
    name
    mentionedInConnection(first: 100, sort: [{ node: { callQuarter: DESC } }, { node: { callId: DESC } }, { node: { index: ASC } }]) {
      edges { node { index speakerName section call { id } } }
    }
  }
}`,
      variables: (s) => ({ topicId: s.topicId }),
      rows: (data) => {
        const topic = single(data["topics"]);
        return list(obj(topic["mentionedInConnection"])["edges"]).map((e) => {
          const t = obj(e["node"]);
          return [topic["name"], list(t["call"])[0]?.["id"] ?? null, t["index"], t["speakerName"], lower(t["section"])];
        });
      },
    },
  },
  {
    name: "analystCoverage",
    title: "an analyst's coverage",
    project: {
      query: `query AnalystCoverage($name: String!) {
  analysts(filter: { name: $name }, first: 1) {
    nodes {
      analyst {
        name
        firm { name }
        companiesCovered(first: 100) { nodes { company { name } calls } }
        participations(first: 100) { nodes { role title call { companyName periodLabel } } }
        topicsAskedAbout(first: 100) { nodes { topic { name } exchanges } }
      }
    }
  }
}`,
      variables: (s) => ({ name: s.analystName }),
      rows: (data) => {
        const p = obj(single(obj(data["analysts"])["nodes"])["analyst"]);
        return [
          ["analyst", p["name"], objOrNull(p["firm"])?.["name"] ?? null],
          ...list(obj(p["companiesCovered"])["nodes"]).map((c) => ["covers", obj(c["company"])["name"], c["calls"]]),
          ...list(obj(p["participations"])["nodes"]).map((x) => ["joined", lower(x["role"]), x["title"] ?? null, obj(x["call"])["companyName"], obj(x["call"])["periodLabel"]]),
          ...list(obj(p["topicsAskedAbout"])["nodes"]).map((t) => ["asked", obj(t["topic"])["name"], t["exchanges"]]),
        ];
      },
    },
    peer: {
      query: `query AnalystCoverage($name: String!) {
  people(where: { name: { eq: $name }, participatedInConnection: { some: { edge: { role: { eq: "analyst" } } } } }) {
    name
    worksForFirmConnection(sort: [{ edge: { since: DESC } }, { node: { id: ASC } }], first: 1) { edges { node { name } } }
    companiesCovered { name calls }
    participatedInConnection(first: 100, sort: [{ node: { quarterOrder: DESC } }, { node: { companySortName: DESC } }, { node: { id: DESC } }]) {
      edges { properties { role title } node { companyName period } }
    }
    topicsAskedAbout { name exchanges }
  }
}`,
      variables: (s) => ({ name: s.analystName }),
      rows: (data) => {
        const p = single(data["people"]);
        const firm = list(obj(p["worksForFirmConnection"])["edges"])[0] ?? null;
        return [
          ["analyst", p["name"], firm === null ? null : obj(firm["node"])["name"]],
          ...list(p["companiesCovered"]).map((c) => ["covers", c["name"], c["calls"]]),
          ...list(obj(p["participatedInConnection"])["edges"]).map((e) => {
            const props = obj(e["properties"]);
            const call = obj(e["node"]);
            return ["joined", lower(props["role"]), props["title"] ?? null, call["companyName"], call["period"]];
          }),
          ...list(p["topicsAskedAbout"]).map((t) => ["asked", t["name"], t["exchanges"]]),
        ];
      },
    },
  },
  {
    name: "search",
    title: "full-text search with company and section filters",
    project: {
      // No `passage`/`highlights`: the peer has no equivalent (a client would cut it from `text`).
      query: `query Search($query: String!, $company: String!) {
  searchTurns(query: $query, filter: { companies: [$company], section: QA }, first: 5) {
    totalCount
    nodes { score turn { index speakerName role call { companyName periodLabel } } }
  }
}`,
      variables: (s) => ({ query: s.word, company: s.ticker }),
      rows: (data) => {
        const page = obj(data["searchTurns"]);
        return [
          ["totalCount", page["totalCount"]],
          ...list(page["nodes"]).map((hit) => {
            const t = obj(hit["turn"]);
            const call = objOrNull(t["call"]);
            return [score(hit["score"]), call?.["companyName"] ?? null, call?.["periodLabel"] ?? null, t["index"], t["speakerName"], lower(t["role"])];
          }),
        ];
      },
    },
    peer: {
      // The project turns the words into required Lucene clauses on the text (`+text:word`); the
      // peer passes its phrase to Lucene as is, so it gets the same query (the index also holds
      // each turn's companyId, which the project's filter asks Lucene for and the peer's does not).
      query: `query Search($phrase: String!, $ticker: String!) {
  searchTurns(
    phrase: $phrase
    where: { node: { section: { eq: "qa" }, call: { some: { company: { some: { ticker: { eq: $ticker } } } } } } }
    sort: [{ score: DESC }, { node: { id: DESC } }]
    first: 5
  ) {
    totalCount
    edges { score node { index speakerName role call { companyName period } } }
  }
}`,
      variables: (s) => ({ phrase: `+text:${s.word}`, ticker: s.ticker }),
      rows: (data) => {
        const page = obj(data["searchTurns"]);
        return [
          ["totalCount", page["totalCount"]],
          ...list(page["edges"]).map((e) => {
            const t = obj(e["node"]);
            const call = list(t["call"])[0] ?? null;
            return [score(e["score"]), call?.["companyName"] ?? null, call?.["period"] ?? null, t["index"], t["speakerName"], lower(t["role"])];
          }),
        ];
      },
    },
  },
  {
    name: "callDetail",
    title: "a call's detail",
    project: {
      query: `query CallDetail($company: String!, $period: String!) {
  calls(filter: { companies: [$company], period: { is: $period } }, first: 1) {
    nodes {
      companyName periodLabel format turnCount
      participants { person { name } role title organization turns }
      exchanges { index analystName organization topics { topic { name } count } turns { index speakerName } }
      facts(filter: { kind: GUIDANCE }, first: 100) { nodes { metricName periodLabel low high unit } }
      topics { topic { name } mentions }
    }
  }
}`,
      variables: (s) => ({ company: s.ticker, period: s.period }),
      rows: (data) => {
        const c = single(obj(data["calls"])["nodes"]);
        return [
          ["call", c["companyName"], c["periodLabel"], c["format"], c["turnCount"]],
          ...participantRows(list(c["participants"]).map((p) => [obj(p["person"])["name"], lower(p["role"]), p["title"] ?? null, p["organization"] ?? null, p["turns"]])),
          ...list(c["exchanges"]).flatMap((x) => [
            ["exchange", x["index"], x["analystName"], x["organization"] ?? null],
            ...list(x["topics"]).map((t) => ["exchange topic", x["index"], obj(t["topic"])["name"], t["count"]]),
            ...list(x["turns"]).map((t) => ["exchange turn", x["index"], t["index"], t["speakerName"]]),
          ]),
          ...list(obj(c["facts"])["nodes"]).map((f) => ["guidance", f["metricName"], f["periodLabel"], f["low"], f["high"], f["unit"]]),
          ...list(c["topics"]).map((t) => ["topic", obj(t["topic"])["name"], t["mentions"]]),
        ];
      },
    },
    peer: {
      query: `query CallDetail($ticker: String!, $period: String!) {
  calls(where: { period: { eq: $period }, company: { some: { ticker: { eq: $ticker } } } }, limit: 1) {
    companyName period format turnCount
    participantsConnection { edges { properties { role title organization turns } node { name } } }
    exchanges(sort: [{ index: ASC }]) {
      index analystName organization
      topics { name count }
      turnsConnection(sort: [{ edge: { position: ASC } }, { node: { index: ASC } }]) { edges { node { index speakerName } } }
    }
    facts(where: { kind: { eq: "guidance" } }, sort: [{ turnIndex: ASC }, { start: ASC }, { id: ASC }], limit: 100) { metric period low high unit }
    topics { name mentions }
  }
}`,
      variables: (s) => ({ ticker: s.ticker, period: s.period }),
      rows: (data) => {
        const c = single(data["calls"]);
        return [
          ["call", c["companyName"], c["period"], c["format"], c["turnCount"]],
          ...participantRows(
            list(obj(c["participantsConnection"])["edges"]).map((e) => {
              const p = obj(e["properties"]);
              return [obj(e["node"])["name"], lower(p["role"]), p["title"] ?? null, p["organization"] ?? null, p["turns"]];
            }),
          ),
          ...list(c["exchanges"]).flatMap((x) => [
            ["exchange", x["index"], x["analystName"], x["organization"] ?? null],
            ...list(x["topics"]).map((t) => ["exchange topic", x["index"], t["name"], t["count"]]),
            ...list(obj(x["turnsConnection"])["edges"]).map((e) => ["exchange turn", x["index"], obj(e["node"])["index"], obj(e["node"])["speakerName"]]),
          ]),
          ...list(c["facts"]).map((f) => ["guidance", f["metric"], f["period"], f["low"], f["high"], f["unit"]]),
          ...list(c["topics"]).map((t) => ["topic", t["name"], t["mentions"]]),
        ];
      },
    },
  },
  {
    name: "typename",
    title: "`{ __typename }` (the stack without the database)",
    project: { query: "{ __typename }", variables: () => ({}), rows: () => [["Query"]] },
    peer: { query: "{ __typename }", variables: () => ({}), rows: () => [["Query"]] },
  },
];

function guidanceColumns(metric: unknown, period: unknown, g: Data, speaker: unknown, callPeriod: unknown): unknown[] {
  return [metric, period, g["low"] ?? null, g["high"] ?? null, g["value"] ?? null, g["unit"], g["quote"], speaker, callPeriod];
}

function actualColumns(a: Data | null, callPeriod: unknown, position: unknown, verdict: unknown): unknown[] {
  return [a?.["value"] ?? null, a?.["unit"] ?? null, a?.["quote"] ?? null, callPeriod, lower(position), lower(verdict)];
}

const ROLE_ORDER = ["executive", "analyst", "operator"];

/** A call's participants in one order for both sides: role (executives first), then the other columns. */
function participantRows(rows: unknown[][]): Row[] {
  const rank = (row: unknown[]) => {
    const i = ROLE_ORDER.indexOf(String(row[1]));
    return i === -1 ? ROLE_ORDER.length : i;
  };
  return rows
    .sort((a, b) => rank(a) - rank(b) || JSON.stringify(a).localeCompare(JSON.stringify(b)))
    .map((row) => ["participant", ...row]);
}

/** One row per item, or the `empty` row when there is none (a call without Q&A still counts). */
function withEmpty(items: Data[], empty: unknown[], row: (item: Data) => unknown[]): Row[] {
  return items.length === 0 ? [empty] : items.map(row);
}

/** Enum values come upper-case from the project (`QA`) and as stored from the peer (`qa`). */
function lower(value: unknown): unknown {
  return typeof value === "string" ? value.toLowerCase() : (value ?? null);
}

/** Lucene scores, rounded so that float formatting does not count as a difference. */
function score(value: unknown): unknown {
  return typeof value === "number" ? Number(value.toPrecision(6)) : value;
}

function obj(value: unknown): Data {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`expected an object, found ${JSON.stringify(value)}`);
  return value as Data;
}

function objOrNull(value: unknown): Data | null {
  return value === null || value === undefined ? null : obj(value);
}

function list(value: unknown): Data[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`expected a list, found ${JSON.stringify(value)}`);
  return value.map(obj);
}

function single(value: unknown): Data {
  const items = list(value);
  if (items.length !== 1) throw new Error(`expected exactly one item, found ${items.length}`);
  return items[0]!;
}
