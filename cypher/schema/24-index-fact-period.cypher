CREATE INDEX metric_fact_period IF NOT EXISTS FOR (n:MetricFact) ON (n.period)
