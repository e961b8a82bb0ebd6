// Removes the marks 69-topic-links.cypher left on the companies and calls it counted.
MATCH (owner:Company|Call)
WHERE NOT owner.topicLinksCounted IS NULL
WITH owner LIMIT 10000
SET owner.topicLinksCounted = null
RETURN count(owner) AS written
