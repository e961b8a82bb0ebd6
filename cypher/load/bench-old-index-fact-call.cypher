// Only for bench:load OLD_INDEXES=1: an index the 50-* migrations dropped, put back to measure its cost.
CREATE INDEX metric_fact_call IF NOT EXISTS FOR (n:MetricFact) ON (n.callId)
