UNWIND $ids AS id
MATCH (:Exchange {id: id})-[i:INCLUDES]->(t:Turn)
RETURN id AS key, t {.*} AS node
ORDER BY i.position, t.index
