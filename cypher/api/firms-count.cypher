MATCH (f:Firm)
WHERE $search IS NULL OR toLower(f.name) CONTAINS toLower($search)
   OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($search))
RETURN count(f) AS total
