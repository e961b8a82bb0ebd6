// analysts-named-page.cypher with, for the page's people only, what people-activity.cypher reads
// (employers, calls joined, companies covered, topics asked about) in the same round trip: for a
// page of analysts found by name that selects two or more of those lists (an analyst's coverage).
// Every node comes as the list of the properties `$props` names for its label, in that order
// (src/api/projection.ts: what the request selects, from a whitelist), not whole: an analyst's
// many calls and topics are most of what the answer weighs; a participation's PARTICIPATED_IN
// properties likewise, as `$props.CallParticipant` names them.
// Everyone the name matches, by id, on every row (null when more than $memoLimit): the API keeps
// them until the graph changes and then asks analysts-by-ids-with-activity-page.cypher, which
// seeks them by id instead of searching the text index again (src/api/name-matches.ts). Read
// apart from the people below: collected and unwound, they would plan the walks below worse.
CALL () {
  MATCH (q:Person)
  USING TEXT INDEX q:Person(nameLower)
  WHERE q.nameLower CONTAINS toLower($name)
  WITH q LIMIT toInteger($memoLimit) + 1
  WITH collect(q.id) AS ids
  RETURN CASE WHEN size(ids) <= $memoLimit THEN ids END AS namedIds
}
MATCH (p:Person)
USING TEXT INDEX p:Person(nameLower)
WHERE p.nameLower CONTAINS toLower($name)
// Each person's participations are read once, here: the calls joined as an analyst (then cut to
// the window) decide the page, and, for the page's people, the same lists give the calls joined
// and the companies covered below without walking PARTICIPATED_IN again.
CALL (p) {
  MATCH (p)-[r:PARTICIPATED_IN]->(call:Call)
  RETURN collect([r, call]) AS joined, collect(CASE WHEN r.role = 'analyst' THEN call END) AS analystCalls
}
WITH namedIds, p, joined, analystCalls, [call IN analystCalls
    WHERE ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
      AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
      AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
      AND ($dateTo IS NULL OR call.date <= date($dateTo))] AS calls
WITH namedIds, p, joined, analystCalls, calls
WHERE size(calls) > 0
  AND ($firm IS NULL OR EXISTS {
        MATCH (p)-[:WORKS_FOR]->(f:Firm)
        WHERE f.id = $firm OR toLower(f.name) CONTAINS toLower($firm)
           OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($firm)) })
// The calls' ids only where a topic filter or the counts read them.
WITH namedIds, p, joined, analystCalls, calls, CASE WHEN $topicId IS NULL AND NOT $counts THEN [] ELSE [call IN calls | call.id] END AS callIds
WHERE $topicId IS NULL OR EXISTS {
        MATCH (x:Exchange)-[:ASKED_BY]->(p), (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(p), (t)-[:MENTIONS]->(:Topic {id: $topicId})
        WHERE x.callId IN callIds }
// The Q&A slots and companies are counted only when the order or the selection needs them
// ($counts; 0 otherwise): ordered by name and not selected, they are work nobody reads.
CALL (p, callIds) {
  WITH p, callIds WHERE $counts
  OPTIONAL MATCH (x:Exchange)-[:ASKED_BY]->(p)
  WHERE x.callId IN callIds
  RETURN count(x) AS exchanges
}
CALL (calls) {
  WITH calls WHERE $counts
  UNWIND calls AS call
  RETURN count(DISTINCT call.companyId) AS companies
}
WITH namedIds, p, joined, analystCalls, size(calls) AS callCount, exchanges, companies, CASE $orderBy
    WHEN 'CALLS' THEN [size(calls), exchanges, p.id]
    WHEN 'EXCHANGES' THEN [exchanges, size(calls), p.id]
    WHEN 'COMPANIES' THEN [companies, size(calls), p.id]
    ELSE [toLower(p.name), p.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
WITH namedIds, p, joined, analystCalls, callCount, exchanges, companies, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
// For the page only: what people-activity.cypher reads, so the page's lists need no statement of their own.
WITH namedIds, p AS person, joined, analystCalls, callCount, exchanges, companies, sortKey
CALL (person) {
  OPTIONAL MATCH (person)-[w:WORKS_FOR]->(employer)
  WHERE employer:Firm OR employer:Company
  WITH employer, w
  ORDER BY w.since DESC, employer.id
  RETURN collect(CASE WHEN employer IS NULL THEN null ELSE {
    node: CASE WHEN employer:Firm THEN [k IN $props.Firm | employer[k]] ELSE [k IN $props.Company | employer[k]] END,
    type: CASE WHEN employer:Firm THEN 'Firm' ELSE 'Company' END, title: w.title, since: w.since
  } END) AS employers
}
// The calls joined in Person.participations' default order (orders.ts callKey: quarter, company
// name, id; newest first), so that a request that reads only its first page can take the page and
// one more ($participationsLimit, else all).
// The properties the order reads are read once and reused in the projection.
CALL (joined) {
  UNWIND joined AS pair
  WITH pair[0] AS p, pair[1] AS call
  WITH p, call, call.id AS id, call.companyName AS companyName, call.fiscalYear AS fiscalYear, call.fiscalQuarter AS fiscalQuarter
  ORDER BY coalesce(fiscalYear * 4 + fiscalQuarter - 1, -1) DESC, toLower(coalesce(companyName, '')) DESC, id DESC
  LIMIT toInteger(coalesce($participationsLimit, 1000000000))
  RETURN collect({
    node: [k IN $props.Call | CASE k WHEN 'id' THEN id WHEN 'companyName' THEN companyName WHEN 'fiscalYear' THEN fiscalYear
                                     WHEN 'fiscalQuarter' THEN fiscalQuarter ELSE call[k] END],
    rel: [k IN $props.CallParticipant | p[k]]
  }) AS participations
}
CALL (analystCalls) {
  UNWIND analystCalls AS call
  MATCH (call)-[:OF_COMPANY]->(company:Company)
  WITH company, count(DISTINCT call) AS calls
  ORDER BY calls DESC, company.name
  RETURN collect({node: [k IN $props.Company | company[k]], calls: calls}) AS covered
}
CALL (person) {
  // The Q&A slots and mentions the loads keep on ASKED_ABOUT (cypher/load/write-topic-links.cypher):
  // as many rows as the topics the person raised, not their every exchange, turn and mention.
  MATCH (person)-[r:ASKED_ABOUT]->(topic:Topic)
  WITH topic, r.exchanges AS exchanges, r.mentions AS mentions
  WITH topic, exchanges, mentions, topic.id AS id
  // In the order of topicsAskedAbout's default (person.resolver.ts), so that a request that reads
  // only its first page (and no count) can take the page and one more ($topicsLimit, else all).
  ORDER BY exchanges DESC, mentions DESC, id DESC
  LIMIT toInteger(coalesce($topicsLimit, 1000000000))
  // `id` heads every node's projection (projection.ts); read once, for the order.
  RETURN collect({node: [id] + [k IN tail($props.Topic) | topic[k]], exchanges: exchanges, mentions: mentions}) AS topics
}
RETURN [k IN $props.Person | person[k]] AS node, callCount AS calls, exchanges, companies, sortKey,
       employers, participations, covered, topics, namedIds
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
