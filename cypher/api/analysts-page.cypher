// One page of analysts (people who joined a call as an analyst), by name, with optional filters on
// name, firm (name substring or id), covered company (reference) and a topic they asked about.
MATCH (p:Person)-[:PARTICIPATED_IN {role: 'analyst'}]->(call:Call)-[:OF_COMPANY]->(c:Company)
WHERE ($company IS NULL OR c.id = $company OR toLower(coalesce(c.ticker, '')) = toLower($company)
       OR toLower(c.name) = toLower($company) OR toLower(c.name) STARTS WITH toLower($company) + ','
       OR toLower(c.name) STARTS WITH toLower($company) + ' ')
WITH DISTINCT p
WHERE ($name IS NULL OR toLower(p.name) CONTAINS toLower($name))
  AND ($firm IS NULL OR EXISTS {
        MATCH (p)-[:WORKS_FOR]->(f:Firm)
        WHERE f.id = $firm OR toLower(f.name) CONTAINS toLower($firm)
           OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($firm)) })
  AND ($topic IS NULL OR EXISTS {
        MATCH (x:Exchange)-[:ASKED_BY]->(p), (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(p), (t)-[:MENTIONS]->(topic:Topic)
        WHERE topic.id = $topic OR toLower(topic.name) = toLower($topic)
           OR any(a IN coalesce(topic.aliases, []) WHERE toLower(a) = toLower($topic)) })
RETURN p {.*} AS node
ORDER BY toLower(p.name), p.id
SKIP toInteger($offset) LIMIT toInteger($limit)
