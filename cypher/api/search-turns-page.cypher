// Full-text search over what was said (index turn_text_search) in every call (calls of no known company
// included), best match first, filtered on the turn (section, role, speaker) only: no window and
// no PERIOD order (search-turns-in-window-page.cypher), so no call is read. Continued after the
// keyset cursor $after ([score, id]). $query is already Lucene-escaped by the API. Each row also
// carries `total`, how many turns match in all: one full-text query serves page and count. Turns
// without their text (Turn.text and the passage read it when asked).
CALL db.index.fulltext.queryNodes('turn_text_search', $query) YIELD node AS t, score
WITH t, score
WHERE ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
WITH t, score, [score, t.id] AS sortKey
WITH collect({t: t, score: score, sortKey: sortKey}) AS hits
UNWIND hits AS hit
WITH size(hits) AS total, hit
WHERE $after IS NULL OR CASE WHEN $descending THEN hit.sortKey < $after ELSE hit.sortKey > $after END
WITH total, hit.t AS t, hit.score AS score, hit.sortKey AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
RETURN t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node, score, sortKey, total
