// Topics and mentioned organizations, merged by id, and what each turn mentions (topics,
// organizations, people) with how often: rows are grouped by what they mention, and point at the
// call's turns by position (statement-params.ts). Written last with write-people.cypher, as it
// locks nodes other loads share. Unique-id lookups only (see write-call.cypher for `replan=skip`).
CYPHER replan=skip
MATCH (c:Call {id: $callId})
CALL (c) {
  MATCH (c)-[:HAS_TURN]->(t:Turn)
  WITH t
  ORDER BY t.index
  RETURN collect(t) AS turns
}
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
CALL (turns) {
  UNWIND $batch.topicMentions AS row
  MATCH (n:Topic {id: row.targetId})
  UNWIND row.turns AS mention
  WITH n, mention, turns[toInteger(mention.at)] AS t
  CREATE (t)-[:MENTIONS {count: mention.count}]->(n)
  RETURN count(*) AS topicMentions
}
CALL (turns) {
  UNWIND $batch.organizationMentions AS row
  MATCH (n:Organization {id: row.targetId})
  UNWIND row.turns AS mention
  WITH n, mention, turns[toInteger(mention.at)] AS t
  CREATE (t)-[:MENTIONS {count: mention.count}]->(n)
  RETURN count(*) AS organizationMentions
}
CALL (turns) {
  UNWIND $batch.personMentions AS row
  MATCH (n:Person {id: row.targetId})
  UNWIND row.turns AS mention
  WITH n, mention, turns[toInteger(mention.at)] AS t
  CREATE (t)-[:MENTIONS {count: mention.count}]->(n)
  RETURN count(*) AS personMentions
}
RETURN topicsCreated + organizationsCreated AS nodesCreated,
       topicMentions + organizationMentions + personMentions AS relationshipsCreated
