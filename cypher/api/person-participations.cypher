// The calls each person took part in, with the role and title in that call; newest first.
UNWIND $ids AS id
MATCH (person:Person {id: id})-[p:PARTICIPATED_IN]->(call:Call)
RETURN id AS key, call {.*} AS node, person {.id, .name, .aliases} AS person, p.role AS role, p.title AS title,
       p.organization AS organization, p.turns AS turns
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id
