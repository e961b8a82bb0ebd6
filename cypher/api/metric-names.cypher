// The names of the metrics facts state: what metric names in arguments are matched against.
MATCH (m:Metric)
RETURN m.name AS name
