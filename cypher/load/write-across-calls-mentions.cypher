// Brings the MENTIONS counted across the company's calls (across-calls-topics.ts) to the ones
// computed for its calls as they are now: `$batch.removed` ({turnId, topicId}) are the ones that
// no longer hold (or whose count changed), `$batch.rows` the ones to add (grouped by topic, one
// lookup per topic; turns by unique id), whichever load made the old ones, so the graph depends
// only on which calls are loaded. Returns the topics the removed ones pointed at, which may now be
// orphans.
CYPHER replan=skip
CALL () {
  UNWIND $batch.removed AS old
  MATCH (t:Turn {id: old.turnId})-[m:MENTIONS]->(n:Topic)
  WHERE m.acrossCalls = true AND m.topicId = old.topicId
  DELETE m
  RETURN count(m) AS relationshipsDeleted, collect(DISTINCT elementId(n)) AS touched
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
