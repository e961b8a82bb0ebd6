// How many turns search-turns-page.cypher matches (for a page after the last one).
CALL db.index.fulltext.queryNodes('turn_text_search', $query) YIELD node AS t
WITH t
WHERE ($section IS NULL OR t.section = $section)
  AND ($role IS NULL OR t.role = $role)
  AND ($speaker IS NULL OR toLower(t.speakerName) CONTAINS toLower($speaker))
RETURN count(t) AS total
