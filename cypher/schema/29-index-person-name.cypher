// Exact-name look-ups of people (`{name: $name}`): the @neo4j/graphql peer of bench:peer seeks it
// for its analyst query (`name: { eq: ... }`). The project's case-insensitive name filter uses the
// text index over Person.nameLower instead (61-*).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)
