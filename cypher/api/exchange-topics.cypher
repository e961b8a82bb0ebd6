// Topics the asking analyst raised in each Q&A slot's question turns, most mentioned first.
UNWIND $ids AS id
MATCH (x:Exchange {id: id})-[:ASKED_BY]->(analyst:Person)
MATCH (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(analyst)
MATCH (t)-[m:MENTIONS]->(topic:Topic)
WITH id, topic, sum(coalesce(m.count, 1)) AS count
RETURN id AS key, topic {.*} AS node, count
ORDER BY count DESC, topic.name
