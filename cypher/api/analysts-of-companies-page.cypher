// analysts-page.cypher over the calls of the companies $companyIds (found through their Company nodes).
MATCH (company:Company)<-[:OF_COMPANY]-(call:Call)<-[:PARTICIPATED_IN {role: 'analyst'}]-(p:Person)
WHERE company.id IN $companyIds
  AND ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
WITH p, collect(call) AS calls
WHERE ($name IS NULL OR toLower(p.name) CONTAINS toLower($name))
  AND ($firm IS NULL OR EXISTS {
        MATCH (p)-[:WORKS_FOR]->(f:Firm)
        WHERE f.id = $firm OR toLower(f.name) CONTAINS toLower($firm)
           OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($firm)) })
WITH p, calls, [call IN calls | call.id] AS callIds
WHERE $topicId IS NULL OR EXISTS {
        MATCH (x:Exchange)-[:ASKED_BY]->(p), (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(p), (t)-[:MENTIONS]->(:Topic {id: $topicId})
        WHERE x.callId IN callIds }
CALL (p, callIds) {
  OPTIONAL MATCH (x:Exchange)-[:ASKED_BY]->(p)
  WHERE x.callId IN callIds
  RETURN count(x) AS exchanges
}
CALL (calls) {
  UNWIND calls AS call
  RETURN count(DISTINCT call.companyId) AS companies
}
WITH p, size(calls) AS callCount, exchanges, companies, CASE $orderBy
    WHEN 'CALLS' THEN [size(calls), exchanges, p.id]
    WHEN 'EXCHANGES' THEN [exchanges, size(calls), p.id]
    WHEN 'COMPANIES' THEN [companies, size(calls), p.id]
    ELSE [toLower(p.name), p.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN p {.id, .name, .aliases} AS node, callCount AS calls, exchanges, companies, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
