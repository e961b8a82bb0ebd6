import { type Config, loadConfig } from "../config/config.js";
import { Database } from "./database.js";
import { ensureDatabase } from "./ensure-database.js";

/**
 * Connects to the configured Neo4j: NEO4J_URI when set, else the embedded instance running for the
 * data directory (`db start`), else a new embedded instance that lives as long as this process.
 * Progress notes (the first Maven download, the JVM start) go to stderr.
 */
export async function openDatabase(config: Config = loadConfig()): Promise<Database> {
  const connection = await ensureDatabase(config, {
    onProgress: (message) => process.stderr.write(`earnings-graph: ${message}\n`),
  });
  return Database.connect(connection);
}
