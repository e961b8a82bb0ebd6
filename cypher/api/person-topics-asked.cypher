// Topics each person raised in their own question turns, with the number of Q&A slots they did so in
// and their mentions there: what the loads keep on ASKED_ABOUT (cypher/load/write-topic-links.cypher).
UNWIND $ids AS id
MATCH (person:Person {id: id})-[r:ASKED_ABOUT]->(topic:Topic)
WITH id, topic, r.exchanges AS exchanges, r.mentions AS mentions
RETURN id AS key, topic {.*} AS node, exchanges, mentions
ORDER BY exchanges DESC, mentions DESC, topic.name
