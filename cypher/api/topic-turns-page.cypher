// One page of the turns mentioning each topic in the calls that count, sorted as the API's
// TopicTurn order: the call's quarter, the call, then speaking order (the index negated when
// descending, so a call reads in order whichever the direction), the turn id. Each key ($keys)
// carries the topic id, the calls that count (companies, a quarter window, a date window), the
// direction, the keyset cursor's sort key `after` and the page size `limit` (one more than the
// page). Returns, per key, how many turns count in all and the page, the turns without their text.
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
  RETURN collect({node: t {.id, .index, .section, .speakerName, .role, .start, .end, .line, .callId}, sortKey: sortKey}) AS rows,
         collect(DISTINCT call) AS calls
}
RETURN k.key AS key, total, rows AS page, [c IN calls | c {.*}] AS calls
