CREATE INDEX metric_fact_kind IF NOT EXISTS FOR (n:MetricFact) ON (n.kind)
