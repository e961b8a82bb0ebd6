// How many facts state each metric, and for how many companies (relationship counts, see metrics-all.cypher).
UNWIND $ids AS id
MATCH (m:Metric {id: id})
RETURN id AS key, COUNT { (m)<-[:OF_METRIC]-() } AS facts, COUNT { (m)<-[:REPORTS]-() } AS companies
