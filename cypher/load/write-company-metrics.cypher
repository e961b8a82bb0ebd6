// Which metrics the company's calls state (`(Company)-[:REPORTS]->(Metric)`, one per pair), made
// again from its facts at each load of its calls: a metric's company count is then the number of
// its REPORTS, which Neo4j keeps with the node, instead of every fact of the metric read. The
// company is locked (lock-call.cypher), so no other load changes its relationships meanwhile.
CYPHER replan=skip
MATCH (co:Company {id: $batch.companyId})
CALL (co) {
  OPTIONAL MATCH (co)<-[:OF_COMPANY]-(:Call)-[:HAS_FACT]->(:MetricFact)-[:OF_METRIC]->(m:Metric)
  RETURN collect(DISTINCT m) AS reported
}
CALL (co, reported) {
  OPTIONAL MATCH (co)-[r:REPORTS]->(m:Metric)
  WHERE NOT m IN reported
  DELETE r
  RETURN count(r) AS relationshipsDeleted
}
CALL (co, reported) {
  UNWIND reported AS m
  WITH m
  WHERE NOT EXISTS { (co)-[:REPORTS]->(m) }
  CREATE (co)-[:REPORTS]->(m)
  RETURN count(*) AS relationshipsCreated
}
RETURN relationshipsCreated, relationshipsDeleted
