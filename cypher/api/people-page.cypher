// One page of people by name; $name is a case-insensitive substring of the name or an alias.
// Continued after the keyset cursor $after.
MATCH (p:Person)
WHERE ($name IS NULL OR toLower(p.name) CONTAINS toLower($name)
       OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($name)))
  AND ($role IS NULL OR EXISTS { MATCH (p)-[:PARTICIPATED_IN {role: $role}]->(:Call) })
WITH p, [toLower(p.name), p.id] AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN p {.id, .name, .aliases} AS node, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
