// Deletes the shared nodes (people, firms, companies, topics, …) among the candidates that no
// relationship reaches any more: what a replaced version of a call was the last to refer to.
UNWIND $batch.candidates AS candidate
MATCH (n)
WHERE elementId(n) = candidate AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(n) AS nodesDeleted
