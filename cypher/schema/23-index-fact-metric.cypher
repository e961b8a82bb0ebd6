CREATE INDEX metric_fact_metric IF NOT EXISTS FOR (n:MetricFact) ON (n.metric)
