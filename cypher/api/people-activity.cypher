// What an analyst list shows of each person, in one round trip instead of four: employers, latest
// first (as person-employers.cypher); the calls joined, newest first, with the role in each (as
// person-participations.cypher); the companies covered as an analyst, most calls first (as
// person-companies-covered.cypher); the topics raised in their own questions, most Q&A slots
// first (as person-topics-asked.cypher). Read when a page of analysts selects two or more of them.
// Every node comes as the list of the properties `$props` names for its label, in that order
// (src/api/projection.ts: what the request selects, from a whitelist); a participation's
// PARTICIPATED_IN properties likewise, as `$props.CallParticipant` names them.
UNWIND $ids AS id
MATCH (person:Person {id: id})
CALL (person) {
  OPTIONAL MATCH (person)-[w:WORKS_FOR]->(employer)
  WHERE employer:Firm OR employer:Company
  WITH employer, w
  ORDER BY w.since DESC, employer.id
  RETURN collect(CASE WHEN employer IS NULL THEN null ELSE {
    node: CASE WHEN employer:Firm THEN [k IN $props.Firm | employer[k]] ELSE [k IN $props.Company | employer[k]] END,
    type: CASE WHEN employer:Firm THEN 'Firm' ELSE 'Company' END, title: w.title, since: w.since
  } END) AS employers
}
CALL (person) {
  OPTIONAL MATCH (person)-[p:PARTICIPATED_IN]->(call:Call)
  WITH p, call
  ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id
  RETURN collect(CASE WHEN call IS NULL THEN null ELSE {
    node: [k IN $props.Call | call[k]], rel: [k IN $props.CallParticipant | p[k]]
  } END) AS participations
}
CALL (person) {
  MATCH (person)-[:PARTICIPATED_IN {role: 'analyst'}]->(call:Call)-[:OF_COMPANY]->(company:Company)
  WITH company, count(DISTINCT call) AS calls
  ORDER BY calls DESC, company.name
  RETURN collect({node: [k IN $props.Company | company[k]], calls: calls}) AS covered
}
CALL (person) {
  // The Q&A slots and mentions the loads keep on ASKED_ABOUT (cypher/load/write-topic-links.cypher):
  // as many rows as the topics the person raised, not their every exchange, turn and mention.
  MATCH (person)-[r:ASKED_ABOUT]->(topic:Topic)
  WITH topic, r.exchanges AS exchanges, r.mentions AS mentions
  ORDER BY exchanges DESC, mentions DESC, topic.name
  RETURN collect({node: [k IN $props.Topic | topic[k]], exchanges: exchanges, mentions: mentions}) AS topics
}
RETURN id AS key, employers, participations, covered, topics
