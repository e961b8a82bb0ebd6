// One Migration node per data migration that has run to the end (Database.migrate), even when
// processes migrate at once: MERGE under a uniqueness constraint makes one.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE
