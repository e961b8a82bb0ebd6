UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_TURN]->(t:Turn)
RETURN id AS key, t {.*} AS node
ORDER BY t.index
