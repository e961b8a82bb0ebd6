// What a call's detail shows, in one round trip instead of four: its participants with their role
// (as call-participants.cypher), its Q&A slots with each slot's topics and turns (as
// call-exchanges-with-content.cypher), its facts in speaking order (as call-facts.cypher) and its
// topics, most mentioned first (as call-topics.cypher). Read when a list of calls selects two or
// more of those. Every node comes as the list of the properties `$props` names for its label, in
// that order (src/api/projection.ts: what the request selects, from a whitelist; turns' text and
// facts' quotes only when selected).
UNWIND $ids AS id
MATCH (c:Call {id: id})
CALL (c) {
  MATCH (person:Person)-[p:PARTICIPATED_IN]->(c)
  WITH person, p
  ORDER BY CASE p.role WHEN 'executive' THEN 0 WHEN 'analyst' THEN 1 WHEN 'operator' THEN 2 ELSE 3 END, person.name
  RETURN collect({node: [k IN $props.Person | person[k]], role: p.role, title: p.title, organization: p.organization, turns: p.turns}) AS participants
}
CALL (c) {
  MATCH (c)-[:HAS_EXCHANGE]->(x:Exchange)
  CALL (x) {
    MATCH (x)-[:ASKED_BY]->(analyst:Person)
    MATCH (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(analyst)
    MATCH (t)-[m:MENTIONS]->(topic:Topic)
    WITH topic, sum(coalesce(m.count, 1)) AS count
    ORDER BY count DESC, topic.name
    RETURN collect({node: [k IN $props.Topic | topic[k]], count: count}) AS topics
  }
  CALL (x) {
    MATCH (x)-[i:INCLUDES]->(t:Turn)
    WITH t, i
    ORDER BY i.position, t.index
    RETURN collect([k IN $props.Turn | t[k]]) AS turns
  }
  WITH x, topics, turns
  ORDER BY x.index
  RETURN collect({node: [k IN $props.Exchange | x[k]], topics: topics, turns: turns}) AS exchanges
}
CALL (c) {
  MATCH (c)-[:HAS_FACT]->(f:MetricFact)
  WITH f
  ORDER BY f.turnIndex, f.start, f.id
  RETURN collect([k IN $props.MetricFact | f[k]]) AS facts
}
CALL (c) {
  MATCH (c)-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(topic:Topic)
  WITH topic, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
  ORDER BY mentions DESC, turns DESC, topic.name
  RETURN collect({node: [k IN $props.Topic | topic[k]], turns: turns, mentions: mentions}) AS topics
}
RETURN id AS key, participants, exchanges, facts, topics
