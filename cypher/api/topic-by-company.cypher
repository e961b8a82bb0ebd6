// Mentions of each topic per company.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
UNWIND $keys AS k
MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)<-[:HAS_TURN]-(call:Call)-[:OF_COMPANY]->(company:Company)
WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, company, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, company {.*} AS node, calls, turns, mentions
