// One page of topics: by the number of turns that mention them (default) or by name; $search
// matches the name or an alias.
MATCH (topic:Topic)
WHERE ($search IS NULL OR toLower(topic.name) CONTAINS toLower($search)
       OR any(a IN coalesce(topic.aliases, []) WHERE toLower(a) CONTAINS toLower($search)))
  AND ($kind IS NULL OR topic.kind = $kind)
WITH topic, COUNT { (topic)<-[:MENTIONS]-(:Turn) } AS mentions
RETURN topic {.*} AS node
ORDER BY CASE WHEN $orderBy = 'MENTIONS' THEN mentions END DESC, toLower(topic.name), topic.id
SKIP toInteger($offset) LIMIT toInteger($limit)
