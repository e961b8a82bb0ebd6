// Companies a reference names: the id, the ticker, the name or an alias (case-insensitive), or
// the name before its legal suffix ("Calix" for "Calix, Inc."). Exact id and ticker rank first.
MATCH (c:Company)
WHERE c.id = $ref
   OR toLower(coalesce(c.ticker, '')) = toLower($ref)
   OR toLower(c.name) = toLower($ref)
   OR toLower(c.name) STARTS WITH toLower($ref) + ','
   OR toLower(c.name) STARTS WITH toLower($ref) + ' '
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($ref))
RETURN c {.*} AS node
ORDER BY CASE WHEN c.id = $ref OR toLower(coalesce(c.ticker, '')) = toLower($ref) THEN 0 ELSE 1 END, size(c.name), c.id
LIMIT 1
