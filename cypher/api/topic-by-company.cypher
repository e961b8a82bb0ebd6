// Mentions of each topic per company, most first.
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[m:MENTIONS]-(t:Turn)<-[:HAS_TURN]-(call:Call)-[:OF_COMPANY]->(company:Company)
WITH id, company, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN id AS key, company {.*} AS node, calls, turns, mentions
ORDER BY mentions DESC, company.name
