// Removes the marks 69-topic-links.cypher and 69b-* left on the companies and calls it counted.
MATCH (owner)
WHERE (owner:Company OR owner:Call) AND NOT owner.topicLinksCounted IS NULL
WITH owner LIMIT 10000
SET owner.topicLinksCounted = null
RETURN count(owner) AS written
