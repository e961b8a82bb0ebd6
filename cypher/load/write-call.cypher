// The Call's properties (replacing the previous version's) and its link to the Company, whose
// ticker it completes and whose name it re-chooses (lock-call.cypher merged and locked the
// Company): the name most of the company's calls use, the longest on a tie, every other spelling
// an alias (kept sorted, so the order calls are loaded in does not show). Only unique-id lookups, so the plan made once stays right as the graph grows:
// `replan=skip` spares a re-plan per statistics change while a fresh graph fills up.
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
  WITH co, best, reduce(acc = [], a IN seen |
         CASE WHEN a IS NULL OR a = best OR a IN acc THEN acc ELSE [x IN acc WHERE x < a] + a + [x IN acc WHERE x > a] END) AS aliases
  FOREACH (_ IN CASE WHEN co.name <> best OR coalesce(co.aliases, []) <> aliases THEN [1] ELSE [] END |
    SET co.name = best, co.aliases = aliases)
  RETURN count(co) AS linked
}
RETURN 0 AS nodesCreated, linked AS relationshipsCreated
