// Companies with the most company guidance facts (a full scorecard page), each with its newest
// call; only companies with a ticker, since the operations name a company by it.
MATCH (g:MetricFact {kind: 'guidance'})
WHERE g.statedBy = 'company'
WITH g.companyId AS companyId, count(*) AS guidance
ORDER BY guidance DESC, companyId
LIMIT 50
MATCH (c:Company {id: companyId})<-[:OF_COMPANY]-(call:Call)
WHERE c.ticker IS NOT NULL AND call.period IS NOT NULL
WITH c, guidance, call
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id
WITH c, guidance, collect(call) AS calls
RETURN c.id AS companyId, c.ticker AS ticker, c.name AS name, guidance, size(calls) AS calls,
       calls[0].id AS callId, calls[0].period AS period
ORDER BY guidance DESC, companyId
LIMIT toInteger($limit)
