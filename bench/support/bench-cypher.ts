/**
 * The benchmarks' own read statements (bench/cypher/*.cypher, one per file, parameters only):
 * choosing what to ask about, and counting. Run through the Database's driver, since
 * Database.read only knows the project's cypher/ folder.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "./paths.js";

export type BenchRow = Record<string, string | number | boolean | null>;

export async function benchRead(db: Database, name: string, params: Record<string, unknown> = {}): Promise<BenchRow[]> {
  const text = readFileSync(path.join(projectRoot, "bench/cypher", `${name}.cypher`), "utf8");
  const { records } = await db.driver.executeQuery(text, params, { routing: neo4j.routing.READ, database: db.database });
  return records.map((record) => {
    const row: BenchRow = {};
    for (const key of record.keys) {
      const value: unknown = record.get(key);
      row[String(key)] = neo4j.isInt(value) ? value.toNumber() : (value as BenchRow[string]);
    }
    return row;
  });
}
