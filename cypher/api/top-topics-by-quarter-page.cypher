// top-topics-page.cypher for any company and no date window, read from each topic's counts per
// quarter (TopicQuarter, cypher/load/write-topic-quarters.cypher) instead of every mention of the
// window's calls: the same rows, at the cost of the topics of the window however many calls it
// holds. Without a window every quarter counts, -1 (calls of no period) too, as it does there.
// Companies over several quarters are the companies of each quarter counted once; they are
// counted only for the page's rows unless the page is ordered by them.
MATCH (q:TopicQuarter)
WHERE q.quarter >= CASE WHEN $fromOrd IS NULL AND $toOrd IS NULL THEN -1 ELSE coalesce($fromOrd, 0) END
  AND q.quarter <= coalesce($toOrd, 1000000)
WITH q.topicId AS topicId, sum(q.calls) AS calls, sum(q.turns) AS turns, sum(q.mentions) AS mentions,
     collect(q.companyIds) AS companyLists
CALL (topicId) {
  MATCH (topic:Topic {id: topicId})
  WHERE $kind IS NULL OR topic.kind = $kind
  RETURN topic
}
WITH topic, calls, turns, mentions, companyLists,
     CASE WHEN $orderBy = 'COMPANIES' THEN size(reduce(acc = [], l IN companyLists | acc + [x IN l WHERE NOT x IN acc])) END AS companies
WITH topic, calls, companies, turns, mentions, companyLists, CASE $orderBy
    WHEN 'NAME' THEN [toLower(topic.name), topic.id]
    WHEN 'TURNS' THEN [turns, mentions, topic.id]
    WHEN 'CALLS' THEN [calls, mentions, topic.id]
    WHEN 'COMPANIES' THEN [companies, mentions, topic.id]
    ELSE [mentions, turns, topic.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
WITH topic, calls, companies, turns, mentions, companyLists, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
RETURN topic {.*} AS node, calls,
       coalesce(companies, CASE WHEN size(companyLists) = 1 THEN size(companyLists[0])
         ELSE size(reduce(acc = [], l IN companyLists | acc + [x IN l WHERE NOT x IN acc])) END) AS companies,
       turns, mentions, sortKey
