UNWIND $ids AS id
MATCH (period:Period {id: id})
MATCH (call:Call {period: period.label})
RETURN id AS key, call {.*} AS node
ORDER BY call.companyName, call.id
