// Dropped: the range index over Person.name was read only to scan every name for the analyst name
// filter, which now seeks person_name_lower (61-*); each index costs every load a write per node
// (cypher/GRAPH.md, Indexes). Safe to run again.
DROP INDEX person_name IF EXISTS
