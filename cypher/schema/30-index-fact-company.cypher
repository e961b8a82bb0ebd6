CREATE INDEX metric_fact_company IF NOT EXISTS FOR (n:MetricFact) ON (n.companyId)
