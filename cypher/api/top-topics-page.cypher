// The most mentioned topics over the calls of a period and/or a company.
MATCH (call:Call)-[:OF_COMPANY]->(c:Company)
WHERE ($period IS NULL OR call.period = $period)
  AND ($company IS NULL OR c.id = $company OR toLower(coalesce(c.ticker, '')) = toLower($company)
       OR toLower(c.name) = toLower($company) OR toLower(c.name) STARTS WITH toLower($company) + ','
       OR toLower(c.name) STARTS WITH toLower($company) + ' ')
MATCH (call)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
WITH topic, count(DISTINCT call) AS calls, count(DISTINCT c) AS companies, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN topic {.*} AS node, calls, companies, turns, mentions
ORDER BY mentions DESC, turns DESC, toLower(topic.name)
SKIP toInteger($offset) LIMIT toInteger($limit)
