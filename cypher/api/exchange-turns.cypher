// Turns without their text (Turn.text reads it through turn-texts.cypher when asked).
UNWIND $ids AS id
MATCH (:Exchange {id: id})-[i:INCLUDES]->(t:Turn)
RETURN id AS key, t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node
ORDER BY i.position, t.index
