// Withdraws this call's word from WORKS_FOR: a relationship no other call states any more is
// deleted; the others take the title and period of the latest call that still states them.
// Returns the employers whose relationship went, as orphan candidates. (A CALL subquery, not a
// COLLECT { } expression, which Neo4j 5.26 would parse and plan again on every run.)
MATCH (:Call {id: $callId})<-[:PARTICIPATED_IN]-(p:Person)-[w:WORKS_FOR]->(employer)
WHERE $callId IN w.callIds
WITH p, w, employer, [id IN w.callIds WHERE id <> $callId] AS rest
SET w.callIds = rest
WITH p, w, employer, rest
CALL (p, rest) {
  OPTIONAL MATCH (p)-[pi:PARTICIPATED_IN]->(k:Call)
  WHERE k.id IN rest
  WITH k, pi
  ORDER BY coalesce(k.period, "") DESC
  LIMIT 1
  RETURN [x IN [k] WHERE x IS NOT NULL | {since: x.period, title: pi.title}] AS latest
}
FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE w)
FOREACH (l IN latest | SET w.since = l.since, w.title = l.title)
RETURN sum(CASE WHEN size(rest) = 0 THEN 1 ELSE 0 END) AS relationshipsDeleted,
       collect(DISTINCT CASE WHEN size(rest) = 0 THEN elementId(employer) END) AS candidates
