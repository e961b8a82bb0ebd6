UNWIND $ids AS id
MATCH (person:Person)-[w:WORKS_FOR]->(:Firm {id: id})
RETURN id AS key, person {.*} AS node, w.title AS title
ORDER BY person.name
