// The text of each turn: read only when a client selects Turn.text (every other turn statement
// leaves it out: a turn's text is most of its bytes).
UNWIND $ids AS id
MATCH (t:Turn {id: id})
RETURN id AS key, t.text AS text
