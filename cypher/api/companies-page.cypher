// One page of companies; $search matches name, ticker or an alias (case-insensitive substring).
MATCH (c:Company)
WHERE $search IS NULL
   OR toLower(c.name) CONTAINS toLower($search)
   OR toLower(coalesce(c.ticker, '')) = toLower($search)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) CONTAINS toLower($search))
WITH c, COUNT { (c)<-[:OF_COMPANY]-(:Call) } AS calls
RETURN c {.*} AS node
ORDER BY CASE WHEN $orderBy = 'CALLS' AND $descending THEN calls END DESC,
         CASE WHEN $orderBy = 'CALLS' AND NOT $descending THEN calls END ASC,
         CASE WHEN $descending THEN toLower(c.name) END DESC,
         toLower(c.name) ASC, c.id
SKIP toInteger($offset) LIMIT toInteger($limit)
