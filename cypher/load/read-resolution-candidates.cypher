// Facts of the company's other calls that guidance can be resolved with: their guidance for the
// periods this call reports, and their actuals (and growth rates, kind change in percent) for the
// periods this call reports or guides.
// `resolvedInCall` marks guidance its own call already resolved. The index hint fixes the plan,
// so it need not be made again each time the statistics of a filling graph change (`replan=skip`,
// as in write-call.cypher).
CYPHER replan=skip
MATCH (f:MetricFact {companyId: $batch.companyId})
USING INDEX f:MetricFact(companyId)
WHERE f.callId <> $callId
  AND f.statedBy = 'company'
  AND ((f.kind = 'guidance' AND f.period IN $batch.actualPeriods)
    OR ((f.kind = 'actual' OR (f.kind = 'change' AND f.unit = 'percent'))
        AND (f.period IN $batch.actualPeriods OR f.period IN $batch.guidancePeriods)))
MATCH (c:Call {id: f.callId})
RETURN f.id AS id, f.callId AS callId, c.fiscalYear AS callYear, c.fiscalQuarter AS callQuarter, f.index AS index,
       f {.metric, .value, .low, .high, .unit, .period, .kind, .basis, .statedBy, .scope, .confidence, .speakerName, .turnIndex, .quote, .start, .end} AS fact,
       EXISTS { (f)-[:RESOLVED_BY]->(:MetricFact {callId: f.callId}) } AS resolvedInCall
