UNWIND $ids AS id
MATCH (t:Turn)-[:STATES]->(:MetricFact {id: id})
RETURN id AS key, t {.*} AS node
