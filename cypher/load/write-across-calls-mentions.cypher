// Replaces the MENTIONS counted across the company's calls (across-calls-topics.ts) with the ones
// computed for its calls as they are now: the old ones go, whichever load made them, so the graph
// depends only on which calls are loaded. Returns the topics the old ones pointed at, which may now
// be orphans. Rows are grouped by topic (one lookup per topic); turns by unique id.
CYPHER replan=skip
CALL () {
  MATCH (:Company {id: $batch.companyId})<-[:OF_COMPANY]-(:Call)-[:HAS_TURN]->(:Turn)-[m:MENTIONS]->(n:Topic)
  WHERE m.acrossCalls = true
  WITH collect(m) AS old, collect(DISTINCT elementId(n)) AS touched
  FOREACH (r IN old | DELETE r)
  RETURN size(old) AS relationshipsDeleted, touched
}
CALL () {
  UNWIND $batch.rows AS row
  MATCH (n:Topic {id: row.topicId})
  UNWIND row.turns AS mention
  MATCH (t:Turn {id: mention.turnId})
  MATCH (c:Call {id: t.callId})
  // What a page of the topic's turns is sorted by, as write-shared.cypher writes it.
  CREATE (t)-[:MENTIONS {count: mention.count, acrossCalls: true, topicId: n.id,
                         callQuarter: coalesce(c.fiscalYear * 4 + c.fiscalQuarter - 1, -1), callId: c.id, turnIndex: t.index}]->(n)
  RETURN count(*) AS relationshipsCreated
}
RETURN relationshipsDeleted, relationshipsCreated, touched AS candidates
