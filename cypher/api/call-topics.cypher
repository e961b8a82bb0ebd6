// Topics mentioned in each call, most mentioned first.
UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
WITH id, topic, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN id AS key, topic {.*} AS node, turns, mentions
ORDER BY mentions DESC, turns DESC, topic.name
