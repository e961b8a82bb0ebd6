// The topics' kept links (TopicPair, ASKED_ABOUT, DISCUSSES: cypher/load/write-topic-links.cypher),
// which loads keep from now on, counted once over the calls loaded before: 20 companies (or calls of
// no company) at a time (a transaction's memory is bounded), each marked as counted (70-* removes
// the marks), until a batch finds none. The counts of a pair or an analyst sum over companies, so
// each batch adds its own. (The pairs are merged by the constraint of 66-*, made before; the owners
// are read from the two labels' scans, not from every node of the graph.)
MATCH (owner:Company|Call)
WHERE (owner:Company OR NOT (owner)-[:OF_COMPANY]->()) AND owner.topicLinksCounted IS NULL
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
