// Keeps each topic's counts per quarter (`TopicQuarter`: calls, turns, mentions and the companies
// whose calls mention it) equal to what top-topics-page.cypher would count over every call of the
// quarter, so the top topics of a quarter read one node per topic whatever the number of calls.
// `companyIds` is kept sorted, so the graph does not depend on the order of loads.
// A load changes only its own company's calls (the call, and the mentions counted across the
// company's calls), so it applies the difference between what the company added before the load
// ($old, read-topic-quarters.cypher at its start) and after (read here). Rows are taken in id
// order, so two loads that change the same counts lock them in the same order; a count that falls
// to no calls is deleted.
CYPHER replan=skip
CALL () {
  CALL () {
    MATCH (:Company {id: $batch.companyId})<-[:OF_COMPANY]-(c:Call)
    RETURN c
    UNION
    MATCH (c:Call {id: $callId})
    WHERE $batch.companyId IS NULL
    RETURN c
  }
  MATCH (c)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WITH topic.id AS topicId, toInteger(coalesce(c.fiscalYear * 4 + c.fiscalQuarter - 1, -1)) AS quarter,
       count(DISTINCT c) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
  RETURN collect({topicId: topicId, quarter: quarter, calls: calls, turns: turns, mentions: mentions, before: false}) AS fresh
}
UNWIND fresh + [o IN $batch.old | {topicId: o.topicId, quarter: toInteger(o.quarter), calls: -toInteger(o.calls), turns: -toInteger(o.turns),
                                 mentions: -toInteger(o.mentions), before: true}] AS row
WITH row.topicId AS topicId, row.quarter AS quarter,
     sum(row.calls) AS calls, sum(row.turns) AS turns, sum(row.mentions) AS mentions,
     max(CASE WHEN row.before THEN 0 ELSE row.calls END) > 0 AS present,
     min(CASE WHEN row.before THEN row.calls ELSE 0 END) < 0 AS wasPresent
WHERE calls <> 0 OR turns <> 0 OR mentions <> 0 OR present <> wasPresent
WITH topicId, quarter, calls, turns, mentions, present, topicId + '@' + toString(quarter) AS id
ORDER BY id
MERGE (q:TopicQuarter {id: id})
  ON CREATE SET q.topicId = topicId, q.quarter = quarter, q.calls = 0, q.turns = 0, q.mentions = 0, q.companyIds = [], q._new = true
WITH q, calls, turns, mentions, present, q._new IS NOT NULL AS created
// Locked before it is read, so two loads' differences add up.
SET q._lock = true
REMOVE q._new, q._lock
SET q.calls = q.calls + calls, q.turns = q.turns + turns, q.mentions = q.mentions + mentions,
    q.companyIds = CASE
      WHEN $batch.companyId IS NULL THEN q.companyIds
      WHEN present AND NOT $batch.companyId IN q.companyIds
        THEN [x IN q.companyIds WHERE x < $batch.companyId] + $batch.companyId + [x IN q.companyIds WHERE x > $batch.companyId]
      WHEN NOT present THEN [x IN q.companyIds WHERE x <> $batch.companyId]
      ELSE q.companyIds END
WITH q, created, CASE WHEN q.calls <= 0 THEN 1 ELSE 0 END AS gone
FOREACH (_ IN CASE WHEN gone = 1 THEN [1] ELSE [] END | DELETE q)
RETURN count(*) AS topicQuartersChanged, sum(CASE WHEN created AND gone = 0 THEN 1 ELSE 0 END) AS nodesCreated,
       sum(CASE WHEN gone = 1 AND NOT created THEN 1 ELSE 0 END) AS nodesDeleted
