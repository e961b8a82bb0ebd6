UNWIND $ids AS id
MATCH (:Turn {id: id})-[:SPOKEN_BY]->(person:Person)
RETURN id AS key, person {.id, .name, .aliases} AS node
