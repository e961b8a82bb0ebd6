import type { ConnectionSettings } from "../../src/db/database.js";
import { testNeo4j } from "../support/neo4j.js";

/** The Neo4j the integration tests share (test/global-setup.ts provides it). */
export function testConnection(): ConnectionSettings {
  const { uri, username, password, database } = testNeo4j();
  return { uri, username, password, database };
}
