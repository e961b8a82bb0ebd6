// search-turns-of-companies-page.cypher for companies named by reference ($companyRefs) rather than
// by graph id, with each hit's call (`call`): the lookup, the page and the calls in one round trip.
// Each row carries the graph ids (`companyIds`).
// The companies $companyRefs name exactly, as companies-by-exact-refs.cypher finds them (graph id or
// ticker, each through its index) and the API keeps them (of a reference's matches, those that
// share the name of the first by name length and id). No row at all unless every reference names
// a company so: the API then looks the references up by name first and runs the *-of-companies
// statement instead.
CALL () {
  UNWIND $companyRefs AS ref
  CALL (ref) {
    MATCH (c:Company {id: ref})
    RETURN c
    UNION
    MATCH (c:Company {ticker: toUpper(ref)})
    RETURN c
  }
  WITH ref, c
  ORDER BY size(c.name), c.id
  WITH ref, collect(c) AS found
  RETURN count(ref) AS matched,
         collect([c IN found WHERE toLower(coalesce(c.name, '')) = toLower(coalesce(found[0].name, ''))]) AS named
}
WITH named WHERE matched = size($companyRefs)
UNWIND named AS companies
UNWIND companies AS company
WITH DISTINCT company
WITH collect(company) AS companies
WITH companies, [c IN companies | c.id] AS companyIds
UNWIND companies AS company
MATCH (company)<-[:OF_COMPANY]-(call:Call)
WHERE ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
WITH companyIds, collect(call.id) AS callIds
// Lucene keeps only the companies' turns (their ids, next to the text in the index; the phrase
// query may let through an id that holds another as a run of its words, which the check on the
// call below drops). The clause is boosted by 0, so scores are those of the words alone.
WITH companyIds, callIds, CASE WHEN size(companyIds) = 0 THEN $query ELSE $query + ' +(' + reduce(s = '', id IN companyIds | s + ' companyId:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') + ' )^0' END AS luceneQuery
CALL db.index.fulltext.queryNodes('turn_text_search', luceneQuery) YIELD node AS t, score
WITH companyIds, t, score
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
WITH companyIds, t, score, CASE $orderBy WHEN 'PERIOD' THEN [quarter, score, t.id] ELSE [score, t.id] END AS sortKey
WITH companyIds, collect({t: t, score: score, sortKey: sortKey}) AS hits
UNWIND hits AS hit
WITH companyIds, size(hits) AS total, hit
WHERE $after IS NULL OR CASE WHEN $descending THEN hit.sortKey < $after ELSE hit.sortKey > $after END
WITH companyIds, total, hit.t AS t, hit.score AS score, hit.sortKey AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
// For the page only: each hit's call, which Turn.call then needs no statement for.
OPTIONAL MATCH (hitCall:Call {id: t.callId})
RETURN t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node, score, sortKey, total,
       hitCall {.*} AS call, companyIds
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
