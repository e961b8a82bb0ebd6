// Node ids held by more than one node, and node pairs joined twice by one relationship type:
// both must be empty after any sequence of loads.
CALL () {
  MATCH (n)
  WITH n.id AS id, count(*) AS copies
  WHERE copies > 1
  RETURN collect(id) AS nodeIds
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, b, type(r) AS type, count(*) AS copies
  WHERE copies > 1
  RETURN collect(a.id + " -" + type + "-> " + b.id) AS relationships
}
RETURN nodeIds, relationships
