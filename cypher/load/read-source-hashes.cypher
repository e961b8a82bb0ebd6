// The source of every loaded call, so an ingest can skip files already loaded unchanged without
// parsing them, and can tell when another file of the same call holds it (by the path it was
// loaded from: `sourceName` is the file's base name, `sourcePath` the path given).
MATCH (c:Call)
WHERE c.sourceHash IS NOT NULL
RETURN c.id AS callId, c.sourceHash AS sourceHash, coalesce(c.sourcePath, c.sourceName) AS sourceName
