// Each call's participants with their role in it: executives, analysts, then operators and others.
UNWIND $ids AS id
MATCH (person:Person)-[p:PARTICIPATED_IN]->(:Call {id: id})
RETURN id AS key, person {.id, .name, .aliases} AS node, id AS callId, p.role AS role, p.title AS title,
       p.organization AS organization, p.turns AS turns
ORDER BY CASE p.role WHEN 'executive' THEN 0 WHEN 'analyst' THEN 1 WHEN 'operator' THEN 2 ELSE 3 END, person.name
