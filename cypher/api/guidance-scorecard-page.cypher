// Company guidance facts with the actual each resolved to (null while unresolved), newest period
// first; one row per guidance/actual pair.
MATCH (g:MetricFact {kind: 'guidance'})
WHERE g.statedBy = 'company'
  AND ($companyId IS NULL OR g.companyId = $companyId)
  AND ($metric IS NULL OR g.metric = $metric)
  AND ($period IS NULL OR g.period = $period)
OPTIONAL MATCH (g)-[r:RESOLVED_BY]->(a:MetricFact)
WITH g, r, a
WHERE ($resolved IS NULL OR (r IS NOT NULL) = $resolved)
  AND ($verdict IS NULL OR r.verdict = $verdict)
  AND ($position IS NULL OR r.position = $position)
RETURN g {.*} AS guidance, a {.*} AS actual, r.position AS position, r.verdict AS verdict
ORDER BY g.period DESC, g.companyId, g.metric, g.id, a.id
SKIP toInteger($offset) LIMIT toInteger($limit)
