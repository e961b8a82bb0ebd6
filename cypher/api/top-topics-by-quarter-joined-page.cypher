// top-topics-by-quarter-page.cypher for a kind filter or the order by name, which need every
// topic of the window looked up before the page is cut.
MATCH (q:TopicQuarter)
WHERE q.quarter >= CASE WHEN $fromOrd IS NULL AND $toOrd IS NULL THEN -1 ELSE coalesce($fromOrd, 0) END
  AND q.quarter <= coalesce($toOrd, 1000000)
WITH q.topicId AS topicId, sum(q.calls) AS calls, sum(q.turns) AS turns, sum(q.mentions) AS mentions, collect(q) AS quarters
MATCH (topic:Topic {id: topicId})
WHERE $kind IS NULL OR topic.kind = $kind
WITH topic, calls, turns, mentions, quarters,
     CASE WHEN $orderBy = 'COMPANIES' THEN size(reduce(acc = [], q IN quarters | acc + [x IN q.companyIds WHERE NOT x IN acc])) END AS companies
WITH topic, calls, turns, mentions, quarters, companies, CASE $orderBy
    WHEN 'NAME' THEN [toLower(topic.name), topic.id]
    WHEN 'TURNS' THEN [turns, mentions, topic.id]
    WHEN 'CALLS' THEN [calls, mentions, topic.id]
    WHEN 'COMPANIES' THEN [companies, mentions, topic.id]
    ELSE [mentions, turns, topic.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
WITH topic, calls, turns, mentions, quarters, companies, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
RETURN topic {.*} AS node, calls,
       coalesce(companies, CASE WHEN size(quarters) = 1 THEN size(quarters[0].companyIds)
         ELSE size(reduce(acc = [], q IN quarters | acc + [x IN q.companyIds WHERE NOT x IN acc])) END) AS companies,
       turns, mentions, sortKey
