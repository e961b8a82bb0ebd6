// Analysts who joined the most calls as analysts, with how many other analysts' names contain
// theirs (the project's analyst filter matches a name substring; the benchmark wants one match).
MATCH (p:Person)-[:PARTICIPATED_IN {role: 'analyst'}]->(:Call)
WHERE NOT p.id STARTS WITH 'person:anon:'
WITH p, count(*) AS calls
ORDER BY calls DESC, p.id
LIMIT 20
CALL (p) {
  MATCH (o:Person)-[:PARTICIPATED_IN {role: 'analyst'}]->(:Call)
  WHERE toLower(o.name) CONTAINS toLower(p.name)
  RETURN count(DISTINCT o) AS namesakes
}
RETURN p.name AS name, calls, namesakes
ORDER BY calls DESC, name
