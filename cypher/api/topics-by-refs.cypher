// The topic each reference names: its id, its name or an alias (case-insensitive); the id or
// name first. References that name nothing have no row.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (topic:Topic)
  WHERE topic.id = ref OR toLower(topic.name) = toLower(ref)
     OR any(a IN coalesce(topic.aliases, []) WHERE toLower(a) = toLower(ref))
  RETURN topic
  ORDER BY CASE WHEN topic.id = ref OR toLower(topic.name) = toLower(ref) THEN 0 ELSE 1 END, topic.id
  LIMIT 1
}
RETURN ref AS key, topic {.*} AS node
