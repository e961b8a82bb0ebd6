// top-topics-count.cypher for any company and no date window, from TopicQuarter (see top-topics-by-quarter-page.cypher).
MATCH (q:TopicQuarter)
WHERE q.quarter >= CASE WHEN $fromOrd IS NULL AND $toOrd IS NULL THEN -1 ELSE coalesce($fromOrd, 0) END
  AND q.quarter <= coalesce($toOrd, 1000000)
WITH DISTINCT q.topicId AS topicId
CALL (topicId) {
  MATCH (topic:Topic {id: topicId})
  WHERE $kind IS NULL OR topic.kind = $kind
  RETURN topic
}
RETURN count(topic) AS total
