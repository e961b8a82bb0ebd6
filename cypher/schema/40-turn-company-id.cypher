// Turn.companyId: the call's company, which a search filtered by company hands to the full-text
// index (41-fulltext-turn-search.cypher) so Lucene keeps only that company's turns, however many
// calls the graph holds. Every load writes it (src/load/call-graph.ts); this sets it on turns
// loaded before the property existed, 50,000 at a time (`written`: migrate runs it again until a
// batch writes nothing). Sets only what is missing, so running it again writes nothing. Runs
// before the index is made, so the index reads each turn once.
MATCH (c:Call)-[:HAS_TURN]->(t:Turn)
WHERE t.companyId IS NULL AND c.companyId IS NOT NULL
WITH c, t LIMIT 50000
SET t.companyId = c.companyId
RETURN count(t) AS written
