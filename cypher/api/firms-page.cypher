// One page of analysts' firms; $search matches the name or an alias. Sorted by $orderBy (NAME,
// ANALYSTS) and continued after the keyset cursor $after.
MATCH (f:Firm)
WHERE $search IS NULL OR toLower(f.name) CONTAINS toLower($search)
   OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($search))
WITH f, COUNT { (f)<-[:WORKS_FOR]-(:Person) } AS analysts
WITH f, CASE $orderBy WHEN 'ANALYSTS' THEN [analysts, toLower(f.name), f.id] ELSE [toLower(f.name), f.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN f {.*} AS node, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
