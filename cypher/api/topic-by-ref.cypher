// The topic a reference names: its id, its name or an alias (case-insensitive).
MATCH (topic:Topic)
WHERE topic.id = $ref OR toLower(topic.name) = toLower($ref)
   OR any(a IN coalesce(topic.aliases, []) WHERE toLower(a) = toLower($ref))
RETURN topic {.*} AS node
ORDER BY CASE WHEN topic.id = $ref OR toLower(topic.name) = toLower($ref) THEN 0 ELSE 1 END, topic.id
LIMIT 1
