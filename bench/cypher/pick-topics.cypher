// Topics by how many turns mention them, most first, from those mentioned in at least $min turns.
MATCH (topic:Topic)<-[:MENTIONS]-(t:Turn)
WITH topic, count(t) AS turns
WHERE turns >= $min
RETURN topic.id AS topicId, topic.name AS name, turns
ORDER BY turns DESC, topicId
