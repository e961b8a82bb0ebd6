// A Topic loaded before topics kept `names` (the spellings that are the topic itself; see
// cypher/load/write-shared.cypher) may be named by a spelling a call merged into it ("relief" for
// topic:supply chain, "buyback" for topic:capital allocation): where one of its spellings is its key
// in other case, the shortest of those (the first in code-point order on a tie) becomes its name and
// the old name an alias. Spellings that are the key only after topicKey's other folding (hyphens,
// plurals) wait for the topic's next load. Sets only what differs, so running it again writes nothing.
MATCH (n:Topic)
WHERE n.names IS NULL AND toLower(n.name) <> substring(n.id, 6)
WITH n, [s IN coalesce(n.aliases, []) WHERE toLower(s) = substring(n.id, 6)] AS keyed
WHERE size(keyed) > 0
WITH n, reduce(best = null, s IN keyed | CASE WHEN best IS NULL OR size(s) < size(best) OR (size(s) = size(best) AND s < best) THEN s ELSE best END) AS best
WITH n, best, reduce(acc = [], s IN coalesce(n.aliases, []) + [n.name] |
       CASE WHEN s = best OR s IN acc THEN acc ELSE [x IN acc WHERE x < s] + s + [x IN acc WHERE x > s] END) AS aliases
SET n.name = best, n.aliases = aliases
