UNWIND $ids AS id
MATCH (x:Exchange)-[:INCLUDES]->(:Turn {id: id})
RETURN id AS key, x {.*} AS node
