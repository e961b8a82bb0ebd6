// The call's metric facts, each linked to the call, the turn that states it (by position in the
// call's turns ordered by index, statement-params.ts), its Metric and its Period (both merged by
// id). Unique-id lookups only (see write-call.cypher for `replan=skip`).
CYPHER replan=skip
MATCH (c:Call {id: $callId})
CALL (c) {
  MATCH (c)-[:HAS_TURN]->(t:Turn)
  WITH t
  ORDER BY t.index
  RETURN collect(t) AS turns
}
CALL () {
  UNWIND $batch.metrics AS row
  MERGE (n:Metric {id: row.id})
    ON CREATE SET n.name = row.name, n.higherIsBetter = row.higherIsBetter, n._new = true
  WITH n, n._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._new)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS metricsCreated
}
CALL () {
  UNWIND $batch.periods AS row
  MERGE (n:Period {id: row.id})
    ON CREATE SET n.label = row.label, n.fiscalYear = row.fiscalYear, n.fiscalQuarter = row.fiscalQuarter,
                  n.half = row.half, n.kind = row.kind, n._new = true
  WITH n, n._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._new)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS periodsCreated
}
CALL (c, turns) {
  UNWIND $batch.facts AS row
  MATCH (m:Metric {id: row.metricId})
  MATCH (p:Period {id: row.periodId})
  CREATE (f:MetricFact)
  SET f = row.props
  CREATE (c)-[:HAS_FACT]->(f), (f)-[:OF_METRIC]->(m), (f)-[:FOR_PERIOD]->(p)
  WITH f, row
  WHERE row.at IS NOT NULL
  WITH f, turns[toInteger(row.at)] AS t
  CREATE (t)-[:STATES]->(f)
  RETURN count(*) AS stated
}
RETURN size($batch.facts) + metricsCreated + periodsCreated AS nodesCreated, 3 * size($batch.facts) + stated AS relationshipsCreated
