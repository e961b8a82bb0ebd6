// One page of the topics mentioned in the same turns as each topic, with how many turns and calls
// share them, sorted as the API's CoMention order (`orderBy`: TURNS, CALLS or NAME; the topic id
// last). Keys ($keys) carry the topic id, the calls that count (companies, a quarter window, a date
// window), the direction, the keyset cursor's sort key `after`, the page size `limit` (one more than
// the page) and `withTotal` (whether the request selects totalCount; null otherwise).
// Over all calls, the counts are the TopicPair nodes that hold the topic, which the loads keep
// (cypher/load/write-topic-links.cypher): as many as the topics beside it, whatever the number of
// calls, and only the page's topics are read. With a filter, the mentions of the calls that count.
UNWIND $keys AS k
WITH k, k.companyIds IS NULL AND k.fromOrd IS NULL AND k.toOrd IS NULL AND k.dateFrom IS NULL AND k.dateTo IS NULL AS kept
// Each branch seeks only when it applies (a null finds none): a WHERE on k alone is applied after
// the branch's MATCH, which would read every mention of the topic for nothing.
CALL (k, kept) {
  CALL (k, kept) {
    MATCH (p:TopicPair)
    WHERE p.a = CASE WHEN kept THEN k.id END
    RETURN p.b AS otherId, p.turns AS turns, p.calls AS calls
    UNION ALL
    MATCH (p:TopicPair)
    WHERE p.b = CASE WHEN kept THEN k.id END
    RETURN p.a AS otherId, p.turns AS turns, p.calls AS calls
    UNION ALL
    MATCH (topic:Topic {id: CASE WHEN NOT kept THEN k.id END})<-[:MENTIONS]-(t:Turn)-[:MENTIONS]->(other:Topic)
    WHERE other <> topic
    MATCH (call:Call {id: t.callId})
    WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
      AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
      AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
      AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
      AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
    WITH other, count(DISTINCT t) AS turns, count(DISTINCT t.callId) AS calls
    RETURN other.id AS otherId, turns, calls
  }
  // A name is read only to sort by it.
  OPTIONAL MATCH (named:Topic {id: CASE WHEN k.orderBy = 'NAME' THEN otherId END})
  WITH k, otherId, turns, calls,
       CASE k.orderBy WHEN 'NAME' THEN [toLower(coalesce(named.name, '')), otherId]
                      WHEN 'CALLS' THEN [calls, turns, otherId]
                      ELSE [turns, calls, otherId] END AS sortKey
  WITH k, collect({otherId: otherId, turns: turns, calls: calls, sortKey: sortKey}) AS found
  CALL (k, found) {
    UNWIND found AS f
    WITH f
    WHERE k.after IS NULL OR CASE WHEN k.descending THEN f.sortKey < k.after ELSE f.sortKey > k.after END
    WITH f
    ORDER BY CASE WHEN k.descending THEN f.sortKey END DESC, CASE WHEN k.descending THEN null ELSE f.sortKey END ASC
    LIMIT toInteger($maxLimit)
    MATCH (n:Topic {id: f.otherId})
    RETURN collect({node: n {.*}, turns: f.turns, calls: f.calls, sortKey: f.sortKey}) AS page
  }
  RETURN CASE WHEN k.withTotal THEN size(found) END AS total, page[..k.limit] AS page
}
RETURN k.key AS key, total, page
