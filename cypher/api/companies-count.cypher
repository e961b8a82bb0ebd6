MATCH (c:Company)
WHERE $search IS NULL
   OR toLower(c.name) CONTAINS toLower($search)
   OR toLower(coalesce(c.ticker, '')) = toLower($search)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) CONTAINS toLower($search))
RETURN count(c) AS total
