// The company's own facts for each requested (company, metric): the material of a metric series.
UNWIND $keys AS k
MATCH (f:MetricFact {companyId: k.companyId, metric: k.metric})
WHERE f.statedBy = 'company' AND (k.basis IS NULL OR f.basis IS NULL OR f.basis = k.basis)
RETURN k.key AS key, f {.*} AS node
ORDER BY f.period, f.kind, f.callId, f.id
