// The analysts on each company's calls within a period and date window, with how many of those
// calls they joined and in how many Q&A slots they asked. Keys carry the company and the window.
UNWIND $keys AS k
MATCH (:Company {id: k.companyId})<-[:OF_COMPANY]-(call:Call)<-[:PARTICIPATED_IN {role: 'analyst'}]-(p:Person)
WHERE (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, p, collect(call.id) AS callIds
CALL (p, callIds) {
  OPTIONAL MATCH (x:Exchange)-[:ASKED_BY]->(p)
  WHERE x.callId IN callIds
  RETURN count(x) AS exchanges
}
RETURN k.key AS key, p {.id, .name, .aliases} AS node, size(callIds) AS calls, exchanges, 1 AS companies
