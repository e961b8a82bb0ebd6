CREATE INDEX call_period IF NOT EXISTS FOR (n:Call) ON (n.period)
