import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CYPHER_DIR, cypher, cypherNames } from "../../src/db/cypher.js";

function allCypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return allCypherFiles(path);
    return entry.endsWith(".cypher") ? [path] : [];
  });
}

describe("cypher/", () => {
  it("reads a statement by name, without comments or a trailing semicolon", () => {
    expect(cypher("health/ping")).toBe("RETURN 1 AS ok");
  });

  it("names a missing statement's path in the error", () => {
    expect(() => cypher("nowhere/missing")).toThrow(/cypher\/nowhere\/missing\.cypher, found no such file/);
  });

  it("lists the schema statements in order, all safe to apply twice", () => {
    const names = cypherNames("schema");
    expect(names.length).toBeGreaterThan(10);
    expect([...names].sort()).toEqual(names);
    for (const name of names) {
      const statement = cypher(name);
      // CREATE … IF NOT EXISTS, or DROP … IF EXISTS for what a later model no longer needs; or a data
      // migration that sets a derived property only where it is missing or differs (so a second
      // run writes nothing: test/api/analyst-name-lookup.int.test.ts checks it on a real graph),
      // either at once or a bounded batch at a time, returning how many it wrote (migrate repeats
      // it until none: test/db/migrate.int.test.ts); or one that makes what a node lacks, a bounded
      // batch of the nodes that lack it at a time (65-company-reports).
      if (statement.startsWith("MATCH ")) {
        expect(statement, name).toMatch(/^MATCH .+\nWHERE .*IS NULL (?:OR|AND) .+ <> .+\nSET |^MATCH .+\nWHERE [^\n]*IS NULL[^\n]*\nWITH .+ LIMIT \d+\nSET .+\nRETURN count\(\w+\) AS written$|^MATCH .+\nWHERE NOT EXISTS [^\n]*\nWITH .+ LIMIT \d+\n.+\nRETURN count\(\w+\) AS written$/s);
      }
      else expect(statement, name).toMatch(statement.startsWith("DROP ") ? / IF EXISTS$/ : / IF NOT EXISTS /);
    }
  });

  it("holds one statement per file, with parameters rather than spliced values", () => {
    for (const path of allCypherFiles(CYPHER_DIR)) {
      const name = relative(CYPHER_DIR, path).replace(/\.cypher$/, "");
      const statement = cypher(name);
      // A semicolon outside a string literal would mean a second statement in the file.
      const outsideStrings = statement.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
      expect(outsideStrings, `${name} holds more than one statement`).not.toContain(";");
      expect(readFileSync(path, "utf8"), `${name} splices a template value`).not.toMatch(/\$\{/);
    }
  });
});
