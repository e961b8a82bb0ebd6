// Mentions of each topic per fiscal period of the calls: the topic's trend.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
UNWIND $keys AS k
MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)
MATCH (call:Call {id: t.callId})
WHERE call.period IS NOT NULL
  AND (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, call.period AS period, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, 'period:' + period AS periodId, calls, turns, mentions
ORDER BY period
