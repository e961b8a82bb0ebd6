// Guidance resolutions touching each fact, in both directions: as the guidance or as the actual.
UNWIND $ids AS id
MATCH (f:MetricFact {id: id})-[r:RESOLVED_BY]-(other:MetricFact)
RETURN id AS key, other {.*} AS node, startNode(r) = f AS isGuidance, r.position AS position, r.verdict AS verdict
ORDER BY other.callId, other.id
