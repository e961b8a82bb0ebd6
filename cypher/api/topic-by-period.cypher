// Mentions of each topic per fiscal period of the calls, oldest first.
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[m:MENTIONS]-(t:Turn)
MATCH (call:Call {id: t.callId})
WHERE call.period IS NOT NULL
WITH id, call.period AS period, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN id AS key, 'period:' + period AS periodId, calls, turns, mentions
ORDER BY period
