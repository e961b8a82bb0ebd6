// One page of calls, newest first (or oldest first), filtered by company reference and period.
MATCH (call:Call)-[:OF_COMPANY]->(c:Company)
WHERE ($period IS NULL OR call.period = $period)
  AND ($fiscalYear IS NULL OR call.fiscalYear = $fiscalYear)
  AND ($company IS NULL OR c.id = $company OR toLower(coalesce(c.ticker, '')) = toLower($company)
       OR toLower(c.name) = toLower($company) OR toLower(c.name) STARTS WITH toLower($company) + ','
       OR toLower(c.name) STARTS WITH toLower($company) + ' ')
RETURN call {.*} AS node
ORDER BY CASE WHEN $descending THEN call.fiscalYear END DESC, CASE WHEN $descending THEN call.fiscalQuarter END DESC,
         call.fiscalYear ASC, call.fiscalQuarter ASC, call.companyName, call.id
SKIP toInteger($offset) LIMIT toInteger($limit)
