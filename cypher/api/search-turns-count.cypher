CALL db.index.fulltext.queryNodes('turn_search', $query) YIELD node AS t
MATCH (call:Call {id: t.callId})
WHERE ($companyIds IS NULL OR call.companyId IN $companyIds)
  AND ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
  AND ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
RETURN count(t) AS total
