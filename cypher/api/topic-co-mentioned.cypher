// Topics mentioned in the same turns as each topic, with how many turns and calls share them.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
UNWIND $keys AS k
MATCH (topic:Topic {id: k.id})<-[:MENTIONS]-(t:Turn)-[:MENTIONS]->(other:Topic)
WHERE other <> topic
MATCH (call:Call {id: t.callId})
WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, other, count(DISTINCT t) AS turns, count(DISTINCT t.callId) AS calls
RETURN k.key AS key, other {.*} AS node, turns, calls
