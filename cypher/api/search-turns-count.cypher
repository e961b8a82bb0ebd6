CALL db.index.fulltext.queryNodes('turn_search', $query) YIELD node AS t
MATCH (call:Call {id: t.callId})-[:OF_COMPANY]->(c:Company)
WHERE ($period IS NULL OR call.period = $period)
  AND ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
  AND ($company IS NULL OR c.id = $company OR toLower(coalesce(c.ticker, '')) = toLower($company)
       OR toLower(c.name) = toLower($company) OR toLower(c.name) STARTS WITH toLower($company) + ','
       OR toLower(c.name) STARTS WITH toLower($company) + ' ')
RETURN count(t) AS total
