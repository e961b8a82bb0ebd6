// The calls that mention each topic, with how many of their turns do and how often.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
UNWIND $keys AS k
MATCH (call:Call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(:Topic {id: k.id})
WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, call, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, call {.*} AS node, turns, mentions, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
