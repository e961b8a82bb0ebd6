// Topics mentioned in the same turns as each topic, most shared turns first.
UNWIND $ids AS id
MATCH (topic:Topic {id: id})<-[:MENTIONS]-(t:Turn)-[:MENTIONS]->(other:Topic)
WHERE other <> topic
WITH id, other, count(DISTINCT t) AS turns, count(DISTINCT t.callId) AS calls
RETURN id AS key, other {.*} AS node, turns, calls
ORDER BY turns DESC, calls DESC, other.name
