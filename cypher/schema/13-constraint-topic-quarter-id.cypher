// A topic's counts in one quarter (cypher/load/write-topic-quarters.cypher), one node per topic and quarter.
CREATE CONSTRAINT topic_quarter_id IF NOT EXISTS FOR (q:TopicQuarter) REQUIRE q.id IS UNIQUE
