// Dropped: the full-text index of earlier versions, updated inside every load's transaction;
// the index of 41-fulltext-turn-search.cypher replaces it. Safe to run again.
DROP INDEX turn_text IF EXISTS
