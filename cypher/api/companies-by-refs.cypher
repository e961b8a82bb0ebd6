// The companies each reference names: the id, the ticker, the name or an alias (case-insensitive),
// or the name before its legal suffix ("Calix" for "Calix, Inc."), each with its rank (0: id or
// ticker, 1: the whole name or an alias, 2: the name before its suffix). The API keeps the best
// rank. References that name nothing have no row.
UNWIND $refs AS ref
MATCH (c:Company)
WHERE c.id = ref
   OR toLower(coalesce(c.ticker, '')) = toLower(ref)
   OR toLower(c.name) = toLower(ref)
   OR toLower(c.name) STARTS WITH toLower(ref) + ','
   OR toLower(c.name) STARTS WITH toLower(ref) + ' '
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower(ref))
RETURN ref AS key, c {.*} AS node,
       CASE WHEN c.id = ref OR toLower(coalesce(c.ticker, '')) = toLower(ref) THEN 0
            WHEN toLower(c.name) = toLower(ref) OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower(ref)) THEN 1
            ELSE 2 END AS rank
ORDER BY rank, size(c.name), c.id
