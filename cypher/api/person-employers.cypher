// Each person's employers (a Firm for analysts, a Company for executives); the latest first.
UNWIND $ids AS id
MATCH (:Person {id: id})-[w:WORKS_FOR]->(employer)
WHERE employer:Firm OR employer:Company
RETURN id AS key, employer {.*} AS node, CASE WHEN employer:Firm THEN 'Firm' ELSE 'Company' END AS type,
       w.title AS title, w.since AS since
ORDER BY w.since DESC, employer.id
