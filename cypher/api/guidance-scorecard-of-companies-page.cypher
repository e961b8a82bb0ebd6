// The guidance scorecard of the companies $companyIds (index on MetricFact.companyId), with the
// filters and order of guidance-scorecard-page.cypher.
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
WITH g, r, a, coalesce(g.value, (g.low + g.high) / 2.0) AS mid,
     toInteger(left(g.period, 4)) AS year, substring(g.period, 5) AS part
WITH g, r, a, CASE WHEN a IS NULL OR mid IS NULL OR mid = 0 THEN null ELSE (a.value - mid) * 100.0 / abs(mid) END AS surprise,
     CASE WHEN year IS NULL THEN -1 ELSE year * 10 + CASE part WHEN 'Q1' THEN 1 WHEN 'Q2' THEN 2 WHEN 'Q3' THEN 3
         WHEN 'Q4' THEN 4 WHEN 'H1' THEN 5 WHEN 'H2' THEN 6 WHEN 'FY' THEN 9 ELSE 8 END END AS periodOrder
// Unresolved guidance has no surprise: it sorts after every resolved one, whichever the direction.
WITH g, r, a, CASE $orderBy
    WHEN 'COMPANY' THEN [coalesce(g.companyId, ''), periodOrder, g.metric, g.id, coalesce(a.id, '')]
    WHEN 'METRIC' THEN [g.metric, periodOrder, coalesce(g.companyId, ''), g.id, coalesce(a.id, '')]
    WHEN 'SURPRISE' THEN [CASE WHEN (surprise IS NULL) = $descending THEN 0 ELSE 1 END, coalesce(surprise, 0.0), g.id, coalesce(a.id, '')]
    ELSE [periodOrder, coalesce(g.companyId, ''), g.metric, g.id, coalesce(a.id, '')] END AS sortKey
// Every pair is sorted anyway: counted here too (`total` on each row), so no count statement runs.
WITH collect({g: g, r: r, a: a, sortKey: sortKey}) AS pairs
UNWIND pairs AS pair
WITH size(pairs) AS total, pair
WHERE $after IS NULL OR CASE WHEN $descending THEN pair.sortKey < $after ELSE pair.sortKey > $after END
WITH total, pair.g AS g, pair.r AS r, pair.a AS a, pair.sortKey AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
// For the page only: both facts' calls and the guidance's speaker, which a scorecard shows (the
// API's loaders take them from here instead of a statement each).
CALL (g, a) {
  OPTIONAL MATCH (guidanceCall:Call {id: g.callId})
  OPTIONAL MATCH (actualCall:Call {id: a.callId})
  RETURN guidanceCall, actualCall
}
CALL (g) {
  OPTIONAL MATCH (t:Turn)-[:STATES]->(g)
  OPTIONAL MATCH (t)-[:SPOKEN_BY]->(speaker:Person)
  RETURN speaker
  LIMIT 1
}
RETURN g {.*} AS guidance, a {.*} AS actual, r.position AS position, r.verdict AS verdict, sortKey, total,
       guidanceCall {.*} AS guidanceCall, actualCall {.*} AS actualCall, speaker {.id, .name, .aliases} AS speaker
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
