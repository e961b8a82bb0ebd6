UNWIND $ids AS id
MATCH (t:Turn)-[:MENTIONS]->(:Organization {id: id})
MATCH (call:Call {id: t.callId})
RETURN id AS key, t {.*} AS node, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, t.callId, t.index
