// What some calls add to the topics' kept links (write-topic-links.cypher): for each pair of topics
// mentioned in one turn (the smaller id first), the turns and calls that mention both, as
// topic-co-mentioned.cypher counts them; for each analyst and topic the analyst raised in their own
// question turns, the Q&A slots and mentions, as topic-askers.cypher counts them. Both are sums over
// calls, so a load needs only the calls it changes: `$batch.scopes` lists them, each
// `{callId, topics}`, where `topics` (a list of topic ids, or null for all) limits a call to the
// pairs and askers of the topics whose mentions the load changes there (a call of the company that
// gains or loses mentions counted across calls). Read before the load changes them, and again after
// (in the write statement), with the same scopes.
// Planned again as the graph grows (the default), unlike the load's other statements: its plan
// has choices beyond unique-id lookups that the first, nearly empty graph decides badly (with
// replan=skip the first 60 calls of `npm run bench:load` spent 153 ms per call in
// read-topic-links against 56 ms).
CYPHER replan=default
CALL () {
  UNWIND $batch.scopes AS s
  MATCH (c:Call {id: s.callId})-[:HAS_TURN]->(t:Turn)-[:MENTIONS]->(a:Topic)
  MATCH (t)-[:MENTIONS]->(b:Topic)
  WHERE a.id < b.id AND (s.topics IS NULL OR a.id IN s.topics OR b.id IN s.topics)
  WITH a.id AS a, b.id AS b, count(DISTINCT t) AS turns, count(DISTINCT c) AS calls
  RETURN collect({a: a, b: b, turns: turns, calls: calls}) AS pairs
}
CALL () {
  UNWIND $batch.scopes AS s
  MATCH (c:Call {id: s.callId})-[:HAS_EXCHANGE]->(x:Exchange)-[:ASKED_BY]->(person:Person)
  MATCH (x)-[:INCLUDES]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WHERE (t)-[:SPOKEN_BY]->(person) AND (s.topics IS NULL OR topic.id IN s.topics)
  WITH person.id AS person, topic.id AS topic, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
  RETURN collect({person: person, topic: topic, exchanges: exchanges, mentions: mentions}) AS askers
}
RETURN pairs, askers
