// Dropped: the full-text index of earlier versions on Turn.text alone; turn_text_search
// (41-fulltext-turn-search.cypher) replaces it, with the turn's company beside the text. Safe to
// run again.
DROP INDEX turn_search IF EXISTS
