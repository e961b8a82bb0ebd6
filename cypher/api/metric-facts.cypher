// Every company's own facts of one metric, with the stating call's period and date: the material
// of a metric series across all companies that state it.
MATCH (:Metric {id: $metricId})<-[:OF_METRIC]-(f:MetricFact)
WHERE f.statedBy = 'company' AND f.companyId IS NOT NULL
MATCH (call:Call {id: f.callId})
RETURN f.companyId AS companyId,
       f {.*, callFiscalYear: call.fiscalYear, callFiscalQuarter: call.fiscalQuarter, callDate: toString(call.date)} AS node
ORDER BY f.companyId, f.period, f.kind, f.id
