// The source of every loaded call, so an ingest can skip files already loaded unchanged without
// parsing them, and can tell when another file of the same call holds it.
MATCH (c:Call)
WHERE c.sourceHash IS NOT NULL
RETURN c.id AS callId, c.sourceHash AS sourceHash, c.sourceName AS sourceName
