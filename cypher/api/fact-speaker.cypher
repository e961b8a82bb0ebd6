UNWIND $ids AS id
MATCH (t:Turn)-[:STATES]->(:MetricFact {id: id})
MATCH (t)-[:SPOKEN_BY]->(person:Person)
RETURN id AS key, person {.id, .name, .aliases} AS node
