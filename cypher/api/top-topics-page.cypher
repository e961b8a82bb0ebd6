// The most talked-about topics over the calls of a period and date window (any company), with
// how many calls, companies and turns mention each; sorted by $orderBy (MENTIONS, TURNS, CALLS,
// COMPANIES, NAME) and continued after the keyset cursor $after.
MATCH (call:Call)
WHERE ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
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
