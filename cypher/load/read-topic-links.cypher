// What the company's calls (or, for a call of no company, the call) add to the topics' kept links
// (write-topic-links.cypher): for each pair of topics mentioned in one turn (the smaller id
// first), the turns and calls that mention both, as topic-co-mentioned.cypher counts them; for each
// analyst and topic the analyst raised in their own question turns, the Q&A slots and mentions, as
// topic-askers.cypher counts them. Read before a load changes anything, then again after (in the
// write statement).
// Planned again as the graph grows (the default), unlike the load's other statements: its plan
// has choices beyond unique-id lookups that the first, nearly empty graph decides badly (with
// replan=skip the first 60 calls of `npm run bench:load` spent 153 ms per call in
// read-topic-links against 56 ms).
CYPHER replan=default
CALL () {
  MATCH (:Company {id: $batch.companyId})<-[:OF_COMPANY]-(c:Call)
  RETURN c
  UNION
  MATCH (c:Call {id: $callId})
  WHERE $batch.companyId IS NULL
  RETURN c
}
WITH collect(c) AS owned
CALL (owned) {
  UNWIND owned AS c
  MATCH (c)-[:HAS_TURN]->(t:Turn)-[:MENTIONS]->(a:Topic)
  MATCH (t)-[:MENTIONS]->(b:Topic)
  WHERE a.id < b.id
  WITH a.id AS a, b.id AS b, count(DISTINCT t) AS turns, count(DISTINCT c) AS calls
  RETURN collect({a: a, b: b, turns: turns, calls: calls}) AS pairs
}
CALL (owned) {
  UNWIND owned AS c
  MATCH (c)-[:HAS_EXCHANGE]->(x:Exchange)-[:ASKED_BY]->(person:Person)
  MATCH (x)-[:INCLUDES]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WHERE (t)-[:SPOKEN_BY]->(person)
  WITH person.id AS person, topic.id AS topic, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
  RETURN collect({person: person, topic: topic, exchanges: exchanges, mentions: mentions}) AS askers
}
RETURN pairs, askers
