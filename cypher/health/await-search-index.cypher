// Waits until the eventually consistent full-text index (turn_text_search) holds every committed turn.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
