// call-exchanges.cypher with, in the same round trip, each Q&A slot's analyst (exchange-analyst.cypher)
// and the analyst's employers, latest first (person-employers.cypher): for a list of calls whose
// slots' analysts a client asks for (companies -> calls -> exchanges -> analyst -> firm).
UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_EXCHANGE]->(x:Exchange)
OPTIONAL MATCH (x)-[:ASKED_BY]->(person:Person)
CALL (person) {
  OPTIONAL MATCH (person)-[w:WORKS_FOR]->(employer)
  WHERE employer:Firm OR employer:Company
  WITH employer, w
  ORDER BY w.since DESC, employer.id
  RETURN collect(CASE WHEN employer IS NULL THEN null ELSE {
    node: employer {.*}, type: CASE WHEN employer:Firm THEN 'Firm' ELSE 'Company' END, title: w.title, since: w.since
  } END) AS employers
}
RETURN id AS key, x {.*} AS node, person {.id, .name, .aliases} AS analyst, employers
ORDER BY x.index
