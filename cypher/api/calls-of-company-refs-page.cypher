// calls-of-companies-page.cypher for companies named by reference ($companyRefs) rather than by graph
// id: the lookup and the page in one round trip. Each row carries the graph ids (`companyIds`).
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
WITH companyIds, call, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
WITH companyIds, call, CASE $orderBy
    WHEN 'DATE' THEN [coalesce(toString(call.date), ''), call.id]
    WHEN 'COMPANY' THEN [toLower(coalesce(call.companyName, '')), quarter, call.id]
    ELSE [quarter, toLower(coalesce(call.companyName, '')), call.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN call {.*} AS node, sortKey, companyIds
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
