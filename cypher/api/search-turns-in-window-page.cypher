// Full-text search over what was said (index turn_text_search) in every call (calls of no known company
// included), filtered on the turn (section, role, speaker) and then, for the turns that pass, on
// their call (a quarter window, a date window); sorted by $orderBy (RELEVANCE, PERIOD) and
// continued after the keyset cursor $after. For a window or the PERIOD order; without either,
// search-turns-page.cypher reads no call at all. $query is already Lucene-escaped by the API. Each
// row also carries `total`, how many turns match in all: one full-text query serves page and count.
// Turns without their text (Turn.text and the passage read it when asked).
CALL db.index.fulltext.queryNodes('turn_text_search', $query) YIELD node AS t, score
WITH t, score
WHERE ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
// The call, only for the turns that passed.
CALL (t) {
  MATCH (call:Call {id: t.callId})
  RETURN call.fiscalYear * 4 + call.fiscalQuarter - 1 AS quarter, call.date AS date
}
WITH t, score, quarter, date
WHERE ($fromOrd IS NULL OR quarter >= $fromOrd)
  AND ($toOrd IS NULL OR quarter <= $toOrd)
  AND ($dateFrom IS NULL OR date >= date($dateFrom))
  AND ($dateTo IS NULL OR date <= date($dateTo))
WITH t, score, CASE $orderBy WHEN 'PERIOD' THEN [coalesce(quarter, -1), score, t.id] ELSE [score, t.id] END AS sortKey
WITH collect({t: t, score: score, sortKey: sortKey}) AS hits
UNWIND hits AS hit
WITH size(hits) AS total, hit
WHERE $after IS NULL OR CASE WHEN $descending THEN hit.sortKey < $after ELSE hit.sortKey > $after END
WITH total, hit.t AS t, hit.score AS score, hit.sortKey AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
RETURN t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node, score, sortKey, total
