// What the company's calls (or, for a call of no company, the call) add to each topic's counts per
// quarter (TopicQuarter, write-topic-quarters.cypher): calls, turns and mentions, counted as
// top-topics-page.cypher counts them, grouped by topic and the call's quarter (fiscal year * 4 +
// quarter - 1; -1 for a call with no period). Read before a load changes anything, then after.
CYPHER replan=skip
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
RETURN topicId, quarter, calls, turns, mentions
