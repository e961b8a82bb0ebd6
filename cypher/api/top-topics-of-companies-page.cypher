// top-topics-page.cypher over the calls of the companies $companyIds (found through their Company nodes).
MATCH (company:Company)<-[:OF_COMPANY]-(call:Call)
WHERE company.id IN $companyIds
  AND ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
MATCH (call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
WHERE $kind IS NULL OR topic.kind = $kind
WITH topic, count(DISTINCT call) AS calls, count(DISTINCT call.companyId) AS companies, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
WITH topic, calls, companies, turns, mentions, CASE $orderBy
    WHEN 'NAME' THEN [toLower(topic.name), topic.id]
    WHEN 'TURNS' THEN [turns, mentions, topic.id]
    WHEN 'CALLS' THEN [calls, mentions, topic.id]
    WHEN 'COMPANIES' THEN [companies, mentions, topic.id]
    ELSE [mentions, turns, topic.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN topic {.*} AS node, calls, companies, turns, mentions, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
