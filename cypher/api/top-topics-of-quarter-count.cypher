// The topics of one quarter (top-topics-of-quarter-page.cypher): one TopicQuarter node per topic,
// counted from the index without reading them.
MATCH (q:TopicQuarter)
WHERE q.quarter = $fromOrd
RETURN count(q) AS total
