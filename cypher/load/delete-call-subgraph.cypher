// Deletes the previous version of a call: its turns, exchanges and facts with every relationship
// they have (RESOLVED_BY from other calls included), and the Call's own relationships. The Call
// node stays (it holds the lock). Returns what it deleted and the shared nodes it touched, which
// may now be orphans.
MATCH (c:Call {id: $callId})
WITH c,
     COLLECT { MATCH (c)-[:HAS_TURN]->(t:Turn) RETURN t }
     + COLLECT { MATCH (c)-[:HAS_EXCHANGE]->(x:Exchange) RETURN x }
     + COLLECT { MATCH (c)-[:HAS_FACT]->(f:MetricFact) RETURN f } AS owned
WITH c, owned,
     COLLECT { UNWIND owned + [c] AS n MATCH (n)-[r]-() RETURN DISTINCT r } AS rels,
     COLLECT {
       UNWIND owned + [c] AS n
       MATCH (n)--(m)
       WHERE m.callId IS NULL AND NOT m:Call
       RETURN DISTINCT elementId(m)
     } AS candidates
FOREACH (r IN rels | DELETE r)
FOREACH (n IN owned | DELETE n)
RETURN size(owned) AS nodesDeleted, size(rels) AS relationshipsDeleted, candidates
