// call-exchanges.cypher with, in the same round trip, each Q&A slot's topics (as
// exchange-topics.cypher: those the asking analyst raised in their own turns, most mentioned
// first) and its turns in order (as exchange-turns.cypher, without their text): for a call whose
// slots' topics or turns a client asks for.
UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_EXCHANGE]->(x:Exchange)
CALL (x) {
  MATCH (x)-[:ASKED_BY]->(analyst:Person)
  MATCH (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(analyst)
  MATCH (t)-[m:MENTIONS]->(topic:Topic)
  WITH topic, sum(coalesce(m.count, 1)) AS count
  ORDER BY count DESC, topic.name
  RETURN collect({node: topic {.*}, count: count}) AS topics
}
CALL (x) {
  MATCH (x)-[i:INCLUDES]->(t:Turn)
  WITH t, i
  ORDER BY i.position, t.index
  RETURN collect(t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId}) AS turns
}
RETURN id AS key, x {.*} AS node, topics, turns
ORDER BY x.index
