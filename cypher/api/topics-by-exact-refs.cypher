// The topic each reference names by its graph id, through the id index. The API looks for names
// and aliases (topics-by-refs.cypher, which reads every Topic) only for the references that name
// no topic here.
UNWIND $refs AS ref
MATCH (topic:Topic {id: ref})
RETURN ref AS key, topic {.*} AS node
