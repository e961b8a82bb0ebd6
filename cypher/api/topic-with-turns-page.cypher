// topic-turns-page.cypher with the topic itself (`topic`, null when no topic has the id k.id): for
// `topic(ref: <graph id>) { … turns(first: n) { … } }`, the topic and the page of its turns in one
// round trip instead of two. Every node comes as the list of the properties `$props` names for its
// label, in that order (src/api/projection.ts: what the request selects, from a whitelist), not whole.
UNWIND $keys AS k
CALL (k) {
  // A topic's first turns, newest call first, with no company or date filter (the common case):
  // read in the order of the index mention_topic_order (cypher/schema/43-*) on the MENTIONS
  // themselves, which carry the topic, the call's quarter, the call and the turn's index, and cut
  // at the page: however many turns mention the topic, only the page's are read.
  WITH k WHERE k.descending AND k.companyIds IS NULL AND k.dateFrom IS NULL AND k.dateTo IS NULL
  CALL (k) {
    MATCH (t)-[m:MENTIONS]->()
    WHERE m.topicId = k.id
      AND m.callQuarter >= coalesce(k.fromOrd, -1)
      AND m.callQuarter <= coalesce(k.toOrd, 2147483647)
      AND m.callQuarter <= coalesce(k.after[0], 2147483647)
      AND m.callId IS NOT NULL AND m.turnIndex IS NOT NULL
    WITH t, m, [m.callQuarter, m.callId, -m.turnIndex, t.id] AS sortKey
    WHERE k.after IS NULL OR sortKey < k.after
    WITH t, m, sortKey
    ORDER BY m.topicId, m.callQuarter DESC, m.callId DESC, m.turnIndex ASC
    LIMIT toInteger($maxLimit)
    MATCH (call:Call {id: m.callId})
    RETURN collect({turn: t, call: call, sortKey: sortKey}) AS found
  }
  RETURN CASE WHEN k.withTotal THEN COUNT {
           MATCH ()-[m:MENTIONS]->()
           WHERE m.topicId = k.id
             AND m.callQuarter >= coalesce(k.fromOrd, -1) AND m.callQuarter <= coalesce(k.toOrd, 2147483647)
         } END AS total, found[..k.limit] AS page
  UNION ALL
  // Otherwise (companies, dates, oldest first):
  WITH k WHERE NOT (k.descending AND k.companyIds IS NULL AND k.dateFrom IS NULL AND k.dateTo IS NULL)
  // (In a CALL of its own: its aggregations would give a row even when no key passed.)
  CALL (k) {
    // The topic's turns grouped by call (each call looked up once for all its turns), and the calls
    // that count sorted by the first two parts of the sort key (quarter, call id): only t.callId is
    // read for every turn. Only turns mention topics (cypher/GRAPH.md), so their label is not checked.
    MATCH (:Topic {id: k.id})<-[:MENTIONS]-(t)
    WITH t.callId AS callId, collect(t) AS turns
    MATCH (call:Call {id: callId})
    WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
      AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
      AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
      AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
      AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
    WITH call, turns, [coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1), callId] AS callKey
    ORDER BY CASE WHEN k.descending THEN callKey END DESC, CASE WHEN k.descending THEN null ELSE callKey END ASC
    WITH collect({call: call, callKey: callKey, turns: turns}) AS groups
    // The count, only when the request selects totalCount: the sizes of the groups, no turn read.
    WITH groups, CASE WHEN k.withTotal THEN reduce(n = 0, g IN groups | n + size(g.turns)) END AS total,
         [g IN groups WHERE k.after IS NULL
            OR CASE WHEN k.descending THEN g.callKey <= k.after[0..2] ELSE g.callKey >= k.after[0..2] END] AS rest
    // The calls, in order, that hold the page: taken until their turns reach the page size. The
    // cursor's own call counts for none of its turns (some of them come before the cursor).
    WITH total, rest, reduce(acc = [0, 0], g IN rest |
           CASE WHEN acc[0] >= k.limit THEN acc
                ELSE [acc[0] + CASE WHEN k.after IS NOT NULL AND g.callKey = k.after[0..2] THEN 0 ELSE size(g.turns) END, acc[1] + 1] END)[1] AS taken
    // Only those calls' turns are read (index, id) and sorted.
    CALL (k, rest, taken) {
      UNWIND rest[..taken] AS g
      UNWIND g.turns AS t
      WITH t, g.call AS call, g.callKey + [CASE WHEN k.descending THEN -t.index ELSE t.index END, t.id] AS sortKey
      WHERE k.after IS NULL OR CASE WHEN k.descending THEN sortKey < k.after ELSE sortKey > k.after END
      WITH t, call, sortKey
      ORDER BY CASE WHEN k.descending THEN sortKey END DESC, CASE WHEN k.descending THEN null ELSE sortKey END ASC
      WITH collect({turn: t, call: call, sortKey: sortKey}) AS sorted
      RETURN sorted[..k.limit] AS page
    }
    RETURN total, page
  }
  RETURN total, page
}
CALL (page) {
  UNWIND page AS r
  WITH r.turn AS t, r.call AS call, r.sortKey AS sortKey
  RETURN collect({node: [p IN $props.Turn | t[p]], sortKey: sortKey}) AS rows,
         collect(DISTINCT call) AS calls
}
OPTIONAL MATCH (topic:Topic {id: k.id})
RETURN k.key AS key, CASE WHEN topic IS NULL THEN null ELSE [p IN $props.Topic | topic[p]] END AS topic, total, rows AS page,
       [c IN calls | [p IN $props.Call | c[p]]] AS calls
