// How many turns search-turns-of-companies-page.cypher matches (for a page after the last one).
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
CALL db.index.fulltext.queryNodes('turn_text_search', luceneQuery) YIELD node AS t
WITH t
WHERE t.callId IN callIds
  AND ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
RETURN count(t) AS total
