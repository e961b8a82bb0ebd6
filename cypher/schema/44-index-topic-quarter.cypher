// The top topics of a window of quarters read the window's TopicQuarter nodes from this index.
CREATE INDEX topic_quarter_quarter IF NOT EXISTS FOR (q:TopicQuarter) ON (q.quarter)
