// Every metric with how many facts state it, most first.
MATCH (m:Metric)
WITH m, COUNT { (m)<-[:OF_METRIC]-(:MetricFact) } AS facts
RETURN m {.*} AS node, facts
ORDER BY facts DESC, m.name
