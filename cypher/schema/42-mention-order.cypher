// A topic's MENTIONS carry what a page of the topic's turns is sorted by: `topicId`, the call's
// quarter `callQuarter` (fiscal year * 4 + quarter - 1; -1 when the call has no period), `callId`
// and the turn's `turnIndex`, for the index mention_topic_order (43-*). Every load writes them
// (cypher/load/write-shared.cypher, write-across-calls-mentions.cypher); this sets them on mentions
// loaded before, 50,000 at a time (`written`: migrate runs it again until a batch writes nothing).
// Sets only what is missing, so running it again writes nothing; runs before the index is made, so
// the index reads each mention once.
MATCH (c:Call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(n:Topic)
WHERE m.topicId IS NULL
WITH c, t, m, n LIMIT 50000
SET m.topicId = n.id, m.callQuarter = coalesce(c.fiscalYear * 4 + c.fiscalQuarter - 1, -1), m.callId = c.id, m.turnIndex = t.index
RETURN count(m) AS written
