// Full-text search over what was said (the API's searchTurns). Eventually consistent: a load
// commits without waiting for Lucene, which takes the updates in batches on its own thread; done
// per transaction, the index's refreshes and segment merges cost a third of the database's time
// in a bulk load. Writers that need their text searchable at once (ingest, the ingest mutation)
// end with cypher/health/await-search-index.cypher.
CREATE FULLTEXT INDEX turn_search IF NOT EXISTS FOR (n:Turn) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }
