// Removes the marks 69-topic-links.cypher left on the companies and calls it counted.
MATCH (owner:Company|Call)
WHERE owner.topicLinksCounted IS NOT NULL
WITH owner LIMIT 10000
SET owner.topicLinksCounted = null
RETURN count(owner) AS written
