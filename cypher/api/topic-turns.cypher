// Turns mentioning each topic in the calls that count, with the call's quarter for sorting.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
UNWIND $keys AS k
MATCH (t:Turn)-[:MENTIONS]->(:Topic {id: k.id})
MATCH (call:Call {id: t.callId})
WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
RETURN k.key AS key, t {.*} AS node, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
