// Analysts who raised each topic in their own question turns, with how many Q&A slots.
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[m:MENTIONS]-(t:Turn)<-[:INCLUDES]-(x:Exchange)-[:ASKED_BY]->(person:Person)
WHERE (t)-[:SPOKEN_BY]->(person)
WITH id, person, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
RETURN id AS key, person {.*} AS node, exchanges, mentions
ORDER BY exchanges DESC, mentions DESC, person.name
