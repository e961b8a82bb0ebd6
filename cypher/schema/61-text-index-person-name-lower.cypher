// A text (trigram) index over Person.nameLower: serves `p.nameLower CONTAINS toLower($name)` (the
// analyst name filter, a case-insensitive substring) with an index seek instead of lower-casing
// every person's name on every request.
CREATE TEXT INDEX person_name_lower IF NOT EXISTS FOR (n:Person) ON (n.nameLower)
