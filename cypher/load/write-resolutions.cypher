// Guidance resolved against actuals: first drops the cross-call RESOLVED_BY of the guidance facts
// being resolved again, then writes the given ones. Unique-id lookups only (see write-call.cypher
// for `replan=skip`).
CYPHER replan=skip
CALL () {
  UNWIND $batch.reresolved AS guidanceId
  MATCH (g:MetricFact {id: guidanceId})-[r:RESOLVED_BY]->(a:MetricFact)
  WHERE a.callId <> g.callId
  DELETE r
  RETURN count(r) AS deleted
}
CALL () {
  UNWIND $batch.resolutions AS row
  MATCH (g:MetricFact {id: row.guidanceId})
  MATCH (a:MetricFact {id: row.actualId})
  CREATE (g)-[:RESOLVED_BY {position: row.position, verdict: row.verdict}]->(a)
  RETURN count(*) AS created
}
RETURN created AS relationshipsCreated, deleted AS relationshipsDeleted
