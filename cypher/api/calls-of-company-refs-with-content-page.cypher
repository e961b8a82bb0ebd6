// calls-of-company-refs-page.cypher with, for the page's calls only, what call-content.cypher reads
// (participants, Q&A slots with their topics and turns, facts, topics): a call's detail in one round
// trip. Each row carries the graph ids of the companies (`companyIds`). Every node comes as the
// list of the properties `$props` names for its label, in that order (src/api/projection.ts: what
// the request selects, from a whitelist), not whole.
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
WITH companyIds, call AS c, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
// For the page only: what call-content.cypher reads.
CALL (c) {
  MATCH (person:Person)-[p:PARTICIPATED_IN]->(c)
  WITH person, p
  ORDER BY CASE p.role WHEN 'executive' THEN 0 WHEN 'analyst' THEN 1 WHEN 'operator' THEN 2 ELSE 3 END, person.name
  RETURN collect({node: [k IN $props.Person | person[k]], role: p.role, title: p.title, organization: p.organization, turns: p.turns}) AS participants
}
CALL (c) {
  MATCH (c)-[:HAS_EXCHANGE]->(x:Exchange)
  CALL (x) {
    MATCH (x)-[:ASKED_BY]->(analyst:Person)
    MATCH (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(analyst)
    MATCH (t)-[m:MENTIONS]->(topic:Topic)
    WITH topic, sum(coalesce(m.count, 1)) AS count
    ORDER BY count DESC, topic.name
    RETURN collect({node: [k IN $props.Topic | topic[k]], count: count}) AS topics
  }
  CALL (x) {
    MATCH (x)-[i:INCLUDES]->(t:Turn)
    WITH t, i
    ORDER BY i.position, t.index
    RETURN collect([k IN $props.Turn | t[k]]) AS turns
  }
  WITH x, topics, turns
  ORDER BY x.index
  RETURN collect({node: [k IN $props.Exchange | x[k]], topics: topics, turns: turns}) AS exchanges
}
// Only the facts of $factKind when the request's one facts list asks for that kind (all when null).
CALL (c) {
  MATCH (c)-[:HAS_FACT]->(f:MetricFact)
  WHERE $factKind IS NULL OR f.kind = $factKind
  WITH f
  ORDER BY f.turnIndex, f.start, f.id
  RETURN collect([k IN $props.MetricFact | f[k]]) AS facts
}
CALL (c) {
  MATCH (c)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WITH topic, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
  ORDER BY mentions DESC, turns DESC, topic.name
  RETURN collect({node: [k IN $props.Topic | topic[k]], turns: turns, mentions: mentions}) AS topics
}
RETURN [k IN $props.Call | c[k]] AS node, sortKey, companyIds, participants, exchanges, facts, topics
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
