// Period nodes by id, for the per-request node loader; rows in any order, missing ids absent.
UNWIND $ids AS id
MATCH (n:Period {id: id})
RETURN n {.*} AS node
