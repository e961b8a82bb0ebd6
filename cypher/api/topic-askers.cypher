// Analysts who raised each topic in their own question turns, with in how many Q&A slots.
// Keys ($keys) carry the topic id and the calls that count: companies, a quarter window, a date window.
UNWIND $keys AS k
MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)<-[:INCLUDES]-(x:Exchange)-[:ASKED_BY]->(person:Person)
WHERE (t)-[:SPOKEN_BY]->(person)
MATCH (call:Call {id: x.callId})
WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, person, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, person {.id, .name, .aliases} AS node, exchanges, mentions
