// Every metric with how many facts state it and for how many companies: the metric catalog. Both
// counts are relationship counts Neo4j keeps with the node (OF_METRIC from each fact, REPORTS from
// each company, cypher/load/write-company-metrics.cypher), so the catalog costs the same however
// many facts the graph holds.
MATCH (m:Metric)
RETURN m {.*} AS node, COUNT { (m)<-[:OF_METRIC]-() } AS facts, COUNT { (m)<-[:REPORTS]-() } AS companies
