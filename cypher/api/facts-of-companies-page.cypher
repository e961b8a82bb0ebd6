// One page of the facts of the companies $companyIds (index on MetricFact.companyId), with the
// filters of facts-page.cypher.
MATCH (f:MetricFact)
WHERE f.companyId IN $companyIds
  AND ($metrics IS NULL OR f.metric IN $metrics)
  AND ($kind IS NULL OR f.kind = $kind)
  AND ($basis IS NULL OR f.basis IS NULL OR f.basis = $basis)
  AND ($statedBy IS NULL OR f.statedBy = $statedBy)
  AND ($periods IS NULL OR f.period IN $periods)
  AND ($scope IS NULL OR (f.scope = 'company') = ($scope = 'company'))
  AND ($segment IS NULL OR toLower(f.scope) = $segment)
  AND f.confidence >= $minConfidence
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR EXISTS {
        MATCH (call:Call {id: f.callId})
        WHERE ($dateFrom IS NULL OR call.date >= date($dateFrom)) AND ($dateTo IS NULL OR call.date <= date($dateTo)) })
WITH f, toInteger(left(f.period, 4)) AS year, substring(f.period, 5) AS part
WITH f, CASE WHEN year IS NULL THEN -1 ELSE year * 10 + CASE part WHEN 'Q1' THEN 1 WHEN 'Q2' THEN 2 WHEN 'Q3' THEN 3
    WHEN 'Q4' THEN 4 WHEN 'H1' THEN 5 WHEN 'H2' THEN 6 WHEN 'FY' THEN 9 ELSE 8 END END AS periodOrder
WITH f, CASE $orderBy
    WHEN 'CONFIDENCE' THEN [coalesce(f.confidence, 0), periodOrder, f.id]
    WHEN 'METRIC' THEN [f.metric, periodOrder, f.id]
    ELSE [periodOrder, f.metric, f.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN f {.*} AS node, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
