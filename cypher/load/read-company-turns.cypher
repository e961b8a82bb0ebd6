// The company's turns, every call's, with their text and the topics their own call's extraction
// found in them (not those counted across calls): what across-calls-topics.ts reads. Unique-id
// lookup of the company, then its calls' turns.
CYPHER replan=skip
MATCH (:Company {id: $batch.companyId})<-[:OF_COMPANY]-(c:Call)-[:HAS_TURN]->(t:Turn)
CALL (t) {
  OPTIONAL MATCH (t)-[m:MENTIONS]->(topic:Topic)
  WHERE m.acrossCalls IS NULL
  RETURN collect(topic.id) AS topics
}
RETURN t.id AS turnId, c.id AS callId, t.text AS text, topics
