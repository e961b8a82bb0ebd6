// The Call's properties (replacing the previous version's) and its link to the Company, whose
// ticker it completes and whose name it re-chooses (lock-call.cypher merged the Company): the
// name most of the company's calls use, the longest on a tie, every other spelling an alias;
// the people (participants and people mentioned) and analysts' firms, merged by id; each
// participant's part in the call; and who works for whom, with the calls that say so. Only unique-id lookups, so the plan made
// once stays right as the graph grows: `replan=skip` spares a re-plan per statistics change
// while a fresh graph fills up.
CYPHER replan=skip
MATCH (c:Call {id: $callId})
SET c += $batch.call
SET c.date = CASE WHEN $batch.call.date IS NULL THEN null ELSE date($batch.call.date) END,
    c.loadedAt = datetime()
WITH c
CALL (c) {
  UNWIND $batch.companies AS row
  MATCH (co:Company {id: row.id})
  FOREACH (_ IN CASE WHEN co.ticker IS NULL AND row.ticker IS NOT NULL THEN [1] ELSE [] END | SET co.ticker = row.ticker)
  CREATE (c)-[:OF_COMPANY]->(co)
  WITH co, row
  CALL (co) {
    MATCH (co)<-[:OF_COMPANY]-(k:Call)
    WHERE k.companyName IS NOT NULL
    WITH k.companyName AS name, count(*) AS uses
    ORDER BY uses DESC, size(name) DESC, name
    RETURN collect(name)[0] AS best
  }
  WITH co, coalesce(best, co.name) AS best,
       [co.name, row.name] + coalesce(co.aliases, []) + row.aliases AS seen
  WITH co, best, reduce(acc = [], a IN seen | CASE WHEN a IS NULL OR a = best OR a IN acc THEN acc ELSE acc + a END) AS aliases
  FOREACH (_ IN CASE WHEN co.name <> best OR coalesce(co.aliases, []) <> aliases THEN [1] ELSE [] END |
    SET co.name = best, co.aliases = aliases)
  RETURN count(co) AS linked
}
CALL () {
  UNWIND $batch.people AS row
  MERGE (n:Person {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = row.aliases, n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._new)
  WITH n, created, [a IN [row.name] + row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS extra
  FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + extra)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS peopleCreated
}
CALL () {
  UNWIND $batch.firms AS row
  MERGE (n:Firm {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = row.aliases, n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._new)
  WITH n, created, [a IN [row.name] + row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS extra
  FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + extra)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS firmsCreated
}
CALL (c) {
  UNWIND $batch.participations AS row
  MATCH (p:Person {id: row.personId})
  CREATE (p)-[:PARTICIPATED_IN {role: row.role, title: row.title, organization: row.organization, turns: row.turns}]->(c)
  RETURN count(*) AS participations
}
CALL () {
  UNWIND $batch.companyEmployments AS row
  MATCH (p:Person {id: row.personId})
  MATCH (e:Company {id: row.employerId})
  MERGE (p)-[w:WORKS_FOR]->(e)
    ON CREATE SET w.callIds = [$callId], w.title = row.title, w.since = $batch.period, w._new = true
  WITH w, row, w._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE w._new)
  FOREACH (_ IN CASE WHEN NOT created AND NOT $callId IN w.callIds THEN [1] ELSE [] END | SET w.callIds = w.callIds + $callId)
  FOREACH (_ IN CASE WHEN NOT created AND $batch.period IS NOT NULL AND coalesce(w.since, "") <= $batch.period THEN [1] ELSE [] END |
    SET w.title = row.title, w.since = $batch.period)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS companyEmploymentsCreated
}
CALL () {
  UNWIND $batch.firmEmployments AS row
  MATCH (p:Person {id: row.personId})
  MATCH (e:Firm {id: row.employerId})
  MERGE (p)-[w:WORKS_FOR]->(e)
    ON CREATE SET w.callIds = [$callId], w.title = row.title, w.since = $batch.period, w._new = true
  WITH w, row, w._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE w._new)
  FOREACH (_ IN CASE WHEN NOT created AND NOT $callId IN w.callIds THEN [1] ELSE [] END | SET w.callIds = w.callIds + $callId)
  FOREACH (_ IN CASE WHEN NOT created AND $batch.period IS NOT NULL AND coalesce(w.since, "") <= $batch.period THEN [1] ELSE [] END |
    SET w.title = row.title, w.since = $batch.period)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS firmEmploymentsCreated
}
RETURN peopleCreated + firmsCreated AS nodesCreated,
       linked + participations + companyEmploymentsCreated + firmEmploymentsCreated AS relationshipsCreated
