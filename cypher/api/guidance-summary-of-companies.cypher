// guidance-summary.cypher over the companies $companyIds (index on MetricFact.companyId).
MATCH (g:MetricFact)
WHERE g.companyId IN $companyIds AND g.kind = 'guidance' AND g.statedBy = 'company'
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
WITH g, r, a, coalesce(g.value, (g.low + g.high) / 2.0) AS mid
WITH g, r, a,
     CASE WHEN a IS NULL OR mid IS NULL OR mid = 0 THEN null ELSE (a.value - mid) * 100.0 / abs(mid) END AS surprisePercent,
     CASE WHEN a IS NULL OR g.low IS NULL OR g.high IS NULL OR g.high <= g.low THEN null ELSE (a.value - mid) / (g.high - g.low) END AS surpriseWidths
WITH CASE WHEN $byCompany THEN g.companyId END AS companyId,
     CASE WHEN $byMetric THEN g.metric END AS metric,
     CASE WHEN $byPeriod THEN g.period END AS period,
     g, r, surprisePercent, surpriseWidths
RETURN companyId, metric, period,
       count(DISTINCT g) AS guided,
       count(r) AS resolved,
       count(CASE WHEN r.verdict = 'beat' THEN 1 END) AS beat,
       count(CASE WHEN r.verdict = 'met' THEN 1 END) AS met,
       count(CASE WHEN r.verdict = 'missed' THEN 1 END) AS missed,
       avg(surprisePercent) AS meanSurprisePercent,
       avg(surpriseWidths) AS meanSurpriseRangeWidths
