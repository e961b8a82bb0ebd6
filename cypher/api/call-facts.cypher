// A call's facts in speaking order, without their quotes (MetricFact.quote reads them through
// fact-quotes.cypher when asked).
UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_FACT]->(f:MetricFact)
RETURN id AS key, f {.id, .index, .metric, .period, .value, .low, .high, .unit, .kind, .basis, .statedBy, .scope, .confidence, .speakerName, .start, .end, .turnIndex, .callId, .companyId} AS node
ORDER BY f.turnIndex, f.start, f.id
