// The company's own facts for each requested (company, metric), with the stating call's period
// and date (the headline rule prefers the latest statement): the material of a metric series.
UNWIND $keys AS k
MATCH (f:MetricFact {companyId: k.companyId})
WHERE f.metric = k.metric AND f.statedBy = 'company'
MATCH (call:Call {id: f.callId})
RETURN k.key AS key, f {.*, callFiscalYear: call.fiscalYear, callFiscalQuarter: call.fiscalQuarter, callDate: toString(call.date)} AS node
ORDER BY f.period, f.kind, f.callId, f.id
