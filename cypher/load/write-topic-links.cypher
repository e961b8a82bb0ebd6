// Keeps the topics' links that a topic's trend reads instead of every mention of the topic:
// - `TopicPair {id: "<a>|<b>", a, b, turns, calls}` (a the smaller topic id), for each pair of topics
//   mentioned in one turn of any call: found by its id's index, where a relationship between two
//   topics that both have thousands would be found by walking one's;
// - `(Person)-[:ASKED_ABOUT {exchanges, mentions}]->(Topic)`, for each analyst and topic the
//   analyst raised in their own question turns of any call;
// - `(Company)-[:DISCUSSES {calls, turns, mentions}]->(Topic)`, for each company and topic its
//   calls mention.
// Each equals what the statements over every mention count (topic-co-mentioned.cypher,
// topic-askers.cypher, topic-by-company.cypher without a filter). A load changes only its own
// company's calls (the call, and the mentions counted across the company's calls), so the first
// two, which sum over calls, get the difference between what the calls the load changes
// ($batch.scopes, as read-topic-links.cypher reads them) added before the load ($batch.oldPairs,
// $batch.oldAskers) and after (read here), in id order, each locked before it is read so that two
// loads' differences add up; one that falls to nothing is deleted. DISCUSSES, the company's own, is
// made again whole: deleted and created, not merged (the company is locked, lock-call.cypher; a
// merge would walk the relationships of a topic that thousands of companies discuss).
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
CALL (pairs) {
  UNWIND pairs + [o IN $batch.oldPairs | {a: o.a, b: o.b, turns: -toInteger(o.turns), calls: -toInteger(o.calls)}] AS row
  WITH row.a AS a, row.b AS b, sum(row.turns) AS turns, sum(row.calls) AS calls
  WHERE turns <> 0 OR calls <> 0
  WITH a, b, turns, calls
  ORDER BY a, b
  MERGE (p:TopicPair {id: a + '|' + b})
    ON CREATE SET p.a = a, p.b = b, p.turns = 0, p.calls = 0, p._new = true
  WITH p, turns, calls, p._new IS NOT NULL AS created
  SET p._lock = true
  REMOVE p._lock, p._new
  SET p.turns = p.turns + turns, p.calls = p.calls + calls
  WITH p, created, p.calls <= 0 AS gone
  FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE p)
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
  CALL (co) {
    MATCH (co)-[r:DISCUSSES]->()
    DELETE r
    RETURN count(*) AS dropped
  }
  CALL (co, discussed) {
    UNWIND discussed AS d
    WITH d
    ORDER BY d.topic.id
    WITH d.topic AS topic, d
    CREATE (co)-[:DISCUSSES {calls: d.calls, turns: d.turns, mentions: d.mentions}]->(topic)
    RETURN count(*) AS discussedCreated
  }
  RETURN dropped, discussedCreated
}
RETURN pairsCreated AS nodesCreated, pairsDeleted AS nodesDeleted,
       askersCreated + discussedCreated AS relationshipsCreated, askersDeleted + dropped AS relationshipsDeleted
