// The metrics each company stated facts for, with how many facts.
UNWIND $ids AS id
MATCH (f:MetricFact {companyId: id})
WHERE f.statedBy = 'company'
WITH id, f.metric AS metric, count(f) AS facts
RETURN id AS key, 'metric:' + metric AS metricId, facts
ORDER BY facts DESC, metric
