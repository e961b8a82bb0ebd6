// Calls of each company, newest period first.
UNWIND $ids AS id
MATCH (:Company {id: id})<-[:OF_COMPANY]-(call:Call)
RETURN id AS key, call {.*} AS node
ORDER BY call.fiscalYear DESC, call.fiscalQuarter DESC, call.id
