// Person.nameLower: the name lower-cased (Cypher's toLower, as the API lower-cases what it looks
// for), written by every load (cypher/load/write-shared.cypher); this sets it on people loaded
// before the property existed, and on any whose name changed without it. The analyst name filter
// looks it up through the text index person_name_lower (61-*). Sets only what differs, so running
// it again writes nothing.
MATCH (p:Person)
WHERE p.name IS NOT NULL AND (p.nameLower IS NULL OR p.nameLower <> toLower(p.name))
SET p.nameLower = toLower(p.name)
