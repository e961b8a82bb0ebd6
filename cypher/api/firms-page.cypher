MATCH (f:Firm)
WHERE $search IS NULL OR toLower(f.name) CONTAINS toLower($search)
   OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($search))
RETURN f {.*} AS node
ORDER BY toLower(f.name), f.id
SKIP toInteger($offset) LIMIT toInteger($limit)
