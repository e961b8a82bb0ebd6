// The call's turns in order, each linked to its speaker, NEXT between consecutive turns, and the
// Q&A exchanges: who asked, and the turns of each in order. Unique-id lookups only (see
// write-call.cypher for `replan=skip`).
CYPHER replan=skip
MATCH (c:Call {id: $callId})
CALL (c) {
  UNWIND $batch.turns AS row
  CREATE (t:Turn)
  SET t = row.props
  CREATE (c)-[:HAS_TURN]->(t)
  WITH t, row
  WHERE row.speakerId IS NOT NULL
  MATCH (p:Person {id: row.speakerId})
  CREATE (t)-[:SPOKEN_BY]->(p)
  RETURN count(*) AS spoken
}
CALL () {
  UNWIND $batch.next AS row
  MATCH (a:Turn {id: row.from})
  MATCH (b:Turn {id: row.to})
  CREATE (a)-[:NEXT]->(b)
  RETURN count(*) AS linked
}
CALL (c) {
  UNWIND $batch.exchanges AS row
  CREATE (x:Exchange)
  SET x = row.props
  CREATE (c)-[:HAS_EXCHANGE]->(x)
  RETURN count(x) AS exchanges
}
CALL () {
  UNWIND $batch.exchanges AS row
  WITH row
  WHERE row.askedById IS NOT NULL
  MATCH (x:Exchange {id: row.id})
  MATCH (p:Person {id: row.askedById})
  CREATE (x)-[:ASKED_BY]->(p)
  RETURN count(*) AS asked
}
CALL () {
  UNWIND $batch.exchanges AS row
  UNWIND row.turns AS included
  MATCH (x:Exchange {id: row.id})
  MATCH (t:Turn {id: included.id})
  CREATE (x)-[:INCLUDES {position: included.position}]->(t)
  RETURN count(*) AS includes
}
RETURN size($batch.turns) + exchanges AS nodesCreated,
       size($batch.turns) + spoken + linked + exchanges + asked + includes AS relationshipsCreated
