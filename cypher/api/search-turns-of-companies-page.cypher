// search-turns-page.cypher over the calls of the companies $companyIds: their calls in the window
// are found first (through the Company nodes), so each full-text hit is checked against that list
// on its own `callId` before anything else is read, and only the hits that pass look up their call
// (for the PERIOD order). Rows carry `total` as there; turns without their text.
MATCH (company:Company)<-[:OF_COMPANY]-(call:Call)
WHERE company.id IN $companyIds
  AND ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
WITH collect(call.id) AS callIds
// Lucene keeps only the companies' turns (their ids, next to the text in the index; the phrase
// query may let through an id that holds another as a run of its words, which the check on the
// call below drops). The clause is boosted by 0, so scores are those of the words alone.
WITH callIds, CASE WHEN size($companyIds) = 0 THEN $query ELSE $query + ' +(' + reduce(s = '', id IN $companyIds | s + ' companyId:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') + ' )^0' END AS luceneQuery
CALL db.index.fulltext.queryNodes('turn_text_search', luceneQuery) YIELD node AS t, score
WITH t, score
WHERE t.callId IN callIds
  AND ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
// The call's quarter only for the PERIOD order, and only for the hits that passed.
OPTIONAL CALL (t) {
  WITH t WHERE $orderBy = 'PERIOD'
  MATCH (call:Call {id: t.callId})
  RETURN coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
}
WITH t, score, CASE $orderBy WHEN 'PERIOD' THEN [quarter, score, t.id] ELSE [score, t.id] END AS sortKey
WITH collect({t: t, score: score, sortKey: sortKey}) AS hits
UNWIND hits AS hit
WITH size(hits) AS total, hit
WHERE $after IS NULL OR CASE WHEN $descending THEN hit.sortKey < $after ELSE hit.sortKey > $after END
WITH total, hit.t AS t, hit.score AS score, hit.sortKey AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
RETURN t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node, score, sortKey, total
