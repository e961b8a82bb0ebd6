// Test helper process: starts (or reuses) the embedded Neo4j for the data directory given as the
// first argument through ensureDatabase, prints one JSON line with the connection, then idles
// until killed. Tests kill it to check that an attached database stops with its parent.
import { ensureDatabase } from "../../src/db/ensure-database.js";
import { loadConfig } from "../../src/config/config.js";

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error("usage: hold-embedded.ts <data dir>");
const config = loadConfig({ ...process.env, NEO4J_URI: undefined, EARNINGS_GRAPH_DATA_DIR: dataDir, EARNINGS_GRAPH_NEO4J_PORT: "0" });
const connection = await ensureDatabase(config);
process.stdout.write(`${JSON.stringify({ uri: connection.uri, origin: connection.origin, pid: connection.embedded?.pid })}\n`);
setInterval(() => undefined, 60_000);
