// Full-text search over what was said (the API's searchTurns), with the turn's company beside its
// text: a search filtered by company asks Lucene for `+companyId:"..."` too (src/api/search-text.ts),
// so only that company's hits come back, instead of every hit of the word across the graph being
// read and checked. The search words are always asked of `text` by name, so `companyId` never
// matches them. Eventually consistent: a load commits without waiting for Lucene, which takes the
// updates in batches on its own thread; done per transaction, the index's refreshes and segment
// merges cost a third of the database's time in a bulk load. Writers that need their text
// searchable at once (ingest, the ingest mutation) end with cypher/health/await-search-index.cypher.
// It replaces turn_search, on the text alone (56-drop-fulltext-turn-search.cypher).
CREATE FULLTEXT INDEX turn_text_search IF NOT EXISTS FOR (n:Turn) ON EACH [n.text, n.companyId]
OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }
