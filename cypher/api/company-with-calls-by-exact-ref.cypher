// The company an exact reference names (graph id or ticker, each through its index, the first by
// name length and id: as companies-by-exact-refs.cypher and the API's companiesByRef) with its
// calls, newest period first (as company-calls.cypher): for `company(ref:) { … calls { … } }`, one
// round trip instead of two. No row when the reference names no company so (a name, an alias).
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
  RETURN collect(CASE WHEN call IS NULL THEN null ELSE [k IN $props.Call | call[k]] END) AS calls
}
RETURN [k IN $props.Company | c[k]] AS node, calls
