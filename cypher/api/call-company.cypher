UNWIND $ids AS id
MATCH (:Call {id: id})-[:OF_COMPANY]->(company:Company)
RETURN id AS key, company {.*} AS node
