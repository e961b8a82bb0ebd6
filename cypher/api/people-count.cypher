MATCH (p:Person)
WHERE ($name IS NULL OR toLower(p.name) CONTAINS toLower($name)
       OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($name)))
  AND ($role IS NULL OR EXISTS { MATCH (p)-[:PARTICIPATED_IN {role: $role}]->(:Call) })
RETURN count(p) AS total
