// Each topic's counts per quarter (TopicQuarter, cypher/load/write-topic-quarters.cypher), which
// loads keep from now on, counted once over the calls loaded before: 200 companies (or calls of no
// company) at a time, each marked as counted (64-* removes the marks), until a batch finds none.
MATCH (owner)
WHERE (owner:Company OR (owner:Call AND NOT (owner)-[:OF_COMPANY]->())) AND owner.topicQuartersCounted IS NULL
WITH owner LIMIT 200
SET owner.topicQuartersCounted = true
WITH collect(owner) AS owners
CALL (owners) {
  UNWIND owners AS owner
  CALL (owner) {
    MATCH (owner:Company)<-[:OF_COMPANY]-(c:Call)
    RETURN c
    UNION
    WITH owner
    WHERE owner:Call
    RETURN owner AS c
  }
  MATCH (c)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WITH owner, topic.id AS topicId, toInteger(coalesce(c.fiscalYear * 4 + c.fiscalQuarter - 1, -1)) AS quarter,
       count(DISTINCT c) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
  WITH topicId, quarter, sum(calls) AS calls, sum(turns) AS turns, sum(mentions) AS mentions,
       [id IN collect(CASE WHEN owner:Company THEN owner.id END) WHERE id IS NOT NULL] AS companyIds
  WITH topicId + '@' + toString(quarter) AS id, topicId, quarter, calls, turns, mentions, companyIds
  ORDER BY id
  MERGE (q:TopicQuarter {id: id})
    ON CREATE SET q.topicId = topicId, q.quarter = quarter, q.calls = 0, q.turns = 0, q.mentions = 0, q.companyIds = []
  SET q.calls = q.calls + calls, q.turns = q.turns + turns, q.mentions = q.mentions + mentions,
      q.companyIds = reduce(acc = q.companyIds, x IN companyIds |
        CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)
  RETURN count(*) AS counted
}
UNWIND owners AS owner
RETURN count(owner) AS written
