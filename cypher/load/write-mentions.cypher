// Topics and mentioned organizations, merged by id, and what each turn mentions (topics,
// organizations, people) with how often. Unique-id lookups only (see write-call.cypher for
// `replan=skip`).
CYPHER replan=skip
CALL () {
  UNWIND $batch.topics AS row
  MERGE (n:Topic {id: row.id})
    ON CREATE SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._new)
  WITH n, created, [a IN [row.name] + row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS extra
  FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + extra)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS topicsCreated
}
CALL () {
  UNWIND $batch.organizations AS row
  MERGE (n:Organization {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = row.aliases, n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._new)
  WITH n, created, [a IN [row.name] + row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS extra
  FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + extra)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS organizationsCreated
}
CALL () {
  UNWIND $batch.topicMentions AS row
  MATCH (t:Turn {id: row.turnId})
  MATCH (n:Topic {id: row.targetId})
  CREATE (t)-[:MENTIONS {count: row.count}]->(n)
  RETURN count(*) AS topicMentions
}
CALL () {
  UNWIND $batch.organizationMentions AS row
  MATCH (t:Turn {id: row.turnId})
  MATCH (n:Organization {id: row.targetId})
  CREATE (t)-[:MENTIONS {count: row.count}]->(n)
  RETURN count(*) AS organizationMentions
}
CALL () {
  UNWIND $batch.personMentions AS row
  MATCH (t:Turn {id: row.turnId})
  MATCH (n:Person {id: row.targetId})
  CREATE (t)-[:MENTIONS {count: row.count}]->(n)
  RETURN count(*) AS personMentions
}
RETURN topicsCreated + organizationsCreated AS nodesCreated,
       topicMentions + organizationMentions + personMentions AS relationshipsCreated
