MATCH (call:Call)
WHERE ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
MATCH (call)-[:HAS_TURN]->(:Turn)-[:MENTIONS]->(topic:Topic)
WHERE $kind IS NULL OR topic.kind = $kind
RETURN count(DISTINCT topic) AS total
