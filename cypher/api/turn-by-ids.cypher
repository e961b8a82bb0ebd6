// Turn nodes by id, for the per-request node loader; rows in any order, missing ids absent;
// without the text (Turn.text reads it through turn-texts.cypher when asked).
UNWIND $ids AS id
MATCH (n:Turn {id: id})
RETURN n {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId} AS node
