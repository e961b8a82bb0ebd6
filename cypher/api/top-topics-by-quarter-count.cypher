// top-topics-count.cypher for any company and no date window, from TopicQuarter (see
// top-topics-by-quarter-page.cypher); topics are looked up only for a kind filter.
MATCH (q:TopicQuarter)
WHERE q.quarter >= CASE WHEN $fromOrd IS NULL AND $toOrd IS NULL THEN -1 ELSE coalesce($fromOrd, 0) END
  AND q.quarter <= coalesce($toOrd, 1000000)
WITH DISTINCT q.topicId AS topicId
WHERE $kind IS NULL OR EXISTS { MATCH (topic:Topic {id: topicId}) WHERE topic.kind = $kind }
RETURN count(*) AS total
