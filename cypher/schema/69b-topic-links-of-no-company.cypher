// The topics' kept links of the calls of no company (each its own owner), after
// 69-topic-links.cypher counted the companies' calls: the same, 20 calls at a time.
MATCH (owner:Call)
WHERE owner.topicLinksCounted IS NULL AND NOT (owner)-[:OF_COMPANY]->()
WITH owner LIMIT 20
SET owner.topicLinksCounted = true
WITH collect(owner) AS owners
CALL (owners) {
  UNWIND owners AS owner
  CALL (owner) {
    MATCH (owner:Company)<-[:OF_COMPANY]-(c:Call)
    RETURN c
    UNION
    WITH owner
    WHERE owner:Call
    RETURN owner AS c
  }
  MATCH (c)-[:HAS_TURN]->(t:Turn)-[:MENTIONS]->(a:Topic)
  MATCH (t)-[:MENTIONS]->(b:Topic)
  WHERE a.id < b.id
  WITH owner, a.id AS a, b.id AS b, count(DISTINCT t) AS turns, count(DISTINCT c) AS calls
  MERGE (p:TopicPair {id: a + '|' + b})
    ON CREATE SET p.a = a, p.b = b, p.turns = 0, p.calls = 0
  SET p.turns = p.turns + turns, p.calls = p.calls + calls
  RETURN count(*) AS pairs
}
CALL (owners) {
  UNWIND owners AS owner
  CALL (owner) {
    MATCH (owner:Company)<-[:OF_COMPANY]-(c:Call)
    RETURN c
    UNION
    WITH owner
    WHERE owner:Call
    RETURN owner AS c
  }
  MATCH (c)-[:HAS_EXCHANGE]->(x:Exchange)-[:ASKED_BY]->(person:Person)
  MATCH (x)-[:INCLUDES]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WHERE (t)-[:SPOKEN_BY]->(person)
  WITH owner, person, topic, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
  MERGE (person)-[r:ASKED_ABOUT]->(topic)
    ON CREATE SET r.exchanges = 0, r.mentions = 0
  SET r.exchanges = r.exchanges + exchanges, r.mentions = r.mentions + mentions
  RETURN count(*) AS askers
}
CALL (owners) {
  UNWIND owners AS co
  MATCH (co:Company)<-[:OF_COMPANY]-(c:Call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WITH co, topic, count(DISTINCT c) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
  MERGE (co)-[r:DISCUSSES]->(topic)
  SET r.calls = calls, r.turns = turns, r.mentions = mentions
  RETURN count(*) AS discussed
}
UNWIND owners AS owner
RETURN count(owner) AS written
