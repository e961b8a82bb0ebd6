// Turns mentioning each topic, newest call first, in speaking order within a call.
UNWIND $ids AS id
MATCH (t:Turn)-[:MENTIONS]->(:Topic {id: id})
MATCH (call:Call {id: t.callId})
RETURN id AS key, t {.*} AS node
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, t.callId, t.index
