// How many calls the graph holds (the size a prepared benchmark database is reported by).
MATCH (call:Call)
RETURN count(call) AS calls
