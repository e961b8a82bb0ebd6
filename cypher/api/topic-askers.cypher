// One page of the analysts who raised each topic in their own question turns, with in how many Q&A
// slots and how many mentions, sorted as the API's Asker order (`orderBy`: EXCHANGES, MENTIONS or
// NAME; the person id last). Keys ($keys) carry the topic id, the calls that count (companies, a
// quarter window, a date window), the direction, the keyset cursor's sort key `after`, the page size
// `limit` (one more than the page) and `withTotal`.
// Over all calls, the counts are the topic's ASKED_ABOUT links, which the loads keep
// (cypher/load/write-topic-links.cypher). With a filter, the mentions of the calls that count.
UNWIND $keys AS k
WITH k, k.companyIds IS NULL AND k.fromOrd IS NULL AND k.toOrd IS NULL AND k.dateFrom IS NULL AND k.dateTo IS NULL AS kept
// Each branch seeks the topic only when it applies (a null id finds none): a WHERE on k alone is
// applied after the branch's MATCH, which would read every mention of the topic for nothing.
CALL (k, kept) {
  CALL (k, kept) {
    MATCH (:Topic {id: CASE WHEN kept THEN k.id END})<-[r:ASKED_ABOUT]-(person:Person)
    RETURN person, r.exchanges AS exchanges, r.mentions AS mentions
    UNION ALL
    MATCH (:Topic {id: CASE WHEN NOT kept THEN k.id END})<-[m:MENTIONS]-(t:Turn)<-[:INCLUDES]-(x:Exchange)-[:ASKED_BY]->(person:Person)
    WHERE (t)-[:SPOKEN_BY]->(person)
    MATCH (call:Call {id: x.callId})
    WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
      AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
      AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
      AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
      AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
    WITH person, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
    RETURN person, exchanges, mentions
  }
  WITH k, person, exchanges, mentions,
       CASE k.orderBy WHEN 'NAME' THEN [toLower(coalesce(person.name, '')), person.id]
                      WHEN 'MENTIONS' THEN [mentions, exchanges, person.id]
                      ELSE [exchanges, mentions, person.id] END AS sortKey
  WITH k, collect({person: person, exchanges: exchanges, mentions: mentions, sortKey: sortKey}) AS found
  CALL (k, found) {
    UNWIND found AS f
    WITH f
    WHERE k.after IS NULL OR CASE WHEN k.descending THEN f.sortKey < k.after ELSE f.sortKey > k.after END
    WITH f
    ORDER BY CASE WHEN k.descending THEN f.sortKey END DESC, CASE WHEN k.descending THEN null ELSE f.sortKey END ASC
    LIMIT toInteger($maxLimit)
    WITH f, f.person AS n
    RETURN collect({node: n {.id, .name, .aliases}, exchanges: f.exchanges, mentions: f.mentions, sortKey: f.sortKey}) AS page
  }
  RETURN CASE WHEN k.withTotal THEN size(found) END AS total, page[..k.limit] AS page
}
RETURN k.key AS key, total, page
