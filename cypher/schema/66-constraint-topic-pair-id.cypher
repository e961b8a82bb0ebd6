// The turns and calls that mention two topics together (cypher/load/write-topic-links.cypher), one node per pair.
CREATE CONSTRAINT topic_pair_id IF NOT EXISTS FOR (p:TopicPair) REQUIRE p.id IS UNIQUE
