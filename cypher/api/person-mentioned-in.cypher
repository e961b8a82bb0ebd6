// Turns in which each person is mentioned by someone (not spoken by them).
UNWIND $ids AS id
MATCH (t:Turn)-[:MENTIONS]->(:Person {id: id})
MATCH (call:Call {id: t.callId})
RETURN id AS key, t {.*} AS node, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, t.callId, t.index
