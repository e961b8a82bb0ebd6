// top-topics-page.cypher for any company and no date window, ordered by a count and of any kind,
// read from each topic's counts per quarter (TopicQuarter, cypher/load/write-topic-quarters.cypher)
// instead of every mention of the window's calls: the same rows, at the cost of the topics of the
// window however many calls it holds. Without a window every quarter counts, -1 (calls of no
// period) too, as it does there. Topics are looked up, and companies over several quarters (the
// companies of each quarter counted once) counted, only for the page's rows, unless the page is
// ordered by companies. (A kind filter or the order by name: top-topics-by-quarter-joined-page.)
MATCH (q:TopicQuarter)
WHERE q.quarter >= CASE WHEN $fromOrd IS NULL AND $toOrd IS NULL THEN -1 ELSE coalesce($fromOrd, 0) END
  AND q.quarter <= coalesce($toOrd, 1000000)
WITH q.topicId AS topicId, sum(q.calls) AS calls, sum(q.turns) AS turns, sum(q.mentions) AS mentions, collect(q) AS quarters
WITH topicId, calls, turns, mentions, quarters,
     CASE WHEN $orderBy = 'COMPANIES' THEN size(reduce(acc = [], q IN quarters | acc + [x IN q.companyIds WHERE NOT x IN acc])) END AS companies
WITH topicId, calls, turns, mentions, quarters, companies, CASE $orderBy
    WHEN 'TURNS' THEN [turns, mentions, topicId]
    WHEN 'CALLS' THEN [calls, mentions, topicId]
    WHEN 'COMPANIES' THEN [companies, mentions, topicId]
    ELSE [mentions, turns, topicId] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
WITH topicId, calls, turns, mentions, quarters, companies, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
MATCH (topic:Topic {id: topicId})
RETURN topic {.*} AS node, calls,
       coalesce(companies, CASE WHEN size(quarters) = 1 THEN size(quarters[0].companyIds)
         ELSE size(reduce(acc = [], q IN quarters | acc + [x IN q.companyIds WHERE NOT x IN acc])) END) AS companies,
       turns, mentions, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
