// The call's turns, NEXT between consecutive turns, and the Q&A exchanges with the turns of each
// in order. The turns are collected once, ordered by index, and the exchanges' rows point at them
// by position (statement-params.ts), so no turn is looked up by id. Speakers and askers are
// linked by write-people.cypher. No lookups at all beyond the Call (see write-call.cypher for
// `replan=skip`).
CYPHER replan=skip
MATCH (c:Call {id: $callId})
CALL (c) {
  UNWIND $batch.turns AS row
  CREATE (t:Turn)
  SET t = row.props
  CREATE (c)-[:HAS_TURN]->(t)
  WITH t
  ORDER BY t.index
  RETURN collect(t) AS turns
}
CALL (turns) {
  UNWIND range(1, size(turns) - 1) AS i
  WITH turns[i - 1] AS a, turns[i] AS b
  CREATE (a)-[:NEXT]->(b)
  RETURN count(*) AS linked
}
CALL (c, turns) {
  UNWIND $batch.exchanges AS row
  CREATE (x:Exchange)
  SET x = row.props
  CREATE (c)-[:HAS_EXCHANGE]->(x)
  WITH x, row
  UNWIND row.turns AS included
  WITH x, included, turns[toInteger(included.at)] AS t
  CREATE (x)-[:INCLUDES {position: included.position}]->(t)
  RETURN count(*) AS includes
}
RETURN size(turns) + size($batch.exchanges) AS nodesCreated,
       size(turns) + linked + size($batch.exchanges) + includes AS relationshipsCreated
