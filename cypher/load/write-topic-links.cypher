// Keeps the topics' links that a topic's trend reads instead of every mention of the topic:
// - `(Topic)-[:CO_MENTIONED {turns, calls}]->(Topic)`, from the smaller id to the larger, for each
//   pair of topics mentioned in one turn of any call;
// - `(Person)-[:ASKED_ABOUT {exchanges, mentions}]->(Topic)`, for each analyst and topic the
//   analyst raised in their own question turns of any call;
// - `(Company)-[:DISCUSSES {calls, turns, mentions}]->(Topic)`, for each company and topic its
//   calls mention.
// Each equals what the statements over every mention count (topic-co-mentioned.cypher,
// topic-askers.cypher, topic-by-company.cypher without a filter). A load changes only its own
// company's calls (the call, and the mentions counted across the company's calls), so the first
// two, which sum over all companies, get the difference between what the company added before the
// load ($batch.oldPairs, $batch.oldAskers: read-topic-links.cypher at its start) and after (read
// here), in id order, each relationship locked before it is read so that two loads' differences
// add up; one that falls to nothing is deleted. DISCUSSES, the company's own, is made again whole
// (the company is locked, lock-call.cypher).
CYPHER replan=skip
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
CALL (pairs) {
  UNWIND pairs + [o IN $batch.oldPairs | {a: o.a, b: o.b, turns: -toInteger(o.turns), calls: -toInteger(o.calls)}] AS row
  WITH row.a AS a, row.b AS b, sum(row.turns) AS turns, sum(row.calls) AS calls
  WHERE turns <> 0 OR calls <> 0
  WITH a, b, turns, calls
  ORDER BY a, b
  MATCH (x:Topic {id: a})
  MATCH (y:Topic {id: b})
  MERGE (x)-[r:CO_MENTIONED]->(y)
    ON CREATE SET r.turns = 0, r.calls = 0, r._new = true
  WITH r, turns, calls, r._new IS NOT NULL AS created
  SET r._lock = true
  REMOVE r._lock, r._new
  SET r.turns = r.turns + turns, r.calls = r.calls + calls
  WITH r, created, r.calls <= 0 AS gone
  FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
  RETURN sum(CASE WHEN created AND NOT gone THEN 1 ELSE 0 END) AS pairsCreated, sum(CASE WHEN gone AND NOT created THEN 1 ELSE 0 END) AS pairsDeleted
}
CALL (askers) {
  UNWIND askers + [o IN $batch.oldAskers | {person: o.person, topic: o.topic, exchanges: -toInteger(o.exchanges), mentions: -toInteger(o.mentions)}] AS row
  WITH row.person AS personId, row.topic AS topicId, sum(row.exchanges) AS exchanges, sum(row.mentions) AS mentions
  WHERE exchanges <> 0 OR mentions <> 0
  WITH personId, topicId, exchanges, mentions
  ORDER BY personId, topicId
  MATCH (person:Person {id: personId})
  MATCH (topic:Topic {id: topicId})
  MERGE (person)-[r:ASKED_ABOUT]->(topic)
    ON CREATE SET r.exchanges = 0, r.mentions = 0, r._new = true
  WITH r, exchanges, mentions, r._new IS NOT NULL AS created
  SET r._lock = true
  REMOVE r._lock, r._new
  SET r.exchanges = r.exchanges + exchanges, r.mentions = r.mentions + mentions
  WITH r, created, r.exchanges <= 0 AS gone
  FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
  RETURN sum(CASE WHEN created AND NOT gone THEN 1 ELSE 0 END) AS askersCreated, sum(CASE WHEN gone AND NOT created THEN 1 ELSE 0 END) AS askersDeleted
}
CALL () {
  OPTIONAL MATCH (co:Company {id: $batch.companyId})
  CALL (co) {
    MATCH (co)<-[:OF_COMPANY]-(c:Call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
    WITH topic, count(DISTINCT c) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
    RETURN collect({topic: topic, calls: calls, turns: turns, mentions: mentions}) AS discussed
  }
  CALL (co, discussed) {
    WITH co, [d IN discussed | d.topic] AS topics
    MATCH (co)-[r:DISCUSSES]->(topic:Topic)
    WHERE NOT topic IN topics
    DELETE r
    RETURN count(*) AS dropped
  }
  CALL (co, discussed) {
    UNWIND discussed AS d
    WITH d
    ORDER BY d.topic.id
    WITH d.topic AS topic, d
    MERGE (co)-[r:DISCUSSES]->(topic)
      ON CREATE SET r._new = true
    WITH r, d, r._new IS NOT NULL AS created
    REMOVE r._new
    SET r.calls = d.calls, r.turns = d.turns, r.mentions = d.mentions
    RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS discussedCreated
  }
  RETURN dropped, discussedCreated
}
RETURN pairsCreated + askersCreated + discussedCreated AS relationshipsCreated,
       pairsDeleted + askersDeleted + dropped AS relationshipsDeleted
