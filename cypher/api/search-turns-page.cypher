// Full-text search over what was said (index turn_search), with filters on the call (companies,
// period and date window; a call of no known company passes when no company is asked for), the
// section, role and speaker; sorted by $orderBy (RELEVANCE, PERIOD) and continued after the
// keyset cursor $after. $query is already Lucene-escaped by the API.
CALL db.index.fulltext.queryNodes('turn_search', $query) YIELD node AS t, score
MATCH (call:Call {id: t.callId})
WHERE ($companyIds IS NULL OR call.companyId IN $companyIds)
  AND ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
  AND ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
WITH t, score, CASE $orderBy
    WHEN 'PERIOD' THEN [coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1), score, t.id]
    ELSE [score, t.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN t {.*} AS node, score, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
