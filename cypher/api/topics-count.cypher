MATCH (topic:Topic)
WHERE ($search IS NULL OR toLower(topic.name) CONTAINS toLower($search)
       OR any(a IN coalesce(topic.aliases, []) WHERE toLower(a) CONTAINS toLower($search)))
  AND ($kind IS NULL OR topic.kind = $kind)
RETURN count(topic) AS total
