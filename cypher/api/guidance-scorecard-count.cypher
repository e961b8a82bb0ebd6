MATCH (g:MetricFact {kind: 'guidance'})
WHERE g.statedBy = 'company'
  AND ($metrics IS NULL OR g.metric IN $metrics)
  AND ($periods IS NULL OR g.period IN $periods)
  AND ($scope IS NULL OR (g.scope = 'company') = ($scope = 'company'))
  AND ($segment IS NULL OR toLower(g.scope) = $segment)
  AND g.confidence >= $minConfidence
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR EXISTS {
        MATCH (call:Call {id: g.callId})
        WHERE ($dateFrom IS NULL OR call.date >= date($dateFrom)) AND ($dateTo IS NULL OR call.date <= date($dateTo)) })
OPTIONAL MATCH (g)-[r:RESOLVED_BY]->(a:MetricFact)
WITH g, r, a
WHERE ($resolved IS NULL OR (r IS NOT NULL) = $resolved)
  AND ($verdict IS NULL OR r.verdict = $verdict)
  AND ($position IS NULL OR r.position = $position)
RETURN count(*) AS total
