// Removes the marks 63-topic-quarters.cypher left on the companies and calls it counted.
MATCH (owner)
WHERE (owner:Company OR owner:Call) AND NOT owner.topicQuartersCounted IS NULL
WITH owner LIMIT 10000
SET owner.topicQuartersCounted = null
RETURN count(owner) AS written
