// Whether the data migration $name (a statement of cypher/schema/ that fills in data) has run to the
// end on this database: Database.migrate runs such a statement once, not at every start, since
// finding that nothing is left to do reads every node it covers (seconds on a large graph).
OPTIONAL MATCH (m:Migration {id: $name})
RETURN m IS NOT NULL AS applied
