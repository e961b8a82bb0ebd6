// A topic's turns in the order the API pages them (newest call first, then speaking order): the
// MENTIONS of one topic read from this index sorted by quarter and call, cut at the page
// (cypher/api/topic-turns-page.cypher), instead of every mention of the topic read and sorted.
CREATE INDEX mention_topic_order IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.topicId, m.callQuarter, m.callId, m.turnIndex)
