// topic-turns-page.cypher with the topic itself (`topic`, null when no topic has the id k.id): for
// `topic(ref: <graph id>) { … turns(first: n) { … } }`, the topic and the page of its turns in one
// round trip instead of two. Every node comes as the list of the properties `$props` names for its
// label, in that order (src/api/projection.ts: what the request selects, from a whitelist), not whole.
UNWIND $keys AS k
CALL (k) {
  // Each call is looked up once for all its turns.
  MATCH (:Topic {id: k.id})<-[:MENTIONS]-(t:Turn)
  WITH t.callId AS callId, collect(t) AS turns
  MATCH (call:Call {id: callId})
  WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
    AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
    AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
    AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
    AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
  UNWIND turns AS t
  WITH t, call, [coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1), callId,
           CASE WHEN k.descending THEN -t.index ELSE t.index END, t.id] AS sortKey
  ORDER BY CASE WHEN k.descending THEN sortKey END DESC, CASE WHEN k.descending THEN null ELSE sortKey END ASC
  WITH collect({turn: t, call: call, sortKey: sortKey}) AS matched
  RETURN size(matched) AS total,
         [r IN matched WHERE k.after IS NULL OR CASE WHEN k.descending THEN r.sortKey < k.after ELSE r.sortKey > k.after END][..k.limit] AS page
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
