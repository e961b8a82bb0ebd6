// The company's turns, every call's, with their text, the topics their own call's extraction found
// in them (`topics`), and the mentions counted across calls they hold now (`across`: topic and
// count): what across-calls-topics.ts reads, and what the load compares its new mentions across
// calls with. Unique-id lookup of the company, then its calls' turns.
CYPHER replan=skip
MATCH (:Company {id: $batch.companyId})<-[:OF_COMPANY]-(c:Call)-[:HAS_TURN]->(t:Turn)
CALL (t) {
  OPTIONAL MATCH (t)-[m:MENTIONS]->(topic:Topic)
  RETURN collect(CASE WHEN m.acrossCalls IS NULL THEN topic.id END) AS topics,
         collect(CASE WHEN m.acrossCalls = true THEN {topicId: topic.id, count: m.count} END) AS across
}
RETURN t.id AS turnId, c.id AS callId, t.text AS text, topics, across
