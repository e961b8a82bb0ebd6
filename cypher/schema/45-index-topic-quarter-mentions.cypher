// A quarter's topics, most mentions first, read in index order (cypher/api/top-topics-of-quarter-page.cypher).
CREATE INDEX topic_quarter_mentions IF NOT EXISTS FOR (q:TopicQuarter) ON (q.quarter, q.mentions)
