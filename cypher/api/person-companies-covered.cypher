// Companies on whose calls each person took part as an analyst, with how many calls.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:PARTICIPATED_IN {role: 'analyst'}]->(call:Call)-[:OF_COMPANY]->(company:Company)
WITH id, company, count(DISTINCT call) AS calls
RETURN id AS key, company {.*} AS node, calls
ORDER BY calls DESC, company.name
