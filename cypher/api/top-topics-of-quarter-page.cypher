// top-topics-by-quarter-page.cypher for one quarter, most mentions first (the dashboards' top
// topics): the quarter's TopicQuarter nodes read in the order of the index topic_quarter_mentions
// (quarter, mentions), so only the page's nodes and their ties are read, however many topics the
// quarter holds. The keyset cursor $after is [mentions, turns, topic id].
MATCH (q:TopicQuarter)
WHERE q.quarter = $fromOrd AND q.mentions <= coalesce($after[0], 9223372036854775807)
  AND ($after IS NULL OR q.mentions < $after[0] OR q.turns < $after[1] OR (q.turns = $after[1] AND q.topicId < $after[2]))
WITH q
ORDER BY q.quarter DESC, q.mentions DESC, q.turns DESC, q.topicId DESC
LIMIT toInteger($limit)
MATCH (topic:Topic {id: q.topicId})
RETURN topic {.*} AS node, q.calls AS calls, size(q.companyIds) AS companies, q.turns AS turns, q.mentions AS mentions,
       [q.mentions, q.turns, q.topicId] AS sortKey
ORDER BY q.mentions DESC, q.turns DESC, q.topicId DESC
