// The metrics each company's calls state (`REPORTS`, cypher/load/write-company-metrics.cypher),
// which loads keep from now on, made once for the companies loaded before: 500 at a time, until
// no company with facts lacks them.
MATCH (co:Company)
WHERE NOT EXISTS { (co)-[:REPORTS]->() } AND EXISTS { (co)<-[:OF_COMPANY]-(:Call)-[:HAS_FACT]->() }
WITH co LIMIT 500
CALL (co) {
  MATCH (co)<-[:OF_COMPANY]-(:Call)-[:HAS_FACT]->(:MetricFact)-[:OF_METRIC]->(m:Metric)
  WITH DISTINCT m
  CREATE (co)-[:REPORTS]->(m)
  RETURN count(*) AS reports
}
RETURN count(co) AS written
