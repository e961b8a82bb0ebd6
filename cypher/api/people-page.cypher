// One page of people by name; $name is a case-insensitive substring of the name or an alias.
MATCH (p:Person)
WHERE ($name IS NULL OR toLower(p.name) CONTAINS toLower($name)
       OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($name)))
  AND ($role IS NULL OR EXISTS { MATCH (p)-[:PARTICIPATED_IN {role: $role}]->(:Call) })
RETURN p {.*} AS node
ORDER BY toLower(p.name), p.id
SKIP toInteger($offset) LIMIT toInteger($limit)
