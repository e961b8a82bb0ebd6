// Whether the graph holds anything: used by `start` to decide on loading the samples.
MATCH (call:Call)
RETURN count(call) AS calls
