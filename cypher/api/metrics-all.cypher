// Every metric with how many facts state it and for how many companies: the metric catalog.
MATCH (m:Metric)
CALL (m) {
  OPTIONAL MATCH (m)<-[:OF_METRIC]-(f:MetricFact)
  RETURN count(f) AS facts, count(DISTINCT f.companyId) AS companies
}
RETURN m {.*} AS node, facts, companies
