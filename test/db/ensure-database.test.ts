import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { ensureDatabase } from "../../src/db/ensure-database.js";

describe("ensureDatabase with NEO4J_URI", () => {
  it("returns that database's settings and starts nothing", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-external-"));
    try {
      const config = loadConfig({
        NEO4J_URI: "neo4j+s://cluster.example:7687",
        NEO4J_USERNAME: "analyst",
        NEO4J_PASSWORD: "pw",
        NEO4J_DATABASE: "earnings",
        EARNINGS_GRAPH_DATA_DIR: dataDir,
      });
      const connection = await ensureDatabase(config);
      expect(connection).toMatchObject({
        origin: "external",
        uri: "neo4j+s://cluster.example:7687",
        username: "analyst",
        password: "pw",
        database: "earnings",
      });
      expect(connection.embedded).toBeUndefined();
      await connection.close();
      expect(existsSync(path.join(dataDir, "neo4j"))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
