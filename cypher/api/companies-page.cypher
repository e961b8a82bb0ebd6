// One page of companies; $search matches name, ticker or an alias (case-insensitive substring).
// Sorted by $orderBy (NAME, CALLS) and continued after the keyset cursor $after.
MATCH (c:Company)
WHERE $search IS NULL
   OR toLower(c.name) CONTAINS toLower($search)
   OR toLower(coalesce(c.ticker, '')) = toLower($search)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) CONTAINS toLower($search))
WITH c, COUNT { (c)<-[:OF_COMPANY]-() } AS calls
WITH c, CASE $orderBy WHEN 'CALLS' THEN [calls, toLower(c.name), c.id] ELSE [toLower(c.name), c.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN c {.*} AS node, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
