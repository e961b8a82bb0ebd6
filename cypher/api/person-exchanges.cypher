// The Q&A slots each person asked in, newest call first.
UNWIND $ids AS id
MATCH (x:Exchange)-[:ASKED_BY]->(:Person {id: id})
MATCH (call:Call {id: x.callId})
RETURN id AS key, x {.*} AS node, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id, x.index
