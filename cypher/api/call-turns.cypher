// Turns without their text (Turn.text reads it through turn-texts.cypher when asked).
UNWIND $ids AS id
MATCH (:Call {id: id})-[:HAS_TURN]->(t:Turn)
RETURN id AS key, t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node
ORDER BY t.index
