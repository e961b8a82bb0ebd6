// Removes the marks 63-topic-quarters.cypher left on the companies and calls it counted.
MATCH (owner)
WHERE (owner:Company OR owner:Call) AND owner.topicQuartersCounted IS NOT NULL
WITH owner LIMIT 10000
REMOVE owner.topicQuartersCounted
RETURN count(owner) AS written
