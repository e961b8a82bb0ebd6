// The shared nodes a call names and its links to them, written after the call's own nodes
// (write-content.cypher) so that the locks on nodes other loads share are held as briefly as
// possible: the people (participants and people mentioned) and analysts' firms, merged by id;
// each participant's part in the call; who works for whom, with the calls that say so; who spoke
// each turn and who asked each question; topics and mentioned organizations, merged by id; and
// what each turn mentions, with how often. Rows are grouped by the shared node they name, and
// point at the call's turns and exchanges by position (statement-params.ts). Unique-id lookups
// only (see write-call.cypher for `replan=skip`).
// What a shared node is called does not depend on the order calls are loaded in: its spellings
// are the union of those every call gave it, kept sorted; its name is the longest of them for a
// person (the fullest: "Amy L. Racanello"), the shortest for a firm, organization or topic (the
// brand or head term: "UBS" over "UBS Investment Bank", "5G" over "5G network"), the first in
// code-point order on a tie; the others are its aliases. A person's nameLower is its name lower-cased
// (the analyst name filter's text index, cypher/schema/61-*). A Topic's kind is the least (in
// code-point order) any call gave it, none only when no call gave one; a WORKS_FOR's callIds are kept sorted, and of two calls of
// one period the title first in code-point order wins.
// A shared node or WORKS_FOR an earlier load made is written with the locks taken before its spellings, names and call ids are
// read (`ON MATCH SET ._lock`, removed at once): under read-committed isolation two loads that read the same aliases before
// either commits would each write their own union, and one call's spellings would be lost (firm aliases differed between two
// loads of the same files, in a test run on a busy machine).
CYPHER replan=skip
MATCH (c:Call {id: $callId})
CALL (c) {
  MATCH (c)-[:HAS_TURN]->(t:Turn)
  WITH t
  ORDER BY t.index
  RETURN collect(t) AS turns
}
CALL (c) {
  MATCH (c)-[:HAS_EXCHANGE]->(x:Exchange)
  WITH x
  ORDER BY x.index
  RETURN collect(x) AS exchanges
}
CALL () {
  UNWIND $batch.people AS row
  MERGE (n:Person {id: row.id})
    ON CREATE SET n.name = row.name, n.nameLower = toLower(row.name), n.aliases = row.aliases, n._new = true
    ON MATCH SET n._lock = true
  WITH n, row, n._new IS NOT NULL AS created
  REMOVE n._new, n._lock
  WITH n, created, reduce(acc = [], s IN [n.name] + coalesce(n.aliases, []) + [row.name] + row.aliases |
         CASE WHEN s IS NULL OR s IN acc THEN acc ELSE [x IN acc WHERE x < s] + s + [x IN acc WHERE x > s] END) AS spellings
  WITH n, created, spellings, reduce(best = null, s IN spellings | CASE WHEN best IS NULL OR size(s) > size(best) THEN s ELSE best END) AS best
  WITH n, created, best, [s IN spellings WHERE s <> best] AS aliases
  FOREACH (_ IN CASE WHEN n.name <> best OR n.aliases <> aliases THEN [1] ELSE [] END | SET n.name = best, n.nameLower = toLower(best), n.aliases = aliases)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS peopleCreated
}
CALL () {
  UNWIND $batch.firms AS row
  MERGE (n:Firm {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = row.aliases, n._new = true
    ON MATCH SET n._lock = true
  WITH n, row, n._new IS NOT NULL AS created
  REMOVE n._new, n._lock
  WITH n, created, reduce(acc = [], s IN [n.name] + coalesce(n.aliases, []) + [row.name] + row.aliases |
         CASE WHEN s IS NULL OR s IN acc THEN acc ELSE [x IN acc WHERE x < s] + s + [x IN acc WHERE x > s] END) AS spellings
  WITH n, created, spellings, reduce(best = null, s IN spellings | CASE WHEN best IS NULL OR size(s) < size(best) THEN s ELSE best END) AS best
  WITH n, created, best, [s IN spellings WHERE s <> best] AS aliases
  FOREACH (_ IN CASE WHEN n.name <> best OR n.aliases <> aliases THEN [1] ELSE [] END | SET n.name = best, n.aliases = aliases)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS firmsCreated
}
CALL (c) {
  UNWIND $batch.participations AS row
  MATCH (p:Person {id: row.personId})
  CREATE (p)-[:PARTICIPATED_IN {role: row.role, title: row.title, organization: row.organization, turns: row.turns}]->(c)
  RETURN count(*) AS participations
}
CALL () {
  UNWIND $batch.companyEmployments AS row
  MATCH (p:Person {id: row.personId})
  MATCH (e:Company {id: row.employerId})
  MERGE (p)-[w:WORKS_FOR]->(e)
    ON CREATE SET w.callIds = [$callId], w.title = row.title, w.since = $batch.period, w._new = true
    ON MATCH SET w._lock = true
  WITH w, row, w._new IS NOT NULL AS created
  REMOVE w._new, w._lock
  FOREACH (_ IN CASE WHEN NOT created AND NOT $callId IN w.callIds THEN [1] ELSE [] END |
    SET w.callIds = [x IN w.callIds WHERE x < $callId] + $callId + [x IN w.callIds WHERE x > $callId])
  FOREACH (_ IN CASE WHEN NOT created AND $batch.period IS NOT NULL AND (coalesce(w.since, "") < $batch.period
      OR (w.since = $batch.period AND coalesce(row.title, "") < coalesce(w.title, ""))) THEN [1] ELSE [] END |
    SET w.title = row.title, w.since = $batch.period)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS companyEmploymentsCreated
}
CALL () {
  UNWIND $batch.firmEmployments AS row
  MATCH (p:Person {id: row.personId})
  MATCH (e:Firm {id: row.employerId})
  MERGE (p)-[w:WORKS_FOR]->(e)
    ON CREATE SET w.callIds = [$callId], w.title = row.title, w.since = $batch.period, w._new = true
    ON MATCH SET w._lock = true
  WITH w, row, w._new IS NOT NULL AS created
  REMOVE w._new, w._lock
  FOREACH (_ IN CASE WHEN NOT created AND NOT $callId IN w.callIds THEN [1] ELSE [] END |
    SET w.callIds = [x IN w.callIds WHERE x < $callId] + $callId + [x IN w.callIds WHERE x > $callId])
  FOREACH (_ IN CASE WHEN NOT created AND $batch.period IS NOT NULL AND (coalesce(w.since, "") < $batch.period
      OR (w.since = $batch.period AND coalesce(row.title, "") < coalesce(w.title, ""))) THEN [1] ELSE [] END |
    SET w.title = row.title, w.since = $batch.period)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS firmEmploymentsCreated
}
CALL (turns) {
  UNWIND $batch.speakers AS row
  MATCH (p:Person {id: row.personId})
  UNWIND row.turns AS at
  WITH p, turns[toInteger(at)] AS t
  CREATE (t)-[:SPOKEN_BY]->(p)
  RETURN count(*) AS spoken
}
CALL (exchanges) {
  UNWIND $batch.askers AS row
  MATCH (p:Person {id: row.personId})
  UNWIND row.exchanges AS at
  WITH p, exchanges[toInteger(at)] AS x
  CREATE (x)-[:ASKED_BY]->(p)
  RETURN count(*) AS asked
}
// A topic is named by the shortest of the spellings that are the topic itself (`names`: their key is
// its key, "Olive Garden" for topic:olive garden), never by one a call merged into it: one call's
// "relief" in supply chain's aliases had named the topic "relief" everywhere. Its aliases are all
// the other spellings.
CALL () {
  UNWIND $batch.topics AS row
  MERGE (n:Topic {id: row.id})
    ON CREATE SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.names = row.names, n._new = true
    ON MATCH SET n._lock = true
  FOREACH (_ IN CASE WHEN row.kind IS NOT NULL AND (n.kind IS NULL OR row.kind < n.kind) THEN [1] ELSE [] END | SET n.kind = row.kind)
  WITH n, row, n._new IS NOT NULL AS created
  REMOVE n._new, n._lock
  WITH n, row, created, reduce(acc = [], s IN [n.name] + coalesce(n.aliases, []) + [row.name] + row.aliases |
         CASE WHEN s IS NULL OR s IN acc THEN acc ELSE [x IN acc WHERE x < s] + s + [x IN acc WHERE x > s] END) AS spellings,
       reduce(acc = [], s IN coalesce(n.names, []) + row.names |
         CASE WHEN s IS NULL OR s IN acc THEN acc ELSE [x IN acc WHERE x < s] + s + [x IN acc WHERE x > s] END) AS names
  WITH n, created, spellings, names,
       reduce(best = null, s IN CASE WHEN size(names) > 0 THEN names ELSE spellings END |
         CASE WHEN best IS NULL OR size(s) < size(best) THEN s ELSE best END) AS best
  WITH n, created, names, best, [s IN spellings WHERE s <> best] AS aliases
  FOREACH (_ IN CASE WHEN n.name <> best OR n.aliases <> aliases OR coalesce(n.names, []) <> names THEN [1] ELSE [] END |
    SET n.name = best, n.aliases = aliases, n.names = names)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS topicsCreated
}
CALL () {
  UNWIND $batch.organizations AS row
  MERGE (n:Organization {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = row.aliases, n._new = true
    ON MATCH SET n._lock = true
  WITH n, row, n._new IS NOT NULL AS created
  REMOVE n._new, n._lock
  WITH n, created, reduce(acc = [], s IN [n.name] + coalesce(n.aliases, []) + [row.name] + row.aliases |
         CASE WHEN s IS NULL OR s IN acc THEN acc ELSE [x IN acc WHERE x < s] + s + [x IN acc WHERE x > s] END) AS spellings
  WITH n, created, spellings, reduce(best = null, s IN spellings | CASE WHEN best IS NULL OR size(s) < size(best) THEN s ELSE best END) AS best
  WITH n, created, best, [s IN spellings WHERE s <> best] AS aliases
  FOREACH (_ IN CASE WHEN n.name <> best OR n.aliases <> aliases THEN [1] ELSE [] END | SET n.name = best, n.aliases = aliases)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS organizationsCreated
}
// A topic's MENTIONS carry what a page of its turns is sorted by (the topic, the call's quarter,
// the call, the turn's index), so that page is read in the order of an index (cypher/schema/43-*).
CALL (c, turns) {
  UNWIND $batch.topicMentions AS row
  MATCH (n:Topic {id: row.targetId})
  UNWIND row.turns AS mention
  WITH n, mention, turns[toInteger(mention.at)] AS t
  CREATE (t)-[:MENTIONS {count: mention.count, topicId: n.id, callQuarter: coalesce(c.fiscalYear * 4 + c.fiscalQuarter - 1, -1),
                         callId: c.id, turnIndex: t.index}]->(n)
  RETURN count(*) AS topicMentions
}
CALL (turns) {
  UNWIND $batch.organizationMentions AS row
  MATCH (n:Organization {id: row.targetId})
  UNWIND row.turns AS mention
  WITH n, mention, turns[toInteger(mention.at)] AS t
  CREATE (t)-[:MENTIONS {count: mention.count}]->(n)
  RETURN count(*) AS organizationMentions
}
CALL (turns) {
  UNWIND $batch.personMentions AS row
  MATCH (n:Person {id: row.targetId})
  UNWIND row.turns AS mention
  WITH n, mention, turns[toInteger(mention.at)] AS t
  CREATE (t)-[:MENTIONS {count: mention.count}]->(n)
  RETURN count(*) AS personMentions
}
RETURN peopleCreated + firmsCreated + topicsCreated + organizationsCreated AS nodesCreated,
       participations + companyEmploymentsCreated + firmEmploymentsCreated + spoken + asked
         + topicMentions + organizationMentions + personMentions AS relationshipsCreated
