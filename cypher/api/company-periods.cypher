// The fiscal periods each company has data for: those its calls report on and those its own
// facts are for (Period nodes), oldest first.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Company {id: id})<-[:OF_COMPANY]-(call:Call)
  WHERE call.period IS NOT NULL
  RETURN call.period AS label
  UNION
  MATCH (f:MetricFact {companyId: id})
  WHERE f.statedBy = 'company'
  RETURN f.period AS label
}
MATCH (p:Period {id: 'period:' + label})
RETURN id AS key, p {.*} AS node
ORDER BY p.fiscalYear, coalesce(p.fiscalQuarter, 5), coalesce(p.half, 3), p.label
