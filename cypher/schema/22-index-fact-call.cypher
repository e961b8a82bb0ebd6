CREATE INDEX metric_fact_call IF NOT EXISTS FOR (n:MetricFact) ON (n.callId)
