// How many facts state each metric, and for how many companies.
UNWIND $ids AS id
MATCH (m:Metric {id: id})
CALL (m) {
  OPTIONAL MATCH (m)<-[:OF_METRIC]-(f:MetricFact)
  RETURN count(f) AS facts, count(DISTINCT f.companyId) AS companies
}
RETURN id AS key, facts, companies
