// Records that the data migration $name has run to the end (see migration-applied.cypher).
MERGE (m:Migration {id: $name})
  ON CREATE SET m.appliedAt = datetime()
RETURN m.id AS id
