/**
 * The peer of `npm run bench:peer`: @neo4j/graphql 7 over the type definitions of
 * peer.typedefs.graphql (the graph of cypher/GRAPH.md), served by Apollo Server 5 on 127.0.0.1,
 * over the Neo4j that NEO4J_URI names: the same database as the project's API in the benchmark.
 * Run by the benchmark as its own process, as the project's server is: `PORT=0 NEO4J_URI=bolt://…
 * node --import tsx bench/peer/peer-server.ts` prints one line `peer ready at <url>` on stderr.
 * No response cache: the peer is measured as a team would deploy the library out of the box.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI;
if (uri === undefined || uri === "") {
  console.error("peer-server: NEO4J_URI must name the Neo4j to serve, e.g. bolt://127.0.0.1:17687");
  process.exit(2);
}
const port = Number(process.env.PORT ?? 0);
const typeDefs = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "peer.typedefs.graphql"), "utf8");

// The same pool size as the project's Database (src/db/database.ts), so neither side waits on connections.
const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, csrfPrevention: true, introspection: false });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.error(`peer ready at ${url}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
