// The analysts working for each firm, with how many calls each joined as an analyst.
UNWIND $ids AS id
MATCH (person:Person)-[w:WORKS_FOR]->(:Firm {id: id})
CALL (person) {
  OPTIONAL MATCH (person)-[:PARTICIPATED_IN {role: 'analyst'}]->(call:Call)
  RETURN count(call) AS calls
}
RETURN id AS key, person {.id, .name, .aliases} AS node, w.title AS title, calls
ORDER BY person.name
