MATCH (call:Call)-[:OF_COMPANY]->(c:Company)
WHERE ($period IS NULL OR call.period = $period)
  AND ($company IS NULL OR c.id = $company OR toLower(coalesce(c.ticker, '')) = toLower($company)
       OR toLower(c.name) = toLower($company) OR toLower(c.name) STARTS WITH toLower($company) + ','
       OR toLower(c.name) STARTS WITH toLower($company) + ' ')
MATCH (call)-[:HAS_TURN]->(:Turn)-[:MENTIONS]->(topic:Topic)
RETURN count(DISTINCT topic) AS total
