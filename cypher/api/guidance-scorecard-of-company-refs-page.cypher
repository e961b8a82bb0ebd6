// guidance-scorecard-of-companies-page.cypher for companies named by reference ($companyRefs) rather
// than by graph id: the lookup and the page in one round trip. Each row carries the graph ids
// (`companyIds`).
// The companies $companyRefs name exactly, as companies-by-exact-refs.cypher finds them (graph id or
// ticker, each through its index) and the API keeps them (of a reference's matches, those that
// share the name of the first by name length and id). No row at all unless every reference names
// a company so: the API then looks the references up by name first and runs the *-of-companies
// statement instead.
// Every node comes as the list of the properties `$props` names for its label, in that order
// (src/api/projection.ts: what the request selects, from a whitelist), not whole.
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
WITH [c IN companies | c.id] AS companyIds
MATCH (g:MetricFact)
WHERE g.companyId IN companyIds AND g.kind = 'guidance' AND g.statedBy = 'company'
  AND ($metrics IS NULL OR g.metric IN $metrics)
  AND ($periods IS NULL OR g.period IN $periods)
  AND ($scope IS NULL OR (g.scope = 'company') = ($scope = 'company'))
  AND ($segment IS NULL OR toLower(g.scope) = $segment)
  AND g.confidence >= $minConfidence
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR EXISTS {
        MATCH (call:Call {id: g.callId})
        WHERE ($dateFrom IS NULL OR call.date >= date($dateFrom)) AND ($dateTo IS NULL OR call.date <= date($dateTo)) })
OPTIONAL MATCH (g)-[r:RESOLVED_BY]->(a:MetricFact)
WITH companyIds, g, r, a
WHERE ($resolved IS NULL OR (r IS NOT NULL) = $resolved)
  AND ($verdict IS NULL OR r.verdict = $verdict)
  AND ($position IS NULL OR r.position = $position)
WITH companyIds, g, r, a, coalesce(g.value, (g.low + g.high) / 2.0) AS mid,
     toInteger(left(g.period, 4)) AS year, substring(g.period, 5) AS part
WITH companyIds, g, r, a, CASE WHEN a IS NULL OR mid IS NULL OR mid = 0 THEN null ELSE (a.value - mid) * 100.0 / abs(mid) END AS surprise,
     CASE WHEN year IS NULL THEN -1 ELSE year * 10 + CASE part WHEN 'Q1' THEN 1 WHEN 'Q2' THEN 2 WHEN 'Q3' THEN 3
         WHEN 'Q4' THEN 4 WHEN 'H1' THEN 5 WHEN 'H2' THEN 6 WHEN 'FY' THEN 9 ELSE 8 END END AS periodOrder
// Unresolved guidance has no surprise: it sorts after every resolved one, whichever the direction.
WITH companyIds, g, r, a, CASE $orderBy
    WHEN 'COMPANY' THEN [coalesce(g.companyId, ''), periodOrder, g.metric, g.id, coalesce(a.id, '')]
    WHEN 'METRIC' THEN [g.metric, periodOrder, coalesce(g.companyId, ''), g.id, coalesce(a.id, '')]
    WHEN 'SURPRISE' THEN [CASE WHEN (surprise IS NULL) = $descending THEN 0 ELSE 1 END, coalesce(surprise, 0.0), g.id, coalesce(a.id, '')]
    ELSE [periodOrder, coalesce(g.companyId, ''), g.metric, g.id, coalesce(a.id, '')] END AS sortKey
// Every pair is sorted anyway: counted here too (`total` on each row), so no count statement runs.
WITH companyIds, collect({g: g, r: r, a: a, sortKey: sortKey}) AS pairs
UNWIND pairs AS pair
WITH companyIds, size(pairs) AS total, pair
WHERE $after IS NULL OR CASE WHEN $descending THEN pair.sortKey < $after ELSE pair.sortKey > $after END
WITH companyIds, total, pair.g AS g, pair.r AS r, pair.a AS a, pair.sortKey AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
// For the page only: both facts' calls and the guidance's speaker, which a scorecard shows (the
// API's loaders take them from here instead of a statement each).
CALL (g, a) {
  OPTIONAL MATCH (guidanceCall:Call {id: g.callId})
  OPTIONAL MATCH (actualCall:Call {id: a.callId})
  RETURN guidanceCall, actualCall
}
CALL (g) {
  OPTIONAL MATCH (t:Turn)-[:STATES]->(g)
  OPTIONAL MATCH (t)-[:SPOKEN_BY]->(speaker:Person)
  RETURN speaker
  LIMIT 1
}
RETURN [k IN $props.MetricFact | g[k]] AS guidance,
       CASE WHEN a IS NULL THEN null ELSE [k IN $props.MetricFact | a[k]] END AS actual,
       r.position AS position, r.verdict AS verdict, sortKey, total,
       CASE WHEN guidanceCall IS NULL THEN null ELSE [k IN $props.Call | guidanceCall[k]] END AS guidanceCall,
       CASE WHEN actualCall IS NULL THEN null ELSE [k IN $props.Call | actualCall[k]] END AS actualCall,
       CASE WHEN speaker IS NULL THEN null ELSE [k IN $props.Person | speaker[k]] END AS speaker, companyIds
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
