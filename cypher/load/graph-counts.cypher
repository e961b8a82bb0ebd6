// Nodes per label and relationships per type of the graph model (cypher/GRAPH.md), with totals:
// what an ingest reports and what tests compare between loads.
RETURN {
  Company: COUNT { (:Company) }, Call: COUNT { (:Call) }, Person: COUNT { (:Person) },
  Firm: COUNT { (:Firm) }, Organization: COUNT { (:Organization) }, Turn: COUNT { (:Turn) },
  Exchange: COUNT { (:Exchange) }, Topic: COUNT { (:Topic) }, Metric: COUNT { (:Metric) },
  Period: COUNT { (:Period) }, MetricFact: COUNT { (:MetricFact) },
  TopicQuarter: COUNT { (:TopicQuarter) }
} AS labels,
{
  OF_COMPANY: COUNT { ()-[:OF_COMPANY]->() }, HAS_TURN: COUNT { ()-[:HAS_TURN]->() },
  NEXT: COUNT { ()-[:NEXT]->() }, SPOKEN_BY: COUNT { ()-[:SPOKEN_BY]->() },
  PARTICIPATED_IN: COUNT { ()-[:PARTICIPATED_IN]->() }, WORKS_FOR: COUNT { ()-[:WORKS_FOR]->() },
  HAS_EXCHANGE: COUNT { ()-[:HAS_EXCHANGE]->() }, ASKED_BY: COUNT { ()-[:ASKED_BY]->() },
  INCLUDES: COUNT { ()-[:INCLUDES]->() }, MENTIONS: COUNT { ()-[:MENTIONS]->() },
  HAS_FACT: COUNT { ()-[:HAS_FACT]->() }, STATES: COUNT { ()-[:STATES]->() },
  OF_METRIC: COUNT { ()-[:OF_METRIC]->() }, FOR_PERIOD: COUNT { ()-[:FOR_PERIOD]->() },
  RESOLVED_BY: COUNT { ()-[:RESOLVED_BY]->() }, REPORTS: COUNT { ()-[:REPORTS]->() }
} AS relationships,
COUNT { (n) } AS nodes,
COUNT { ()-[r]->() } AS relationshipTotal
