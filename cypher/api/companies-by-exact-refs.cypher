// The companies each reference names exactly: its graph id, or its ticker (stored upper-case),
// each through its index. The API looks for names and aliases (companies-by-refs.cypher, which
// reads every Company) only for the references that name no company here. Rank 0 as there.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (c:Company {id: ref})
  RETURN c
  UNION
  MATCH (c:Company {ticker: toUpper(ref)})
  RETURN c
}
RETURN ref AS key, c {.*} AS node, 0 AS rank
ORDER BY size(c.name), c.id
