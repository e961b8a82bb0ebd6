// One page of topics; $search matches the name or an alias. Sorted by $orderBy (MENTIONS: turns
// that mention the topic; NAME) and continued after the keyset cursor $after.
MATCH (topic:Topic)
WHERE ($search IS NULL OR toLower(topic.name) CONTAINS toLower($search)
       OR any(a IN coalesce(topic.aliases, []) WHERE toLower(a) CONTAINS toLower($search)))
  AND ($kind IS NULL OR topic.kind = $kind)
WITH topic, COUNT { (topic)<-[:MENTIONS]-(:Turn) } AS mentions
WITH topic, CASE $orderBy WHEN 'NAME' THEN [toLower(topic.name), topic.id] ELSE [mentions, toLower(topic.name), topic.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN topic {.*} AS node, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
