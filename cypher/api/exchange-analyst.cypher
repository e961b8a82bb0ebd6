UNWIND $ids AS id
MATCH (:Exchange {id: id})-[:ASKED_BY]->(person:Person)
RETURN id AS key, person {.id, .name, .aliases} AS node
