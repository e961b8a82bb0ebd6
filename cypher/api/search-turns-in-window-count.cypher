// How many turns search-turns-in-window-page.cypher matches (for a page after the last one).
CALL db.index.fulltext.queryNodes('turn_text_search', $query) YIELD node AS t
WITH t
WHERE ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
MATCH (call:Call {id: t.callId})
WHERE ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
RETURN count(t) AS total
