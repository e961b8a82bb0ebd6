// ... and those where it is the second.
CREATE INDEX topic_pair_b IF NOT EXISTS FOR (p:TopicPair) ON (p.b)
