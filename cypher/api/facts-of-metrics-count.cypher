MATCH (m:Metric)<-[:OF_METRIC]-(f:MetricFact)
WHERE m.id IN $metricIds
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
RETURN count(f) AS total
