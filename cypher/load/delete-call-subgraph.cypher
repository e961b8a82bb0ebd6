// Deletes the previous version of a call: its turns, exchanges and facts with every relationship
// they have (RESOLVED_BY from other calls included), and the Call's own relationships. The Call
// node stays (it holds the lock). Returns what it deleted and the shared nodes it touched, which
// may now be orphans. CALL subqueries, not COLLECT { } expressions: Neo4j 5.26 does not cache a
// statement that holds a COLLECT { }, and parses and plans it again on every run.
MATCH (c:Call {id: $callId})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_TURN|HAS_EXCHANGE|HAS_FACT]->(n)
  WHERE n:Turn OR n:Exchange OR n:MetricFact
  RETURN collect(n) AS owned
}
CALL (c, owned) {
  UNWIND owned + [c] AS n
  MATCH (n)-[r]-()
  RETURN collect(DISTINCT r) AS rels
}
CALL (c, owned) {
  UNWIND owned + [c] AS n
  MATCH (n)--(m)
  WHERE m.callId IS NULL AND NOT m:Call
  RETURN collect(DISTINCT elementId(m)) AS candidates
}
FOREACH (r IN rels | DELETE r)
FOREACH (n IN owned | DELETE n)
RETURN size(owned) AS nodesDeleted, size(rels) AS relationshipsDeleted, candidates
