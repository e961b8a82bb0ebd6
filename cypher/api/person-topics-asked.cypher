// Topics each person raised in their own question turns, with the number of Q&A slots they did so in.
UNWIND $ids AS id
MATCH (x:Exchange)-[:ASKED_BY]->(person:Person {id: id})
MATCH (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(person)
MATCH (t)-[m:MENTIONS]->(topic:Topic)
WITH id, topic, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
RETURN id AS key, topic {.*} AS node, exchanges, mentions
ORDER BY exchanges DESC, mentions DESC, topic.name
