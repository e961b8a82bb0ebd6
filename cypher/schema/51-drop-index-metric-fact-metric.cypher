// Dropped: no query looks it up (a call's own nodes are found from the Call), and each index
// costs every load a write per node (cypher/GRAPH.md, Indexes). Safe to run again.
DROP INDEX metric_fact_metric IF EXISTS
