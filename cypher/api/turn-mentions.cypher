// What each turn mentions: topics, organizations and people, with how often.
UNWIND $ids AS id
MATCH (:Turn {id: id})-[m:MENTIONS]->(entity)
RETURN id AS key, entity {.*} AS node, coalesce(m.count, 1) AS count,
       CASE WHEN entity:Topic THEN 'Topic' WHEN entity:Organization THEN 'Organization' ELSE 'Person' END AS type
ORDER BY count DESC, entity.name
