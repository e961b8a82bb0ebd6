// The call's own nodes, in one statement: its turns in order with NEXT between consecutive ones;
// the Q&A exchanges with the turns of each in order; its metric facts, each linked to the call,
// the turn that states it, its Metric and its Period (both merged by id: shared, but dense, so
// creating relationships to them locks no node). The turns are collected once, ordered by index,
// and rows point at them by position (statement-params.ts; numbers arrive from JavaScript as
// floats, hence toInteger), so no turn is looked up by id. No lookups beyond the Call and the
// Metric and Period ids (see write-call.cypher for `replan=skip`).
CYPHER replan=skip
MATCH (c:Call {id: $callId})
CALL (c) {
  UNWIND $batch.turns AS row
  CREATE (t:Turn)
  SET t = row.props
  CREATE (c)-[:HAS_TURN]->(t)
  WITH t
  ORDER BY t.index
  RETURN collect(t) AS turns
}
CALL (turns) {
  UNWIND range(1, size(turns) - 1) AS i
  WITH turns[i - 1] AS a, turns[i] AS b
  CREATE (a)-[:NEXT]->(b)
  RETURN count(*) AS linked
}
CALL (c, turns) {
  UNWIND $batch.exchanges AS row
  CREATE (x:Exchange)
  SET x = row.props
  CREATE (c)-[:HAS_EXCHANGE]->(x)
  WITH x, row
  UNWIND row.turns AS included
  WITH x, included, turns[toInteger(included.at)] AS t
  CREATE (x)-[:INCLUDES {position: included.position}]->(t)
  RETURN count(*) AS includes
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
RETURN size(turns) + size($batch.exchanges) + size($batch.facts) + metricsCreated + periodsCreated AS nodesCreated,
       size(turns) + linked + size($batch.exchanges) + includes + 3 * size($batch.facts) + stated AS relationshipsCreated
