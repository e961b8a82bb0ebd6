// Mentions of each topic per fiscal period of the calls: the topic's trend.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
// Without companies or dates, each quarter's counts are the topic's TopicQuarter nodes (kept by the
// loads, cypher/load/write-topic-quarters.cypher; found by the prefix of their id), whatever the
// number of calls; else the mentions of the calls that count. A call has a period exactly when it
// has a fiscal year and quarter, its label "<year>-Q<quarter>".
UNWIND $keys AS k
CALL (k) {
  WITH k
  WHERE k.companyIds IS NULL AND k.dateFrom IS NULL AND k.dateTo IS NULL
  MATCH (q:TopicQuarter)
  WHERE q.id STARTS WITH k.id + '@' AND q.quarter >= coalesce(k.fromOrd, 0) AND q.quarter <= coalesce(k.toOrd, 1000000)
  RETURN toString(q.quarter / 4) + '-Q' + toString(q.quarter % 4 + 1) AS period, q.calls AS calls, q.turns AS turns, q.mentions AS mentions
  UNION ALL
  WITH k
  WHERE k.companyIds IS NOT NULL OR k.dateFrom IS NOT NULL OR k.dateTo IS NOT NULL
  MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)
  MATCH (call:Call {id: t.callId})
  WHERE call.period IS NOT NULL
    AND (k.companyIds IS NULL OR call.companyId IN k.companyIds)
    AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
    AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
    AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
    AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
  WITH call.period AS period, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
  RETURN period, calls, turns, mentions
}
RETURN k.key AS key, 'period:' + period AS periodId, calls, turns, mentions
ORDER BY period
