// Turns without their text (Turn.text reads it through turn-texts.cypher when asked).
UNWIND $ids AS id
MATCH (t:Turn)-[:STATES]->(:MetricFact {id: id})
RETURN id AS key, t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node
