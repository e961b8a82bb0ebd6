// Takes the write locks a load needs before it reads anything: the Company's first (merged here,
// so a new company is created once), so loads of one company's calls run one after the other and
// each sees the others' facts when it resolves guidance; then the Call's. Setting and removing a
// property locks an existing node without changing it. Says which source the call holds now
// (null for a call never loaded) and how many other calls the company has. Unique-id lookups
// only (see write-call.cypher for `replan=skip`).
CYPHER replan=skip
CALL () {
  UNWIND $batch.companies AS row
  MERGE (co:Company {id: row.id})
    ON CREATE SET co.name = row.name, co.ticker = row.ticker, co.aliases = row.aliases, co._new = true
  WITH co, co._new IS NOT NULL AS created
  SET co._lock = true
  REMOVE co._lock, co._new
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS companiesCreated,
         sum(COUNT { (co)<-[:OF_COMPANY]-(other:Call) WHERE other.id <> $callId }) AS otherCalls
}
MERGE (c:Call {id: $callId})
SET c._lock = true
REMOVE c._lock
RETURN c.sourceHash AS sourceHash, companiesCreated, otherCalls
