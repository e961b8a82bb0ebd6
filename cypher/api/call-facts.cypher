UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_FACT]->(f:MetricFact)
RETURN id AS key, f {.*} AS node
ORDER BY f.turnIndex, f.start, f.id
