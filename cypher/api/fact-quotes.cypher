// The quote of each fact: read only when a client selects MetricFact.quote on a call's facts
// (call-facts.cypher and call-content.cypher leave it out: most of a fact's bytes).
UNWIND $ids AS id
MATCH (f:MetricFact {id: id})
RETURN id AS key, f.quote AS quote
