UNWIND $ids AS id
MATCH (:Turn {id: id})-[:STATES]->(f:MetricFact)
RETURN id AS key, f {.*} AS node
ORDER BY f.start, f.id
