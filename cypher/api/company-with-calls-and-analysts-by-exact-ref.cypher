// company-with-calls-by-exact-ref.cypher with, for the newest $slotsFor calls, their Q&A slots with
// each slot's analyst and the analyst's employers, latest first (as call-exchanges-with-analysts.cypher,
// one `slots` row per slot with the call's id as `key`; `slotCalls` names the calls read): for
// `company(ref:) { calls(first: n) { nodes { exchanges { analyst { … } } } } }`, one round trip.
// Every node comes as the list of the properties `$props` names for its label, in that order
// (src/api/projection.ts: what the request selects, from a whitelist), not whole.
CALL () {
  MATCH (c:Company {id: $ref})
  RETURN c
  UNION
  MATCH (c:Company {ticker: toUpper($ref)})
  RETURN c
}
WITH c
ORDER BY size(c.name), c.id
LIMIT 1
CALL (c) {
  OPTIONAL MATCH (c)<-[:OF_COMPANY]-(call:Call)
  WITH call
  ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id
  RETURN collect(call) AS calls
}
CALL (calls) {
  UNWIND calls[..$slotsFor] AS call
  MATCH (call)-[:HAS_EXCHANGE]->(x:Exchange)
  OPTIONAL MATCH (x)-[:ASKED_BY]->(person:Person)
  CALL (person) {
    OPTIONAL MATCH (person)-[w:WORKS_FOR]->(employer)
    WHERE employer:Firm OR employer:Company
    WITH employer, w
    ORDER BY w.since DESC, employer.id
    RETURN collect(CASE WHEN employer IS NULL THEN null ELSE {
      node: CASE WHEN employer:Firm THEN [k IN $props.Firm | employer[k]] ELSE [k IN $props.Company | employer[k]] END, type: CASE WHEN employer:Firm THEN 'Firm' ELSE 'Company' END, title: w.title, since: w.since
    } END) AS employers
  }
  WITH call, x, person, employers
  ORDER BY x.index
  RETURN collect({key: call.id, node: [k IN $props.Exchange | x[k]],
                  analyst: CASE WHEN person IS NULL THEN null ELSE [k IN $props.Person | person[k]] END, employers: employers}) AS slots
}
RETURN [k IN $props.Company | c[k]] AS node, [call IN calls | [k IN $props.Call | call[k]]] AS calls, [call IN calls[..$slotsFor] | call.id] AS slotCalls, slots
