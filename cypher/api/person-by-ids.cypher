// Person nodes by id, for the per-request node loader; rows in any order, missing ids absent.
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN n {.id, .name, .aliases} AS node
