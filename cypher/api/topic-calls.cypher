UNWIND $ids AS id
MATCH (call:Call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(:Topic {id: id})
WITH id, call, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN id AS key, call {.*} AS node, turns, mentions
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id
