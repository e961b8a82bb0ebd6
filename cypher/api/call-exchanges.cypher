UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_EXCHANGE]->(x:Exchange)
RETURN id AS key, x {.*} AS node
ORDER BY x.index
