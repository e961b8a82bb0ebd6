// How many analysts analysts-named-page.cypher finds.
MATCH (p:Person)
USING TEXT INDEX p:Person(nameLower)
WHERE p.nameLower CONTAINS toLower($name)
CALL (p) {
  MATCH (p)-[:PARTICIPATED_IN {role: 'analyst'}]->(call:Call)
  WHERE ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
    AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
    AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
    AND ($dateTo IS NULL OR call.date <= date($dateTo))
  RETURN collect(call) AS calls
}
WITH p, calls
WHERE size(calls) > 0
  AND ($firm IS NULL OR EXISTS {
        MATCH (p)-[:WORKS_FOR]->(f:Firm)
        WHERE f.id = $firm OR toLower(f.name) CONTAINS toLower($firm)
           OR any(a IN coalesce(f.aliases, []) WHERE toLower(a) CONTAINS toLower($firm)) })
WITH p, calls, [call IN calls | call.id] AS callIds
WHERE $topicId IS NULL OR EXISTS {
        MATCH (x:Exchange)-[:ASKED_BY]->(p), (x)-[:INCLUDES]->(t:Turn)-[:SPOKEN_BY]->(p), (t)-[:MENTIONS]->(:Topic {id: $topicId})
        WHERE x.callId IN callIds }
RETURN count(p) AS total
