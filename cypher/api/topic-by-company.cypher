// One page of the companies whose calls mention each topic, with their calls, turns and mentions,
// sorted as the API's TopicCompany order (`orderBy`: MENTIONS, CALLS or NAME; the company id last).
// Keys ($keys) carry the topic id, the calls that count (companies, a quarter window, a date window),
// the direction, the keyset cursor's sort key `after`, the page size `limit` (one more than the
// page) and `withTotal`.
// Without a quarter or date window, the counts are the companies' DISCUSSES links, which the loads
// keep (cypher/load/write-topic-links.cypher). With one, the mentions of the calls that count.
UNWIND $keys AS k
WITH k, k.fromOrd IS NULL AND k.toOrd IS NULL AND k.dateFrom IS NULL AND k.dateTo IS NULL AS kept
// Each branch seeks the topic only when it applies (a null id finds none): a WHERE on k alone is
// applied after the branch's MATCH, which would read every mention of the topic for nothing.
CALL (k, kept) {
  CALL (k, kept) {
    MATCH (:Topic {id: CASE WHEN kept THEN k.id END})<-[r:DISCUSSES]-(company:Company)
    WHERE k.companyIds IS NULL OR company.id IN k.companyIds
    RETURN company, r.calls AS calls, r.turns AS turns, r.mentions AS mentions
    UNION ALL
    MATCH (:Topic {id: CASE WHEN NOT kept THEN k.id END})<-[m:MENTIONS]-(t:Turn)<-[:HAS_TURN]-(call:Call)-[:OF_COMPANY]->(company:Company)
    WHERE (k.companyIds IS NULL OR call.companyId IN k.companyIds)
      AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
      AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
      AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
      AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
    WITH company, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
    RETURN company, calls, turns, mentions
  }
  WITH k, company, calls, turns, mentions,
       CASE k.orderBy WHEN 'NAME' THEN [toLower(coalesce(company.name, '')), company.id]
                      WHEN 'CALLS' THEN [calls, mentions, company.id]
                      ELSE [mentions, calls, company.id] END AS sortKey
  WITH k, collect({company: company, calls: calls, turns: turns, mentions: mentions, sortKey: sortKey}) AS found
  CALL (k, found) {
    UNWIND found AS f
    WITH f
    WHERE k.after IS NULL OR CASE WHEN k.descending THEN f.sortKey < k.after ELSE f.sortKey > k.after END
    WITH f
    ORDER BY CASE WHEN k.descending THEN f.sortKey END DESC, CASE WHEN k.descending THEN null ELSE f.sortKey END ASC
    LIMIT toInteger($maxLimit)
    WITH f, f.company AS n
    RETURN collect({node: n {.*}, calls: f.calls, turns: f.turns, mentions: f.mentions, sortKey: f.sortKey}) AS page
  }
  RETURN CASE WHEN k.withTotal THEN size(found) END AS total, page[..k.limit] AS page
}
RETURN k.key AS key, total, page
